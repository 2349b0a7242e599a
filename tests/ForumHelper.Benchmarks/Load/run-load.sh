#!/usr/bin/env bash
# ForumHelper's load harness, on loopback only, every step bounded in time.
#
#   tests/ForumHelper.Benchmarks/Load/run-load.sh                 # cold start, floor and serve at 64 connections
#   tests/ForumHelper.Benchmarks/Load/run-load.sh --soak-minutes 10   # then a steady soak, sampled every 10 s
#   tests/ForumHelper.Benchmarks/Load/run-load.sh --soak-minutes 10 --members 100000 --advice-per-minute 10
#       # every member asks in the soak, under the real rate limit
#   tests/ForumHelper.Benchmarks/Load/run-load.sh --published out    # serve from a published folder
#       # (`dotnet publish bot -c Release -o out`: the Native AOT program) instead of the Release build
#
# Needs the .NET SDK and wrk (Debian: apt-get install wrk). Builds Release, makes a throwaway
# development key and database in a temporary folder, and removes them at the end.
# 1. Cold start: `serve` started 5 times, timed to its first PONG.
# 2. Floor: the bare endpoint (verify the signature, canned reply), warmed up, then measured.
# 2b. Node peer: what a bot author would otherwise pick, Discord's discord-interactions package on
#    express (node-peer/, installed with `npm ci`): its middleware checks the signature, then the
#    same canned reply, on the floor's requests. Measured like the floor, as one node process and
#    again as 2 (node's cluster module). Needs node and npm; skipped, saying so, without them.
# 3. Serve: the real endpoint with the same kind of requests, warmed up, then measured; peak
#    resident memory; after the queue drains, every answered question must be in the database once.
# Requests: signed /cancel-advice (70 %), PING (10 %), clicks on old buttons (10 %) and requests
# signed for another body (10 %, answered 401 on purpose). See docs/PERFORMANCE.md.
set -euo pipefail

published="" seconds=30 warmup=5 connections=64 threads=2 soak_minutes=0 soak_connections=4 soak_delay_ms=20 members=1000 advice_per_minute=10000 mix="advice=70,ping=10,click=10,bad-signature=10"
while [ $# -gt 0 ]; do
  case "$1" in
    --published) published=$(cd "$2" && pwd); shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --mix) mix=$2; shift 2 ;;
    --soak-minutes) soak_minutes=$2; shift 2 ;;
    --members) members=$2; shift 2 ;;
    --advice-per-minute) advice_per_minute=$2; shift 2 ;;
    *) echo "unknown option $1; valid: --published DIR --seconds N --connections N --threads N --mix SHARES --soak-minutes N --members N --advice-per-minute N" >&2; exit 2 ;;
  esac
done
# The soak's requests are signed once, before it, and serve takes a signature at most 15 minutes old
# (Discord:MaxClockSkewSeconds, set below to the soak's length and 5 minutes more).
[[ "$soak_minutes" =~ ^[0-9]+$ ]] && [ "$soak_minutes" -le 10 ] || { echo "--soak-minutes must be 0–10 (its requests must stay within serve's 15-minute signature window)" >&2; exit 2; }
[[ "$members" =~ ^[1-9][0-9]*$ ]] || { echo "--members must be a positive number" >&2; exit 2; }
[[ "$advice_per_minute" =~ ^[1-9][0-9]*$ ]] && [ "$advice_per_minute" -le 10000 ] || { echo "--advice-per-minute must be 1–10000 (serve's Discord:AdvicePerMinute)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/../../.." && pwd)
lua="$repo/tests/ForumHelper.Benchmarks/Load/load.lua"
work=$(mktemp -d)
peer_dir="$repo/tests/ForumHelper.Benchmarks/Load/node-peer"
# shellcheck source=common.sh
source "$repo/tests/ForumHelper.Benchmarks/Load/common.sh"

echo "building Release..." >&2
dotnet build -c Release "$repo/tests/ForumHelper.Benchmarks" -nologo -v q >/dev/null
bench=(dotnet "$repo/tests/ForumHelper.Benchmarks/bin/Release/net10.0/ForumHelper.Benchmarks.dll")
if [ -n "$published" ]; then bot=("$published/forumhelper"); else bot=(dotnet "$repo/bot/bin/Release/net10.0/forumhelper.dll"); fi
"${bot[@]}" dev-keys --out "$work/dev.key" >/dev/null
# Ports nobody holds now: two runs on one machine must not answer each other's requests.
read -r floor_port serve_port peer_port peer_cluster_port < <("${bench[@]}" free-ports --count 4)

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(dotnet --version) SDK, $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
if [ -n "$published" ]; then echo "serve: the published program in $published"; else echo "serve: the Release build (dotnet forumhelper.dll)"; fi
echo "run: $(date -u +%Y-%m-%dT%H:%MZ), $connections connections, $threads wrk threads, ${warmup} s warm-up + ${seconds} s measured, mix $mix, $members members, $advice_per_minute requests a minute per member"

# Serve's settings for the run: a throwaway database, and by default a rate limit no load run reaches
# (1,000 simulated members asking thousands of questions a minute would otherwise be told to slow down);
# with 100,000 members each asks about once in 10 s, so --advice-per-minute 10 keeps the real limit.
# The clock skew allowed covers the soak: its requests are signed once, before it starts.
export Storage__ConnectionString="Data Source=$work/cases.db"
export Discord__AdvicePerMinute=$advice_per_minute
export Discord__MaxClockSkewSeconds=$(( (soak_minutes + 5) * 60 ))
export Logging__LogLevel__Default=Warning


json() { jq -r "$2" <<<"$1"; }

echo
echo "== cold start =="
"${bench[@]}" cold-start --key-file "$work/dev.key" --url "http://127.0.0.1:$serve_port/interactions" --runs 5 -- \
  "${bot[@]}" serve --urls "http://127.0.0.1:$serve_port" --dev-key "$work/dev.key" | tail -1
rm -f "$work"/cases.db*

echo
echo "== floor: signature check and a canned reply =="
"${bench[@]}" floor --key-file "$work/dev.key" --urls "http://127.0.0.1:$floor_port" --reply-bytes 3600 >"$work/floor.log" 2>&1 &
floor_pid=$!; pids+=("$floor_pid")
wait_for_port $floor_port
"${bench[@]}" requests --key-file "$work/dev.key" --out "$work/requests.tsv" --mix "$mix" --members "$members" 2>/dev/null
measure $floor_port $warmup "$work/requests.tsv" >/dev/null
floor=$(measure $floor_port "$seconds" "$work/requests.tsv")
floor_rss=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$floor_pid/status)
kill $floor_pid; wait $floor_pid 2>/dev/null || true
echo "$floor"

# One request of a kind from a requests file, sent with curl; prints the status (nothing when the file
# has none of that kind) and leaves the reply in $work/one.out. With "tampered", the body gains a space
# after it was signed, so the signature no longer matches.
send_one() {
  local port=$1 kind=$2 requests=$3 tamper=${4:-} line ts sig body
  line=$(grep -m1 "^$kind"$'\t' "$requests") || return 0
  IFS=$'\t' read -r _ ts sig body <<<"$line"
  [ -z "$tamper" ] || body="$body "
  curl -s -m 5 -o "$work/one.out" -w '%{http_code}' -H 'Content-Type: application/json' \
    -H "X-Signature-Timestamp: $ts" -H "X-Signature-Ed25519: $sig" --data-binary "$body" "http://127.0.0.1:$port/interactions"
}

# Before measuring a peer: a tampered body gets 401, a PING gets a PONG, a click gets the canned reply.
check_peer() {
  local port=$1 requests=$2 got ok=0
  got=$(send_one "$port" "[a-z-]*" "$requests" tampered)
  [ "$got" = "401" ] || { echo "NODE PEER: a body that does not match its signature got $got, not 401" >&2; ok=1; }
  got=$(send_one "$port" ping "$requests")
  [ -z "$got" ] || { [ "$got" = "200" ] && [ "$(cat "$work/one.out")" = '{"type":1}' ]; } || { echo "NODE PEER: a PING got $got $(head -c 100 "$work/one.out")" >&2; ok=1; }
  got=$(send_one "$port" click "$requests")
  [ -z "$got" ] || { [ "$got" = "200" ] && grep -q '"type":4' "$work/one.out"; } || { echo "NODE PEER: a click got $got $(head -c 100 "$work/one.out")" >&2; ok=1; }
  [ "$ok" = "0" ] && echo "checked: a tampered body got 401, a PING a PONG, a click the canned reply ($(stat -c %s "$work/one.out") bytes)"
  return $ok
}

# Peak resident memory (MB) of a process and its children, added up.
peak_rss() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$(( total + $(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status") ))
  done
  echo "$total"
}

# One peer run: start the script, check it, warm up, measure; sets peer_json and peer_mem.
run_peer() {
  local script=$1 port=$2 label=$3 pid
  # NODE_ENV=production as express's own advice for production says: faster than without in 8 of 8
  # alternated pairs, by 5-45 % (median 15 %).
  NODE_ENV=production PUBLIC_KEY=$public_key PORT=$port REPLY_BYTES=3600 node "$peer_dir/$script" >"$work/$label.log" 2>&1 &
  pid=$!; pids+=("$pid")
  wait_for_port "$port"
  check_peer "$port" "$work/requests.tsv" || peer_problem=1
  measure "$port" $warmup "$work/requests.tsv" >/dev/null
  peer_json=$(measure "$port" "$seconds" "$work/requests.tsv")
  peer_mem=$(peak_rss "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$peer_json"
}

echo
echo "== node peer: discord-interactions with express =="
peer="" peer_cluster="" peer_rss="" peer_cluster_rss="" peer_problem=0
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "skipped: node and npm are not installed (Debian: apt-get install nodejs npm)"
elif ! (cd "$peer_dir" && npm ci --no-audit --no-fund --loglevel=error) >"$work/npm.log" 2>&1; then
  echo "skipped: npm ci failed in tests/ForumHelper.Benchmarks/Load/node-peer:"; tail -5 "$work/npm.log"
else
  version() { jq -r .version "$peer_dir/node_modules/$1/package.json"; }
  echo "node $(node --version), discord-interactions $(version discord-interactions), express $(version express); one process"
  public_key=$("${bench[@]}" public-key --key-file "$work/dev.key")
  # The floor's requests as they are: discord-interactions does not look at the timestamp's age.
  run_peer server.js $peer_port peer
  peer=$peer_json peer_rss=$peer_mem
  echo "-- the same on 2 processes (node's cluster module) --"
  run_peer cluster.js $peer_cluster_port peer-cluster
  peer_cluster=$peer_json peer_cluster_rss=$peer_mem
fi

echo
echo "== serve: the real endpoint =="
"${bot[@]}" serve --urls "http://127.0.0.1:$serve_port" --dev-key "$work/dev.key" >"$work/serve.log" 2>&1 &
serve_pid=$!; pids+=("$serve_pid")
wait_for_port $serve_port
"${bench[@]}" requests --key-file "$work/dev.key" --out "$work/requests.tsv" --mix "$mix" --members "$members" 2>/dev/null
warm=$(measure $serve_port $warmup "$work/requests.tsv")
serve=$(measure $serve_port "$seconds" "$work/requests.tsv")
echo "$serve"

# The queue drains, then every answered question must be in the database exactly once.
for _ in $(seq 1 100); do
  health=$(curl -s "http://127.0.0.1:$serve_port/healthz")
  [ "$(json "$health" .casesPending)" = "0" ] && break
  sleep 0.1
done
serve_rss=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$serve_pid/status)
read -r cases distinct < <("${bench[@]}" count-cases "$work/cases.db")
answered=$(( $(json "$warm" .advice_answers) + $(json "$serve" .advice_answers) ))
echo "healthz after the run: $health"

echo
echo "== summary =="
ratio=$(awk -v s="$(json "$serve" .per_second)" -v f="$(json "$floor" .per_second)" 'BEGIN { printf "%.0f", 100 * s / f }')
statuses='.statuses|to_entries|sort_by(.key)|map("\(.key): \(.value)")|join(", ")'
# A cell of the table: the field of a run, or "-" for a stage that was skipped.
cell() { if [ -n "$1" ]; then json "$1" "$2"; else echo "-"; fi; }
latency() { if [ -n "$1" ]; then echo "$(json "$1" .p50_ms) / $(json "$1" .p99_ms)"; else echo "-"; fi; }
row() { printf '%-28s %24s %24s %24s %24s\n' "$@"; }
row "" "floor" "node peer" "serve" "node peer, 2 processes"
row "requests per second" "$(cell "$floor" .per_second)" "$(cell "$peer" .per_second)" "$(cell "$serve" .per_second)" "$(cell "$peer_cluster" .per_second)"
row "latency p50 / p99 (ms)" "$(latency "$floor")" "$(latency "$peer")" "$(latency "$serve")" "$(latency "$peer_cluster")"
row "peak resident memory (MB)" "$floor_rss" "${peer_rss:--}" "$serve_rss" "${peer_cluster_rss:--}"
row "replies by status" "$(cell "$floor" "$statuses")" "$(cell "$peer" "$statuses")" "$(cell "$serve" "$statuses")" "$(cell "$peer_cluster" "$statuses")"
echo "serve throughput: $ratio % of the floor"
if [ -n "$peer" ]; then
  times() { awk -v s="$(json "$serve" .per_second)" -v p="$(json "$1" .per_second)" 'BEGIN { printf "%.1f", s / p }'; }
  echo "serve vs node peer: $(times "$peer")× (issue 17's target: ≥ 5×); vs node peer on 2 processes: $(times "$peer_cluster")×"
fi
# wrk goes round the file, and a question sent again (the same interaction id) is the same case, written
# once: so at most as many cases as the file has different questions, and all of them once each wrk
# thread has gone round the whole file (taken as sure at twice the file per thread); before that, at
# least what one thread sent in one run.
questions=$(grep -c $'^advice\t' "$work/requests.tsv" || true)
if [ "$(json "$serve" .requests)" -ge $(( 2 * threads * $(wc -l <"$work/requests.tsv") )) ]; then least=$questions
else least=$(( answered / (2 * threads) < questions ? answered / (2 * threads) : questions )); fi
most=$(( answered + 2 * connections < questions ? answered + 2 * connections : questions ))
echo "questions answered (warm-up + measured): $answered, of $questions different ones in the file; cases in the database: $cases ($distinct distinct ids); dropped: $(json "$health" .casesDropped)"
echo "  (expected $least to $most: up to $connections more cases than answers per wrk run, warm-up and measured, as wrk stops with requests in flight, which serve still answers and logs)"
status=0
if [ -n "$peer" ]; then
  # The peer must turn away what the floor turns away (the mix's bad signatures) and fail nothing else.
  for run in "$peer" "$peer_cluster"; do
    share() { json "$1" '((.statuses["401"] // 0) * 1000 / .requests | floor)'; }
    peer_others=$(json "$run" '[.statuses|to_entries[]|select(.key != "200" and .key != "401")|.value]|add // 0')
    peer_socket=$(json "$run" '.socket_errors|[.[]]|add')
    if [ "$peer_problem" != "0" ] || [ "$peer_others" != "0" ] || [ "$peer_socket" != "0" ] || [ $(( $(share "$run") - $(share "$floor") )) -gt 20 ] || [ $(( $(share "$floor") - $(share "$run") )) -gt 20 ]; then
      echo "NODE PEER ERRORS: $peer_others replies other than 200/401, $peer_socket socket errors, 401s $(share "$run") ‰ against the floor's $(share "$floor") ‰" >&2; status=1
    fi
  done
fi
if [ "$distinct" != "$cases" ] || [ "$cases" -lt "$least" ] || [ "$cases" -gt "$most" ]; then
  echo "CASE LOG MISMATCH" >&2; status=1
fi
others=$(json "$serve" '[.statuses|to_entries[]|select(.key != "200" and .key != "401")|.value]|add // 0')
socket=$(json "$serve" '.socket_errors|[.[]]|add')
if [ "$others" != "0" ] || [ "$socket" != "0" ]; then
  echo "ERRORS: $others replies other than 200/401, $socket socket errors" >&2; status=1
fi

if [ "$soak_minutes" -gt 0 ]; then
  echo
  "${bench[@]}" requests --key-file "$work/dev.key" --out "$work/soak.tsv" --mix "$mix" --members "$members" 2>"$work/soak-requests.log"
  # Fast enough to send the whole file (every member once) within the soak, allowing ~2 ms per answer and a 20 % margin.
  lines=$(wc -l <"$work/soak.tsv")
  soak_delay_ms=$(awk -v c="$soak_connections" -v s=$(( soak_minutes * 60 )) -v n="$lines" -v d="$soak_delay_ms" \
    'BEGIN { x = int(0.8 * c * 1000 * s / n) - 2; if (x > d) x = d; if (x < 0) x = 0; print x }')
  echo "== soak: $soak_minutes minutes, $soak_connections connections, ${soak_delay_ms} ms between a connection's requests =="
  echo "$(tail -1 "$work/soak-requests.log")"
  FORUMHELPER_REQUESTS="$work/soak.tsv" FORUMHELPER_DELAY_MS=$soak_delay_ms timeout $(( soak_minutes * 60 + 60 )) \
    wrk -t1 -c"$soak_connections" -d"$(( soak_minutes * 60 ))s" -s "$lua" "http://127.0.0.1:$serve_port" >"$work/soak.out" 2>&1 &
  soak_pid=$!
  echo "minute  rss_mb  pending  written  dropped  members"
  elapsed=0 soak_peak=0
  while kill -0 $soak_pid 2>/dev/null; do
    sleep 10; elapsed=$(( elapsed + 10 ))
    health=$(curl -s -m 2 "http://127.0.0.1:$serve_port/healthz" || echo '{}')
    rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$serve_pid/status)
    [ "$rss" -gt "$soak_peak" ] && soak_peak=$rss
    printf '%6.1f  %6s  %7s  %7s  %7s  %7s\n' "$(awk -v s=$elapsed 'BEGIN{print s/60}')" "$rss" \
      "$(json "$health" .casesPending)" "$(json "$health" .casesWritten)" "$(json "$health" .casesDropped)" "$(json "$health" .membersTracked)"
  done
  wait $soak_pid || true
  echo "$(tail -1 "$work/soak.out")"
  echo "soak: highest resident memory sampled $soak_peak MB; peak since serve started (VmHWM, the load run included) $(awk '/VmHWM/ {print int($2/1024)}' /proc/$serve_pid/status) MB"
fi

kill -TERM $serve_pid; wait $serve_pid && code=0 || code=$?; echo "serve stopped with exit code $code"
[ "$code" = "0" ] || status=1
exit $status

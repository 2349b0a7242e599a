# Shared by the load scripts (run-load.sh, peer-alternate.sh, serve-before-after.sh, native-aot.sh): sourced, not run.
# The caller sets $work (its temporary folder), $lua (load.lua), $threads and $connections first.

# Servers started in the background go into pids; they are stopped and $work removed on any exit.
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

wait_for_port() {
  for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$1/healthz" -m 1 && return 0; sleep 0.05; done
  echo "nothing answered on port $1 within 10 s" >&2; return 1
}

# measure PORT SECONDS [REQUESTS]: one wrk run of load.lua (default requests: $work/requests.tsv); prints its JSON line.
measure() {
  local port=$1 duration=$2 requests=${3:-$work/requests.tsv}
  FORUMHELPER_REQUESTS=$requests timeout $(( duration + 30 )) wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$lua" "http://127.0.0.1:$port" | tail -1
}

# drain PORT: serve logs its cases after answering; wait (10 s at most) until its queue is empty.
# A server without ForumHelper's /healthz (the Node peer) has no queue: no wait.
drain() {
  local pending
  for _ in $(seq 1 100); do
    pending=$(curl -s -m 2 "http://127.0.0.1:$1/healthz" | jq -r '.casesPending // "none"' 2>/dev/null) || return 0
    [ "$pending" = "0" ] || [ "$pending" = "none" ] && return 0
    sleep 0.1
  done
}

# clean RUN: true when a run's replies were all 200 or the intended 401s, and no socket failed.
clean() {
  [ "$(jq '[.statuses|to_entries[]|select(.key != "200" and .key != "401")|.value]|add // 0' <<<"$1")" = "0" ] &&
    [ "$(jq '.socket_errors|[.[]]|add' <<<"$1")" = "0" ]
}

# median FORMAT: the median of the numbers on standard input, one per line.
median() { sort -g | awk -v f="$1" '{ v[NR] = $1 } END { printf f, (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# alternate ROUNDS SECONDS NAME_A PORT_A NAME_B PORT_B: ROUNDS rounds of one wrk run against each of two
# running servers, who goes first alternating so that a noisy minute on this shared machine hits both
# alike, each drained after its turn. Prints each round (requests a second and p99 of each, and B's
# requests a second over A's) and the medians; leaves "A B B/A p99-A p99-B" per round in $work/rounds.
# Returns 1 when any run had errors (printed).
alternate() {
  local rounds=$1 seconds=$2 name_a=$3 port_a=$4 name_b=$5 port_b=$6 status=0 round run a b ratio
  printf '%-6s %20s %20s %8s\n' round "$name_a req/s, p99" "$name_b req/s, p99" "ratio"
  : >"$work/rounds"
  for round in $(seq 1 "$rounds"); do
    if [ $(( round % 2 )) = 1 ]; then
      a=$(measure "$port_a" "$seconds"); drain "$port_a"; b=$(measure "$port_b" "$seconds"); drain "$port_b"
    else
      b=$(measure "$port_b" "$seconds"); drain "$port_b"; a=$(measure "$port_a" "$seconds"); drain "$port_a"
    fi
    for run in "$a" "$b"; do
      clean "$run" || { echo "ERRORS: $run" >&2; status=1; }
    done
    ratio=$(awk -v a="$(jq .per_second <<<"$a")" -v b="$(jq .per_second <<<"$b")" 'BEGIN { printf "%.2f", b / a }')
    echo "$(jq .per_second <<<"$a") $(jq .per_second <<<"$b") $ratio $(jq .p99_ms <<<"$a") $(jq .p99_ms <<<"$b")" >>"$work/rounds"
    printf '%-6s %20s %20s %7s×\n' "$round" "$(jq .per_second <<<"$a"), $(jq .p99_ms <<<"$a") ms" "$(jq .per_second <<<"$b"), $(jq .p99_ms <<<"$b") ms" "$ratio"
  done
  round_median() { cut -d' ' -f"$1" "$work/rounds" | median "$2"; }
  printf '%-6s %20s %20s %7s×\n' median "$(round_median 1 %.0f), $(round_median 4 %.1f) ms" "$(round_median 2 %.0f), $(round_median 5 %.1f) ms" "$(round_median 3 %.2f)"
  return $status
}

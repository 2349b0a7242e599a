# Shared by the load scripts (run-load.sh, peer-alternate.sh, serve-before-after.sh): sourced, not run.
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
drain() {
  for _ in $(seq 1 100); do
    [ "$(curl -s -m 2 "http://127.0.0.1:$1/healthz" | jq -r .casesPending)" = "0" ] && return 0
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

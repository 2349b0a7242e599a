#!/usr/bin/env bash
# The two ways to publish, measured in one run on loopback, alternated so that a noisy minute on this
# shared machine hits both alike (docs/PERFORMANCE.md, "Native AOT (issue 17)"): `native`, the default
# `dotnet publish bot -c Release` (Native AOT), against `r2r`, `-p:PublishAot=false` (framework-dependent,
# ReadyToRun, the default before issue 17):
#   1. each folder's size;
#   2. START_ROUNDS rounds of: a first start on an empty state folder (no data-check marker), then
#      5 starts that find the marker, to the first PONG (ForumHelper.Benchmarks cold-start);
#   3. resident memory of an idle serve after its first PONG (peak and current), three times each;
#   4. LOAD_ROUNDS rounds of SECONDS of wrk at 64 connections against both, started once, who goes
#      first alternating (as peer-alternate.sh does with the Node peer).
#
#   tests/ForumHelper.Benchmarks/Load/native-aot.sh [START_ROUNDS] [LOAD_ROUNDS] [SECONDS]   # default 3 4 10
#
# AOT_PUBLISH_ARGS adds arguments to the native publish, to try its settings, e.g.
#   AOT_PUBLISH_ARGS='-p:OptimizationPreference=Speed' tests/ForumHelper.Benchmarks/Load/native-aot.sh 1 6
#
# Needs the .NET SDK with the Native AOT prerequisites (a C compiler and linker), wrk, jq and curl.
set -euo pipefail
start_rounds=${1:-3}
load_rounds=${2:-4}
seconds=${3:-10}
for tool in wrk jq curl; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done

repo=$(cd "$(dirname "$0")/../../.." && pwd)
lua="$repo/tests/ForumHelper.Benchmarks/Load/load.lua"
work=$(mktemp -d)
threads=2
connections=64
# shellcheck source=common.sh
source "$repo/tests/ForumHelper.Benchmarks/Load/common.sh"

echo "building and publishing (Native AOT takes a few minutes)..." >&2
dotnet build -c Release "$repo/tests/ForumHelper.Benchmarks" -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -p:PublishAot=false -o "$work/r2r" -nologo -v q >/dev/null
# shellcheck disable=SC2086 # AOT_PUBLISH_ARGS is a list of arguments
dotnet publish "$repo/bot" -c Release ${AOT_PUBLISH_ARGS:-} -o "$work/native" -nologo -v q >/dev/null
bench=(dotnet "$repo/tests/ForumHelper.Benchmarks/bin/Release/net10.0/ForumHelper.Benchmarks.dll")
# Ports nobody holds now: two runs on one machine must not answer each other's requests. The last
# one nothing listens on: serve --dev-key sends deferred replies there.
read -r start_port r2r_port native_port discord_port < <("${bench[@]}" free-ports --count 4)
declare -A load_port=([r2r]=$r2r_port [native]=$native_port)
export Discord__ApiBaseUrl=http://127.0.0.1:$discord_port/api/v10
"$work/r2r/forumhelper" dev-keys --out "$work/dev.key" >/dev/null
variants=(r2r native)

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(dotnet --version) SDK; run $(date -u +%Y-%m-%dT%H:%MZ); load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${AOT_PUBLISH_ARGS:-}" ] || echo "native published with: $AOT_PUBLISH_ARGS"
for variant in "${variants[@]}"; do
  symbols=$(find "$work/$variant" -name '*.dbg' -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s / 1048576 }')
  echo "$variant: $(du -sh --exclude='*.dbg' "$work/$variant" | cut -f1) in $(find "$work/$variant" -type f ! -name '*.dbg' | wc -l) files (not counting ${symbols} MB of separate debug symbols); the program file $(du -h "$work/$variant/forumhelper" | cut -f1)"
done

cold_start() { # folder variant runs
  (cd "$1" && Storage__ConnectionString="Data Source=$1/cases.db" "${bench[@]}" cold-start --key-file "$work/dev.key" \
    --url "http://127.0.0.1:$start_port/interactions" --runs "$3" -- \
    "$work/$2/forumhelper" serve --urls "http://127.0.0.1:$start_port" --dev-key "$work/dev.key") | tail -1
}
for round in $(seq 1 "$start_rounds"); do
  for variant in "${variants[@]}"; do
    state="$work/state-$variant"
    rm -rf "$state" && mkdir -p "$state"
    printf 'round %s, %-8s first start (no marker): %s\n' "$round" "$variant" "$(cold_start "$state" "$variant" 1 | sed 's/.*median //; s/,.*//')"
    printf 'round %s, %-8s marker present:          %s\n' "$round" "$variant" "$(cold_start "$state" "$variant" 5)"
  done
done

for round in 1 2 3; do
  for variant in "${variants[@]}"; do
    state="$work/state-$variant"
    Storage__ConnectionString="Data Source=$state/cases.db" "$work/$variant/forumhelper" serve --urls "http://127.0.0.1:$start_port" --dev-key "$work/dev.key" >"$work/memory.log" 2>&1 &
    pid=$!
    wait_for_port $start_port
    "$work/r2r/forumhelper" send-sample --ping --url "http://127.0.0.1:$start_port/interactions" --key-file "$work/dev.key" >/dev/null
    sleep 3
    echo "memory round $round, $variant: peak $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$pid/status), now $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$pid/status) resident, idle after the first PONG"
    kill $pid && wait $pid 2>/dev/null || true
  done
done

export Discord__AdvicePerMinute=10000
export Discord__MaxClockSkewSeconds=$(( 2 * load_rounds * seconds + 600 ))
export Logging__LogLevel__Default=Warning
for variant in "${variants[@]}"; do
  mkdir -p "$work/load-$variant"
  Storage__ConnectionString="Data Source=$work/load-$variant/cases.db" "$work/$variant/forumhelper" serve --urls "http://127.0.0.1:${load_port[$variant]}" --dev-key "$work/dev.key" >"$work/load-$variant.log" 2>&1 &
  pids+=($!)
  wait_for_port "${load_port[$variant]}"
done
"${bench[@]}" requests --key-file "$work/dev.key" --out "$work/requests.tsv" 2>/dev/null
for variant in "${variants[@]}"; do measure "${load_port[$variant]}" 5 >/dev/null; drain "${load_port[$variant]}"; done

status=0
alternate "$load_rounds" "$seconds" r2r "${load_port[r2r]}" native "${load_port[native]}" || status=1
for variant in "${variants[@]}"; do
  pid=${pids[$([ "$variant" = r2r ] && echo 0 || echo 1)]}
  echo "after the load, $variant: peak $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$pid/status) resident"
done
exit $status

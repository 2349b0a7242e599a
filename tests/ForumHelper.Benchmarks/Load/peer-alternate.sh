#!/usr/bin/env bash
# serve against the Node peer (node-peer/: discord-interactions on express), alternated in one run
# on loopback. run-load.sh measures its stages a minute or more apart, so on a shared machine each can
# meet a different load from outside; here both servers are started once and measured turn about,
# ROUNDS rounds of SECONDS each (who goes first alternates too), on the same requests, at 64
# connections, after a 5 s warm-up each. Prints each round's ratio and the median.
#
#   tests/ForumHelper.Benchmarks/Load/peer-alternate.sh [ROUNDS] [SECONDS]     # default 6 rounds of 10 s
#
# Needs the .NET SDK, wrk, jq, node and npm. Settings of serve as in run-load.sh.
set -euo pipefail
rounds=${1:-6}
seconds=${2:-10}
connections=64 threads=2
for tool in wrk jq node npm; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done

repo=$(cd "$(dirname "$0")/../../.." && pwd)
lua="$repo/tests/ForumHelper.Benchmarks/Load/load.lua"
peer_dir="$repo/tests/ForumHelper.Benchmarks/Load/node-peer"
work=$(mktemp -d)
# shellcheck source=common.sh
source "$repo/tests/ForumHelper.Benchmarks/Load/common.sh"

echo "building Release and installing the peer..." >&2
dotnet build -c Release "$repo/tests/ForumHelper.Benchmarks" -nologo -v q >/dev/null
(cd "$peer_dir" && npm ci --no-audit --no-fund --loglevel=error) >/dev/null
bench=(dotnet "$repo/tests/ForumHelper.Benchmarks/bin/Release/net10.0/ForumHelper.Benchmarks.dll")
bot=(dotnet "$repo/bot/bin/Release/net10.0/forumhelper.dll")
"${bot[@]}" dev-keys --out "$work/dev.key" >/dev/null
read -r peer_port serve_port < <("${bench[@]}" free-ports --count 2)

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(dotnet --version) SDK, node $(node --version), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "run: $(date -u +%Y-%m-%dT%H:%MZ), $rounds rounds of ${seconds} s each, $connections connections, $threads wrk threads"

export Storage__ConnectionString="Data Source=$work/cases.db"
export Discord__AdvicePerMinute=10000
export Discord__MaxClockSkewSeconds=$(( 2 * rounds * seconds + 600 ))
export Logging__LogLevel__Default=Warning


"${bot[@]}" serve --urls "http://127.0.0.1:$serve_port" --dev-key "$work/dev.key" >"$work/serve.log" 2>&1 &
pids+=($!)
NODE_ENV=production PUBLIC_KEY=$("${bench[@]}" public-key --key-file "$work/dev.key") PORT=$peer_port node "$peer_dir/server.js" >"$work/peer.log" 2>&1 &
pids+=($!)
wait_for_port $serve_port
wait_for_port $peer_port
"${bench[@]}" requests --key-file "$work/dev.key" --out "$work/requests.tsv" 2>/dev/null
measure $peer_port 5 >/dev/null
measure $serve_port 5 >/dev/null
drain $serve_port

status=0
alternate "$rounds" "$seconds" "node peer" $peer_port serve $serve_port || status=1
echo "serve vs node peer, median of the rounds' ratios: $(cut -d' ' -f3 "$work/rounds" | median %.1f)× (issue 17's target: ≥ 5×)"
exit $status

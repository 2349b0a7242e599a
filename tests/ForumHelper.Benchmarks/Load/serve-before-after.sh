#!/usr/bin/env bash
# serve's throughput before and after a change: BASE (a commit, default HEAD~1) against the working
# tree, both started once and measured turn about in one run on loopback, so a busy minute on a
# shared machine hits both. ROUNDS rounds of SECONDS each (who goes first alternates), the same
# requests (run-load.sh's mix, 1,000 members), 64 connections, after a 5 s warm-up each. Prints each
# round, the medians, and each one's peak resident memory.
#
#   tests/ForumHelper.Benchmarks/Load/serve-before-after.sh [BASE] [ROUNDS] [SECONDS]   # default HEAD~1, 6 rounds of 10 s
#
# Needs the .NET SDK, git, wrk and jq. Settings of serve as in run-load.sh.
set -euo pipefail
base=${1:-HEAD~1}
rounds=${2:-6}
seconds=${3:-10}
connections=64 threads=2
for tool in wrk jq git; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done

repo=$(cd "$(dirname "$0")/../../.." && pwd)
lua="$repo/tests/ForumHelper.Benchmarks/Load/load.lua"
work=$(mktemp -d)
# shellcheck source=common.sh
source "$repo/tests/ForumHelper.Benchmarks/Load/common.sh"

echo "building $base and the working tree (Release)..." >&2
mkdir "$work/base-src"
git -C "$repo" archive "$base" | tar -x -C "$work/base-src"
dotnet build -c Release "$work/base-src/bot" -o "$work/before" -nologo -v q >/dev/null
dotnet build -c Release "$repo/tests/ForumHelper.Benchmarks" -nologo -v q >/dev/null
bench=(dotnet "$repo/tests/ForumHelper.Benchmarks/bin/Release/net10.0/ForumHelper.Benchmarks.dll")
after=(dotnet "$repo/bot/bin/Release/net10.0/forumhelper.dll")
before=(dotnet "$work/before/forumhelper.dll")
"${after[@]}" dev-keys --out "$work/dev.key" >/dev/null
read -r before_port after_port < <("${bench[@]}" free-ports --count 2)

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(dotnet --version) SDK, $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "run: $(date -u +%Y-%m-%dT%H:%MZ), before = $(git -C "$repo" rev-parse --short "$base"), after = the working tree of $(git -C "$repo" rev-parse --short HEAD); $rounds rounds of ${seconds} s, $connections connections"

export Discord__AdvicePerMinute=10000
export Discord__MaxClockSkewSeconds=$(( 2 * rounds * (seconds + 3) + 600 < 900 ? 2 * rounds * (seconds + 3) + 600 : 900 ))
export Logging__LogLevel__Default=Warning


Storage__ConnectionString="Data Source=$work/before.db" "${before[@]}" serve --urls "http://127.0.0.1:$before_port" --dev-key "$work/dev.key" >"$work/before.log" 2>&1 &
before_pid=$!; pids+=("$before_pid")
Storage__ConnectionString="Data Source=$work/after.db" "${after[@]}" serve --urls "http://127.0.0.1:$after_port" --dev-key "$work/dev.key" >"$work/after.log" 2>&1 &
after_pid=$!; pids+=("$after_pid")
wait_for_port "$before_port"
wait_for_port "$after_port"
"${bench[@]}" requests --key-file "$work/dev.key" --out "$work/requests.tsv" 2>/dev/null
measure "$before_port" 5 >/dev/null; drain "$before_port"
measure "$after_port" 5 >/dev/null; drain "$after_port"

status=0
alternate "$rounds" "$seconds" before "$before_port" after "$after_port" || status=1
echo "peak resident memory: before $(awk '/VmHWM/ {print int($2/1024)}' /proc/$before_pid/status) MB, after $(awk '/VmHWM/ {print int($2/1024)}' /proc/$after_pid/status) MB"
exit $status

#!/usr/bin/env bash
# Cold start to the first PONG of the default publish (each commit's own: Native AOT since issue 17), before and
# after a change: BASE (a commit, default HEAD~1) against the working tree, in one run on loopback.
# Each round times 5 starts of each, alternated; each keeps its database (and so its data-check
# marker) between starts, as a restarted service does. The first start of the working tree, with no
# marker yet, is timed apart: it runs the full check and writes the marker (docs/PERFORMANCE.md).
#
#   tests/ForumHelper.Benchmarks/Load/start-before-after.sh [BASE] [ROUNDS]
set -euo pipefail
base=${1:-HEAD~1}
rounds=${2:-3}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building and publishing $base and the working tree..." >&2
mkdir "$work/base-src"
git -C "$repo" archive "$base" | tar -x -C "$work/base-src"
dotnet build -c Release "$repo/tests/ForumHelper.Benchmarks" -nologo -v q >/dev/null
dotnet publish "$work/base-src/bot" -c Release -o "$work/before" -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -o "$work/after" -nologo -v q >/dev/null
bench=(dotnet "$repo/tests/ForumHelper.Benchmarks/bin/Release/net10.0/ForumHelper.Benchmarks.dll")
# A port nobody holds now: two runs on one machine must not answer each other's requests.
port=$("${bench[@]}" free-ports --count 1)
"$work/after/forumhelper" dev-keys --out "$work/dev.key" >/dev/null

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(dotnet --version) SDK; before = $(git -C "$repo" rev-parse --short "$base"), run $(date -u +%Y-%m-%dT%H:%MZ)"
start() {
  local variant=$1 runs=$2
  mkdir -p "$work/state-$variant"
  (cd "$work" && Storage__ConnectionString="Data Source=$work/state-$variant/cases.db" "${bench[@]}" cold-start --key-file "$work/dev.key" \
    --url "http://127.0.0.1:$port/interactions" --runs "$runs" -- \
    "$work/$variant/forumhelper" serve --urls "http://127.0.0.1:$port" --dev-key "$work/dev.key") | tail -1
}
printf '%-40s ' "after, first start (full check, no marker):"; start after 1
for round in $(seq 1 "$rounds"); do
  for variant in before after; do
    printf 'round %s, %-31s ' "$round" "$variant:"
    start "$variant" 5
  done
done
ls "$work/state-after" | grep -q 'data-checked$' && echo "marker: $(ls "$work/state-after" | grep 'data-checked$')"

#!/usr/bin/env bash
# Size and cold start of the published program, three ways, measured in one run on loopback:
#   1. the README's `dotnet publish bot -c Release -o out`: framework-dependent, ReadyToRun (the default);
#   2. the same without ReadyToRun (-p:PublishReadyToRun=false);
#   3. self-contained, ReadyToRun (--self-contained true): the host needs no .NET runtime.
# Each folder's size, then ROUNDS rounds of 5 starts each to the first PONG, the variants alternated so
# that a noisy minute on this shared machine hits all three alike (docs/PERFORMANCE.md, "Published program").
#
#   tests/ForumHelper.Benchmarks/Load/published-start.sh [ROUNDS]
set -euo pipefail
rounds=${1:-2}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=18095

echo "building and publishing..." >&2
dotnet build -c Release "$repo/tests/ForumHelper.Benchmarks" -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -o "$work/r2r" -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -o "$work/jit" -p:PublishReadyToRun=false -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -o "$work/self-contained" --self-contained true -nologo -v q >/dev/null
bench=(dotnet "$repo/tests/ForumHelper.Benchmarks/bin/Release/net10.0/ForumHelper.Benchmarks.dll")
"$work/r2r/forumhelper" dev-keys --out "$work/dev.key" >/dev/null

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(dotnet --version) SDK; run $(date -u +%Y-%m-%dT%H:%MZ)"
for variant in r2r jit self-contained; do
  echo "$variant: $(du -sh "$work/$variant" | cut -f1) in $(find "$work/$variant" -type f | wc -l) files"
done

export Storage__ConnectionString="Data Source=$work/cases.db"
for round in $(seq 1 "$rounds"); do
  for variant in r2r jit self-contained; do
    printf 'round %s, %-15s ' "$round" "$variant:"
    (cd "$work" && "${bench[@]}" cold-start --key-file "$work/dev.key" --url "http://127.0.0.1:$port/interactions" --runs 5 -- \
      "$work/$variant/forumhelper" serve --urls "http://127.0.0.1:$port" --dev-key "$work/dev.key") | tail -1
    rm -f "$work"/cases.db*
  done
done

#!/usr/bin/env bash
# Size and cold start of the published program, four ways, measured in one run on loopback:
#   1. native: the README's `dotnet publish bot -c Release -o out`, Native AOT (the default);
#   2. r2r: framework-dependent, ReadyToRun (-p:PublishAot=false; the default before issue 17);
#   3. jit: the same without ReadyToRun (-p:PublishAot=false -p:PublishReadyToRun=false);
#   4. self-contained, ReadyToRun (-p:PublishAot=false --self-contained true).
# Each folder's size, then ROUNDS rounds of 5 starts each to the first PONG, the variants alternated so
# that a noisy minute on this shared machine hits all four alike (docs/PERFORMANCE.md, "Published program").
#
#   tests/ForumHelper.Benchmarks/Load/published-start.sh [ROUNDS]
set -euo pipefail
rounds=${1:-2}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
variants=(native r2r jit self-contained)

echo "building and publishing..." >&2
dotnet build -c Release "$repo/tests/ForumHelper.Benchmarks" -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -o "$work/native" -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -o "$work/r2r" -p:PublishAot=false -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -o "$work/jit" -p:PublishAot=false -p:PublishReadyToRun=false -nologo -v q >/dev/null
dotnet publish "$repo/bot" -c Release -o "$work/self-contained" -p:PublishAot=false --self-contained true -nologo -v q >/dev/null
bench=(dotnet "$repo/tests/ForumHelper.Benchmarks/bin/Release/net10.0/ForumHelper.Benchmarks.dll")
# A port nobody holds now: two runs on one machine must not answer each other's requests.
port=$("${bench[@]}" free-ports --count 1)
"$work/r2r/forumhelper" dev-keys --out "$work/dev.key" >/dev/null

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(dotnet --version) SDK; run $(date -u +%Y-%m-%dT%H:%MZ)"
for variant in "${variants[@]}"; do
  echo "$variant: $(du -sh "$work/$variant" | cut -f1) in $(find "$work/$variant" -type f | wc -l) files"
done

export Storage__ConnectionString="Data Source=$work/cases.db"
for round in $(seq 1 "$rounds"); do
  for variant in "${variants[@]}"; do
    printf 'round %s, %-15s ' "$round" "$variant:"
    (cd "$work" && "${bench[@]}" cold-start --key-file "$work/dev.key" --url "http://127.0.0.1:$port/interactions" --runs 5 -- \
      "$work/$variant/forumhelper" serve --urls "http://127.0.0.1:$port" --dev-key "$work/dev.key") | tail -1
    rm -f "$work"/cases.db*
  done
done

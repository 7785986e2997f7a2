#!/usr/bin/env bash
# A fuzzing soak outside CI: every fuzzing property of the test suite draws fresh inputs for the
# given seconds each (default 600) on every core. Prints what each property tried; a failure is
# shrunk to a small input and printed with the seed that reproduces it
# (CsCheck_Seed=<seed> dotnet test --filter <property>).
#   build/fuzz.sh [seconds-per-property]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
DTIRULES_FUZZ_SECONDS="$seconds" DTIRULES_FUZZ_REPORT="$report" \
  dotnet test tests/DtiRules.Tests --filter "FullyQualifiedName~DtiRules.Tests.Fuzzing" -- xUnit.ParallelizeTestCollections=false
printf 'property\tinputs\tseconds\n'
cat "$report"

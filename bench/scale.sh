#!/usr/bin/env bash
# Scale figures for docs/benchmarks.md: makes synthetic unit lists and datasets of 1,000, 10,000 and
# 100,000 communes, times each `dti score` run as a whole (wall time and peak resident memory from
# /usr/bin/time), then runs the stage benchmarks (BenchmarkDotNet, ScaleBenchmarks).
# Usage: bench/scale.sh [folder for the generated files, default a temporary one]
source "$(dirname "$0")/prepare.sh"
for units in 1000 10000 100000; do communes "$units"; done

echo "== Machine"
echo "cores: $(nproc); cpu: $(lscpu | sed -n 's/^Model name: *//p'); runtime: $(dotnet --list-runtimes | grep NETCore.App | tail -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== Whole command (dti score --format csv --out FILE, interpreter)"
for units in 1000 10000 100000; do
  /usr/bin/time -f "$units units: %e s wall, %M KB peak resident" \
    dotnet src/DtiRules.Cli/bin/Release/net10.0/dti.dll score rulesets/dti-commune/2025.dti \
      --data "$folder/data-$units.csv" --units "$folder/units-$units.csv" --format csv --out "$folder/result-$units.csv" --engine interpreted
  ls -l "$folder/data-$units.csv" "$folder/units-$units.csv" "$folder/result-$units.csv" | awk '{print "  " $5 " bytes " $9}'
done

echo "== Stages (BenchmarkDotNet)"
cd bench/DtiRules.Benchmarks
dotnet build -c Release --nologo -v q >/dev/null
dotnet bin/Release/net10.0/DtiRules.Benchmarks.dll --filter '*ScaleBenchmarks*'

#!/usr/bin/env bash
# Sensitivity figures for docs/benchmarks.md: makes the 3,321 synthetic communes, times the whole
# `dti sensitivity` command on the 2022 province sample and on the communes under both engines
# (wall and processor time from /usr/bin/time), prints the processor time per analysis (`loop`),
# then runs BenchmarkDotNet over SensitivityBenchmarks. Takes about five minutes on 2 cores.
# Usage: bench/sensitivity.sh [folder for the generated files, default a temporary one]
source "$(dirname "$0")/prepare.sh"
communes 3321
dti=src/DtiRules.Cli/bin/Release/net10.0/dti

echo "== Machine"
echo "cores: $(nproc); cpu: $(lscpu | sed -n 's/^Model name: *//p'); runtime: $(dotnet --list-runtimes | grep NETCore.App | tail -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== Whole command (fresh process each)"
for engine in auto interpreted compiled; do
  /usr/bin/time -f "provinces, $engine: %e s wall, %U s user, %M KB peak resident" \
    "$dti" sensitivity rulesets/dti-province/2022.dti --data data/sample/provinces-2022.csv --samples 10000 \
      --engine "$engine" --timings --format csv --out "$folder/provinces-$engine.csv" --lang en
done
for engine in interpreted compiled; do
  /usr/bin/time -f "communes, $engine: %e s wall, %U s user, %M KB peak resident" \
    "$dti" sensitivity rulesets/dti-commune/2025.dti --data "$folder/data-3321.csv" --units "$folder/units-3321.csv" \
      --vary-weights 20 --samples 1000 --engine "$engine" --timings --format csv --out "$folder/communes-$engine.csv" --lang en
done
cmp "$folder/provinces-interpreted.csv" "$folder/provinces-compiled.csv" && cmp "$folder/communes-interpreted.csv" "$folder/communes-compiled.csv" \
  && echo "both engines wrote the same bytes"

echo "== Processor time per analysis"
cd bench/DtiRules.Benchmarks
dotnet build -c Release --nologo -v q >/dev/null
for workload in S-provinces-interpreted S-provinces-compiled; do dotnet bin/Release/net10.0/DtiRules.Benchmarks.dll loop "$workload" 3; done
for workload in S-communes-interpreted S-communes-compiled; do dotnet bin/Release/net10.0/DtiRules.Benchmarks.dll loop "$workload" 1; done

echo "== BenchmarkDotNet"
dotnet bin/Release/net10.0/DtiRules.Benchmarks.dll --filter '*SensitivityBenchmarks*'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

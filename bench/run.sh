#!/usr/bin/env bash
# Runs the benchmark (BenchmarkDotNet, Release) and prints a summary with the ratios the targets
# are stated in. Takes about ten minutes; it is not part of `dotnet test` or CI. The machine may be
# shared: the load average is printed before and after, so a noisy run can be recognised.
# Usage: bench/run.sh [extra BenchmarkDotNet arguments, e.g. --filter '*W2*']
set -euo pipefail
cd "$(dirname "$0")/DtiRules.Benchmarks"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release --nologo -v q >/dev/null
bin=bin/Release/net10.0/DtiRules.Benchmarks.dll

echo "== Machine"
echo "cores: $(nproc); cpu: $(lscpu | sed -n 's/^Model name: *//p'); runtime: $(dotnet --list-runtimes | grep NETCore.App | tail -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== First call (each in a fresh process)"
rm -rf "${TMPDIR:-/tmp}/dtirules-bench-cache"
dotnet build ../../src/DtiRules.Cli -c Release --nologo -v q >/dev/null
start=$(date +%s%N); dotnet ../../src/DtiRules.Cli/bin/Release/net10.0/dti.dll check ../../rulesets/dti-province/2022.dti >/dev/null 2>&1; end=$(date +%s%N)
echo "W1 cold process: dti check 2022: $(((end - start) / 1000000)) ms (process start included)"
dotnet "$bin" first-call parse
dotnet "$bin" first-call interpreted
dotnet "$bin" first-call compiled-cold
dotnet "$bin" first-call compiled-disk   # compiles and fills the disk cache
dotnet "$bin" first-call compiled-disk   # first result from the cached compilation (target < 150 ms)
dotnet "$bin" first-call compiled-disk
dotnet "$bin" first-call compile-nodes 10000   # target: compile < 10 s
dotnet "$bin" first-call compile-nodes 60000   # target: compile < 60 s

echo "== Processor time per run (changes less than wall-clock time when the machine is shared)"
for workload in W2 W2-hand W2-rulesengine; do dotnet "$bin" loop "$workload" 300; done
for workload in W3 W3-hand; do dotnet "$bin" loop "$workload" 20; done
for workload in W4 W4-hand; do dotnet "$bin" loop "$workload" 3; done

echo "== BenchmarkDotNet"
dotnet "$bin" --filter '*' --exporters csv "$@" >benchmark.log 2>&1 || { tail -40 benchmark.log; exit 1; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
report=BenchmarkDotNet.Artifacts/results/DtiRules.Benchmarks.ScoringBenchmarks-report.csv
python3 - "$report" <<'PY'
import csv, sys, re
rows = {r["Method"].strip("'"): r for r in csv.DictReader(open(sys.argv[1]))}
def ms(name):
    m = re.match(r"([\d.,]+) (ns|us|μs|ms|s)", rows[name]["Mean"])
    v = float(m.group(1).replace(",", ""))
    return v * {"ns": 1e-6, "us": 1e-3, "μs": 1e-3, "ms": 1, "s": 1000}[m.group(2)]
print(f"{'workload':48} {'mean':>12}")
for name in rows:
    print(f"{name:48} {ms(name):>10.3f} ms")
def ratio(a, b): return ms(a) / ms(b)
print()
print(f"W2 compiled / hand-written:        {ratio('W2 63 provinces: compiled', 'W2 63 provinces: hand-written C#'):8.2f}x  (target <= 1.5)")
print(f"W3 compiled / hand-written:        {ratio('W3 10,000 units: compiled', 'W3 10,000 units: hand-written C#'):8.2f}x  (target <= 1.3)")
print(f"W3 compiled:                       {ms('W3 10,000 units: compiled'):8.1f} ms (target < 100)")
print(f"W2 RulesEngine / compiled:         {ratio('W2 63 provinces: RulesEngine 6.0.1', 'W2 63 provinces: compiled'):8.2f}x  (target >= 50)")
print(f"W2 interpreter / compiled:         {ratio('W2 63 provinces: interpreter', 'W2 63 provinces: compiled'):8.2f}x")
print(f"W3 interpreter / compiled:         {ratio('W3 10,000 units: interpreter', 'W3 10,000 units: compiled'):8.2f}x")
print(f"W1 parse+check warm:               {ms('W1 parse+check 2022 (warm)'):8.2f} ms (target < 50)")
print(f"W4 compiled:                       {ms('W4 10,000 re-weightings: compiled'):8.1f} ms (target < 500)")
PY

#!/usr/bin/env bash
# Builds dti as one self-contained executable per platform, for machines without .NET:
#   <out>/win-x64/dti.exe and <out>/linux-x64/dti   (default <out>: artifacts/publish)
# Usage: build/publish.sh [OUT] [RID ...]   e.g. build/publish.sh artifacts/publish win-x64
#
# Single file, self-contained, compressed; no ReadyToRun (it doubles the size and the build time
# for a start-up gain a command line does not need) and no trimming (Roslyn, which compiles
# rulesets at run time, and the readers' reflection are not trim-safe).
# The compiled engine hands Roslyn the runtime's own assemblies from disk, so the bundle extracts
# its content on first run (IncludeAllContentForSelfExtract) into DOTNET_BUNDLE_EXTRACT_BASE_DIR
# (default: the user's temporary folder), once per build.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

out=${1:-artifacts/publish}
shift || true
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(win-x64 linux-x64)

for rid in "${rids[@]}"; do
  echo "== dti for $rid -> $out/$rid"
  rm -rf "${out:?}/$rid"
  dotnet publish src/DtiRules.Cli -c Release -r "$rid" --self-contained true -o "$out/$rid" \
    -p:PublishSingleFile=true \
    -p:IncludeAllContentForSelfExtract=true \
    -p:EnableCompressionInSingleFile=true \
    -p:DebugType=embedded \
    -p:PublishReadyToRun=false \
    -p:PublishTrimmed=false \
    -nologo -v:quiet
  ls -l "$out/$rid"
done

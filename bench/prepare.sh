# Sourced by the benchmark scripts that need synthetic communes: sets root (the repository),
# folder (the generated files: $1, else a temporary folder) and DTIRULES_SCALE_DIR, builds the
# generator and the command in Release, and changes to the repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-$(mktemp -d)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DTIRULES_SCALE_DIR="$folder"
cd "$root"
dotnet build src/DtiRules.SampleData -c Release --nologo -v q >/dev/null
dotnet build src/DtiRules.Cli -c Release --nologo -v q >/dev/null

# Writes units-N.csv and data-N.csv of N synthetic communes into the folder, unless already there.
communes() {
  [ -f "$folder/data-$1.csv" ] || dotnet src/DtiRules.SampleData/bin/Release/net10.0/DtiRules.SampleData.dll scale rulesets/dti-commune/2025.dti "$1" "$folder"
}

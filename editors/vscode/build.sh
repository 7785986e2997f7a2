#!/usr/bin/env bash
# Builds the VS Code extension package dist/dtirules.vsix with the pinned @vscode/vsce: installs
# exactly what package-lock.json names (npm ci), then packages. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
rm -rf dist && mkdir dist
npx --no-install vsce package --skip-license --allow-missing-repository --out dist/dtirules.vsix

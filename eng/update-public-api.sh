#!/usr/bin/env bash
# Records every library's public API changes in its PublicAPI.Unshipped.txt (the build fails until they are).
# Review the diff: a line that disappears is a breaking change.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  [ -f "$(dirname "$project")/PublicAPI.Unshipped.txt" ] || continue
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info
done
# Razor generates a public _Imports class that the analyzer sees in the build but the format workspace does not.
imports=src/Consent.Components/PublicAPI.Unshipped.txt
for line in 'Consent.Components._Imports' 'Consent.Components._Imports._Imports() -> void' 'Consent.Components._Imports.Execute() -> void'; do
  grep -qxF "$line" "$imports" || echo "$line" >> "$imports"
done

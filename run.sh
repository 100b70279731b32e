#!/usr/bin/env bash
# Runs BlazorReader on the embedded default: SQLite in ./data (or $Storage__DataDirectory),
# seeds/ imported on first start. Built in Release and started from the build output, the
# way operators run it.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
port="${PORT:-5080}"
data="${Storage__DataDirectory:-$PWD/data}"
dotnet build src/BlazorReader.Web/BlazorReader.Web.csproj -c Release -nologo -v quiet
echo "BlazorReader starts at http://127.0.0.1:${port}/ (data folder: ${data}); Ctrl+C stops it."
cd src/BlazorReader.Web/bin/Release/net10.0
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" Storage__DataDirectory="$data" \
  exec dotnet BlazorReader.Web.dll --urls "${URLS:-http://127.0.0.1:${port}}"

#!/usr/bin/env bash
# Runs every test of BlazorReader. Installs what the browser tests need when it is missing
# (Debian's Chromium and Noto fonts, as root), builds once in Release, runs all test
# projects, and prints one line "N passed, N failed, N skipped". Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# grep reads fc-list to the end (no -q): with pipefail, an early exit would fail fc-list on
# SIGPIPE and the fonts would look missing when they are not.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -i "Noto Sans Arabic\|Noto Naskh Arabic" >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Chromium and Arabic fonts from Debian's packages…"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
  else
    echo "note: Chromium or the Noto fonts are missing and this is not root; browser tests will be skipped."
    echo "      install them with: sudo apt-get install chromium fonts-noto-core"
  fi
fi

dotnet tool restore >/dev/null
dotnet build BlazorReader.sln -c Release -nologo -v quiet

results="$PWD/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
log="$results/dotnet-test.log"
status=0
dotnet test --solution BlazorReader.sln -c Release --no-build --results-directory "$results" 2>&1 | tee "$log" || status=$?

count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
[ "$status" -ne 0 ] && [ "$failed" = 0 ] && failed=1   # a crash or build error counts as a failure
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"

#!/usr/bin/env bash
# Runs every test of BlazorReader. Installs what the tests need when it is missing (Debian's
# Chromium, Noto fonts and PostgreSQL, as root), builds once in Release, runs all test projects
# on SQLite, then the data tests again on a throwaway PostgreSQL cluster, and prints one line
# "N passed, N failed, N skipped". Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Everything below runs beside a PostgreSQL cluster of its own, stopped when the tests end.
if [ -z "${BLAZORREADER_TEST_POSTGRES+set}" ]; then
  exec tests/with-postgres.sh "$0" "$@"
fi

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

# The data tests again, each on a PostgreSQL database of its own.
pglog="$results/dotnet-test-postgres.log"
if [ -n "$BLAZORREADER_TEST_POSTGRES" ]; then
  BLAZORREADER_TEST_STORE=PostgreSql dotnet test --project tests/BlazorReader.Data.Tests/BlazorReader.Data.Tests.csproj \
    -c Release --no-build --results-directory "$results/postgres" 2>&1 | tee "$pglog" || status=$?
else
  echo "note: no PostgreSQL cluster; the data tests ran on SQLite only." | tee "$pglog"
fi

count() { grep -hE "^\s+$1: [0-9]+" "$2" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
total() { echo $(( $(count "$1" "$log") + $(count "$1" "$pglog") )); }
passed=$(total succeeded); failed=$(total failed); skipped=$(total skipped)
[ "$status" -ne 0 ] && [ "$failed" = 0 ] && failed=1   # a crash or build error counts as a failure
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"

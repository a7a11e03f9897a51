#!/usr/bin/env bash
# Runs DiploLens's tests: installs what they need when it is missing (Debian's chromium for the browser tests,
# the PostgreSQL server binaries for the server-engine tests), runs `dotnet test`, and ends with one line
# "N passed, N failed". Exit code: 0 when every test passed.
set -uo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql postgresql-contrib)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing ${missing[*]} (apt-get)…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/tmp/diplolens-apt.log 2>&1 \
      || echo "test.sh: warning: could not install ${missing[*]} (see /tmp/diplolens-apt.log); the tests that need them will fail"
  else
    echo "test.sh: warning: ${missing[*]} missing; install with: sudo apt-get install -y ${missing[*]}"
  fi
fi

log=$(mktemp)
dotnet test DiploLens.slnx --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one "Passed!/Failed!  - Failed: N, Passed: N, …" line per test assembly.
passed=$(grep -E '^(Passed|Failed)! ' "$log" | sed -E 's/.*Passed: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^(Passed|Failed)! ' "$log" | sed -E 's/.*Failed: *([0-9]+),.*/\1/' | awk '{s+=$1} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the test host failed before any test could report.
  failed=1
fi
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]

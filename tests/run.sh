#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what the tests need, builds with warnings as
# errors, runs every test project, and ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  echo "Installing rabbitmq-server (Debian) for the broker tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rabbitmq-server) > /tmp/infoseek-apt.log 2>&1 \
    || { echo "could not install rabbitmq-server; see /tmp/infoseek-apt.log"; echo "0 passed, 1 failed"; exit 1; }
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing chromium (Debian) for the dashboard tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) > /tmp/infoseek-apt-chromium.log 2>&1 \
    || { echo "could not install chromium; see /tmp/infoseek-apt-chromium.log"; echo "0 passed, 1 failed"; exit 1; }
fi
if ! command -v docker-compose > /dev/null 2>&1 && [ -f docker-compose.yml ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose) > /tmp/infoseek-apt-compose.log 2>&1 || true
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
started=$(date +%s)
if ! dotnet build InfoSeek.sln -c Release -warnaserror -nologo -v q; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

results="$root/tests/.results"
rm -rf "$results"; mkdir -p "$results"
status=0
for project in $(find tests -name '*.Tests.csproj' -o -name 'InfoSeek.IntegrationTests.csproj' | sort); do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo -v q \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<< "$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<< "$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<< "$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
# Each failed test with the first lines of its message, so a red run says why without the .trx files.
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  awk '/<UnitTestResult / && /outcome="Failed"/ { match($0, /testName="[^"]*"/); print "FAILED " substr($0, RSTART + 10, RLENGTH - 11); inside = 1; lines = 0 }
       inside && /<Message>/ { showing = 1 }
       showing { last = /<\/Message>/; sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); if (lines++ < 12) print "  " $0; if (last) showing = inside = 0 }' "$trx"
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "suite took $(( $(date +%s) - started )) s"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Builds the solution and runs every test project; the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

results="${TEST_RESULTS:-$PWD/artifacts/test-results}"
rm -rf "$results"
mkdir -p "$results"

# The local tools (dotnet-ef) of .config/dotnet-tools.json.
if ! dotnet tool restore >/dev/null; then
  echo "The local tools could not be restored."
  echo "0 passed, 1 failed"
  exit 1
fi

if ! dotnet build AbsenceCases.sln --nologo -v quiet; then
  echo "The build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  if ! dotnet test "$project" --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
      --results-directory "$results"; then
    status=1
  fi
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name produced no results."
    echo '<Counters passed="0" failed="1" />' > "$results/$name.trx"
  fi
done

count() { grep -ho "<Counters [^>]*" "$results"/*.trx | grep -o " $1=\"[0-9]*\"" | tr -dc '0-9\n' | awk '{ sum += $1 } END { print sum + 0 }'; }
passed=$(count passed); failed=$(count failed)
# CI keeps only the tail of the log, so the failed tests are named again just before the count.
grep -ho '<UnitTestResult [^>]*outcome="Failed"' "$results"/*.trx | grep -o 'testName="[^"]*"' | sed 's/^testName="\(.*\)"$/Failed: \1/'
echo "${passed:-0} passed, ${failed:-0} failed"
exit $status

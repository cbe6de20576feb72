#!/usr/bin/env bash
# Every test of the project, in order: lint, types, unit, production build, e2e in Debian
# Chromium, the scale-out suite (nginx, two web instances, two probe workers, Redis,
# PostgreSQL) and the real-server suite. Installs the Debian packages the tests need when they are
# missing (as root). Ends with one line "Total: N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
export NEXT_TELEMETRY_DISABLED=1
# The tests build and run the site on loopback with example addresses: allowed explicitly.
export ALLOW_PLACEHOLDER_CONFIG=true

passed=0
failed=0
failures=()

# Adds a JSON report's counts; a stage that failed without any failing test counts as one failure.
count_report() { # name exit-code report-file kind(vitest|playwright)
  local name=$1 code=$2 file=$3 kind=$4 p=0 f=0
  if [[ -s $file ]]; then
    read -r p f < <(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      if (process.argv[2] === "vitest") console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0));
      else console.log(r.stats.expected + r.stats.flaky, r.stats.unexpected);
    ' "$file" "$kind")
  fi
  if [[ $code -ne 0 && $f -eq 0 ]]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  if [[ $f -gt 0 ]]; then failures+=("$name"); fi
  echo "== $name: $p passed, $f failed"
}

count_check() { # name exit-code
  if [[ $2 -eq 0 ]]; then passed=$((passed + 1)); echo "== $1: ok"
  else failed=$((failed + 1)); failures+=("$1"); echo "== $1: FAILED"; fi
}

bash scripts/install-system-deps.sh
count_check "system packages" $?

npx eslint . --max-warnings=0
count_check lint $?

npx tsc --noEmit
count_check typecheck $?

rm -f test-results/unit.json
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
count_report unit $? test-results/unit.json vitest

npm run --silent build
build=$?
count_check build $build

if [[ $build -eq 0 ]]; then
  rm -f test-results/e2e.json
  E2E_JSON=test-results/e2e.json npx playwright test
  count_report e2e $? test-results/e2e.json playwright
fi

if [[ $build -eq 0 ]]; then
  rm -f test-results/scale.json
  npm run --silent test:scale -- --reporter=default --reporter=json --outputFile.json=test-results/scale.json
  count_report scale $? test-results/scale.json vitest
fi

if npm run | grep -q "^  test:real$"; then
  rm -f test-results/real.json
  npm run --silent test:real -- --reporter=default --reporter=json --outputFile.json=test-results/real.json
  count_report real-servers $? test-results/real.json vitest
fi

if [[ ${#failures[@]} -gt 0 ]]; then echo "Failed stages: ${failures[*]}"; fi
echo "Total: $passed passed, $failed failed"
[[ $failed -eq 0 ]]

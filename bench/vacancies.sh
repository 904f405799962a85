#!/usr/bin/env bash
# The eligibility matrix (issue 9; target <= 1 s): 2,000 at-risk staff x 500 open vacancies, every pair's verdict
# computed in one pass as GET /eligibility-matrix does once its fixed number of queries have loaded the facts
# (EligibilityRules.matrix), printed beside a naive baseline that assesses each pair on its own
# (EligibilityRules.assess per pair), measured on a sample of people and scaled up. It reports; it does not fail on
# the target. Needs the backend compiled (backend/target/classes, from the README's build command) and Java 17.
#
#   BENCH_PEOPLE (2000) BENCH_VACANCIES (500) BENCH_ROUNDS (9) BENCH_SAMPLE (200: people in the naive baseline)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PEOPLE=${BENCH_PEOPLE:-2000}
VACANCIES=${BENCH_VACANCIES:-500}
ROUNDS=${BENCH_ROUNDS:-9}
SAMPLE=${BENCH_SAMPLE:-200}
CLASSES="$ROOT/backend/target/classes"
if [ ! -d "$CLASSES/org/bandwise/vacancy/control" ]; then
  echo "Compile the backend first: mvn -o -B -q -pl openapi,backend install -DskipITs -DskipE2E=true" >&2
  exit 1
fi
java -Xmx512m -cp "$CLASSES" "$ROOT/bench/VacancyMatrixBench.java" "$PEOPLE" "$VACANCIES" "$ROUNDS" "$SAMPLE"

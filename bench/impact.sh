#!/usr/bin/env bash
# The re-banding impact model for a role with 2,000 holders (issue 8; target p50 <= 200 ms).
#
# Needs a running Bandwise with the demo accounts (demo mode) at $BENCH_URL and the `mysql` client able to reach
# its database ($BENCH_DB_HOST, $BENCH_DB_PORT, $BENCH_DB_NAME, $BENCH_DB_USER, $BENCH_DB_PASSWORD). It adds a
# role of $BENCH_HOLDERS holders (half Band 4 point 6 on one JD, half Band 3 point 5 on another, replaced by a new
# Band 3 JD, like the facilitators) with plain SQL, then times through the API:
#   - POST /rebandings               (model a draft: read holders and scales, model each, store the rows)
#   - POST /rebandings/{id}/recalculate  (the model again, the figure the target is about)
#   - GET  /rebandings/{id}          (read the impact: a page of people, totals, equality impact)
# and prints p50 / p95 / max for each. It reports; it does not fail on the target. The rows it adds stay (they are
# named BENCH-<run>); run it against a throw-away database.
set -euo pipefail

URL=${BENCH_URL:-http://127.0.0.1:8080}
HOLDERS=${BENCH_HOLDERS:-2000}
ROUNDS=${BENCH_ROUNDS:-30}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_NAME=${BENCH_DB_NAME:-bandwise}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
RUN=$(date +%s | tail -c 7)
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

sql() {
  MYSQL_PWD="$DB_PASSWORD" mysql -N -B -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" "$DB_NAME" -e "$1"
}

echo "Seeding a role with $HOLDERS holders (run $RUN) ..."
sql "
SET @s := (SELECT id FROM pay_structure WHERE code = 'PROBATION');
SET @b3 := (SELECT id FROM pay_band WHERE structure_id = @s AND code = '3');
SET @b4 := (SELECT id FROM pay_band WHERE structure_id = @s AND code = '4');
SET @admin := (SELECT id FROM app_user WHERE username = 'admin');
SET @scheme := (SELECT id FROM scheme ORDER BY code, scheme_version LIMIT 1);
SET @if := UUID(); SET @po := UUID(); SET @pso := UUID(); SET @ver := UUID(); SET @eval := UUID(); SET @unit := UUID();
INSERT INTO job_description (id, reference, title, role_family, directorate, status, latest_version_no, published,
  created_at, updated_at) VALUES
  (@if, 'BENCH-IF-$RUN', 'Bench facilitator', 'Interventions', 'Interventions', 'EVALUATED', 1, TRUE, NOW(3), NOW(3)),
  (@po, 'BENCH-PO-$RUN', 'Bench PO', 'Interventions', 'Interventions', 'EVALUATED', 1, TRUE, NOW(3), NOW(3)),
  (@pso, 'BENCH-PSO-$RUN', 'Bench PSO', 'Interventions', 'Interventions', 'EVALUATED', 1, TRUE, NOW(3), NOW(3));
INSERT INTO jd_version (id, jd_id, version_no, status, title, role_family, directorate, purpose, created_at,
  updated_at) VALUES (@ver, @if, 1, 'EVALUATED', 'Bench facilitator', 'Interventions', 'Interventions', 'Bench.',
  NOW(3), NOW(3));
INSERT INTO evaluation (id, jd_id, jd_version_id, requester_id, requester_type, reason, requested_at, status,
  scheme_id, total, band_id, effective_from, published_at, published_by, created_at, updated_at)
  VALUES (@eval, @if, @ver, @admin, 'HR', 'bench', NOW(3), 'PUBLISHED', @scheme, 479, @b3, '2026-08-01', NOW(3),
  'bench', NOW(3), NOW(3));
INSERT INTO org_unit (id, name, kind, created_at) VALUES (@unit, 'Bench unit $RUN', 'PDU', NOW(3));
CREATE TEMPORARY TABLE bench_n (n INT PRIMARY KEY);
INSERT INTO bench_n (n) SELECT n FROM (SELECT a.d * 10000 + b.d * 1000 + c.d * 100 + e.d * 10 + f.d + 1 AS n
  FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a, (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b, (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c, (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) e, (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) f) seq WHERE n <= $HOLDERS;
INSERT INTO staff_member (id, staff_number, first_name, last_name, sex, ethnic_group, disability, date_of_birth,
  created_at, updated_at)
  SELECT UUID(), CONCAT('B', '$RUN', LPAD(n, 6, '0')), CONCAT('Bench', n), CONCAT('Holder', n),
    IF(n % 2 = 0, 'F', 'M'), ELT(1 + n % 5, 'WHITE', 'ASIAN', 'BLACK', 'MIXED', 'OTHER'), IF(n % 7 = 0, 'Y', 'N'),
    DATE_SUB('2026-01-01', INTERVAL (20 + n % 45) YEAR), NOW(3), NOW(3) FROM bench_n;
INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours, created_at, updated_at)
  SELECT UUID(), CONCAT('BP', '$RUN', LPAD(n, 6, '0')), IF(n % 2 = 0, @po, @pso), @unit, 'NATIONAL', 37, NOW(3),
    NOW(3) FROM bench_n;
INSERT INTO staff_assignment (id, staff_id, effective_from, post_id, structure_id, band_id, zone_code, pay_point,
  weekly_hours, reason, created_at, created_by)
  SELECT UUID(), s.id, '2025-06-01', p.id, @s, IF(n % 2 = 0, @b4, @b3), 'NATIONAL', IF(n % 2 = 0, 6, 5),
    IF(n % 3 = 0, 18.5, 37), 'IMPORT', NOW(3), 'bench'
    FROM bench_n JOIN staff_member s ON s.staff_number = CONCAT('B', '$RUN', LPAD(n, 6, '0'))
    JOIN post p ON p.post_number = CONCAT('BP', '$RUN', LPAD(n, 6, '0'));
SELECT CONCAT(@eval, ' ', @po, ' ', @pso);
" > /tmp/bench-impact-ids.txt
read -r EVAL PO PSO < /tmp/bench-impact-ids.txt

curl -s -f -c "$JAR" -H 'Content-Type: application/json' -H 'X-Requested-With: bandwise' \
  -d '{"username":"admin","password":"bandwise-demo"}' "$URL/api/v1/auth/login" > /dev/null

BODY="{\"evaluationId\":\"$EVAL\",\"replacesJobDescriptionIds\":[\"$PO\",\"$PSO\"],\"effectiveFrom\":\"2026-08-01\"}"
create_out=$(curl -s -b "$JAR" -D - -o /tmp/bench-impact-create.json -w '%{http_code} %{time_total}' \
  -H 'Content-Type: application/json' -H 'X-Requested-With: bandwise' -d "$BODY" "$URL/api/v1/rebandings")
ID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' /tmp/bench-impact-create.json)
ETAG=$(printf '%s' "$create_out" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: *//p' | head -1)
echo "created draft $ID (first model: $(printf '%s' "$create_out" | tail -1) s, status code first)"

times_recalc=()
times_get=()
for ((i = 0; i < ROUNDS; i++)); do
  out=$(curl -s -b "$JAR" -D /tmp/bench-impact-h.txt -o /dev/null -w '%{http_code} %{time_total}' -X POST \
    -H 'X-Requested-With: bandwise' -H "If-Match: $ETAG" "$URL/api/v1/rebandings/$ID/recalculate")
  [ "${out%% *}" = 200 ] || { echo "recalculate answered ${out%% *}" >&2; exit 1; }
  out=${out#* }
  ETAG=$(tr -d '\r' < /tmp/bench-impact-h.txt | sed -n 's/^[Ee][Tt]ag: *//p' | head -1)
  times_recalc+=("$out")
  out=$(curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{time_total}' "$URL/api/v1/rebandings/$ID?sort=change")
  [ "${out%% *}" = 200 ] || { echo "GET answered ${out%% *}" >&2; exit 1; }
  times_get+=("${out#* }")
done

stats() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {
    p50=a[int((NR+1)/2)]; p95=a[int(NR*0.95+0.999)]; printf "p50 %.0f ms  p95 %.0f ms  max %.0f ms  (n=%d)\n",
    p50*1000, p95*1000, a[NR]*1000, NR }'
}
echo
echo "Impact model, $HOLDERS holders ($((HOLDERS / 2)) down with mark time, $((HOLDERS / 2)) same), target p50 <= 200 ms:"
printf '  recalculate (model + store): '; stats "${times_recalc[@]}"
printf '  GET impact (page, totals, equality): '; stats "${times_get[@]}"

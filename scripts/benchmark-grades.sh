#!/usr/bin/env bash
# Benchmark of issue 13 (assessment), at national scale on PostgreSQL:
#   1. VIS on `vis_bench` (filled by scripts/benchmark-absence.sh: 190,000 pupils with half a year of absence);
#      demo-county run again adds what is new — the grades step: rounds, this year's first-half grades, earlier years,
#      remarks — and its time is printed;
#   2. the history page of the demo pupil (goal p95 <= 50 ms), sequential requests (vis-devtools PageBenchmark);
#   3. the grade protocol of a group under a few teachers at once (Gatling, vis-devtools GradeSimulation): open
#      (goal p95 <= 100 ms) and save with the group's grades changed (goal p95 <= 200 ms).
# Leaves VIS running (./run.sh stop). REQUESTS, LOAD_USERS, LOAD_SECONDS, LOAD_WARMUP change the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS="${REQUESTS:-300}"
source scripts/jobs.sh

if [ "$(q "SELECT count(*) FROM student" 2>/dev/null || echo 0)" -lt 1000 ]; then
  echo "vis_bench is empty: fill it with scripts/benchmark-absence.sh first" >&2
  exit 1
fi
./run.sh stop
./run.sh

echo
echo "demo-county again (what is new: grades):"
DEMO="(SELECT max(e.jobexecutionid) FROM job_execution e JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid WHERE i.jobname = 'demo-county')"
q "SELECT '  step ' || stepname || ': ' || (endtime - starttime) FROM step_execution WHERE jobexecutionid = $DEMO AND stepname = 'grades'"
q "SELECT '  grades ' || (SELECT count(*) FROM grade) || ', protocols ' || (SELECT count(*) FROM grade_protocol) || ', rounds ' || (SELECT count(*) FROM grade_round) || ', remarks ' || (SELECT count(*) FROM conduct_remark) || ', warnings ' || (SELECT count(*) FROM conduct_warning)"

echo
echo "History page (sequential requests over HTTP on this machine):"
NS=$(mktemp)
seq 1 $((REQUESTS + 60)) > "$NS"
mvn -B -q -o -pl vis-devtools exec:java -Dexec.args="--warmup 50 --requests $REQUESTS --expect Historikk --ids $NS --login 5e1f7a2c-0010-4c6e-9a51-0a1b2c3d4e10 /pupil/history.xhtml?n={id}"
rm -f "$NS"

echo
USERS="${LOAD_USERS:-4}"
echo "Grade protocols: $USERS teachers opening and saving their groups' protocols (Gatling; ${LOAD_SECONDS:-60} s after ${LOAD_WARMUP:-30} s warm-up):"
YEAR=$(q "SELECT max(school_year) FROM grade_round")
TEACHERS=$(mktemp --suffix=.csv)
echo "username,protocols" > "$TEACHERS"
# each group's first teacher: no two virtual users share a protocol
q "SELECT sm.feide_user_id || ',' || string_agg(g.id || '/' || r.id, ';' ORDER BY g.id) FROM teaching_group g
   JOIN grade_round r ON r.school_id = g.school_id AND r.school_year = g.school_year AND r.kind = 'FIRST_HALF'
   JOIN group_teacher gt ON gt.teaching_group_id = g.id AND gt.staff_member_id = (SELECT min(staff_member_id) FROM group_teacher WHERE teaching_group_id = g.id)
   JOIN staff_member sm ON sm.id = gt.staff_member_id
   WHERE g.school_year = $YEAR AND sm.feide_user_id LIKE 'demo-teacher-%'
     AND (SELECT count(*) FROM group_member m WHERE m.teaching_group_id = g.id) BETWEEN 25 AND 32
   GROUP BY sm.feide_user_id ORDER BY md5(sm.feide_user_id) LIMIT $USERS" >> "$TEACHERS"
LOAD_LOG=$(mktemp)
mvn -B -q -pl vis-devtools test-compile gatling:test -Dgatling.simulation=no.vis.devtools.load.GradeSimulation \
  -Dbase=http://localhost:8080 -Dteachers="$TEACHERS" -Dusers="$USERS" -Dseconds="${LOAD_SECONDS:-60}" \
  -Dwarmup="${LOAD_WARMUP:-30}" > "$LOAD_LOG" 2>&1 || true
REPORT=$(ls -td vis-devtools/target/gatling/gradesimulation-* 2>/dev/null | head -1)
if [ -z "$REPORT" ] || [ ! -f "$REPORT/index.html" ]; then
  echo "  the load test did not finish:"; tail -40 "$LOAD_LOG"; rm -f "$LOAD_LOG" "$TEACHERS"; exit 1
fi
python3 - "$REPORT/index.html" "${LOAD_SECONDS:-60}" <<'PY'
import re, sys
page = open(sys.argv[1]).read()
seconds = int(sys.argv[2])
rows = {}
for row in re.finditer(r'class="ellipsed-name">([^<]*)</span>(.*?)</tr>', page, re.S):
    cells = dict(re.findall(r'col-(\d+)">([^<]*)</td>', row.group(2)))
    rows[row.group(1)] = cells
for name, label in (("open", "opened"), ("save", "saved")):
    c = rows.get(name)
    if not c:
        print(f"  {name}: no requests"); continue
    print(f"  protocol {label}: {c.get('2')} in {seconds} s, failed {c.get('4')}, ms p50 {c.get('8')} p95 {c.get('10')} p99 {c.get('11')} max {c.get('12')}")
PY
echo "  Gatling's report: $REPORT/index.html"
rm -f "$LOAD_LOG" "$TEACHERS"

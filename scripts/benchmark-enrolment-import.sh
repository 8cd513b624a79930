#!/usr/bin/env bash
# Benchmark of enrolment-import (issue 11, goal <= 3 minutes): a national Vg1 intake of 60,000 new
# pupils imported into the national-size demo county (190,000 pupils with their guardians), each
# new pupil looked up in Folkeregisteret at once with the responsible adults, through the register
# simulators over HTTP, on PostgreSQL.
#   1. a fresh database vis_enrol_bench; the built server started on its own ports (offset 500:
#      HTTP 8580, management 10490) and node name, never run.sh's; the simulators on port 18591
#      serving the demo county's people and newcomers (--newcomers);
#   2. demo-county with PUPILS pupils (default 190000), its time reported;
#   3. the admission file (vis-devtools AdmissionFileGenerator: INTAKE pupils, default 60000) in the
#      import directory, enrolment-import started with WildFly's CLI as IT operations would; its
#      time, steps, result and skipped records; then the same file again (must add nothing).
# Needs what ./test.sh prepares (PostgreSQL with the vis role) and a built tree (mvn install).
# Stops the server and the simulators it started when it ends (KEEP=1: leaves them running).
# REUSE=1 skips step 2 and keeps the database (filled by an earlier run, without the intake).
set -euo pipefail
cd "$(dirname "$0")/.."
PUPILS="${PUPILS:-190000}"
INTAKE="${INTAKE:-60000}"
DB=vis_enrol_bench
OFFSET=500
MGMT=$((9990 + OFFSET))
SIM_PORT=18591
WORK="$PWD/.bench-enrol"
SERVER="$PWD/wildfly-config/target/server"
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }
q() { PGPASSWORD=vis psql -h 127.0.0.1 -U vis -d "$DB" -At -c "$1"; }
cli() { "$SERVER/bin/jboss-cli.sh" -c --controller=127.0.0.1:$MGMT --output-json --command="$1"; }

rm -rf "$WORK" && mkdir -p "$WORK/standalone/deployments" "$WORK/standalone/log" "$WORK/import"
cp -r "$SERVER/standalone/configuration" "$WORK/standalone/configuration"
cp vis-ear/target/vis.ear "$WORK/standalone/deployments/"
if [ "${REUSE:-0}" != 1 ]; then
  psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER vis"
fi
mvn -B -q -o -pl vis-devtools dependency:build-classpath -Dmdep.outputFile="$WORK/devtools.classpath" >/dev/null
# this tree's own classes first: the shared local repository may hold another branch's snapshot
CP="$PWD/vis-devtools/target/classes:$PWD/vis-batch/target/classes:$PWD/vis-ejb/target/classes:$(cat "$WORK/devtools.classpath")"

cleanup() {
  [ "${KEEP:-0}" = 1 ] && return
  [ -f "$WORK/server.pid" ] && kill "$(cat "$WORK/server.pid")" 2>/dev/null || true
  [ -f "$WORK/sim.pid" ] && kill "$(cat "$WORK/sim.pid")" 2>/dev/null || true
}
trap cleanup EXIT

java -Xmx2g -cp "$CP" no.vis.devtools.registers.RegisterSimulator --port $SIM_PORT --pupils "$PUPILS" --newcomers \
  > "$WORK/registers.log" 2>&1 &
echo $! > "$WORK/sim.pid"

VIS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VIS_DB_USER=vis VIS_DB_PASSWORD=vis VIS_TEST_MODE=true \
VIS_FREG_BASE_URL="http://127.0.0.1:$SIM_PORT/folkeregisteret/offentlig-med-hjemmel/api" \
VIS_KRR_BASE_URL="http://127.0.0.1:$SIM_PORT/rest" VIS_MASKINPORTEN_TOKEN_URL="http://127.0.0.1:$SIM_PORT/maskinporten/token" \
VIS_IMPORT_DIR="$WORK/import" VIS_BASE_URL="http://127.0.0.1:$((8080 + OFFSET))" \
JBOSS_PIDFILE="$WORK/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
  setsid nohup "$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$WORK/standalone" -Djboss.node.name=vis-bench-enrol \
  -Djboss.socket.binding.port-offset=$OFFSET > "$WORK/console.log" 2>&1 &
for _ in $(seq 1 240); do
  [ -f "$WORK/standalone/deployments/vis.ear.deployed" ] && break
  [ -f "$WORK/standalone/deployments/vis.ear.failed" ] && { echo "VIS did not start" >&2; exit 1; }
  sleep 1
done

# run_job NAME PROPERTIES: starts the job, waits; its execution id in LAST_JOB
run_job() {
  LAST_JOB=$(cli "/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=$1, properties={$2})" \
    | sed -n 's/.*"result" *: *\([0-9]*\).*/\1/p')
  while case "$(q "SELECT batchstatus FROM job_execution WHERE jobexecutionid = $LAST_JOB")" in STARTING|STARTED) true;; *) false;; esac; do
    sleep 0.5
  done
}
report_job() {
  q "SELECT '  ' || batchstatus || ' in ' || (endtime - starttime) || ' - ' || exitstatus FROM job_execution WHERE jobexecutionid = $1"
  q "SELECT '  step ' || stepname || ': ' || (endtime - starttime) || ', read ' || readcount || ', written ' || writecount || ', commits ' || commitcount FROM step_execution WHERE jobexecutionid = $1 ORDER BY stepexecutionid"
  q "SELECT '  skipped: ' || reason || ' x ' || count(*) FROM job_skipped_record WHERE job_execution_id = $1 GROUP BY reason"
}

if [ "${REUSE:-0}" != 1 ]; then
  run_job demo-county "pupils=$PUPILS"
  echo "demo-county ($PUPILS pupils):"
  report_job "$LAST_JOB"
fi

YEAR=$(q "SELECT max(school_year) FROM school_class")
java -cp "$CP" no.vis.devtools.bench.AdmissionFileGenerator --pupils "$INTAKE" --county-pupils "$PUPILS" --school-year "$YEAR" \
  --out "$WORK/import/vigo/vg1-intake.csv"
BEFORE=$(q "SELECT count(*) || ' pupils, ' || (SELECT count(*) FROM guardian) || ' guardians' FROM student")
run_job enrolment-import "file=vigo/vg1-intake.csv"
echo "enrolment-import of $INTAKE new pupils (before: $BEFORE):"
report_job "$LAST_JOB"
q "SELECT '  after: ' || count(*) || ' pupils, ' || (SELECT count(*) FROM guardian) || ' guardians, ' || (SELECT count(*) FROM enrolment) || ' enrolments' FROM student"
run_job enrolment-import "file=vigo/vg1-intake.csv"
echo "enrolment-import, the same file again:"
report_job "$LAST_JOB"

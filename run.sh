#!/usr/bin/env bash
# Runs VIS on this machine: builds it, starts the configured WildFly with the EAR, fills a demo
# county, and prints the address.
#
#   ./run.sh            build, start (in the background) and fill the demo county
#   ./run.sh stop       stop the server
#   ./run.sh logs       follow the server log
#
# Database: the embedded H2 file database (in .run/) unless VIS_DB_URL is set, e.g.
#   VIS_DB_URL=jdbc:postgresql://127.0.0.1:5432/vis VIS_DB_USER=vis VIS_DB_PASSWORD=vis ./run.sh
# Demo size: VIS_DEMO_PUPILS (default 5000). Ports: 8080 (VIS), 9990 (management).
set -euo pipefail
cd "$(dirname "$0")"
RUN_DIR="$PWD/.run"
BASE_DIR="$RUN_DIR/standalone"
PID_FILE="$RUN_DIR/server.pid"
LOGIN_PID_FILE="$RUN_DIR/login-provider.pid"
REGISTERS_PID_FILE="$RUN_DIR/registers.pid"
REGISTERS_PORT="${VIS_REGISTERS_PORT:-8091}"
LOGIN_PORT="${VIS_LOGIN_PORT:-8090}"
SERVER="$PWD/wildfly-config/target/server"
PORT=8080

stop_pid() { # name, pid file
  local pid
  pid=$(cat "$2" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "Stopping $1 (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -f "$2"
}
stop_server() {
  stop_pid VIS "$PID_FILE"
  stop_pid "the local login provider" "$LOGIN_PID_FILE"
  stop_pid "the register simulators" "$REGISTERS_PID_FILE"
}

case "${1:-start}" in
  stop) stop_server; exit 0 ;;
  logs) exec tail -f "$BASE_DIR/log/server.log" ;;
  start) ;;
  *) echo "usage: $0 [start|stop|logs]" >&2; exit 2 ;;
esac

command -v java >/dev/null || { echo "Java 17 is needed (apt-get install openjdk-17-jdk)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven is needed (apt-get install maven)" >&2; exit 1; }

echo "Building VIS and its server (first time: a few minutes for downloads)"
mvn -B -q install -DskipTests -DskipITs

stop_server
# The server's configuration comes fresh from the build; data (the H2 database, job repository,
# timers) stays in .run/ between runs.
mkdir -p "$BASE_DIR/deployments" "$BASE_DIR/data" "$BASE_DIR/log"
rm -rf "$BASE_DIR/configuration" "$BASE_DIR/deployments/"*
cp -r "$SERVER/standalone/configuration" "$BASE_DIR/configuration"
cp vis-ear/target/vis.ear "$BASE_DIR/deployments/"
: > "$BASE_DIR/log/server.log"

# The local login provider (issuers feide and idporten) from vis-devtools; never in production.
mvn -B -q -pl vis-devtools dependency:build-classpath -Dmdep.outputFile="$RUN_DIR/devtools.classpath" >/dev/null
setsid nohup java -cp "$PWD/vis-devtools/target/classes:$(cat "$RUN_DIR/devtools.classpath")" \
  no.vis.devtools.login.LocalLoginProvider "$LOGIN_PORT" > "$RUN_DIR/login-provider.log" 2>&1 &
echo $! > "$LOGIN_PID_FILE"
# The register simulators (Maskinporten, Folkeregisteret) serving the same people as demo-county,
# and any other synthetic number as a newcomer with parents (enrolment by hand and enrolment-import);
# faults on request: VIS_SIM_FAULTS=500=0.05,timeout=0.02,429=0.01,malformed=0.01
setsid nohup java -cp "$PWD/vis-devtools/target/classes:$(cat "$RUN_DIR/devtools.classpath")" \
  no.vis.devtools.registers.RegisterSimulator --port "$REGISTERS_PORT" --pupils "${VIS_DEMO_PUPILS:-5000}" --newcomers \
  > "$RUN_DIR/registers.log" 2>&1 &
echo $! > "$REGISTERS_PID_FILE"

echo "Starting VIS (database: ${VIS_DB_URL:-embedded H2 in .run/})"
# WildFly's own default heap (512 MB) is too small for a school's morning: 2 GB unless VIS_JAVA_SIZING says
VIS_TEST_MODE="${VIS_TEST_MODE:-true}" JBOSS_PIDFILE="$PID_FILE" LAUNCH_JBOSS_IN_BACKGROUND=1 \
  JBOSS_JAVA_SIZING="${VIS_JAVA_SIZING:--Xms1g -Xmx2g}" \
  setsid nohup "$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$BASE_DIR" -Djboss.node.name=vis-run \
  > "$RUN_DIR/console.log" 2>&1 &

for _ in $(seq 1 180); do
  [ -f "$BASE_DIR/deployments/vis.ear.deployed" ] && break
  if [ -f "$BASE_DIR/deployments/vis.ear.failed" ]; then
    echo "VIS did not start:" >&2
    grep -E "VIS did not start|ERROR" "$BASE_DIR/log/server.log" | head -5 >&2
    exit 1
  fi
  sleep 1
done
[ -f "$BASE_DIR/deployments/vis.ear.deployed" ] || { echo "VIS did not start in 3 minutes; see ./run.sh logs" >&2; exit 1; }

PUPILS="${VIS_DEMO_PUPILS:-5000}"
echo "Filling the demo county ($PUPILS pupils; a second run adds nothing)"
"$SERVER/bin/jboss-cli.sh" -c --output-json \
  --command="/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=demo-county, properties={pupils=$PUPILS})" \
  > "$RUN_DIR/demo-county.json"
for _ in $(seq 1 300); do
  status=$("$SERVER/bin/jboss-cli.sh" -c --output-json \
    --command="/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet/job=demo-county:read-resource(include-runtime=true, recursive=true)" \
    | grep -o '"batch-status" : "[A-Z]*"' | tail -1 | grep -o '[A-Z]*"$' | tr -d '"')
  case "$status" in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
  sleep 1
done
echo "demo-county: ${status:-unknown}"

# The subject catalogue from Grep (the register simulators serve a snapshot of the demo's subjects);
# a second run (the next ./run.sh) writes nothing.
echo "Reading the subject catalogue from Grep (grep-sync)"
"$SERVER/bin/jboss-cli.sh" -c --output-json \
  --command="/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet:start-job(job-xml-name=grep-sync)" \
  > "$RUN_DIR/grep-sync.json"
for _ in $(seq 1 300); do
  grep_status=$("$SERVER/bin/jboss-cli.sh" -c --output-json \
    --command="/deployment=vis.ear/subdeployment=vis-batch.jar/subsystem=batch-jberet/job=grep-sync:read-resource(include-runtime=true, recursive=true)" \
    | grep -o '"batch-status" : "[A-Z]*"' | tail -1 | grep -o '[A-Z]*"$' | tr -d '"')
  case "$grep_status" in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
  sleep 1
done
echo "grep-sync: ${grep_status:-unknown}"

cat <<EOT

VIS is running: http://localhost:$PORT/
  Staff:           http://localhost:$PORT/staff/index.xhtml (choose school, pupil list)
  Server log:      ./run.sh logs        Stop: ./run.sh stop

Local login provider (stand-ins for Feide and ID-porten; log in from the front page):
  http://127.0.0.1:$LOGIN_PORT/feide/.well-known/openid-configuration
  http://127.0.0.1:$LOGIN_PORT/idporten/.well-known/openid-configuration
  Demo users, a button each on its login page:
EOT
grep '^  ' "$RUN_DIR/login-provider.log" | sed 's/^/  /' 
echo
echo "Register simulators (Maskinporten, Folkeregisteret, KRR: the demo county's people; Grep: its subjects):"
echo "  http://127.0.0.1:$REGISTERS_PORT/maskinporten/token"
echo "  http://127.0.0.1:$REGISTERS_PORT/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/bulkoppslag"
echo "  http://127.0.0.1:$REGISTERS_PORT/rest/v1/personer (KRR)"
echo "  http://127.0.0.1:$REGISTERS_PORT/grep/kl06/v201906/fagkoder (Grep)"

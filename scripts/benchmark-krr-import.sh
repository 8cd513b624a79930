#!/usr/bin/env bash
# Benchmark of krr-import at national scale (see scripts/benchmark-job.sh).
exec "$(dirname "$0")/benchmark-job.sh" krr-import 1

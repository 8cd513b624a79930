#!/usr/bin/env bash
# Benchmark of freg-import at national scale (see scripts/benchmark-job.sh).
exec "$(dirname "$0")/benchmark-job.sh" freg-import 1

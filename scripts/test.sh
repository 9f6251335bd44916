#!/usr/bin/env bash
# `pnpm test`: every check of the workspace, one stage after the other; the first failing stage
# stops the run. Each stage's wall and CPU time is printed after its output. (Side by side they
# were slower on this 2-vCPU machine: lint and the type checks took 90 s against 65 s one after
# the other, shared and widget 50 s against 34 s.)
set -uo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
cpu_file=$(mktemp)

# CPU seconds (user + system) the finished commands have used so far: a stage's CPU time, unlike
# its wall time, does not grow when something else shares the machine. `times` must run in this
# shell (in a command substitution it would ask a subshell, which has no children).
cpu_seconds() {
  awk 'END { total = 0; for (i = 1; i <= NF; i++) { split($i, t, /[ms]/); total += t[1] * 60 + t[2] } printf "%d", total }' "$cpu_file"
}

stage() {
  local name=$1 command=$2
  local stage_started=$SECONDS
  times >"$cpu_file"
  local cpu_before
  cpu_before=$(cpu_seconds)
  local status=0
  bash -c "$command" || status=$?
  times >"$cpu_file"
  echo "══ $name: $((SECONDS - stage_started)) s ($(($(cpu_seconds) - cpu_before)) s of CPU)"
  if [ "$status" -ne 0 ]; then
    echo "✗ failed: $command"
    exit 1
  fi
}

stage "lint" "eslint . && prettier --check ."
stage "types" "pnpm -r typecheck"
stage "shared" "pnpm --filter @campaign/shared test"
stage "widget" "pnpm --filter @campaign/widget test"
stage "cms" "pnpm --filter @campaign/cms test"
stage "cms production build" "pnpm --filter @campaign/cms build"
# The widget stage has built the widget the walks' server serves (WIDGET_BUILT: no second build).
stage "end-to-end, on that build" "WIDGET_BUILT=1 pnpm --filter @campaign/tests test"
# Issue 11's load and fault runs in their short form (the full one: pnpm test:load).
stage "load and faults, short" "pnpm --filter @campaign/tests test:load:short"

rm -f "$cpu_file"
echo "══ all checks passed in $((SECONDS - started)) s"

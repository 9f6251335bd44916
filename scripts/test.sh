#!/usr/bin/env bash
# `pnpm test`: every check of the workspace, in stages; the first failing stage stops the run.
# Commands of one stage run side by side: each is one process (ESLint, Prettier, tsc) and the
# machine this must fit in 10 minutes has two cores. Their output is printed whole, in order,
# once the stage ends, with each stage's wall and CPU time.
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
  local name=$1
  shift
  local logs
  logs=$(mktemp -d)
  local stage_started=$SECONDS
  times >"$cpu_file"
  local cpu_before
  cpu_before=$(cpu_seconds)
  local pids=()
  local index=0
  for command in "$@"; do
    bash -c "$command" >"$logs/$index.log" 2>&1 &
    pids+=("$!")
    index=$((index + 1))
  done
  local failed=()
  for index in "${!pids[@]}"; do
    wait "${pids[$index]}" || failed+=("${*:index+1:1}")
  done
  for index in "${!pids[@]}"; do
    [ "$#" -gt 1 ] && echo "── ${*:index+1:1}"
    cat "$logs/$index.log"
  done
  rm -rf "$logs"
  times >"$cpu_file"
  echo "══ $name: $((SECONDS - stage_started)) s ($(($(cpu_seconds) - cpu_before)) s of CPU)"
  if [ "${#failed[@]}" -gt 0 ]; then
    printf '✗ failed: %s\n' "${failed[@]}"
    exit 1
  fi
}

# One process each (ESLint, Prettier, tsc per package): side by side on the two cores.
stage "lint and types" "eslint ." "prettier --check ." "pnpm -r typecheck"
stage "shared and widget" "pnpm --filter @campaign/shared test" "pnpm --filter @campaign/widget test"
# Alone: each fills both cores.
stage "cms" "pnpm --filter @campaign/cms test"
stage "cms production build" "pnpm --filter @campaign/cms build"
stage "end-to-end, on that build" "pnpm --filter @campaign/tests test"
# Issue 11's load and fault runs in their short form (the full one: pnpm test:load).
stage "load and faults, short" "pnpm --filter @campaign/tests test:load:short"

rm -f "$cpu_file"
echo "══ all checks passed in $((SECONDS - started)) s"

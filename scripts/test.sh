#!/usr/bin/env bash
# `pnpm test`: every check of the workspace, in stages; the first failing stage stops the run.
# Commands of one stage run side by side: each is one process (ESLint, Prettier, tsc) and the
# machine this must fit in 10 minutes has two cores. Their output is printed whole, in order,
# once the stage ends, with each stage's time.
set -uo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS

stage() {
  local name=$1
  shift
  local logs
  logs=$(mktemp -d)
  local stage_started=$SECONDS
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
  echo "══ $name: $((SECONDS - stage_started)) s"
  if [ "${#failed[@]}" -gt 0 ]; then
    printf '✗ failed: %s\n' "${failed[@]}"
    exit 1
  fi
}

# Side by side, so the long one's output is not interleaved with the others'.
stage "lint and types" "eslint ." "prettier --check ." "pnpm -r typecheck"
stage "shared and widget" "pnpm --filter @campaign/shared test" "pnpm --filter @campaign/widget test"
# Alone: each fills both cores.
stage "cms" "pnpm --filter @campaign/cms test"
stage "cms production build" "pnpm --filter @campaign/cms build"
stage "end-to-end, on that build" "pnpm --filter @campaign/tests test"

echo "══ all checks passed in $((SECONDS - started)) s"

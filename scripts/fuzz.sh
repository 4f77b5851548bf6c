#!/usr/bin/env bash
# A long fuzzing run of the engine's `analyze` (arbitrary bytes, mixed scripts, huge tokens,
# no whitespace, runs of capitalized words): no panic, every span valid, time bounded per
# byte. Not part of the test command.
#
# usage: scripts/fuzz.sh [MINUTES]   (default 30)
set -euo pipefail
minutes="${1:-30}"
cd "$(dirname "$0")/.."
SIDELIGHT_FUZZ_SECS=$((minutes * 60)) cargo test --release --test properties \
  fuzz_analyze_for_a_while -- --ignored --nocapture

#!/usr/bin/env bash
# Native throughput of `analyze` on ~1 MB of news text made by concatenating the dev
# articles (one core; the release profile the project ships with).
#
# usage: scripts/bench-native.sh [SHARED_DIR] [MB]
set -euo pipefail
shared="${1:-../shared}"
mb="${2:-1}"
cd "$(dirname "$0")/.."
cargo build --release --quiet
target/release/sidelight bench --mb "$mb" "$shared"/eval/dev/*.json

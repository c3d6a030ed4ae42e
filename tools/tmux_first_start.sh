#!/usr/bin/env bash
# A first start of the release binary in tmux, measured from outside as a user sees it:
# seconds until the status bar shows every article listed, and until the names are in.
# Usage: tools/tmux_first_start.sh FOLDER EXPECTED_COUNT   (e.g. /tmp/bench/bbc100k 100,125)
# Build first: cargo build --release.
set -euo pipefail
folder=$1 expected=$2
bin=$(cd "$(dirname "$0")/.." && pwd)/target/release/byline
xdg=$(mktemp -d)
trap 'tmux kill-session -t byline-first 2>/dev/null || true; rm -rf "$xdg"' EXIT
start=$(date +%s.%N)
tmux new -d -s byline-first -x 120 -y 40 \
  "XDG_CACHE_HOME=$xdg XDG_STATE_HOME=$xdg XDG_CONFIG_HOME=$xdg $bin $folder"
listed=""
while true; do
  line=$(tmux capture-pane -p -t byline-first | tail -1)
  now=$(date +%s.%N)
  if [ -z "$listed" ] && grep -q "$expected/$expected" <<<"$line" && ! grep -q loading <<<"$line"; then
    listed=$(echo "$now - $start" | bc)
    echo "listed $listed s: $line"
  fi
  if [ -n "$listed" ] && ! grep -q "analysing\|loading" <<<"$line"; then
    echo "analysed $(echo "$now - $start" | bc) s: $line"
    break
  fi
  if (($(echo "$now - $start > 120" | bc))); then
    echo "timeout: $line"
    exit 1
  fi
  sleep 0.05
done

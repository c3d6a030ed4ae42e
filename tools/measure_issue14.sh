#!/usr/bin/env bash
# Every figure of issue 14 on the 100,125-article folder, as PERFORMANCE.md ("Session 5")
# reports them. Run on a quiet machine, after `cargo build --release --example bench --bin
# byline`. Usage: tools/measure_issue14.sh [FOLDER] [RUNS]   (default /tmp/bench/bbc100k, 5)
# Makes FOLDER (BBC × 45) if missing. Takes about 5 minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
folder=${1:-/tmp/bench/bbc100k} runs=${2:-5}
bench=$root/target/release/examples/bench
if [ ! -d "$folder" ]; then
  mkdir -p "$folder"
  for i in $(seq -w 1 45); do cp -r /work/shared/corpora/bbc "$folder/c$i"; done
fi
count=$(find "$folder" -type f -name '*.txt' | wc -l)
expected=$(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$count") # 100125 → 100,125, as the status bar shows it
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
uptime
echo "== bench, whole (first start, next start, keys, jump, frame, memory, update_one)"
"$bench" "$folder" | tail -1
echo "== first start, every article listed: bench --first-start-only, empty cache each time"
echo "   (first_frame_ms listed_ms analysed_ms draining_ms listed_cpu_s cpu_s rss_bytes)"
for _ in $(seq "$runs"); do
  rm -rf "$work/first"
  "$bench" --first-start-only "$folder" "$work/first"
done
echo "== next start (restore alone): bench --first-start-only over the saved index"
for _ in $(seq "$runs"); do "$bench" --first-start-only "$folder" "$work/first"; done
echo "== one file touched, then a start (the index brought up to date)"
file=$(find "$folder" -type f -name '*.txt' -print -quit)
was=$(stat -c %y "$file")
for _ in $(seq "$runs"); do
  touch "$file"
  "$bench" --first-start-only "$folder" "$work/first"
done
touch -d "$was" "$file"
"$bench" --first-start-only "$folder" "$work/first" >/dev/null
echo "== memory after a restore, by structure"
"$bench" --memory "$folder" "$work/first"
echo "== from outside, in tmux: first start"
for _ in $(seq "$runs"); do "$root/tools/tmux_first_start.sh" "$folder" "$expected"; done
echo "== from outside, in tmux: one file touched, then a start (cache of a first start)"
BYLINE_XDG=$work/xdg "$root/tools/tmux_first_start.sh" "$folder" "$expected" >/dev/null
for _ in $(seq "$runs"); do
  touch "$file"
  BYLINE_XDG=$work/xdg "$root/tools/tmux_first_start.sh" "$folder" "$expected"
done
touch -d "$was" "$file"
echo "== from outside, in tmux: next start, nothing changed"
BYLINE_XDG=$work/xdg "$root/tools/tmux_first_start.sh" "$folder" "$expected" >/dev/null
for _ in $(seq "$runs"); do BYLINE_XDG=$work/xdg "$root/tools/tmux_first_start.sh" "$folder" "$expected"; done
echo "== 1,000 files added while open, typing meanwhile"
for _ in 1 2 3; do "$bench" --burst "$folder" "$work/first"; done
uptime

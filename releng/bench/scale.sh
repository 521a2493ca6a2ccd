#!/usr/bin/env bash
# The scale benchmark (README, "A library of 100,000 pictures"): builds a library of the first N
# pictures of CORPUS (releng/bench/scale-corpus.sh) for each N of SIZES with the real `scry` and prints,
# with date, machine and the load average at each figure:
#   decode-only limit (djpeg -scale 1/4, one process per core) and indexing pictures/s with OCR off,
#   for the same files in the same run; OCR on against OCR off on a sample (--ocr-sample pictures);
#   index bytes a picture and the index files by kind; peak RSS and heap of the indexing process;
#   warm picture-query (whole, crop, screenshot) and word-query p50/p95 in one process with the
#   library open (dev.scry.bench.ScaleBench) and its RSS; CLI cold-call wall time and RSS;
#   sync with nothing changed, sync after 1 % changed, dupes over the library.
# Asserts nothing; not part of `mvnw verify`. Needs djpeg (libjpeg-turbo-progs), GNU time, the built
# product (./scry builds it) and /usr/bin/python3 with PIL.
#   releng/bench/scale.sh CORPUS [SIZES] [--work DIR] [--ocr-sample N] [--queries N] [--keep]
# SIZES: comma-separated, default 1000,10000. The libraries cover hard links to the corpus files in
# WORK (default: CORPUS.work, same file system), so "1 % changed" never touches the corpus.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${1:?usage: scale.sh CORPUS [SIZES] [--work DIR] [--ocr-sample N] [--queries N] [--keep]}; shift
sizes=1000,10000
if [ $# -gt 0 ] && [[ $1 != --* ]]; then sizes=$1; shift; fi
work=${corpus%/}.work ocr_sample=200 queries=50 keep=
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --ocr-sample) ocr_sample=$2; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "scale.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v djpeg >/dev/null || { echo "scale.sh: djpeg is missing (apt-get install libjpeg-turbo-progs)" >&2; exit 1; }
scry=$root/scry
"$scry" --version >/dev/null
"$root/mvnw" -B -q -o -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
newest=$(ls -d /usr/lib/jvm/temurin-*/bin/java 2>/dev/null | sort -V | tail -1)
[ -z "${JAVA_HOME-}" ] && [ -n "$newest" ] && java=$newest
cores=$(nproc)
load() { cut -d' ' -f1-3 /proc/loadavg; }
say() { printf '%-44s %s   [load %s]\n' "$1" "$2" "$(load)"; }
# wall seconds, CPU seconds (user + system) and peak RSS (MB) of a command: sets $wall $cpu $rss;
# the command's stdout goes to $out_file. On a shared machine CPU seconds are the steadier figure.
timed() {
  local t user sys; t=$(mktemp)
  /usr/bin/time -f '%e %M %U %S' -o "$t" "$@" >"${out_file:-/dev/null}" 2>>"$log"
  read -r wall rss_kb user sys <"$t"; rss=$((rss_kb / 1024)); rm -f "$t"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}
per() { awk -v s="$1" -v n="$2" 'BEGIN { printf "%.1f", 1000 * s / n }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", n / s }'; }
# the peak heap in MB in a -Xlog:gc log: the largest "before" of "A->B(C)"
peak_heap() { grep -o '[0-9]*M->[0-9]*M' "$1" 2>/dev/null | sed 's/M->.*//' | sort -n | tail -1; }

echo "# Scry scale benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GB RAM," \
  "$(uname -sr), $("$java" -version 2>&1 | head -1)"
echo "# corpus: $corpus; work: $work; load average at start: $(load)"
mkdir -p "$work"
find "$corpus" -name '*.jpg' | sort >"$work/corpus.txt"
available=$(wc -l <"$work/corpus.txt")
for n in ${sizes//,/ }; do
  if [ "$n" -gt "$available" ]; then echo "# $n pictures: the corpus has only $available, skipped"; continue; fi
  dir=$work/$n; rm -rf "$dir"; mkdir -p "$dir/pictures" "$dir/home"
  log=$dir/log.txt; : >"$log"
  head -n "$n" "$work/corpus.txt" >"$dir/list.txt"
  /usr/bin/python3 -c 'import os, sys
for f in open(sys.argv[1]).read().split():
    d = os.path.join(sys.argv[2], os.path.basename(os.path.dirname(f))); os.makedirs(d, exist_ok=True)
    os.link(f, os.path.join(d, os.path.basename(f)))' "$dir/list.txt" "$dir/pictures"
  find "$dir/pictures" -name '*.jpg' | sort >"$dir/files.txt"
  home=(--home "$dir/home")
  echo; echo "## $n pictures ($(du -sm "$dir/pictures" | cut -f1) MB of JPEG, $(awk -v b="$(du -sb "$dir/pictures" | cut -f1)" -v n="$n" 'BEGIN{printf "%.0f", b/n/1024}') KB a picture)"
  timed sh -c "xargs -P $cores -n 1 sh -c 'djpeg -scale 1/4 -outfile /dev/null \"\$0\"' <'$dir/files.txt'"
  decode=$(rate "$n" "$wall"); decode_cpu=$cpu
  say "decode-only limit (djpeg 1/4, $cores procs)" "$decode pictures/s ($wall s wall; $(per "$cpu" "$n") ms CPU a picture)"
  "$scry" "${home[@]}" lib create s >>"$log"; "$scry" "${home[@]}" lib set s ocr=off >>"$log"
  SCRY_JAVA_OPTS="-Xlog:gc:file=$dir/gc-index.log" timed "$scry" "${home[@]}" -l s add "$dir/pictures"
  off=$(rate "$n" "$wall")
  say "index, OCR off" "$off pictures/s ($wall s wall, $(awk -v a="$off" -v b="$decode" 'BEGIN{printf "%.0f", 100*a/b}') % of decode limit)"
  say "index, OCR off, CPU" "$(per "$cpu" "$n") ms CPU a picture: $(awk -v a="$decode_cpu" -v b="$cpu" 'BEGIN{printf "%.0f", 100*a/b}') % of the decode-only rate at equal CPU"
  say "indexing process" "peak RSS $rss MB, peak heap $(peak_heap "$dir/gc-index.log") MB"
  index=$(dirname "$(find "$dir/home" -name 'segments_*' | head -1)")
  bytes=$(du -sb "$index" | cut -f1)
  say "index size" "$(awk -v b="$bytes" -v n="$n" 'BEGIN{printf "%.0f MB, %.2f KB a picture", b/1048576, b/n/1024}')"
  echo "  files by kind (KB a picture, .cfs: small segments in compound files): $(find "$index" -type f -printf '%s %f\n' \
    | awk -v n="$n" '{ k=$2; sub(/^.*\./, "", k); s[k]+=$1 } END { for (k in s) if (s[k]/n >= 51) printf "%.1f %s\n", s[k]/n/1024, k }' \
    | sort -rn | awk '{ printf "%s %s  ", $2, $1 }')"
  # OCR on against OCR off, on the same sample of pictures, in this run
  m=$((ocr_sample < n ? ocr_sample : n))
  mkdir -p "$dir/sample"; head -n "$m" "$dir/files.txt" | xargs -I{} ln {} "$dir/sample/"
  for ocr in off on; do
    "$scry" "${home[@]}" lib create "ocr$ocr" >>"$log"; "$scry" "${home[@]}" lib set "ocr$ocr" ocr=$ocr >>"$log"
    timed "$scry" "${home[@]}" -l "ocr$ocr" add "$dir/sample"; eval "ocr_$ocr=\$wall ocr_cpu_$ocr=\$cpu"
  done
  say "OCR on vs off ($m pictures)" "on $(rate "$m" "$ocr_on") pictures/s, off $(rate "$m" "$ocr_off") pictures/s: $(awk -v a="$ocr_off" -v b="$ocr_on" 'BEGIN{printf "%.0f", 100*a/b}') % of the OCR-off rate"
  say "OCR on vs off, CPU" "on $(per "$ocr_cpu_on" "$m") ms, off $(per "$ocr_cpu_off" "$m") ms CPU a picture: $(awk -v a="$ocr_cpu_off" -v b="$ocr_cpu_on" 'BEGIN{printf "%.0f", 100*a/b}') % of the OCR-off rate at equal CPU"
  # warm queries in one process
  /usr/bin/python3 "$root/releng/bench/scale_queries.py" "$dir/files.txt" "$dir/queries" "$queries" "$n"
  q=$dir/queries
  memory=$(( $(sed -n 's/^MemTotal: *\([0-9]*\) kB$/\1/p' /proc/meminfo) / 4096 )); [ "$memory" -gt 2048 ] && memory=2048
  out_file=$dir/warm.txt timed "$java" -Xmx${memory}m -Djava.awt.headless=true --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" dev.scry.bench.ScaleBench "$index" \
    --pictures "whole=$q/whole,crop=$q/crop,screenshot=$q/screenshot" --words "name=$q/names.txt,folder=$q/folders.txt"
  while IFS=$'\t' read -r what kind rest; do
    case $what in
      picture-query|word-query) say "warm $what ($kind)" "$(echo "$rest" | tr '\t' ' ')" ;;
      memory) say "library open, queries answered" "$kind $(echo "$rest" | tr '\t' ' ') (-Xmx${memory}m)" ;;
      open) say "open the index" "$kind $rest" ;;
    esac
  done <"$dir/warm.txt"
  # the command line, cold (a new JVM and OSGi runtime each call)
  word=$(head -1 "$q/names.txt")
  timed "$scry" "${home[@]}" -l s search --text -n 20 "$word"; say "CLI cold word search" "$wall s wall, $cpu s CPU, peak RSS $rss MB"
  timed "$scry" "${home[@]}" -l s search --image -n 20 "$q/crop/000.jpg"; say "CLI cold picture search (crop)" "$wall s wall, $cpu s CPU, peak RSS $rss MB"
  timed "$scry" "${home[@]}" -l s sync; say "sync, nothing changed" "$wall s wall, $cpu s CPU, peak RSS $rss MB"
  changed=$((n / 100 > 0 ? n / 100 : 1))
  shuf -n "$changed" --random-source=<(yes) "$dir/files.txt" | while read -r f; do
    cp "$f" "$f.new"; printf 'changed' >>"$f.new"; mv "$f.new" "$f"; done
  timed "$scry" "${home[@]}" -l s sync; say "sync, 1 % ($changed) changed" "$wall s wall, $cpu s CPU, peak RSS $rss MB"
  out_file=$dir/dupes.txt timed "$scry" "${home[@]}" -l s dupes
  say "dupes" "$wall s wall, $cpu s CPU, peak RSS $rss MB, $(grep -c '^' "$dir/dupes.txt" || true) lines of output"
  [ -n "$keep" ] || rm -rf "$dir/pictures" "$dir/sample"
done

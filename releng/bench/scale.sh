#!/usr/bin/env bash
# The scale benchmark (README, "A library of 100,000 pictures"): builds a library of the first N
# pictures of CORPUS (releng/bench/scale-corpus.sh) for each N of SIZES with the real `scry` and prints,
# with date, machine and the load average at each figure:
#   decode-only limit (djpeg -scale 1/4, one process per core) and indexing pictures/s with OCR off,
#   for the same files in the same run; OCR on against OCR off on a sample (--ocr-sample pictures);
#   index bytes a picture and the index files by kind; peak RSS and heap of the indexing process;
#   warm picture-query (whole, crop, screenshot) and word-query p50/p95 in one process with the
#   library open (dev.scry.bench.ScaleBench) and its RSS; CLI cold-call wall time and RSS;
#   sync with nothing changed, sync after 1 % changed, dupes over the library; sync and a word and a picture
#   search through `scry serve` (the command line's client sends them to the warm service: no JVM and
#   OSGi start-up, the library already open), with the service's RSS.
# Asserts nothing; not part of `mvnw verify`. Needs djpeg (libjpeg-turbo-progs), GNU time, the built
# product (./scry builds it) and /usr/bin/python3 with PIL.
#   releng/bench/scale.sh CORPUS [SIZES] [--work DIR] [--stages LIST] [--grow] [--ocr-sample N]
#                         [--grow-from M] [--queries N] [--heap MB] [--decode-sample N] [--keep]
# SIZES: comma-separated, default 1000,10000. The libraries cover hard links to the corpus files in
# WORK (default: CORPUS.work, same file system), so "1 % changed" never touches the corpus.
# Stages, in this order (--stages takes a comma-separated subset; default all):
#   link decode index queries cli sync dupes service ocr
# Each size keeps its folder WORK/N between runs, so stages can run separately and a stage that was
# stopped can run again: `index` adds what the library lacks (scry add skips what it has), and prints
# the rate of what this run added. The figures of every run are appended to WORK/N/figures.txt.
# --grow: the library of each size starts as a copy of the previous size's library (WORK/M/home) and
# adds only pictures M+1..N (linked under WORK/N/pictures; the first M stay in WORK/M/pictures, which
# the grown library covers too, so lower sizes keep their pictures). Its indexing rate is then the
# rate of adding N-M pictures to a library of M, and `sync 1 % changed` changes only its own pictures.
# --grow-from M: --grow, and the first size of SIZES grows from WORK/M too (a size measured earlier).
# --decode-sample N: the decode-only limit from N of the size's own pictures, evenly spread (default: all;
# its rate is per picture, and djpeg on 90,000 pictures takes most of an hour on 2 cores).
# --heap MB: the heap limit of the warm-query process (default: a quarter of RAM, at most 2048).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
usage="usage: scale.sh CORPUS [SIZES] [--work DIR] [--stages LIST] [--grow] [--grow-from M] [--ocr-sample N] [--queries N] [--heap MB] [--decode-sample N] [--keep]"
corpus=${1:?$usage}; shift
sizes=1000,10000
if [ $# -gt 0 ] && [[ $1 != --* ]]; then sizes=$1; shift; fi
work=${corpus%/}.work ocr_sample=200 queries=50 keep= grow= heap= previous= decode_sample=
stages=link,decode,index,queries,cli,sync,dupes,service,ocr
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --stages) stages=$2; shift 2 ;;
    --grow) grow=1; keep=1; shift ;;
    --grow-from) grow=1; keep=1; previous=$2; shift 2 ;;
    --ocr-sample) ocr_sample=$2; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --decode-sample) decode_sample=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "scale.sh: unknown option $1 ($usage)" >&2; exit 2 ;;
  esac
done
for s in ${stages//,/ }; do
  case $s in link|decode|index|queries|cli|sync|dupes|service|ocr) ;; *) echo "scale.sh: unknown stage $s (link decode index queries cli sync dupes service ocr)" >&2; exit 2 ;; esac
done
stage() { [[ ",$stages," == *",$1,"* ]]; }
command -v djpeg >/dev/null || { echo "scale.sh: djpeg is missing (apt-get install libjpeg-turbo-progs)" >&2; exit 1; }
scry=$root/scry
"$scry" --version >/dev/null
"$root/mvnw" -B -q -o -f "$root/releng/dev.scry.bench/pom.xml" compile >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
newest=$(ls -d /usr/lib/jvm/temurin-*/bin/java 2>/dev/null | sort -V | tail -1)
[ -z "${JAVA_HOME-}" ] && [ -n "$newest" ] && java=$newest
cores=$(nproc)
load() { cut -d' ' -f1-3 /proc/loadavg; }
say() { printf '%-44s %s   [load %s]\n' "$1" "$2" "$(load)" | tee -a "$figures"; }
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
# the pictures in library s of this size's home
# the query pictures and words of this size, made once (in a folder of their own, then moved in place)
make_queries() {
  [ -d "$q" ] && return
  rm -rf "$q.part"; /usr/bin/python3 "$root/releng/bench/scale_queries.py" "$dir/files.txt" "$q.part" "$queries" "$n"; mv "$q.part" "$q"
}
pictures_in() { "$scry" "${home[@]}" lib list 2>/dev/null | awk -F '\t' '$1 == "s" { print $2 + 0 }'; }

echo "# Scry scale benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), stages $stages"
echo "# machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GB RAM," \
  "$(uname -sr), $("$java" -version 2>&1 | head -1)"
echo "# corpus: $corpus; work: $work; load average at start: $(load)"
mkdir -p "$work"
find "$corpus" -name '*.jpg' | sort >"$work/corpus.txt"
available=$(wc -l <"$work/corpus.txt")
for n in ${sizes//,/ }; do
  if [ "$n" -gt "$available" ]; then echo "# $n pictures: the corpus has only $available, skipped"; previous=; continue; fi
  dir=$work/$n; mkdir -p "$dir/pictures"
  log=$dir/log.txt figures=$dir/figures.txt; touch "$log"
  from=0 grown=; [ -n "$grow" ] && [ -n "$previous" ] && from=$previous grown=", grown from the library of $previous"
  if [ "$from" -gt 0 ] && [ ! -d "$dir/home" ]; then
    [ -d "$work/$from/home" ] || { echo "scale.sh: --grow needs the library of $from pictures in $work/$from/home" >&2; exit 1; }
    cp -a "$work/$from/home" "$dir/home.copy" && mv "$dir/home.copy" "$dir/home"
  fi
  mkdir -p "$dir/home"
  home=(--home "$dir/home")
  if [ "$from" -gt 0 ]; then
    # a grown library covers the smaller sizes' pictures too: link again those a run without --keep removed
    /usr/bin/python3 -c 'import os, sys
changed = set(sys.argv[3:])
for f in open(sys.argv[1]).read().split():
    if not os.path.exists(f):
        os.makedirs(os.path.dirname(f), exist_ok=True)
        os.link(os.path.join(sys.argv[2], os.path.basename(os.path.dirname(f)), os.path.basename(f)), f)
        if f in changed:
            os.replace(f, f + ".new"); open(f, "wb").write(open(f + ".new", "rb").read() + b"changed"); os.remove(f + ".new")' \
      "$work/$from/files.txt" "$corpus" $(cat "$work"/*/changed.txt 2>/dev/null)
  fi
  { echo; echo "## $n pictures ($(date -u '+%Y-%m-%d %H:%M UTC'), stages $stages$grown)"; } | tee -a "$figures"
  [ "$from" -gt 0 ] && echo "# the library is a copy of $work/$from/home with pictures $((from + 1))-$n added" | tee -a "$figures"
  if stage link || [ ! -s "$dir/own.txt" ]; then
    sed -n "$((from + 1)),${n}p" "$work/corpus.txt" >"$dir/list.txt"
    /usr/bin/python3 -c 'import os, sys
for f in open(sys.argv[1]).read().split():
    d = os.path.join(sys.argv[2], os.path.basename(os.path.dirname(f))); os.makedirs(d, exist_ok=True)
    t = os.path.join(d, os.path.basename(f))
    if not os.path.exists(t): os.link(f, t)' "$dir/list.txt" "$dir/pictures"
    find "$dir/pictures" -name '*.jpg' | sort >"$dir/own.txt"
    { [ "$from" -gt 0 ] && cat "$work/$from/files.txt"; cat "$dir/own.txt"; } >"$dir/files.txt"
  fi
  own=$(wc -l <"$dir/own.txt")
  echo "# $(wc -l <"$dir/files.txt") pictures, $own of them in $dir/pictures ($(du -smL "$dir/pictures" | cut -f1) MB of JPEG," \
    "$(awk -v b="$(du -sbL "$dir/pictures" | cut -f1)" -v n="$own" 'BEGIN{printf "%.0f", b/n/1024}') KB a picture)" | tee -a "$figures"
  if stage decode; then
    decoded=$own
    if [ -n "$decode_sample" ] && [ "$decode_sample" -lt "$own" ]; then decoded=$decode_sample; fi
    awk -v n="$own" -v m="$decoded" 'NR % int(n / m) == 0 && c < m { print; c++ }' "$dir/own.txt" >"$dir/decoded.txt"
    decoded=$(wc -l <"$dir/decoded.txt")
    timed sh -c "xargs -P $cores -n 1 sh -c 'djpeg -scale 1/4 -outfile /dev/null \"\$0\"' <'$dir/decoded.txt'"
    # the decode figures a picture, kept as for all of own.txt
    awk -v w="$wall" -v c="$cpu" -v n="$own" -v m="$decoded" 'BEGIN { printf "%.2f %.2f\n", w * n / m, c * n / m }' >"$dir/decode.txt"
    say "decode-only limit (djpeg 1/4, $cores procs)" "$(rate "$decoded" "$wall") pictures/s ($wall s wall; $(per "$cpu" "$decoded") ms CPU a picture; $decoded of the $own pictures)"
  fi
  if stage index; then
    before=0
    if "$scry" "${home[@]}" lib list 2>/dev/null | grep -q '^s	'; then before=$(pictures_in); else
      "$scry" "${home[@]}" lib create s >>"$log"; "$scry" "${home[@]}" lib set s ocr=off >>"$log"; fi
    SCRY_JAVA_OPTS="-Xlog:gc:file=$dir/gc-index.log" timed "$scry" "${home[@]}" -l s add "$dir/pictures"
    after=$(pictures_in); added=$((after - before))
    off=$(rate "$added" "$wall")
    limit=; [ -s "$dir/decode.txt" ] && read -r decode_wall decode_cpu <"$dir/decode.txt" && limit=1
    say "index, OCR off ($added added to $before)" "$off pictures/s ($wall s wall${limit:+, $(awk -v a="$off" -v b="$(rate "$own" "$decode_wall")" 'BEGIN{printf "%.0f", 100*a/b}') % of decode limit})"
    say "index, OCR off, CPU" "$(per "$cpu" "$added") ms CPU a picture${limit:+: $(awk -v a="$decode_cpu" -v o="$own" -v b="$cpu" -v m="$added" 'BEGIN{printf "%.0f", 100*(a/o)/(b/m)}') % of the decode-only rate at equal CPU}"
    say "indexing process" "peak RSS $rss MB, peak heap $(peak_heap "$dir/gc-index.log") MB; $after pictures in the library"
  fi
  index=$(dirname "$(find "$dir/home" -name 'segments_*' | head -1)")
  if stage index; then
    bytes=$(du -sb "$index" | cut -f1); total=$(wc -l <"$dir/files.txt")
    say "index size" "$(awk -v b="$bytes" -v n="$total" 'BEGIN{printf "%.0f MB, %.2f KB a picture", b/1048576, b/n/1024}')"
    echo "  files by kind (KB a picture, .cfs: small segments in compound files): $(find "$index" -type f -printf '%s %f\n' \
      | awk -v n="$total" '{ k=$2; sub(/^.*\./, "", k); s[k]+=$1 } END { for (k in s) if (s[k]/n >= 51) printf "%.1f %s\n", s[k]/n/1024, k }' \
      | sort -rn | awk '{ printf "%s %s  ", $2, $1 }')" | tee -a "$figures"
  fi
  q=$dir/queries
  if stage queries; then
    # warm queries in one process
    make_queries
    memory=$heap
    [ -n "$memory" ] || { memory=$(( $(sed -n 's/^MemTotal: *\([0-9]*\) kB$/\1/p' /proc/meminfo) / 4096 )); [ "$memory" -gt 2048 ] && memory=2048; }
    # the serial collector, as the scry launcher gives the command line and the service
    out_file=$dir/warm.txt timed "$java" -Xmx${memory}m -XX:+UseSerialGC -Djava.awt.headless=true --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
      -cp "$root/releng/dev.scry.bench/target/classes:$(cat "$root/releng/dev.scry.bench/target/classpath.txt")" dev.scry.bench.ScaleBench "$index" \
      --pictures "whole=$q/whole,crop=$q/crop,screenshot=$q/screenshot" --words "name=$q/names.txt,folder=$q/folders.txt"
    while IFS=$'\t' read -r what kind rest; do
      case $what in
        picture-query|word-query) say "warm $what ($kind)" "$(echo "$rest" | tr '\t' ' ')" ;;
        memory) say "library open, queries answered" "$kind $(echo "$rest" | tr '\t' ' ') (-Xmx${memory}m, serial GC)" ;;
        memory-parts) say "  where the resident memory is" "$kind $(echo "$rest" | tr '\t' ' ')" ;;
        open) say "open the index" "$kind $rest" ;;
      esac
    done <"$dir/warm.txt"
    say "warm-query process" "$wall s wall, $cpu s CPU, peak RSS $rss MB (-Xmx${memory}m)"
  fi
  if stage cli; then
    # the command line, cold (a new JVM and OSGi runtime each call)
    make_queries
    word=$(head -1 "$q/names.txt")
    timed "$scry" "${home[@]}" -l s search --text -n 20 "$word"; say "CLI cold word search" "$wall s wall, $cpu s CPU, peak RSS $rss MB"
    timed "$scry" "${home[@]}" -l s search --image -n 20 "$q/crop/000.jpg"; say "CLI cold picture search (crop)" "$wall s wall, $cpu s CPU, peak RSS $rss MB"
  fi
  if stage sync; then
    timed "$scry" "${home[@]}" -l s sync; say "sync, nothing changed" "$wall s wall, $cpu s CPU, peak RSS $rss MB"
    changed=$((own / 100 > 0 ? own / 100 : 1))
    shuf -n "$changed" --random-source=<(yes) "$dir/own.txt" >"$dir/changed.txt"
    while read -r f; do cp "$f" "$f.new"; printf 'changed' >>"$f.new"; mv "$f.new" "$f"; done <"$dir/changed.txt"
    timed "$scry" "${home[@]}" -l s sync; say "sync, 1 % ($changed) changed" "$wall s wall, $cpu s CPU, peak RSS $rss MB"
  fi
  if stage dupes; then
    out_file=$dir/dupes.txt timed "$scry" "${home[@]}" -l s dupes
    say "dupes" "$wall s wall, $cpu s CPU, peak RSS $rss MB, $(grep -c '^' "$dir/dupes.txt" || true) lines of output"
  fi
  if stage service; then
    # the same commands through a running `scry serve` for this home (its client: a small JVM without OSGi)
    make_queries
    "$scry" "${home[@]}" serve --idle-timeout 900 >"$dir/serve.log" 2>&1 &
    serve_pid=$!
    until grep -q "listening on" "$dir/serve.log" 2>/dev/null; do
      kill -0 "$serve_pid" 2>/dev/null || { cat "$dir/serve.log" >&2; exit 1; }
      sleep 0.2
    done
    word=$(head -1 "$q/names.txt")
    for i in 1 2 3; do timed "$scry" "${home[@]}" -l s search --text -n 20 "$word"; done
    say "through the service: word search" "$wall s wall, $cpu s CPU (the third call; the client's)"
    for i in 1 2 3; do timed "$scry" "${home[@]}" -l s search --image -n 20 "$q/crop/00$i.jpg"; done
    say "through the service: picture search (crop)" "$wall s wall, $cpu s CPU (the third call)"
    out_file=$dir/sync-service.txt timed "$scry" "${home[@]}" -l s sync
    say "through the service: sync, nothing changed" "$wall s wall, $cpu s CPU: $(cat "$dir/sync-service.txt" <(grep -a unchanged "$log") | tail -1 | cut -c1-70)"
    say "the service" "$("$scry" "${home[@]}" serve --status | sed -n 's/^memory/memory/p'), RSS $(awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$(pgrep -f "scry.home=$dir/home.*dev.scry.service.application|dev.scry.service.application.*$dir/home" | head -1)/status" 2>/dev/null || echo unknown)"
    "$scry" "${home[@]}" serve --stop >>"$log" 2>&1 || true
    wait "$serve_pid" || true
  fi
  if stage ocr; then
    # OCR on against OCR off, on the same sample of pictures, in this run (libraries of their own)
    m=$((ocr_sample < own ? ocr_sample : own))
    rm -rf "$dir/sample" "$dir/home-ocr"; mkdir -p "$dir/sample" "$dir/home-ocr"; head -n "$m" "$dir/own.txt" | xargs -I{} ln {} "$dir/sample/"
    for ocr in off on; do
      "$scry" --home "$dir/home-ocr" lib create "ocr$ocr" >>"$log"; "$scry" --home "$dir/home-ocr" lib set "ocr$ocr" ocr=$ocr >>"$log"
      timed "$scry" --home "$dir/home-ocr" -l "ocr$ocr" add "$dir/sample"; eval "ocr_$ocr=\$wall ocr_cpu_$ocr=\$cpu"
    done
    say "OCR on vs off ($m pictures)" "on $(rate "$m" "$ocr_on") pictures/s, off $(rate "$m" "$ocr_off") pictures/s: $(awk -v a="$ocr_off" -v b="$ocr_on" 'BEGIN{printf "%.0f", 100*a/b}') % of the OCR-off rate"
    say "OCR on vs off, CPU" "on $(per "$ocr_cpu_on" "$m") ms, off $(per "$ocr_cpu_off" "$m") ms CPU a picture: $(awk -v a="$ocr_cpu_off" -v b="$ocr_cpu_on" 'BEGIN{printf "%.0f", 100*a/b}') % of the OCR-off rate at equal CPU"
    rm -rf "$dir/sample" "$dir/home-ocr"
  fi
  [ -n "$keep" ] || rm -rf "$dir/pictures"
  previous=$n
done

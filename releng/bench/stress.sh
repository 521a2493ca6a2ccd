#!/usr/bin/env bash
# Stop-signal and hostile-file stress test (README, "Reliability"; issue 11).
# - SIGINT (to the whole process group, as Ctrl+C in a terminal does), SIGTERM (to the scry process, as
#   kill and service managers do) and SIGKILL (to the whole process group: the launcher and its Java) at
#   random moments to `scry add` runs with OCR on (the default) over a generated corpus of PICTURES
#   pictures with three lines of text each. The moments are drawn uniformly over the time an
#   uninterrupted add of the corpus takes here (measured first, starting Java and loading the models
#   included): the add commits every 20 s, so most signals land after one or more commits.
# - The runs of one signal are chained on one library: each run resumes what the one before left, and
#   a new library starts once one holds the whole corpus. After every run: Lucene's CheckIndex on the
#   index (when there is a commit), the library reopens (`lib list`) and a search answers, the picture
#   count is not lower than before the run, no hs_err_pid*.log (the run's cwd, the home, /tmp, this
#   shell's cwd), and for SIGINT/SIGTERM the library holds at least what it held plus what the run said
#   it saved ("lost" otherwise). After the last run, one more add on every chain's library: it must hold
#   every picture (lost = the clean build's count minus its own) and equal a clean build, field by field
#   (`export --json`, every line) and word by word (the pictures whose OCR words match "Invoice").
# - A run "after a commit" is one whose signal came when this run had committed at least once (the
#   index's segments_N generation had grown since the run started).
# - Peak RSS (GNU time's maximum resident set size) of `add FILE` and `ocr FILE` for hostile files
#   (a 30000x30000 PNG, a PNG claiming 100000x100000, a truncated JPEG, a JPEG claiming 65500x65500, an
#   empty file, random bytes named .jpg, a 1x1 PNG, a Latin-1 file name): exit code, message, RSS.
# Not part of `mvnw verify`; run it after a build:
#   releng/bench/stress.sh [RUNS_PER_SIGNAL (20)] [PICTURES (300)] [PARTS ("INT TERM KILL hostile")]
# Needs /usr/bin/python3 with PIL (python3-pil) and ImageMagick. Progress and per-run lines go to
# stderr, the figures to stdout.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product=${SCRY_PRODUCT:-$root/releng/dev.scry.distribution/target/products/dev.scry/linux/gtk/x86_64}
runs=${1:-20}
pictures=${2:-300}
parts=${3:-INT TERM KILL hostile}
[ -x "$product/scry" ] || { echo "stress.sh: no product at $product; build it first (./mvnw -o verify)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/scry-stress.XXXXXX")
trap 'rm -rf "$work"' EXIT
set -m # each run is a job of its own: Ctrl+C semantics (SIGINT not ignored), its own process group
lucene=$(ls "$product"/plugins/*lucene*core*.jar 2>/dev/null | head -1)
java_bin=$( . "$product/java-home.sh" && echo "$JAVA_HOME/bin/java") # the Java 21+ the launcher picks
report=""
if [[ " $parts " = *" INT "* || " $parts " = *" TERM "* || " $parts " = *" KILL "* ]]; then
mkdir -p "$work/corpus"
# distinct pictures (smooth colours, three lines of text), made in one process: ImageMagick takes a second each
/usr/bin/python3 - "$work/corpus" "$pictures" <<'PY'
import sys
import numpy as np
from PIL import Image, ImageDraw, ImageFont
out, n = sys.argv[1], int(sys.argv[2])
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
for i in range(1, n + 1):
    colours = np.random.default_rng(i).integers(0, 256, (6, 8, 3), dtype=np.uint8)
    img = Image.fromarray(colours).resize((480, 360), Image.BICUBIC)
    d = ImageDraw.Draw(img)
    for y, line in ((60, f"Invoice {i} total {i * 37}.50 EUR"), (160, f"Gate B{i} closes 18:{10 + i % 50}"),
                    (260, f"page {i} of {n} scry")):
        d.text((30, y), line, font=font, fill="white", stroke_width=2, stroke_fill="black")
    img.save(f"{out}/picture-{i}.jpg", quality=90)
PY
# CheckIndex on a home's index; the verdict in $checkindex: none (no commit yet: the library opens empty),
# clean, or BROKEN (the tool's output kept in the home's checkindex.txt)
check_index() {
  local dir=$1/libraries/default/index
  if ! ls "$dir"/segments_* >/dev/null 2>&1; then checkindex=none; return; fi
  if "$java_bin" --add-modules jdk.incubator.vector -cp "$lucene" org.apache.lucene.index.CheckIndex "$dir" \
      >"$1/checkindex.txt" 2>&1; then
    checkindex=clean
  else
    checkindex=BROKEN
  fi
}
generation() { # the index's last commit generation (segments_N, N in base 36), 0 before the first
  local g=0 f n
  for f in "$1"/libraries/default/index/segments_*; do
    [ -e "$f" ] || continue
    n=${f##*_}
    [ $((36#$n)) -gt "$g" ] && g=$((36#$n))
  done
  echo "$g"
}
held() { # pictures in the home's default library (empty when it does not open)
  "$product/scry" --home "$1" lib list 2>/dev/null | sed -n 's/^default\t\([0-9]*\) pictures\{0,1\}$/\1/p'
}
fields() { # every stored field of every picture, sorted
  "$product/scry" --home "$1" export --json 2>/dev/null | sort
}
words() { # the pictures whose OCR words hold "Invoice" (no path holds it), sorted
  "$product/scry" --home "$1" search -n 100000 Invoice 2>/dev/null | awk '{print $3}' | sort
}
start=$(date +%s%N)
"$product/scry" --home "$work/home-clean" add "$work/corpus" >/dev/null 2>&1
span=$(( ($(date +%s%N) - start) / 10000000 )) # hundredths of a second
whole=$(held "$work/home-clean")
fields "$work/home-clean" >"$work/clean-fields.txt"
words "$work/home-clean" >"$work/clean-words.txt"
echo "an uninterrupted add of $pictures pictures takes $((span / 100)).$((span % 100 / 10)) s, $(generation "$work/home-clean") commits; it holds $whole pictures, $(wc -l <"$work/clean-words.txt") with the word Invoice" >&2
report="${report}an uninterrupted add of $pictures pictures (OCR on) takes $((span / 100)).$((span % 100 / 10)) s here and commits $(generation "$work/home-clean") times; signals uniform over that time"$'\n'
report="${report}$(printf '%-7s %4s %11s %8s %12s %10s %9s %4s %6s %s' signal runs clean-exits finished after-commit CheckIndex max-drop lost hs_err "resumed = clean build")"$'\n'
random_delay() { local d=$(( (RANDOM * 32768 + RANDOM) % span )); printf '%d.%02d' $((d / 100)) $((d % 100)); }
touch "$work/started"
for signal in INT TERM KILL; do
  [[ " $parts " = *" $signal "* ]] || continue
  exits=0 finished=0 after=0 checked=0 clean=0 maxdrop=0 lost=0 crashes=0 chain=1 chains="1" before=0
  for run in $(seq 1 "$runs"); do
    home="$work/home-$signal-chain-$chain"
    mkdir -p "$home/cwd"
    delay=$(random_delay)
    gen_before=$(generation "$home")
    # env --default-signal: a script started in the background (`stress.sh &`, nohup) ignores SIGINT, and
    # its children inherit that; a terminal's foreground job does not
    ( cd "$home/cwd" && exec env --default-signal=INT "$product/scry" --home "$home" add "$work/corpus" \
        >"$home/out.txt" 2>"$home/err.txt" ) &
    pid=$!
    sleep "$delay"
    gen_at=$(generation "$home")
    case $signal in
      INT) kill -INT -- "-$pid" 2>/dev/null || true ;;
      TERM) kill -TERM "$pid" 2>/dev/null || true ;;
      KILL) kill -KILL -- "-$pid" 2>/dev/null || true ;;
    esac
    rc=0
    { wait "$pid"; } 2>/dev/null || rc=$? # no "Killed" job notice
    saved=$(sed -n 's/^interrupted: \([0-9]*\) pictures\{0,1\} saved, the next add or sync resumes$/\1/p' "$home/err.txt")
    # find's status is ignored: it fails when a folder of /tmp vanishes while it looks (other programs'
    # temporary folders), and with pipefail that ended the whole script after a few runs (2026-12-02)
    hs=$( { find "$home" "$work" /tmp "$PWD" -maxdepth 3 -name 'hs_err_pid*.log' -newer "$work/started" 2>/dev/null || true; } | sort -u | wc -l)
    crashes=$((crashes + hs))
    count=$(held "$home") || true
    reopened=yes
    if [ -z "$count" ]; then
      count=0
      [ -d "$home/libraries/default" ] && reopened=no # absent: the signal came before the library was made
    fi
    answers=yes
    if [ -d "$home/libraries/default" ]; then
      "$product/scry" --home "$home" search -n 3 --image "$work/corpus/picture-1.jpg" >/dev/null 2>&1 || answers=no
    fi
    check_index "$home" # sets checkindex
    [ "$checkindex" != none ] && checked=$((checked + 1))
    [ "$checkindex" = clean ] && clean=$((clean + 1))
    drop=$(( before > count ? before - count : 0 ))
    [ "$drop" -gt "$maxdrop" ] && maxdrop=$drop
    case $rc in
      0) expected=$whole ;;
      *) expected=$(( before + ${saved:-0} )) ;;
    esac
    missing=$(( expected > count ? expected - count : 0 ))
    lost=$((lost + missing))
    [ "$rc" = 0 ] && finished=$((finished + 1))
    committed=no
    if [ "$gen_at" -gt "$gen_before" ]; then committed=yes; after=$((after + 1)); fi
    # exit 0 (done before the signal) or 130 (stopped, saved); 143 without the interrupted line: the signal
    # came while Java was starting, before any work; SIGKILL: 137
    case $signal:$rc in
      *:0 | INT:130 | TERM:130 | KILL:137) exit_ok=yes ;;
      INT:143 | TERM:143) if [ -z "$saved" ]; then exit_ok=yes; else exit_ok=no; fi ;;
      *) exit_ok=no ;;
    esac
    [ "$exit_ok" = yes ] && [ "$hs" = 0 ] && exits=$((exits + 1))
    printf 'SIG%-4s run %2d (chain %d) after %6ss: exit %3s, after a commit %-3s, held before %3s, said saved %3s, holds %3s, reopens %s, search %s, CheckIndex %s, hs_err %s\n' \
      "$signal" "$run" "$chain" "$delay" "$rc" "$committed" "$before" "${saved:--}" "$count" "$reopened" "$answers" "$checkindex" "$hs" >&2
    if [ "$count" -ge "$whole" ]; then # whole: the next runs go to a new library
      chain=$((chain + 1)) before=0
      [ "$run" -lt "$runs" ] && chains="$chains $chain"
    else
      before=$count
    fi
  done
  same=0 total=0
  for c in $chains; do
    home="$work/home-$signal-chain-$c"
    [ -d "$home" ] || continue
    total=$((total + 1))
    "$product/scry" --home "$home" add "$work/corpus" >"$home/final-out.txt" 2>"$home/final-err.txt" || true
    n=$(held "$home") || true
    lost=$(( lost + (whole > ${n:-0} ? whole - ${n:-0} : 0) ))
    if fields "$home" | cmp -s - "$work/clean-fields.txt" && words "$home" | cmp -s - "$work/clean-words.txt"; then
      same=$((same + 1))
    else
      echo "SIG$signal chain $c: after one more add the library differs from a clean build (${n:-?} pictures)" >&2
      fields "$home" | diff - "$work/clean-fields.txt" | head -5 >&2 || true
    fi
  done
  report="${report}$(printf '%-7s %4d %8d/%-2d %8d %12d %6d/%-3d %9d %4d %6d %d/%d' "SIG$signal" "$runs" "$exits" "$runs" "$finished" \
    "$after" "$clean" "$checked" "$maxdrop" "$lost" "$crashes" "$same" "$total")"$'\n'
done
fi
if [[ " $parts " = *" hostile "* ]]; then
  h=$work/hostile
  mkdir -p "$h"
  # 30000x30000 grey PNG, black square: written row by row (ImageMagick would hold 900 MP in memory)
  python3 - "$h" <<'PY'
import struct, sys, zlib
d = sys.argv[1]
def chunk(t, b):
    return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b) & 0xffffffff)
def png(path, w, h, rows):
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)))
        z = zlib.compressobj(6)
        data = b"".join(z.compress(r) for r in rows) + z.flush()
        f.write(chunk(b"IDAT", data) + chunk(b"IEND", b""))
W = 30000
white = b"\x00" + b"\xff" * W
square = b"\x00" + b"\xff" * 100 + b"\x00" * 1901 + b"\xff" * (W - 2001)
png(d + "/big-30000x30000.png", W, W, (square if 100 <= y <= 2000 else white for y in range(W)))
# a bomb: a few kilobytes claiming 100000x100000 (10^10 pixels)
png(d + "/bomb-100000x100000.png", 100000, 100000, (b"\x00" + b"\xff" * 100000 for y in range(200)))
png(d + "/one-pixel.png", 1, 1, [b"\x00\x80"])
PY
  convert -size 1600x1200 -seed 7 plasma:fractal "$h/whole.jpg"
  head -c "$(( $(stat -c %s "$h/whole.jpg") / 2 ))" "$h/whole.jpg" >"$h/truncated.jpg"
  # a JPEG whose frame header claims 65500x65500: rewrite the SOF0 height and width
  python3 - "$h" <<'PY'
import sys
d = sys.argv[1]
b = bytearray(open(d + "/whole.jpg", "rb").read())
i = b.index(b"\xff\xc0")
b[i + 5:i + 9] = (65500).to_bytes(2, "big") * 2
open(d + "/claims-65500x65500.jpg", "wb").write(b)
open(d.encode() + b"/caf\xe9-latin1.jpg", "wb").write(open(d + "/whole.jpg", "rb").read())
PY
  : >"$h/empty.jpg"
  head -c 100000 /dev/urandom >"$h/random-bytes.jpg"
  rm "$h/whole.jpg"
  python3 -c 'import sys, zlib; b = open(sys.argv[1], "rb").read(); i = b.index(b"IDAT")
n = int.from_bytes(b[i - 4:i], "big"); assert len(zlib.decompress(b[i + 4:i + 4 + n])) == 30000 * 30001
print("big-30000x30000.png: a valid PNG, %d bytes" % len(b))' "$h/big-30000x30000.png" >&2
  for f in "$h"/*; do
    name=$(basename "$f" | LC_ALL=C sed 's/[^ -~]/?/g')
    for verb in add ocr; do
      home="$work/home-hostile-$verb-$name"
      if [ "$verb" = add ]; then set -- "$product/scry" --home "$home" add "$f"; else set -- "$product/scry" --home "$home" ocr "$f"; fi
      rc=0
      /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || rc=$?
      rss=$(sed -n 's/^\tMaximum resident set size (kbytes): //p' "$work/time.txt")
      wall=$(sed -n 's/^\tElapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
      if [ "$rc" = 0 ]; then # the summary, or the text read (none in these pictures)
        message="stdout: $(head -1 "$work/out.txt")"
      else # the first line that is not progress nor the JVM's
        message=$(grep -v -e '^WARNING' -e '^Indexing' -e '^\s*$' "$work/err.txt" | head -1 | sed "s|$h/||g" || true)
      fi
      message=$(printf '%s' "$message" | LC_ALL=C sed 's/[^ -~]/?/g')
      report="${report}$(printf '%-26s %s: exit %3s, peak RSS %4d MB, %7s s, %s' "$name" "$verb" "$rc" "$(( ${rss:-0} / 1024 ))" "$wall" "$message")"$'\n'
    done
  done
fi
printf '%s' "$report"

#!/usr/bin/env bash
# Wall time of `scry search` through the real `scry` script of the built product, without a service
# (every call starts OSGi, opens the library, loads the encoders) and with `scry serve` running (the
# script's small client sends the command to the warm service): the first (cold) call and p50/p95 of
# the next N calls, for a word query and a picture query. Prints figures, asserts nothing.
#   releng/bench/serve.sh [CALLS [IN_PROCESS_CALLS]]   (default 20 and 20; build the product first: README)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product=${SCRY_PRODUCT:-$root/releng/dev.scry.distribution/target/products/dev.scry/linux/gtk/x86_64}
calls=${1:-20}
in_process_calls=${2:-$calls}
[ -x "$product/scry" ] || { echo "serve.sh: no product at $product; build it first" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/scry-serve-bench.XXXXXX")
export SCRY_HOME=$work/home
unset SCRY_SERVICE SCRY_NO_SERVICE
cleanup() {
  "$product/scry" serve --stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/pictures" "$SCRY_HOME"
/usr/bin/python3 - "$work/pictures" <<'PY'
import random, struct, sys, zlib
# 200 small distinct PNGs, written with the standard library only
def png(path, w, h, seed):
    r = random.Random(seed)
    c = [r.randrange(256) for _ in range(6)]
    rows = b"".join(b"\0" + bytes((c[(x * 3 // w + y) % 6] + x * y % 7) % 256 for x in range(w) for _ in range(3)) for y in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    open(path, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
for i in range(200):
    png("%s/picture-%03d.png" % (sys.argv[1], i), 96, 72, i)
PY
SCRY_NO_SERVICE=1 "$product/scry" add "$work/pictures" >/dev/null 2>&1
# times CALLS+1 runs of the command "$@" (wall and CPU, with its children's): prints the first (cold)
# call and p50/p95 of the others, then the load average at the end of the runs
measure() {
  local n=$1 times
  shift
  times=$(mktemp "$work/times.XXXXXX")
  TIMEFORMAT='%3R %3U %3S'
  for _ in $(seq 0 "$n"); do
    { time "$@" >/dev/null 2>&1 || true; } 2>>"$times"
  done
  /usr/bin/python3 - "$times" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import sys
rows = [[float(x) * 1000 for x in line.split()] for line in open(sys.argv[1]) if line.strip()]
first, rest = rows[0], rows[1:]
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(len(values) * p + 0.5)) - 1))]
wall = [r[0] for r in rest]
cpu = [r[1] + r[2] for r in rest]
print("first %5d ms (CPU %4d ms)   p50 %5d ms   p95 %5d ms   CPU p50 %4d ms   load %s"
      % (first[0], first[1] + first[2], pct(wall, 0.5), pct(wall, 0.95), pct(cpu, 0.5), sys.argv[2]))
PY
}
echo "scry search through the script, $in_process_calls calls after the first without a service, $calls with it; $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores," \
  "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'without a service, words:     '; SCRY_NO_SERVICE=1 measure "$in_process_calls" "$product/scry" search -n 5 picture-042
printf 'without a service, picture:   '; SCRY_NO_SERVICE=1 measure "$in_process_calls" "$product/scry" search -n 5 "$work/pictures/picture-007.png"
"$product/scry" serve --idle-timeout 600 >"$work/serve.log" 2>&1 &
until grep -q "listening on" "$work/serve.log" 2>/dev/null; do
  kill -0 $! 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
printf 'with the service, words:      '; measure "$calls" "$product/scry" search -n 5 picture-042
printf 'with the service, picture:    '; measure "$calls" "$product/scry" search -n 5 "$work/pictures/picture-007.png"
. "$product/java-home.sh"
client=$(ls "$product"/plugins/dev.scry.client_*.jar | head -n 1)
printf 'the client JVM alone, no work:'; measure "$calls" "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -Xshare:auto -XX:+UseSerialGC -Xmx64m \
  -XX:-UsePerfData -cp "$client" dev.scry.client.ServiceClient
"$product/scry" serve --status | sed -n 's/^memory/service memory/p'

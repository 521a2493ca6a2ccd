#!/usr/bin/env bash
# A library on OpenSearch against the embedded index (issue 18), on a real two-node OpenSearch 2.19 cluster started on
# this machine (releng/dev.scry.opensearch.node: both nodes in one JVM, loopback, temporary data). Not part of `mvnw verify`.
#
#   releng/bench/opensearch.sh --scale HOME --queries DIR [--add N] [--name s] [--heap 4g] [--shards 2] [--replicas 1]
# The scale benchmark's libraries (releng/bench/scale.sh) on the cluster. HOME is a Scry home holding the embedded library
# (--name, default s; pass a copy of a home that something else is using: the script copies it again into its temporary folder and
# never writes into HOME). It creates a library on the cluster and fills it with `scry lib copy` (vectors, nothing decoded:
# prints pictures/s, with the CPU of scry and of the cluster); with --add N it also adds N of the library's pictures with
# `scry add` (the real indexing path: decoding, the fingerprint, OCR as the library is set) to a new embedded library and
# to a new library on the cluster and prints both rates; then it asks both stores the scale benchmark's queries in DIR
# (whole/, crop/, screenshot/ pictures with sources.txt; names.txt, folders.txt: releng/bench/scale_queries.py), each store
# in one warm process (dev.scry.bench.StoreQueryBench: p50/p95 wall of the search, the cluster's CPU a query, source first),
# and prints how often both find the same picture first and the recall@10 of the cluster's first 10 against the embedded
# first 10. Every figure has the date, machine and load average. Needs the built product (./scry builds it) and curl.
#
#   releng/bench/opensearch.sh [--n 10000] [--q 200] [--dim 512] [--shards 2] [--replicas 1]
# The same generated pictures (seeded random unit vectors) in Scry's Lucene index and in an index on the cluster. Prints
# indexing pictures/s, query p50/p95 (wall, one thread, k=10) and recall@10 against the exact nearest for both, and how
# much of OpenSearch's top 10 the embedded index also returns.
#
#   releng/bench/opensearch.sh --library [--n 2000] [--q 100]
# Through the library layer (dev.scry.bench.LibraryStoreBench): N drawn pictures (320x240 PNG) added by LibraryIndexer with
# the fingerprint to an embedded library and to one on the cluster, then Q picture queries (smaller JPEG copies) and Q word
# queries (file names) through one warm OpenLibraries (--dim is unused).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=10000 q=200 dim=512 shards=2 replicas=1 library= scale= queries= add= heap=1g name=s
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; heap=4g; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    --add) add=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --n) n=$2; shift 2 ;;
    --q) q=$2; shift 2 ;;
    --dim) dim=$2; shift 2 ;;
    --shards) shards=$2; shift 2 ;;
    --replicas) replicas=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --library) library=1; shift ;;
    *) echo "opensearch.sh: unknown option $1 (see the comment at the top of the script)" >&2; exit 2 ;;
  esac
done
if [ -n "$scale" ]; then
  [ -d "$scale/libraries/$name" ] || { echo "opensearch.sh: $scale is not a Scry home with a library $name" >&2; exit 2; }
  [ -n "$queries" ] && [ -d "$queries/whole" ] || { echo "opensearch.sh: --scale needs --queries DIR with whole/, crop/, screenshot/, names.txt, folders.txt" >&2; exit 2; }
  command -v curl >/dev/null || { echo "opensearch.sh: curl is missing" >&2; exit 1; }
  "$root/scry" --version >/dev/null
fi
. "$root/.mvn/java-home.sh"
bench="$root/releng/dev.scry.bench"
node="$root/releng/dev.scry.opensearch.node"
for module in "$node" "$bench"; do
  "$root/mvnw" -B -q -o -f "$module/pom.xml" package -DskipTests >/dev/null 2>&1 || "$root/mvnw" -B -q -f "$module/pom.xml" package -DskipTests >&2
done

work=$(mktemp -d)
mkfifo "$work/commands"
cluster_pid=
cleanup() {
  if [ -n "$cluster_pid" ]; then
    echo exit >&3 || true
    exec 3>&-
    # a cluster busy merging may not read "exit": give it a minute, then end it
    for _ in $(seq 1 60); do kill -0 "$cluster_pid" 2>/dev/null || break; sleep 1; done
    kill "$cluster_pid" 2>/dev/null || true
    wait "$cluster_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
"$JAVA_HOME/bin/java" -Xms$heap -Xmx$heap --enable-native-access=ALL-UNNAMED \
  -cp "$node/target/classes:$(cat "$node/target/classpath.txt"):$node/target/knn/*" \
  dev.scry.opensearch.node.TestCluster 2 "$work/data" 120 <"$work/commands" >"$work/out" 2>"$work/err" &
cluster_pid=$!
exec 3>"$work/commands"
for _ in $(seq 1 600); do
  grep -q '^ready ' "$work/out" && break
  kill -0 "$cluster_pid" 2>/dev/null || { echo "opensearch.sh: the cluster did not start:" >&2; tail -20 "$work/err" >&2; exit 1; }
  sleep 1
done
urls=$(sed -n 's/^ready //p' "$work/out")
[ -n "$urls" ] || { echo "opensearch.sh: the cluster was not ready within 10 minutes" >&2; exit 1; }

load() { uptime | sed 's/.*load average: /load average /'; }
echo "Scry on OpenSearch benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GB RAM;" \
  "$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p); OpenSearch 2.19.1, two nodes in one JVM (-Xmx$heap) on this machine"
bench_java() {
  "$JAVA_HOME/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -cp "$bench/target/classes:$(cat "$bench/target/classpath.txt")" "$@" \
    2> >(grep -v -e '^WARNING' -e 'PanamaVectorizationProvider' -e 'MemorySegmentIndexInput' -e 'VectorizationProvider' -e 'Java vector incubator' >&2)
}
if [ -n "$scale" ]; then
  # the scale benchmark's library on the cluster: lib copy, --add N, then the same queries on both stores
  scry=$root/scry
  home=$work/home
  cp -a "$scale" "$home"
  h=(--home "$home")
  first_url=${urls%%,*}
  count_of() { curl -s "$first_url/$1/_count" | sed -n 's/.*"count":\([0-9]*\).*/\1/p'; }
  ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
  cpu_since() { awk -v a="$1" -v b="$(ticks "$2")" 'BEGIN { printf "%.1f", (b - a) / 100 }'; }
  # runs a scry command timed: sets $wall, $cpu (of scry) and $cluster_cpu (of the cluster's JVM); every 60 s a progress line
  timed_scry() {
    local index=$1; shift
    local t c0 started; t=$(mktemp -p "$work"); c0=$(ticks "$cluster_pid"); started=$(date +%s)
    /usr/bin/time -f '%e %U %S' -o "$t" "$scry" "${h[@]}" "$@" >"$work/scry.out" 2>"$work/scry.err" &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      if kill -0 "$pid" 2>/dev/null && [ -n "$index" ]; then
        local done_now; done_now=$(count_of "$index"); local s=$(( $(date +%s) - started ))
        echo "  ... $(date -u +%H:%M) UTC: ${done_now:-?} pictures on the cluster after $s s ($(awk -v n="${done_now:-0}" -v s="$s" 'BEGIN { printf "%.1f", n / s }') pictures/s); $(load)"
      fi
    done
    wait "$pid" || { echo "opensearch.sh: scry $* failed:" >&2; cat "$work/scry.out" "$work/scry.err" >&2; exit 1; }
    read -r wall user sys <"$t"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    cluster_cpu=$(cpu_since "$c0" "$cluster_pid")
  }
  rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", n / s }'; }
  total=$("$scry" "${h[@]}" lib list | awk -F '\t' -v l="$name" '$1 == l { print $2 + 0 }')
  echo "set: library $name of $scale ($total pictures, embedded), a copy of it on the cluster ($shards shards, $replicas replicas); queries $queries; $(load) (before)"
  if [ -n "$add" ]; then
    # before the copy, which takes long: a library whose folders are gone has nothing to add
    # N of the library's pictures (the first N of its folders, in path order), copied into one folder, added with scry add
    mkdir -p "$work/add"
    sed -n 's/^folder\.[0-9]*=//p' "$home/libraries/$name/library.properties" | sed 's/\\:/:/g' | while read -r folder; do
      [ ! -d "$folder" ] || find "$folder" -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' \); done | sort >"$work/pictures.txt"
    sed -n "1,${add}p" "$work/pictures.txt" | while read -r f; do
      mkdir -p "$work/add/$(basename "$(dirname "$f")")"; cp "$f" "$work/add/$(basename "$(dirname "$f")")/"; done
    picked=$(find "$work/add" -type f | wc -l)
    [ "$picked" -gt 0 ] || { echo "opensearch.sh: --add $add: none of the folders of library $name holds a picture" >&2; exit 1; }
  fi
  "$scry" "${h[@]}" lib create os --opensearch "$urls" --index scry-bench-os --shards "$shards" --replicas "$replicas" >/dev/null
  timed_scry scry-bench-os lib copy "$name" os
  on_cluster=$(count_of scry-bench-os)
  echo "lib copy $name os: $on_cluster pictures in $wall s: $(rate "$on_cluster" "$wall") pictures/s (vectors copied, nothing decoded); scry $cpu s CPU, cluster $cluster_cpu s CPU; $(load)"
  if [ -n "$add" ]; then
    ocr=$(sed -n 's/^ocr=//p' "$home/libraries/$name/library.properties"); [ "$ocr" = true ] && ocr=on || ocr=off
    "$scry" "${h[@]}" lib create added-embedded >/dev/null
    "$scry" "${h[@]}" lib create added-os --opensearch "$urls" --index scry-bench-added --shards "$shards" --replicas "$replicas" >/dev/null
    for l in added-embedded added-os; do "$scry" "${h[@]}" lib set "$l" ocr=$ocr >/dev/null; done
    timed_scry "" -l added-embedded add "$work/add"; e_wall=$wall e_cpu=$cpu e_cluster=$cluster_cpu
    timed_scry scry-bench-added -l added-os add "$work/add"
    echo "scry add of $picked of its pictures (OCR $ocr): embedded $(rate "$picked" "$e_wall") pictures/s ($e_wall s, scry $e_cpu s CPU);" \
      "on the cluster $(rate "$picked" "$wall") pictures/s ($wall s, scry $cpu s CPU, cluster $cluster_cpu s CPU); $(load)"
  fi
  q=(--pictures "whole=$queries/whole,crop=$queries/crop,screenshot=$queries/screenshot" --words "name=$queries/names.txt,folder=$queries/folders.txt")
  for l in "$name" os; do
    bench_java -Xmx2g -XX:+UseSerialGC -Djava.awt.headless=true dev.scry.bench.StoreQueryBench "$home" "$l" "$work/hits-$l.txt" "${q[@]}" \
      --cpu-of "$cluster_pid" | sed "s/^/$([ "$l" = os ] && echo "opensearch" || echo "embedded")\t/"
    echo "  $(load)"
  done
  bench_java dev.scry.bench.StoreQueryBench --compare "$work/hits-$name.txt" "$work/hits-os.txt" | sed "s/^/both\t/"
  echo "$(load) (after)"
  exit 0
fi
if [ -n "$library" ]; then
  echo "set: $n drawn pictures through the library layer, $q picture and $q word queries, seed 18; $shards shards, $replicas replicas; $(load) (before)"
  main=(dev.scry.bench.LibraryStoreBench "$urls" "$n" "$q" "$shards" "$replicas" "$work/library")
else
  echo "set: $n pictures, $q queries, $dim dimensions, seed 18; $shards shards, $replicas replicas; $(load) (before)"
  main=(dev.scry.bench.OpenSearchBench "$urls" "$n" "$q" "$dim" "$shards" "$replicas")
fi
bench_java "${main[@]}"
echo "$(load) (after)"

#!/usr/bin/env bash
# A library on OpenSearch against the embedded index (issue 18): the same generated pictures (seeded random
# unit vectors) in Scry's Lucene index and in an index of a real two-node OpenSearch 2.19 cluster started on
# this machine (releng/dev.scry.opensearch.node, loopback, temporary data). Prints indexing pictures/s, query
# p50/p95 (wall, one thread, k=10) and recall@10 against the exact nearest for both, and how much of
# OpenSearch's top 10 the embedded index also returns. Not part of `mvnw verify`.
#   releng/bench/opensearch.sh [--n 10000] [--q 200] [--dim 512] [--shards 2] [--replicas 1]
# With --library, through the library layer instead (dev.scry.bench.LibraryStoreBench): N drawn pictures (320x240 PNG)
# added by LibraryIndexer with the fingerprint to an embedded library and to one on the cluster, then Q picture
# queries (smaller JPEG copies) and Q word queries (file names) through one warm OpenLibraries (--dim is unused).
# Pictures are written one request each (no bulk yet), so --n 100000 takes long on a loaded machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=10000 q=200 dim=512 shards=2 replicas=1 library=
while [ $# -gt 0 ]; do
  case $1 in
    --n) n=$2; shift 2 ;;
    --q) q=$2; shift 2 ;;
    --dim) dim=$2; shift 2 ;;
    --shards) shards=$2; shift 2 ;;
    --replicas) replicas=$2; shift 2 ;;
    --library) library=1; shift ;;
    *) echo "opensearch.sh: unknown option $1 (see the comment at the top of the script)" >&2; exit 2 ;;
  esac
done
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
    wait "$cluster_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
"$JAVA_HOME/bin/java" -Xms512m -Xmx1g --enable-native-access=ALL-UNNAMED \
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
  "$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p); OpenSearch 2.19.1, two nodes in one JVM on this machine"
if [ -n "$library" ]; then
  echo "set: $n drawn pictures through the library layer, $q picture and $q word queries, seed 18; $shards shards, $replicas replicas; $(load) (before)"
  main=(dev.scry.bench.LibraryStoreBench "$urls" "$n" "$q" "$shards" "$replicas" "$work/library")
else
  echo "set: $n pictures, $q queries, $dim dimensions, seed 18; $shards shards, $replicas replicas; $(load) (before)"
  main=(dev.scry.bench.OpenSearchBench "$urls" "$n" "$q" "$dim" "$shards" "$replicas")
fi
"$JAVA_HOME/bin/java" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "$bench/target/classes:$(cat "$bench/target/classpath.txt")" "${main[@]}" \
  2> >(grep -v -e '^WARNING' -e 'PanamaVectorizationProvider' -e 'MemorySegmentIndexInput' >&2)
echo "$(load) (after)"

#!/usr/bin/python3
"""Plots what releng/bench/scale.sh printed: warm query p95 and index size against library size.

usage: scale_plot.py OUT.png LABEL=SCALE_OUTPUT.txt [LABEL=...]

Each file is one or more runs of scale.sh (its standard output, or the WORK/N/figures.txt files of
its sizes put together); a later figure for the same size replaces an earlier one. Latency is the
search's CPU time (this thread's), the steadier figure on a shared machine; wall p95 is in the text
output. Needs python3-matplotlib.
"""
import re, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

def figures(path):
    sizes = {}
    n = None
    for line in open(path):
        m = re.match(r"## (\d+) pictures", line)
        if m:
            n = int(m.group(1)); sizes.setdefault(n, {})
            continue
        if n is None:
            continue
        m = re.search(r"index size .* ([\d.]+) KB a picture", line)
        if m:
            sizes[n]["index KB/picture"] = float(m.group(1))
        m = re.search(r"warm picture-query \((\w+)\).*search CPU p50 [\d.]+ ms p95 ([\d.]+) ms", line)
        if m:
            sizes[n]["picture query p95 (%s), ms" % m.group(1)] = float(m.group(2))
        m = re.search(r"warm word-query \((\w+)\).*CPU p50 [\d.]+ ms p95 ([\d.]+) ms", line)
        if m:
            sizes[n]["word query p95 (%s), ms" % m.group(1)] = float(m.group(2))
    return sizes

def main():
    out, runs = sys.argv[1], [a.split("=", 1) for a in sys.argv[2:]]
    fig, (latency, size) = plt.subplots(1, 2, figsize=(11, 4.2))
    for label, path in runs:
        sizes = figures(path)
        ns = sorted(sizes)
        keys = sorted({k for n in ns for k in sizes[n]})
        for key in keys:
            xs = [n for n in ns if key in sizes[n]]
            ys = [sizes[n][key] for n in xs]
            if key.startswith("index"):
                size.plot(xs, ys, marker="o", label=label)
            else:
                latency.plot(xs, ys, marker="o", label="%s: %s" % (label, key.replace(", ms", "")))
    for ax in (latency, size):
        ax.set_xscale("log")
        ax.set_xlabel("pictures in the library")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    latency.set_yscale("log")
    latency.set_ylabel("warm p95, ms of CPU (search only)")
    latency.set_title("Query latency")
    size.set_ylabel("index KB a picture")
    size.set_title("Index size")
    latency.axhline(50, color="green", ls="--", lw=0.8)  # the goals at 100,000: picture query p95 50 ms
    latency.axhline(20, color="olive", ls=":", lw=0.8)  # word query p95 20 ms
    for ax in (latency, size):
        ax.set_xlim(500, 200000)  # 1,000 to 100,000 pictures, whatever was measured so far
    size.axhline(5, color="green", ls="--", lw=0.8)
    size.axhline(8, color="orange", ls="--", lw=0.8)
    fig.tight_layout()
    fig.savefig(out, dpi=110)

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Prints the performance table (Markdown) from the results folder that engine/bench/run.sh writes."""
import json
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")


def load(name):
    path = os.path.join(out, name)
    return json.load(open(path)) if os.path.exists(path) else None


def scores(rows):
    table = {}
    for r in rows or []:
        name = r["benchmark"].rsplit(".", 2)
        key = (name[1], name[2], r.get("params", {}).get("projects"))
        m = r["primaryMetric"]
        # SampleTime runs time every call: their median shrugs off bursts of load from other processes.
        median = m["scorePercentiles"]["50.0"] if r["mode"] == "sample" else m["score"]
        table[key] = (median, m["score"], m["scoreError"], m["scoreUnit"].replace("/op", ""))
    return table


def fmt(value):
    return f"{value:,.3g}" if value < 100 else f"{value:,.0f}"


scaling = scores(load("path-scaling.json"))
if scaling:
    print("### Path for the mastery goal (closure covers nearly every project) vs two topological sorts\n")
    print("Median time per call (JMH sample mode; mean ± 99.9% error below it).\n")
    print("| projects | edges | studypath `path` | `path`, every step read | bare Kahn (CSR) | JGraphT iterator "
          "| path / Kahn | JGraphT / path |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    sizes = sorted({int(k[2]) for k in scaling})
    for n in sizes:
        get = lambda b: scaling.get(("PathScalingBenchmark", b, str(n)))
        path, read, kahn, jg = get("path"), get("pathReadAll"), get("kahn"), get("jgraphtTopologicalOrder")
        cell = lambda s: f"{fmt(s[0])} ms<br>({fmt(s[1])} ± {fmt(s[2])})" if s else "-"
        print(f"| {n:,} | ~{10 * n:,} | {cell(path)} | {cell(read)} | {cell(kahn)} | {cell(jg)} | "
              f"{path[0] / kahn[0]:.1f}x | {jg[0] / path[0]:.1f}x |")
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        for b, label in (("path", "path"), ("pathReadAll", "path, every step read"), ("kahn", "bare Kahn")):
            a = scaling.get(("PathScalingBenchmark", b, str(first)))
            z = scaling.get(("PathScalingBenchmark", b, str(last)))
            if a and z:
                print(f"\n{label}: {first:,} -> {last:,} projects ({last // first}x) takes {z[0] / a[0]:.0f}x "
                      "the time", end="")
        print("\n")

dataset = scores(load("dataset.json"))
if dataset:
    print("### Bundled catalog (\"async networking\", a newcomer) and loading\n")
    print("| benchmark | median | mean ± 99.9% error |")
    print("|---|---:|---:|")
    for (cls, bench, params), (median, score, error, unit) in sorted(dataset.items()):
        label = f"{cls}.{bench}" + (f" (N = {int(params):,})" if params else "")
        print(f"| {label} | {fmt(median)} {unit} | {fmt(score)} ± {fmt(error)} {unit} |")
    print()

memory = load("memory.json")
if memory:
    print("### Memory retained by a loaded catalog (heap used after full GCs)\n")
    print(f"{memory['projects']:,} projects, {memory['edges']:,} prerequisite edges: "
          f"{memory['catalogBytes'] / 2**20:.1f} MiB = **{memory['bytesPerProject']:.0f} B per project** with its "
          f"edges ({memory['bytesPerEdge']:.0f} B per edge, all of the catalog counted against the edges); "
          f"`Studypath.of` adds {memory['engineBytes'] / 2**20:.1f} MiB ({memory['engineBytesPerProject']:.0f} B "
          "per project).\n")

cli = load("cli.json")
if cli:
    print("### CLI start (hyperfine, 20 runs after 3 warm-ups)\n")
    print("| command | median | mean ± σ |")
    print("|---|---:|---:|")
    medians = []
    for r in cli["results"]:
        medians.append(r["median"])
        print(f"| `{r['command']}` | {r['median'] * 1000:.0f} ms | {r['mean'] * 1000:.0f} ± "
              f"{r['stddev'] * 1000:.0f} ms |")
    if len(medians) == 2:
        print(f"\nmedian ratio: {medians[1] / medians[0]:.2f}x\n")

machine = os.path.join(out, "machine.txt")
if os.path.exists(machine):
    print("Machine at the end of the run: " + "; ".join(l.strip() for l in open(machine) if l.strip()))

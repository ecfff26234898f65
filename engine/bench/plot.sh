#!/usr/bin/env bash
# Draws the time of the mastery-goal path against the number of projects, next to the two baselines
# measured in the same JMH run, from the JMH JSON that engine/bench/run.sh writes.
# Usage: engine/bench/plot.sh path-scaling.json out.png      Needs python3 and gnuplot (Debian: gnuplot-nox).
set -euo pipefail
json="$1"
png="$2"
data="$(mktemp)"
trap 'rm -f "$data"' EXIT
python3 - "$json" > "$data" <<'PY'
import json, sys
rows = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]
    m = r["primaryMetric"]
    rows.setdefault(int(r["params"]["projects"]), {})[name] = (
        m["scorePercentiles"]["50.0"] if r["mode"] == "sample" else m["score"])
print("# projects path pathReadAll kahn jgraphtTopologicalOrder (ms, median per call)")
for n in sorted(rows):
    print(n, *(rows[n].get(k, "NaN") for k in ("path", "pathReadAll", "kahn", "jgraphtTopologicalOrder")))
PY
gnuplot <<GP
set terminal pngcairo size 900,600 font "sans,11"
set output "$png"
set title "Path for a goal needing nearly every project (about 10 prerequisites each), JMH, 2 cores"
set xlabel "projects (edges = 10 x projects)"
set ylabel "median time per call (ms, log scale)"
set logscale xy
set xrange [700:140000]
set grid
set key top left
set format x "%.0s%c"
plot "$data" using 1:2 with linespoints lw 2 pt 7 title "studypath path (steps made when read)", \
     "$data" using 1:3 with linespoints lw 2 pt 9 title "studypath path, every step read", \
     "$data" using 1:4 with linespoints lw 2 pt 5 title "bare Kahn sort, int arrays (CSR)", \
     "$data" using 1:5 with linespoints lw 2 pt 13 title "JGraphT 1.5.3 TopologicalOrderIterator"
GP
echo "wrote $png" >&2

#!/bin/sh
# Runs the paired aa / soniakeys/meeus v3.0.1 benchmarks of this module and
# prints a Markdown table of the medians with the machine and its load.
# Both sides run on the same 1024 inputs, aa then soniakeys for each routine;
# the whole set is run COUNT times (interleaved passes, so that a burst of
# load on a shared machine hits both sides of a pair alike) and the table
# gives, per routine, the median of each side and the median of the
# per-pass ratios soniakeys ns ÷ aa ns. The times are the CPU time of the
# benchmarking thread per call (cpu-ns/op, Linux; wall-clock ns/op
# elsewhere), which waiting for a CPU on a loaded machine does not inflate.
# Usage: aa/internal/peerbench/bench.sh   (COUNT=5, BENCHTIME=1000000x by default)
set -eu
cd "$(dirname "$0")"
COUNT=${COUNT:-5}
BENCHTIME=${BENCHTIME:-1000000x}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //' || true)
echo "machine: $(uname -sm), $(nproc) CPUs${cpu:+ ($cpu)}, $(go version | cut -d' ' -f3)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
go test -run 'TestPairs' . >/dev/null
go test -c -o "$tmp/peerbench.test" .
pass=1
while [ "$pass" -le "$COUNT" ]; do
	"$tmp/peerbench.test" -test.run '^$' -test.bench . -test.benchtime "$BENCHTIME" -test.count 1 |
		sed -n "s/^BenchmarkPair\//$pass /p" >>"$tmp/out"
	pass=$((pass + 1))
done
echo "passes: $COUNT × $BENCHTIME per side; load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
echo
echo "| routine | aa ns/call (allocs) | soniakeys ns/call (allocs) | soniakeys ÷ aa |"
echo "| --- | ---: | ---: | ---: |"
awk '
{
	pass = $1; name = $2; sub(/-[0-9]+$/, "", name)
	side = name; sub(/.*\//, "", side); sub(/\/[^\/]*$/, "", name)
	ns = ""; al = ""
	for (f = 4; f < NF; f++) {
		if ($(f + 1) == "ns/op" && ns == "") ns = $f
		if ($(f + 1) == "cpu-ns/op") ns = $f
		if ($(f + 1) == "allocs/op") al = $f
	}
	k = name SUBSEP side; n[k]++; v[k, n[k]] = ns; allocs[k] = al; names[name] = 1
	t[name, side, pass] = ns; passes[name, pass] = 1
}
function median(arr, key, m,   i, j, x, a) {
	for (i = 1; i <= m; i++) a[i] = arr[key, i]
	for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x }
	return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
END {
	for (name in names) {
		m = 0
		for (p = 1; (name, p) in passes; p++) { m++; r[name, m] = t[name, "soniakeys", p] / t[name, "aa", p] }
		a = median(v, name SUBSEP "aa", n[name SUBSEP "aa"]); s = median(v, name SUBSEP "soniakeys", n[name SUBSEP "soniakeys"])
		printf "| %s | %.1f (%s) | %.1f (%s) | %.2f |\n", name, a, allocs[name SUBSEP "aa"], s, allocs[name SUBSEP "soniakeys"], median(r, name, m)
	}
}' "$tmp/out" | sed 's/_/ /g' | sort

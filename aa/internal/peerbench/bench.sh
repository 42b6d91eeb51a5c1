#!/bin/sh
# Runs the paired aa / soniakeys/meeus v3.0.1 benchmarks of this module
# (both sides on the same 1024 inputs, one after the other, COUNT passes)
# and prints a Markdown table of the medians with the machine and its load.
# Usage: aa/internal/peerbench/bench.sh   (COUNT=5 by default)
set -eu
cd "$(dirname "$0")"
COUNT=${COUNT:-5}
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //' || true)
echo "machine: $(uname -sm), $(nproc) CPUs ${cpu:+($cpu)}, $(go version | cut -d' ' -f3)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
go test -run 'TestPairs' . >/dev/null
echo "| routine | aa ns/op (allocs) | soniakeys ns/op (allocs) | soniakeys ÷ aa |"
echo "| --- | ---: | ---: | ---: |"
go test -run '^$' -bench . -benchtime 100000x -count "$COUNT" . | awk '
/^BenchmarkPair\// {
	name = $1; sub(/^BenchmarkPair\//, "", name); sub(/-[0-9]+$/, "", name)
	side = name; sub(/.*\//, "", side); sub(/\/[^\/]*$/, "", name)
	k = name SUBSEP side; n[k]++; v[k, n[k]] = $3; allocs[k] = $7; names[name] = 1
}
function median(k,   i, j, t, m) {
	m = n[k]
	for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[k, j] < v[k, i]) { t = v[k, i]; v[k, i] = v[k, j]; v[k, j] = t }
	return m % 2 ? v[k, (m + 1) / 2] : (v[k, m / 2] + v[k, m / 2 + 1]) / 2
}
END {
	for (name in names) {
		a = median(name SUBSEP "aa"); s = median(name SUBSEP "soniakeys"); label = name; gsub(/_/, " ", label)
		printf "| %s | %.1f (%s) | %.1f (%s) | %.2f |\n", label, a, allocs[name SUBSEP "aa"], s, allocs[name SUBSEP "soniakeys"], s / a
	}
}' | sort
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"

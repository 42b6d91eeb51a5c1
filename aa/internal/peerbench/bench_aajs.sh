#!/bin/sh
# Times aa-js 4.2.4 on Node against package aa's own benchmarks, row by row
# (bench_aajs.js names, for each aa-js timing, the aa benchmark it matches),
# and prints a Markdown table with the machine and its load.
# It installs aa-js 4.2.4 from the npm registry into a scratch folder under
# /tmp, removed at exit; it needs node and npm. Passes are interleaved: in
# each of COUNT passes the aa benchmarks run, then the aa-js loops; the table
# gives per row the median over the passes of each side (wall clock, ns per
# call, on both sides).
# Usage: aa/internal/peerbench/bench_aajs.sh   (COUNT=3 by default)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
COUNT=${COUNT:-3}
tmp=$(mktemp -d /tmp/aajs-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund aa-js@4.2.4 >/dev/null)
(cd "$here/../.." && go test -c -o "$tmp/aa.test" .)
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //' || true)
echo "machine: $(uname -sm), $(nproc) CPUs${cpu:+ ($cpu)}, $(go version | cut -d' ' -f3), node $(node --version), aa-js $(node -p "require('$tmp/node_modules/aa-js/package.json').version")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
keys=$(sed -n "s/^bench('\([^']*\)'.*/\1/p" "$here/bench_aajs.js")
flat=$(echo "$keys" | grep -v / | paste -sd'|' -)
sub=$(echo "$keys" | grep / | sed 's|/.*||' | sort -u | paste -sd'|' -)
pass=1
while [ "$pass" -le "$COUNT" ]; do
	(cd "$here/../.." && "$tmp/aa.test" -test.run '^$' -test.bench "^Benchmark($flat)\$" -test.benchtime 20000x -test.count 1 &&
		"$tmp/aa.test" -test.run '^$' -test.bench "^Benchmark($sub)\$/^truncated\$" -test.benchtime 20000x -test.count 1) |
		awk -v p="$pass" '/^Benchmark/ { n = $1; sub(/^Benchmark/, "", n); sub(/-[0-9]+$/, "", n); print p "\taa\t" n "\t" $3 "\t" $7 }' >>"$tmp/out"
	(cd "$tmp" && node "$here/bench_aajs.js") | awk -v p="$pass" -F'\t' '{ print p "\taajs\t" $1 "\t" $2 }' >>"$tmp/out"
	pass=$((pass + 1))
done
echo "passes: $COUNT; load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
echo
echo "| aa benchmark | aa ns/call (allocs) | aa-js 4.2.4 ns/call | aa-js ÷ aa |"
echo "| --- | ---: | ---: | ---: |"
awk -F'\t' -v keys="$keys" '
{ k = $3 SUBSEP $2; n[k]++; v[k, n[k]] = $4; if ($2 == "aa") al[$3] = $5 }
function median(k,   i, j, x, m, w) {
	m = n[k]; if (!m) return 0
	for (i = 1; i <= m; i++) w[i] = v[k, i]
	for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (w[j] < w[i]) { x = w[i]; w[i] = w[j]; w[j] = x }
	return m % 2 ? w[(m + 1) / 2] : (w[m / 2] + w[m / 2 + 1]) / 2
}
END {
	nk = split(keys, ks, "\n")
	for (r = 1; r <= nk; r++) {
		ta = median(ks[r] SUBSEP "aa"); tj = median(ks[r] SUBSEP "aajs")
		# parenthesised: a bare > in a printf argument list redirects the output
		printf "| %s | %.0f (%s) | %.0f | %s |\n", ks[r], ta, al[ks[r]], tj, (ta > 0 ? sprintf("%.1f", tj / ta) : "–")
	}
}' "$tmp/out"

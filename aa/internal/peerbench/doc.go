// Package peerbench compares package aa with soniakeys/meeus v3.0.1 on the
// same inputs: paired benchmarks (BenchmarkPair/<routine>/{aa,soniakeys})
// and a test that each pair computes the same quantity. It is a separate
// module so that the library never depends on soniakeys; run it with
// ./bench.sh (see README.md).
package peerbench

//go:build !linux

package peerbench

// threadCPU is not available outside Linux: the benchmarks then report
// wall-clock time only.
func threadCPU() (int64, bool) { return 0, false }

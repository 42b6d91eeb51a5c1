package peerbench

import (
	"syscall"
	"unsafe"
)

// threadCPU returns the CPU time consumed so far by the calling OS thread, in
// nanoseconds (clock_gettime(CLOCK_THREAD_CPUTIME_ID), the scheduler's own
// count), so that the benchmarks can report the time spent computing apart
// from the time the thread waited for a CPU on a shared machine. The caller
// must hold runtime.LockOSThread.
func threadCPU() (int64, bool) {
	const clockThreadCPUTimeID = 3
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0, false
	}
	return ts.Nano(), true
}

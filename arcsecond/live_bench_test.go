//go:build unix

package arcsecond_test

import (
	"context"
	"iter"
	"syscall"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// BenchmarkLiveDecodeFilter measures Live end to end on loopback: the
// arcsecondtest firehose writes activity frames (half bare, half DCRF
// envelopes) as fast as the client reads, decodes, de-duplicates and
// filters them (organisation and cone). events/s is wall-clock throughput;
// events/cpu-s divides by the CPU time of the whole process (server
// included), which does not depend on how busy the machine is.
func BenchmarkLiveDecodeFilter(b *testing.B) {
	s, c := liveServer(b)
	s.LiveFirehose(-1)
	f := &arcsecond.ActivityFilter{Organisation: arcsecondtest.SeedOrganisation, Cone: &arcsecond.Cone{Center: aa.Equatorial{}, Radius: aa.Deg(180)}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	next, stop := iter.Pull2(c.Activities.Live(ctx, f, &arcsecond.LiveOptions{Since: 1}))
	defer stop()
	if _, err, ok := next(); err != nil || !ok {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	start := time.Now()
	for b.Loop() {
		if a, err, ok := next(); err != nil || !ok || a.ID == 0 {
			b.Fatal(a, err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "events/s")
	b.ReportMetric(float64(b.N)/(cpuTime()-cpu0).Seconds(), "events/cpu-s")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

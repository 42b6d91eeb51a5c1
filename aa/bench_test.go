package aa

import (
	"testing"
	"time"
)

// Benchmarks of the routines listed in the package documentation. Each must
// report 0 allocs/op.

var (
	sinkJD    JD
	sinkAngle Angle
	sinkEq    Equatorial
	sinkRTS   RiseTransitSetTimes
	sinkErr   error
)

func BenchmarkJDFromGregorian(b *testing.B) {
	b.ReportAllocs()
	d := 4.81
	for b.Loop() {
		sinkJD, sinkErr = JDFromGregorian(1957, 10, d)
	}
}

func BenchmarkMeanSidereal(b *testing.B) {
	b.ReportAllocs()
	jd := UT(2446896.30625)
	for b.Loop() {
		sinkAngle = MeanSidereal(jd)
	}
}

func BenchmarkApparentSidereal(b *testing.B) {
	b.ReportAllocs()
	jd := UT(2446896.30625)
	for b.Loop() {
		sinkAngle = ApparentSidereal(jd)
	}
}

func BenchmarkNutation(b *testing.B) {
	b.ReportAllocs()
	jde := TT(2446895.5)
	for b.Loop() {
		dpsi, deps := Nutation(jde)
		sinkAngle = dpsi + deps
	}
}

func BenchmarkApparentPlace(b *testing.B) {
	b.ReportAllocs()
	d, _ := JDFromGregorian(2028, 11, 13.19)
	jde := TT(d)
	for b.Loop() {
		sinkEq = ApparentPlace(thetaPersei, jde)
	}
}

func BenchmarkRiseTransitSet(b *testing.B) {
	b.ReportAllocs()
	d, _ := JDFromGregorian(1988, 3, 20)
	date := UT(d)
	for b.Loop() {
		sinkRTS = RiseTransitSet(venus15a[1], boston, date, StdAltitudeStar)
	}
}

func BenchmarkRiseTransitSetApprox(b *testing.B) {
	b.ReportAllocs()
	d, _ := JDFromGregorian(1988, 3, 20)
	date := UT(d)
	for b.Loop() {
		sinkRTS = RiseTransitSetApprox(venus15a[1], boston, date, StdAltitudeStar)
	}
}

func BenchmarkRiseTransitSetMoving(b *testing.B) {
	b.ReportAllocs()
	d, _ := JDFromGregorian(1988, 3, 20)
	date := UT(d)
	for b.Loop() {
		sinkRTS = RiseTransitSetMoving(venus15a, boston, date, StdAltitudeStar, 56)
	}
}

// The scale conversions are meant to be cheap enough to call per instant:
// a ΔT table lookup (UT.TT), its inversion (TT.UT), leap seconds (TTFromTime).
func BenchmarkTimeScales(b *testing.B) {
	var sinkTT TT
	var sinkUT UT
	t0 := time.Date(2026, 12, 5, 6, 0, 0, 0, time.UTC)
	b.Run("UT.TT", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkTT = (UT(2461379.5) + UT(i&1023)/1024).TT()
		}
	})
	b.Run("TT.UT", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkUT = (TT(2461379.5) + TT(i&1023)/1024).UT()
		}
	})
	b.Run("TTFromTime", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkTT = TTFromTime(t0.Add(time.Duration(i&1023) * time.Minute))
		}
	})
	b.Run("UTFromTime", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkUT = UTFromTime(t0.Add(time.Duration(i&1023) * time.Minute))
		}
	})
	_, _ = sinkTT, sinkUT
}

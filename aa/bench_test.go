package aa

import "testing"

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
	jd := JD(2446896.30625)
	for b.Loop() {
		sinkAngle = MeanSidereal(jd)
	}
}

func BenchmarkApparentSidereal(b *testing.B) {
	b.ReportAllocs()
	jd := JD(2446896.30625)
	for b.Loop() {
		sinkAngle = ApparentSidereal(jd)
	}
}

func BenchmarkNutation(b *testing.B) {
	b.ReportAllocs()
	jd := JD(2446895.5)
	for b.Loop() {
		dpsi, deps := Nutation(jd)
		sinkAngle = dpsi + deps
	}
}

func BenchmarkApparentPlace(b *testing.B) {
	b.ReportAllocs()
	jde, _ := JDFromGregorian(2028, 11, 13.19)
	for b.Loop() {
		sinkEq = ApparentPlace(thetaPersei, jde)
	}
}

func BenchmarkRiseTransitSet(b *testing.B) {
	b.ReportAllocs()
	date, _ := JDFromGregorian(1988, 3, 20)
	for b.Loop() {
		sinkRTS = RiseTransitSet(venus15a[1], boston, date, StdAltitudeStar)
	}
}

func BenchmarkRiseTransitSetApprox(b *testing.B) {
	b.ReportAllocs()
	date, _ := JDFromGregorian(1988, 3, 20)
	for b.Loop() {
		sinkRTS = RiseTransitSetApprox(venus15a[1], boston, date, StdAltitudeStar)
	}
}

func BenchmarkRiseTransitSetMoving(b *testing.B) {
	b.ReportAllocs()
	date, _ := JDFromGregorian(1988, 3, 20)
	for b.Loop() {
		sinkRTS = RiseTransitSetMoving(venus15a, boston, date, StdAltitudeStar, 56)
	}
}

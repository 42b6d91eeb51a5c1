package aa

import (
	"fmt"
	"math"
	"testing"
)

func TestDeltaTContinuity(t *testing.T) {
	// No jump larger than 0.2 s from one day to the next, 1600..2200.
	prev := DeltaT(2305447.5)
	for jd := JD(2305448.5); jd < 2524593.5; jd++ {
		v := DeltaT(jd)
		if math.Abs(v-prev) > 0.2 {
			y, m, d := jd.Gregorian()
			t.Fatalf("ΔT jumps %.3f s at %d-%02d-%02.0f", v-prev, y, m, d)
		}
		prev = v
	}
}

func TestDeltaTValues(t *testing.T) {
	for _, c := range []struct {
		y, m int
		want float64
		tol  float64
	}{
		{1990, 1, 56.8553, 1e-4}, {2000, 1, 63.8285, 1e-3}, {2016, 1, 68.1024, 1e-4},
		{2026, 1, 69.1099, 1e-4}, {1900, 1, -2.79, 0.01}, {1800, 1, 13.72, 0.01},
		{1620, 1, 120 - 0.9808*20 - 0.01532*400 + 8000.0/7129, 0.01},
	} {
		jd, _ := JDFromGregorian(c.y, c.m, 1)
		approx(t, fmt.Sprintf("ΔT(%d-%02d)", c.y, c.m), DeltaT(jd), c.want, c.tol)
	}
	// Far future: the long-term parabola.
	jd, _ := JDFromGregorian(3000, 1, 1)
	u := (julianYear(jd) - 1820) / 100
	approx(t, "ΔT(3000)", DeltaT(jd), -20+32*u*u, 1e-9)
}

func TestTimeScales(t *testing.T) {
	// 2017-01-01 and after: TT − UTC = 37 + 32.184 s.
	utc, _ := JDFromGregorian(2024, 3, 1)
	approx(t, "TT−UTC 2024", float64(TTFromUTC(utc).JD()-utc)*86400, 69.184, 1e-4)
	approx(t, "TT.UTC", float64(TTFromUTC(utc).UTC()), float64(utc), 1e-9)
	// 1972-01-01: 10 s; 1968-02-01 rubber seconds: 4.2131700 + (MJD−39126)·0.002592.
	j72, _ := JDFromGregorian(1972, 1, 1)
	if s, ok := TAIMinusUTC(j72); !ok || s != 10 {
		t.Errorf("TAI−UTC 1972 = %v %v", s, ok)
	}
	j68, _ := JDFromGregorian(1968, 6, 1)
	s, _ := TAIMinusUTC(j68)
	approx(t, "TAI−UTC 1968-06-01", s, 4.21317+(float64(j68-MJDEpoch)-39126)*0.002592, 1e-9)
	if _, ok := TAIMinusUTC(2400000.5); ok {
		t.Error("TAI−UTC defined in 1858")
	}
	approx(t, "TAI round trip", float64(TTFromTAI(TT(2451545).TAI())), 2451545, 1e-9)
	approx(t, "UT1 round trip", float64(TT(2451545).UT().TT()), 2451545, 1e-9)
	approx(t, "UT1−UTC 2024", UT1MinusUTC(utc), 69.184-DeltaT(utc), 1e-9)
	if d := UT1MinusUTC(utc); math.Abs(d) > 0.9 {
		t.Errorf("UT1−UTC = %v", d)
	}
	// Before 1961, UTC is taken as UT1.
	j1900, _ := JDFromGregorian(1900, 1, 1)
	approx(t, "TTFromUTC 1900", float64(TTFromUTC(j1900).JD()-j1900)*86400, DeltaT(j1900), 1e-4)
}

func TestDeltaTNaNAndInfinities(t *testing.T) {
	if v := DeltaT(JD(math.NaN())); !math.IsNaN(v) {
		t.Errorf("DeltaT(NaN) = %v, want NaN", v)
	}
	for _, jd := range []JD{JD(math.Inf(1)), JD(math.Inf(-1))} {
		_ = DeltaT(jd) // must not panic
	}
}

// After the observed table ΔT starts at the table's own recent rate and
// joins the long-term polynomial without a step in value or rate, so that
// TT − UTC barely moves where the leap-second table ends (2027-07-01), UTC
// then being taken as UT1; the linear fade it replaced started at the
// polynomial's 0.6 s a year and left a 0.54 s step there.
func TestDeltaTAfterTheTable(t *testing.T) {
	tab := deltaTObserved[:]
	last, ref := tab[len(tab)-1], tab[len(tab)-9]
	rate := (last.v - ref.v) / (julianYear(last.jd) - julianYear(ref.jd)) // s per year
	const day = 1 / 365.25
	slope := func(jd JD) float64 { return (DeltaT(jd+1) - DeltaT(jd-1)) / (2 * day) }
	approx(t, "ΔT at the end of the table", DeltaT(last.jd), last.v, 1e-12)
	approx(t, "ΔT rate after the table", (DeltaT(last.jd+10)-DeltaT(last.jd))/(10*day), rate, 0.01)
	join := last.jd + JD(100*365.25)
	approx(t, "ΔT at the join", DeltaT(join-1e-6), deltaTPoly(julianYear(join)), 1e-6)
	approx(t, "ΔT rate at the join", slope(join-2), (deltaTPoly(julianYear(join)+day)-deltaTPoly(julianYear(join)-day))/(2*day), 0.01)
	end := leapSecondsValidUntil
	step := float64(TTFromUTC(end).JD()-end)*secondsPerDay - float64(TTFromUTC(end-1e-5).JD()-(end-1e-5))*secondsPerDay
	if math.Abs(step) > 0.2 {
		t.Errorf("TT − UTC steps by %.3f s at the end of the leap-second table", step)
	}
}

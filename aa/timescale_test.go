package aa

import (
	"fmt"
	"math"
	"testing"
	"time"
)

// halfULPSeconds is half the spacing of float64 values at d, in seconds:
// the rounding error of one addition to a Julian day (about 20 µs today).
func halfULPSeconds[D day](d D) float64 {
	x := float64(d)
	return (math.Nextafter(x, math.Inf(1)) - x) / 2 * secondsPerDay
}

// utcJD is the Julian day of a UTC clock reading.
func utcJD(y int, mo time.Month, d, h, mi, s int) JD {
	return JDFromTime(time.Date(y, mo, d, h, mi, s, 0, time.UTC))
}

// TT − UTC in the leap-second era is TAI − UTC (tai-utc.dat) + 32.184 s,
// exactly but for the rounding of the sum to a float64 Julian day.
func TestTTFromUTCLeapSecondEra(t *testing.T) {
	mjd := func(jd JD) float64 { return float64(jd - MJDEpoch) }
	j68 := utcJD(1968, 6, 1, 0, 0, 0)
	j71 := utcJD(1971, 12, 31, 23, 59, 59)
	for _, c := range []struct {
		utc  JD
		want float64 // TT − UTC, seconds
	}{
		{utcJD(2017, 1, 1, 0, 0, 0), 69.184},
		{utcJD(2016, 12, 31, 23, 59, 59), 68.184},
		{utcJD(2026, 6, 1, 12, 0, 0), 69.184},
		{utcJD(2027, 6, 30, 23, 59, 59), 69.184}, // last second of the announced period
		{utcJD(1999, 1, 1, 0, 0, 0), 32 + 32.184},
		{utcJD(1998, 12, 31, 23, 59, 59), 31 + 32.184},
		{utcJD(1972, 7, 1, 0, 0, 0), 11 + 32.184},
		{utcJD(1972, 1, 1, 0, 0, 0), 10 + 32.184},
		// Rubber seconds: TAI − UTC = 4.2131700 + (MJD − 39126)·0.002592 s.
		{j71, 4.21317 + (mjd(j71)-39126)*0.002592 + 32.184},
		{j68, 4.21317 + (mjd(j68)-39126)*0.002592 + 32.184},
		{utcJD(1961, 1, 1, 0, 0, 0), 1.422818 + 32.184}, // first line of the table
	} {
		name := c.utc.Time().Format(time.DateTime)
		tt := TTFromUTC(c.utc)
		approx(t, "TT−UTC "+name, float64(tt.JD()-c.utc)*secondsPerDay, c.want, halfULPSeconds(tt)+1e-9)
		if s, ok := TAIMinusUTC(c.utc); !ok {
			t.Errorf("%s: TAI−UTC not defined", name)
		} else {
			approx(t, "TAI−UTC "+name, float64(tt.TAI()-c.utc)*secondsPerDay, s, halfULPSeconds(tt)*3)
		}
		// The inverse gives back the same Julian day, to less than 1 µs.
		approx(t, "TT.UTC "+name, float64(tt.UTC()-c.utc)*secondsPerDay, 0, 1e-6)
	}
}

// Outside the leap-second era (before 1961, after the period the IERS has
// announced), UTC is taken as UT1: TTFromUTC adds ΔT.
func TestTTFromUTCOutsideLeapSecondEra(t *testing.T) {
	for _, utc := range []JD{
		utcJD(-500, 3, 1, 6, 0, 0), utcJD(1800, 1, 1, 0, 0, 0), utcJD(1900, 1, 1, 0, 0, 0),
		utcJD(1960, 12, 31, 23, 59, 59), utcJD(2027, 7, 1, 0, 0, 0), utcJD(2100, 1, 1, 0, 0, 0),
		utcJD(6000, 1, 1, 0, 0, 0),
	} {
		name := fmt.Sprintf("JD %.5f", float64(utc))
		if _, ok := TAIMinusUTC(utc); ok {
			t.Fatalf("%s: TAI−UTC defined", name)
		}
		if got, want := TTFromUTC(utc), UT(utc).TT(); got != want {
			t.Errorf("%s: TTFromUTC = %v, UT.TT = %v", name, got, want)
		}
		tt := TTFromUTC(utc)
		approx(t, "TT−UTC = ΔT "+name, float64(tt.JD()-utc)*secondsPerDay, DeltaT(utc), halfULPSeconds(tt)+1e-9)
		if u := UTFromUTC(utc); u != UT(utc) || UT1MinusUTC(utc) != 0 {
			t.Errorf("%s: UTFromUTC = %v, UT1−UTC = %v; want UTC taken as UT1", name, u, UT1MinusUTC(utc))
		}
		approx(t, "TT.UTC "+name, float64(tt.UTC()-utc)*secondsPerDay, 0, 1e-6)
	}
}

// UTC → TT → UTC and UTC → UT1 → UTC give back the Julian day to less than
// 1 µs every 0.37 day from 1955 to 2032 (across the rubber seconds, every
// leap second and both ends of the table) and far outside the era.
func TestUTCRoundTrips(t *testing.T) {
	check := func(utc JD) {
		t.Helper()
		if d := float64(TTFromUTC(utc).UTC()-utc) * secondsPerDay; !(math.Abs(d) < 1e-6) {
			t.Fatalf("JD %.6f: TTFromUTC(·).UTC() off by %g s", float64(utc), d)
		}
		if d := float64(UTFromUTC(utc).UTC()-utc) * secondsPerDay; !(math.Abs(d) < 1e-6) {
			t.Fatalf("JD %.6f: UTFromUTC(·).UTC() off by %g s", float64(utc), d)
		}
	}
	for utc := utcJD(1955, 1, 1, 0, 0, 0); utc < utcJD(2032, 1, 1, 0, 0, 0); utc += 0.3713 {
		check(utc)
	}
	for y := -7900; y <= 11900; y += 37 {
		check(JDFromYear(Year(y) + 0.3))
	}
}

// Inside a leap second (23:59:60 UTC), which a Julian day cannot write,
// TT.UTC gives the instant 1 s later, as documented.
func TestTTUTCDuringLeapSecond(t *testing.T) {
	for _, c := range []struct {
		after JD      // 0h UTC after the leap second
		tt    float64 // TT − UTC after it, seconds
	}{
		{utcJD(2017, 1, 1, 0, 0, 0), 69.184},
		{utcJD(1972, 7, 1, 0, 0, 0), 43.184},
	} {
		// 23:59:60.5 UTC is 0.5 s before 0h in TAI and TT.
		tt := TT(c.after) + TT((c.tt-0.5)/secondsPerDay)
		approx(t, "TT.UTC in the leap second "+c.after.Time().Format(time.DateOnly),
			float64(tt.UTC()-c.after)*secondsPerDay, 0.5, 2*halfULPSeconds(tt)+1e-9)
	}
}

// TAI = TT − 32.184 s, both ways.
func TestTTFromTAI(t *testing.T) {
	for _, jd := range []JD{-1e6, 0, 2400000.5, 2451545, 2460800.25, 5e6} {
		tt := TTFromTAI(jd)
		approx(t, fmt.Sprint("TT−TAI at ", jd), float64(tt.JD()-jd)*secondsPerDay, 32.184, halfULPSeconds(tt)+1e-9)
		approx(t, fmt.Sprint("TAI round trip at ", jd), float64(tt.TAI()-jd)*secondsPerDay, 0, 1e-6)
		back := TT(jd).TAI()
		approx(t, fmt.Sprint("TT.TAI at ", jd), float64(TT(jd).JD()-back)*secondsPerDay, 32.184, halfULPSeconds(jd)+1e-9)
		approx(t, fmt.Sprint("TTFromTAI(TT.TAI) at ", jd), float64(TTFromTAI(back)-TT(jd))*secondsPerDay, 0, 1e-6)
	}
}

// UT1 → TT adds ΔT (Meeus p. 77); TT → UT1 subtracts the ΔT of the result,
// and the two are inverse to less than 1 µs over the whole ephemeris span.
func TestUTAndTT(t *testing.T) {
	for _, c := range []struct {
		y, m int
		dt   float64 // ΔT, seconds (the table of TestDeltaTValues)
		tol  float64
	}{
		{1990, 1, 56.8553, 1e-4}, {2000, 1, 63.8285, 1e-3}, {2016, 1, 68.1024, 1e-4}, {2026, 1, 69.1099, 1e-4},
		{1900, 1, -2.79, 0.01}, {1800, 1, 13.72, 0.01},
	} {
		jd, _ := JDFromGregorian(c.y, c.m, 1)
		u := UT(jd)
		name := fmt.Sprintf("%d-%02d", c.y, c.m)
		approx(t, "UT.TT − UT "+name, float64(u.TT().JD()-jd)*secondsPerDay, c.dt, c.tol)
		approx(t, "TT − TT.UT "+name, float64(TT(jd).JD()-TT(jd).UT().JD())*secondsPerDay, c.dt, c.tol)
	}
	for x := float64(EphemerisFirst) + 10; x < float64(EphemerisLast); x += 997.3 {
		tt := TT(x)
		u := tt.UT()
		if d := float64(u.TT()-tt) * secondsPerDay; !(math.Abs(d) < 1e-6) {
			t.Fatalf("JD %.4f: TT.UT().TT() off by %g s", x, d)
		}
		// t.UT() is the fixed point t − ΔT(UT).
		approx(t, fmt.Sprint("ΔT at the UT of ", x), float64(tt.JD()-u.JD())*secondsPerDay, DeltaT(u.JD()), 2*halfULPSeconds(tt)+1e-9)
		if d := float64(UT(x).TT().UT()-UT(x)) * secondsPerDay; !(math.Abs(d) < 1e-6) {
			t.Fatalf("JD %.4f: UT.TT().UT() off by %g s", x, d)
		}
	}
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), float64(EphemerisLast) + 1, float64(EphemerisFirst) - 1} {
		if v := UT(x).TT(); !math.IsNaN(float64(v)) {
			t.Errorf("UT(%v).TT() = %v, want NaN", x, v)
		}
		if v := TT(x).UT(); !math.IsNaN(float64(v)) {
			t.Errorf("TT(%v).UT() = %v, want NaN", x, v)
		}
	}
}

// UT1 − UTC is what UTFromUTC adds, and stays under 0.9 s wherever the
// observed ΔT table and the leap-second table overlap (1973-02 to 2026-10),
// as the IERS keeps it.
func TestUTFromUTC(t *testing.T) {
	first, last := deltaTObserved[0].jd, deltaTObserved[len(deltaTObserved)-1].jd
	for utc := first; utc <= last; utc += 10.25 {
		d := UT1MinusUTC(utc)
		if !(math.Abs(d) < 0.9) {
			t.Errorf("%s: UT1−UTC = %.3f s", utc.Time().Format(time.DateOnly), d)
		}
		u := UTFromUTC(utc)
		approx(t, "UTFromUTC − UTC "+utc.Time().Format(time.DateOnly), float64(u.JD()-utc)*secondsPerDay, d, halfULPSeconds(u)+1e-9)
		// ΔT = (TT − UTC) − (UT1 − UTC).
		approx(t, "ΔT from the two tables "+utc.Time().Format(time.DateOnly), float64(TTFromUTC(utc)-u.TT())*secondsPerDay, 0, 4*halfULPSeconds(u))
	}
}

// time.Time ↔ TT and UT: the instant keeps its meaning. The round trips are
// limited by the float64 Julian day (half a spacing, 20 µs today) and the
// rounding of Time to the microsecond.
func TestTimeTTAndUT(t *testing.T) {
	// J2000.0 = 2000 January 1, 12h TT = 11:58:55.816 UTC (TT − UTC = 64.184 s).
	j2000 := time.Date(2000, 1, 1, 11, 58, 55, 816000000, time.UTC)
	if d := J2000.Time().Sub(j2000); d.Abs() > 21*time.Microsecond {
		t.Errorf("J2000.Time() = %v, want %v", J2000.Time(), j2000)
	}
	approx(t, "TTFromTime(J2000 in UTC) − J2000 (s)", float64(TTFromTime(j2000)-J2000)*secondsPerDay, 0, 2*halfULPSeconds(J2000))
	leap := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)
	approx(t, "TT − UTC at 2017-01-01", float64(TTFromTime(leap).JD()-JDFromTime(leap))*secondsPerDay, 69.184, halfULPSeconds(JDFromTime(leap))+1e-9)
	approx(t, "UT1 − UTC at 2017-01-01", float64(UTFromTime(leap).JD()-JDFromTime(leap))*secondsPerDay, UT1MinusUTC(JDFromTime(leap)), halfULPSeconds(JDFromTime(leap))+1e-9)
	if got, want := TTFromTime(leap), TTFromUTC(JDFromTime(leap)); got != want {
		t.Errorf("TTFromTime = %v, TTFromUTC(JDFromTime) = %v", got, want)
	}
	if got, want := UTFromTime(leap), UTFromUTC(JDFromTime(leap)); got != want {
		t.Errorf("UTFromTime = %v, UTFromUTC(JDFromTime) = %v", got, want)
	}
	// The UT of an instant printed with UT.Time is its UTC reading, not the
	// UT1 reading printed by u.JD().Time().
	u := UTFromTime(leap)
	if d := u.Time().Sub(leap); d.Abs() > 21*time.Microsecond {
		t.Errorf("UT.Time() = %v, want %v", u.Time(), leap)
	}
	step := 8*time.Hour + 54*time.Minute + 13*time.Second + 123457*time.Microsecond
	check := func(tm time.Time) {
		t.Helper()
		if d := TTFromTime(tm).Time().Sub(tm); d.Abs() > 21*time.Microsecond {
			t.Fatalf("%v: TTFromTime(·).Time() off by %v", tm, d)
		}
		if d := UTFromTime(tm).Time().Sub(tm); d.Abs() > 21*time.Microsecond {
			t.Fatalf("%v: UTFromTime(·).Time() off by %v", tm, d)
		}
	}
	for tm := time.Date(1955, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() < 2032; tm = tm.Add(step) {
		check(tm)
	}
	for y := -4000; y <= 9000; y += 97 {
		check(time.Date(y, 5, 17, 7, 31, 12, 345678000, time.UTC))
	}
}

// T and τ, Meeus eq. 12.1 and 32.1: Example 12.a (1987 April 10, 0h UT) and
// Example 22.a (the same instant in TT), T = −0.127296372348.
func TestCenturies(t *testing.T) {
	const T = -0.127296372348
	approx(t, "UT.Centuries", UT(2446895.5).Centuries(), T, 1e-12)
	approx(t, "TT.Centuries", TT(2446895.5).Centuries(), T, 1e-12)
	approx(t, "TT.Millennia", TT(2446895.5).Millennia(), T/10, 1e-13)
	approx(t, "TTFromCenturies", float64(TTFromCenturies(T)), 2446895.5, 1e-6)
	if TTFromCenturies(0) != J2000 || TTFromCenturies(1) != J2000+36525 || TTFromCenturies(-1) != J1900 {
		t.Errorf("TTFromCenturies(0, ±1) = %v %v %v", TTFromCenturies(0), TTFromCenturies(1), TTFromCenturies(-1))
	}
	for x := float64(EphemerisFirst); x <= float64(EphemerisLast); x += 12345.678 {
		approx(t, fmt.Sprint("TTFromCenturies(Centuries) at ", x), float64(TTFromCenturies(TT(x).Centuries())), x, 1e-6)
		// The span-checked helpers agree inside the span.
		if centuries(TT(x)) != TT(x).Centuries() || millennia(TT(x)) != TT(x).Millennia() || centuries(UT(x)) != UT(x).Centuries() ||
			daysInSpan(JD(x)) != x-float64(J2000) {
			t.Errorf("helpers at %v", x)
		}
	}
	for _, x := range []float64{math.NaN(), float64(EphemerisLast) + 1, float64(EphemerisFirst) - 1, math.Inf(1)} {
		if !math.IsNaN(centuries(TT(x))) || !math.IsNaN(millennia(UT(x))) || !math.IsNaN(daysInSpan(JD(x))) || inSpan(TT(x)) {
			t.Errorf("helpers at %v: not NaN outside the span", x)
		}
	}
	if !inSpan(EphemerisFirst) || !inSpan(UT(EphemerisLast)) {
		t.Error("span ends excluded")
	}
}

// UT.Midnight is 0h UT1 of the day containing u, negative Julian days too.
func TestUTMidnight(t *testing.T) {
	for _, c := range []struct{ u, want UT }{
		{2451545.2, 2451544.5}, {2451545.7, 2451545.5}, {2451545.5, 2451545.5}, {2451545.4999, 2451544.5},
		{-0.2, -0.5}, {-0.7, -1.5}, {0, -0.5},
	} {
		if got := c.u.Midnight(); got != c.want {
			t.Errorf("UT(%v).Midnight() = %v, want %v", c.u, got, c.want)
		}
	}
}

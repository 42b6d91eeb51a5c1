package aa

import (
	"errors"
	"math"
	"testing"
)

// The ephemeris span is where the series stay physical: radius vectors
// within their ranges at every 250 years from −8000 to +12000, and NaN or
// ErrYear/ErrTime just outside.
func TestEphemerisSpanPhysical(t *testing.T) {
	for y := -8000.0; y <= 12000; y += 250 {
		j := JulianEpoch(y)
		for _, c := range []struct {
			p      Planet
			lo, hi float64
		}{{Mercury, 0.30, 0.47}, {earthPlanet, 0.97, 1.03}, {Jupiter, 4.85, 5.55}, {Saturn, 8.6, 10.4}, {Neptune, 29.7, 30.4}} {
			for _, p := range []Planet{c.p, c.p.Full()} {
				if _, r := p.Heliocentric(j); !(r >= c.lo && r <= c.hi) {
					t.Errorf("%v year %v: r = %v", p, y, r)
				}
			}
		}
		if d := Moon.Geocentric(j).DistanceKilometres; !(d > 356000 && d < 407000) {
			t.Errorf("Moon year %v: %v km", y, d)
		}
	}
	for _, y := range []Year{-7990, 11990} {
		if _, r, err := Earth.Perihelion(y); err != nil || !(r > 0.97 && r < 0.99) {
			t.Errorf("Earth.Perihelion(%v) = %v, %v", y, r, err)
		}
	}
	for _, y := range []float64{-8001, 12001, 1e6, 1e9, 1e12, math.Inf(1), math.NaN()} {
		if _, r, err := Earth.Perihelion(Year(y)); !errors.Is(err, ErrYear) {
			t.Errorf("Earth.Perihelion(%v) = %v, %v; want ErrYear", y, r, err)
		}
		if _, _, err := Mercury.Aphelion(Year(y)); !errors.Is(err, ErrYear) {
			t.Errorf("Mercury.Aphelion(%v): %v; want ErrYear", y, err)
		}
		if _, err := MoonPhase(Year(y), NewMoon); !errors.Is(err, ErrYear) {
			t.Errorf("MoonPhase(%v): %v; want ErrYear", y, err)
		}
		j := JulianEpoch(y)
		if _, r := Earth.Heliocentric(j); !math.IsNaN(r) {
			t.Errorf("Earth.Heliocentric(%v) = %v, want NaN", j, r)
		}
		if _, err := Sun.RiseTransitSet(Geographic{}, UT(j)); !errors.Is(err, ErrTime) {
			t.Errorf("Sun.RiseTransitSet(%v): %v; want ErrTime", j, err)
		}
	}
}

func TestGoldenSectionMinTerminates(t *testing.T) {
	f := func(x float64) float64 { return (x - 1e17) * (x - 1e17) }
	if x := GoldenSectionMin(f, 1e17-3, 1e17+2, 1e-5); x != 1e17 && math.Abs(x-1e17) > 32 {
		t.Errorf("GoldenSectionMin near 1e17 = %v", x)
	}
	if x := GoldenSectionMin(math.Cos, 2, 4, 0); math.Abs(x-math.Pi) > 1e-7 {
		t.Errorf("tol 0: %v", x)
	}
	for _, tol := range []float64{-1, math.NaN(), math.Inf(1)} {
		if x := GoldenSectionMin(math.Cos, 2, 4, tol); !math.IsNaN(x) {
			t.Errorf("tol %v: %v, want NaN", tol, x)
		}
	}
}

func TestRiseTransitSetMovingInfiniteRA(t *testing.T) {
	q := Equatorial{RA: Deg(41), Dec: Deg(18)}
	for _, ra := range []float64{math.Inf(1), math.Inf(-1), 1e17, math.NaN()} {
		pos := [3]Equatorial{q, {RA: Deg(ra), Dec: q.Dec}, q}
		r := RiseTransitSetMoving(pos, Geographic{Lat: Deg(45)}, UT(J2000), StdAltitudeStar, 64)
		if !math.IsInf(ra, 0) && !math.IsNaN(ra) {
			continue // 1e17°: it must only return
		}
		if !math.IsNaN(float64(r.Transit)) {
			t.Errorf("RA %v: transit %v, want NaN", ra, r.Transit)
		}
	}
}

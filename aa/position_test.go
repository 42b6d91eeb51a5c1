package aa

import (
	"errors"
	"math"
	"testing"
)

// TestApparentOneShape checks that every body's Apparent returns the same
// place as the routine it replaced, errors only for a wrong input, and does
// not allocate.
func TestApparentOneShape(t *testing.T) {
	jde := TT(2448908.5) // 1992 October 13.0 TD, Examples 25.b and 37.a
	sun, err := Sun.Apparent(jde)
	if err != nil {
		t.Fatal(err)
	}
	lon, r := Sun.apparent(jde)
	q, _ := Sun.apparentEquatorial(jde)
	if sun.Ecliptic != lon || sun.Equatorial != q || sun.Distance != r {
		t.Errorf("Sun.Apparent = %+v, want %v %v %v", sun, lon, q, r)
	}
	approxSun, _ := Sun.Approx().Apparent(jde)
	qa, ra := Sun.Approx().apparentEquatorial(jde)
	if approxSun.Equatorial != qa || approxSun.Distance != ra || approxSun.Ecliptic.Lon != SunApparentLongitudeApprox(jde) {
		t.Errorf("Sun.Approx().Apparent = %+v", approxSun)
	}

	moon, err := Moon.Apparent(jde)
	if err != nil {
		t.Fatal(err)
	}
	mq, km := Moon.apparentEquatorial(jde)
	if moon.Equatorial != mq || moon.Ecliptic != Moon.apparent(jde).Ecliptic {
		t.Errorf("Moon.Apparent = %+v, want %v", moon, mq)
	}
	if d := moon.DistanceKilometres() - km; math.Abs(d) > 1e-9*km {
		t.Errorf("Moon DistanceKilometres = %v, want %v", moon.DistanceKilometres(), km)
	}

	venus, err := Venus.Apparent(jde)
	if err != nil {
		t.Fatal(err)
	}
	vp, _ := Venus.apparent(jde)
	if venus.Ecliptic != vp.Ecliptic || venus.Equatorial != vp.Equatorial || venus.Distance != vp.Distance {
		t.Errorf("Venus.Apparent = %+v, want %+v", venus, vp)
	}

	pluto, err := Pluto.Apparent(jde)
	if err != nil {
		t.Fatal(err)
	}
	pq, pd, _ := plutoApparent(jde, Sun)
	if pluto.Equatorial != pq || pluto.Distance != pd {
		t.Errorf("Pluto.Apparent = %+v, want %v %v", pluto, pq, pd)
	}
	// The ecliptic place goes back to the same α, δ with the true obliquity.
	_, deps := Nutation(jde)
	back := pluto.Ecliptic.Equatorial(MeanObliquity(jde) + deps)
	approx(t, "Pluto α from λ, β", (back.RA - pq.RA).ArcSec(), 0, 1e-6)
	approx(t, "Pluto δ from λ, β", (back.Dec - pq.Dec).ArcSec(), 0, 1e-6)

	for name, f := range map[string]func() (Position, error){
		"Sun":   func() (Position, error) { return Sun.Apparent(jde) },
		"Moon":  func() (Position, error) { return Moon.Apparent(jde) },
		"Venus": func() (Position, error) { return Venus.Apparent(jde) },
		"Pluto": func() (Position, error) { return Pluto.Apparent(jde) },
	} {
		if a := testing.AllocsPerRun(10, func() { _, _ = f() }); a != 0 {
			t.Errorf("%s.Apparent: %v allocs", name, a)
		}
	}
}

func TestApparentErrors(t *testing.T) {
	nan := TT(math.NaN())
	for _, c := range []struct {
		name string
		f    func(TT) (Position, error)
		bad  []TT
	}{
		{"Sun", Sun.Apparent, []TT{nan, TT(math.Inf(1)), EphemerisLast + 1}},
		{"Sun.Approx()", Sun.Approx().Apparent, []TT{nan, EphemerisFirst - 1}},
		{"Moon", Moon.Apparent, []TT{nan, TT(math.Inf(-1)), EphemerisLast + 1}},
		{"Venus", Venus.Apparent, []TT{nan, EphemerisFirst - 1}},
		{"Pluto", Pluto.Apparent, []TT{nan, 2300000, 2500000}},
	} {
		for _, jde := range c.bad {
			if _, err := c.f(jde); !errors.Is(err, ErrTime) {
				t.Errorf("%s.Apparent(%v) error = %v, want ErrTime", c.name, jde, err)
			}
		}
	}
	if _, err := earthPlanet.Apparent(J2000); !errors.Is(err, ErrInvalidPlanet) {
		t.Errorf("Earth.Apparent error = %v, want ErrInvalidPlanet", err)
	}
}

// TestRiseTransitSetOneShape: every body's RiseTransitSet fails for a bad
// site or date only; a body that stays up or down is a Status, not an error.
func TestRiseTransitSetOneShape(t *testing.T) {
	good := Geographic{Lat: Deg(45), Lon: Deg(7)}
	bodies := map[string]func(Geographic, UT) (RiseTransitSetTimes, error){
		"Sun":   Sun.RiseTransitSet,
		"Moon":  Moon.RiseTransitSet,
		"Venus": Venus.RiseTransitSet,
		"Pluto": Pluto.RiseTransitSet,
	}
	date := UT(2448908.5)
	for name, f := range bodies {
		if r, err := f(good, date); err != nil || r.Status != RisesAndSets {
			t.Errorf("%s: %+v, %v", name, r, err)
		}
		for _, site := range []Geographic{
			{Lat: Deg(91), Lon: 0},
			{Lat: Angle(math.NaN()), Lon: 0},
			{Lat: 0, Lon: Angle(math.Inf(1))},
		} {
			if _, err := f(site, date); !errors.Is(err, ErrSite) {
				t.Errorf("%s at %+v: error %v, want ErrSite", name, site, err)
			}
		}
		if _, err := f(good, UT(math.NaN())); !errors.Is(err, ErrTime) {
			t.Errorf("%s at NaN date: error %v, want ErrTime", name, err)
		}
		// Near the pole in the northern winter the Sun never rises; the
		// others may or may not, but none of them reports an error.
		r, err := f(Geographic{Lat: Deg(89.9), Lon: 0}, UT(2448982.5)) // 1992 Dec 26
		if err != nil {
			t.Errorf("%s at the pole: %v", name, err)
		}
		if name == "Sun" && r.Status != NeverRises {
			t.Errorf("Sun at the pole in December: %v, want NeverRises", r.Status)
		}
	}
	if a := testing.AllocsPerRun(10, func() { _, _ = Moon.RiseTransitSet(good, date) }); a != 0 {
		t.Errorf("Moon.RiseTransitSet: %v allocs", a)
	}
}

// TestPlutoIsBody: Pluto's events are found by the same searches as the
// other bodies' and agree with its per-day RiseTransitSet.
func TestPlutoIsBody(t *testing.T) {
	site := Geographic{Lat: Deg(45), Lon: Deg(7)}
	day := UT(2448908.5)
	rts, err := Pluto.RiseTransitSet(site, day)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := NextTransit(Pluto, site, day)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "transit (s)", float64(tr-rts.Transit)*86400, 0, 60)
}

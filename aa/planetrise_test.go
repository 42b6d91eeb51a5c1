package aa

import (
	"errors"
	"math"
	"testing"
)

func TestSunRiseTransitSet(t *testing.T) {
	// Greenwich, 2024 March 20 (equinox): transit at 12h07.5m UT (equation
	// of time −7.5 min); at the computed rise and set the Sun's centre is at
	// −0°50′, checked with an independent altitude computation.
	site := Geographic{Lat: DMS(false, 51, 28, 38), Lon: 0}
	d, _ := JDFromGregorian(2024, 3, 20)
	date := UT(d)
	for _, s := range []SunTheory{Sun, Sun.Full(), Sun.Approx()} {
		r, _ := s.RiseTransitSet(site, date)
		if r.Status != RisesAndSets {
			t.Fatal(r.Status)
		}
		for _, ev := range []UT{r.Rise, r.Set} {
			q, _ := Sun.Full().apparentEquatorial(ev.TT())
			h := q.Horizontal(site, ev)
			tol := 0.002
			if s.IsApprox() {
				tol = 0.01
			}
			approx(t, "altitude at rise/set", h.Alt.Deg(), StdAltitudeSun.Deg(), tol)
		}
		approx(t, "transit (min)", float64(r.Transit-date)*1440, 12*60+7.5, 0.5)
	}
	// Midnight sun at 78°N in June.
	r, _ := Sun.RiseTransitSet(Geographic{Lat: Deg(78)}, UT(2460482.5))
	if r.Status != Circumpolar {
		t.Errorf("78°N in June: %v", r.Status)
	}
	// The three theories agree within 15 s.
	a, _ := Sun.Full().RiseTransitSet(site, date)
	b, _ := Sun.Approx().RiseTransitSet(site, date)
	if d := math.Abs(float64(a.Rise-b.Rise)) * 86400; d > 15 {
		t.Errorf("low accuracy sunrise off by %g s", d)
	}
}

func TestPlanetRiseTransitSet(t *testing.T) {
	// Meeus Example 15.a uses Venus at Boston on 1988 March 20: rising
	// 12h25m, transit 19h41m, setting 2h55m UT (m = 0.51766, 0.81965,
	// 0.12130, with the book's interpolated apparent places).
	site := Geographic{Lat: Deg(42.3333), Lon: Deg(-71.0833)}
	date := UT(2447240.5)
	r, err := Venus.RiseTransitSet(site, date)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "rise m", float64(r.Rise-date), 0.51766, 2e-4)
	approx(t, "transit m", float64(r.Transit-date), 0.81965, 2e-4)
	approx(t, "set m", float64(r.Set-date), 0.12130, 2e-4)
	if _, err := earthPlanet.RiseTransitSet(site, date); !errors.Is(err, ErrInvalidPlanet) {
		t.Error("Earth accepted")
	}
}

func TestRiseTransitSetBadDate(t *testing.T) {
	site := Geographic{Lat: Deg(45)}
	if _, err := Sun.RiseTransitSet(site, UT(math.NaN())); !errors.Is(err, ErrTime) {
		t.Errorf("NaN date: %v", err)
	}
	if _, err := Mars.RiseTransitSet(site, UT(math.Inf(1))); !errors.Is(err, ErrTime) {
		t.Errorf("Inf date: %v", err)
	}
}

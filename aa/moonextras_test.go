package aa

import (
	"math"
	"testing"
)

func TestMoonRiseTransitSetAltitude(t *testing.T) {
	site := Geographic{Lat: Deg(-24.627), Lon: Deg(-70.404), HeightMetres: 2635}
	for d := 0; d < 30; d += 3 {
		date, _ := JDFromGregorian(2025, 3, 1+float64(d))
		r, _ := Moon.RiseTransitSet(site, UT(date))
		alt := func(jd UT) Angle {
			q, _ := Moon.apparentEquatorial(jd.TT())
			return q.Horizontal(site, jd).Alt
		}
		// At transit the hour angle is 0: the altitude is the maximum.
		if a := alt(r.Transit); a < alt(r.Transit+0.01) || a < alt(r.Transit-0.01) {
			t.Errorf("day %d: transit %.5f is not a maximum", d, r.Transit)
		}
		if r.Status != RisesAndSets {
			continue
		}
		for _, ev := range []UT{r.Rise, r.Set} {
			_, dist := Moon.apparentEquatorial(ev.TT())
			h0 := MoonStdAltitude(MoonParallaxFromKilometres(dist))
			approx(t, "altitude at rise/set (°)", alt(ev).Deg(), h0.Deg(), 0.02)
		}
	}
}

func TestMoonAgeAndPhaseName(t *testing.T) {
	for q, want := range []MoonPhaseName{PhaseNew, PhaseFirstQuarter, PhaseFull, PhaseLastQuarter} {
		jde, _ := MoonPhase(2026.2, MoonQuarter(q))
		got, err := Moon.PhaseName(jde + 0.2)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%v + 0.2 d: %v", MoonQuarter(q), got)
		}
	}
	nm, _ := MoonPhase(2026.2, NewMoon)
	age, _ := Moon.Age(nm + 3.25)
	approx(t, "age", age, 3.25, 1e-9)
	if n, _ := Moon.PhaseName(nm + 3.25); n != PhaseWaxingCrescent || n.String() != "Waxing Crescent" {
		t.Errorf("3 days old: %v", n)
	}
	if _, err := Moon.Age(TT(math.NaN())); err == nil {
		t.Error("NaN: no error")
	}
	if MoonPhaseName(9).String() != "invalid" {
		t.Error("String of an invalid name")
	}
}

func TestMoonRadialVelocitySign(t *testing.T) {
	site := Geographic{Lat: Deg(45), Lon: Deg(7)}
	// Between perigee and apogee the Moon recedes (geocentric distance
	// grows by ~0.1 km/s on average, the rotation adds up to ±0.4 km/s).
	per, _ := MoonPerigee(2025.5)
	apo, _ := MoonApogee(2025.52)
	mid := ((per.JDE + apo.JDE) / 2).UT()
	var sum float64
	for h := 0; h < 24; h++ {
		sum += Moon.TopocentricRadialVelocity(site, mid+UT(h)/24)
	}
	if !(sum/24 > 0.02 && sum/24 < 0.2) {
		t.Errorf("mean radial velocity %.4f km/s between perigee and apogee", sum/24)
	}
}

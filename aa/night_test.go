package aa

import (
	"fmt"
	"math"
	"testing"
)

var nightTargets = []NightTarget{
	{"Sirius", Equatorial{HMS(false, 6, 45, 8.917), DMS(true, 16, 42, 58.02)}},
	{"Polaris", Equatorial{HMS(false, 2, 31, 49.09), DMS(false, 89, 15, 50.8)}},
	{"sigma Octantis", Equatorial{HMS(false, 21, 8, 46.9), DMS(true, 88, 57, 23.4)}},
	{"Vega", Equatorial{HMS(false, 18, 36, 56.34), DMS(false, 38, 47, 1.3)}},
}

// On the equator the Sun sets and rises every day, the twilights are short
// and the times agree with the one-day rise/set of planetrise.go.
func TestNightEquator(t *testing.T) {
	site := Geographic{Lat: 0, Lon: Deg(-78.5), HeightMetres: 2800} // near Quito
	for _, date := range [][3]int{{2025, 3, 20}, {2025, 6, 21}, {2025, 12, 21}} {
		n, err := Night(site, date[0], date[1], date[2], nightTargets, NightOptions{MinAltitude: Deg(20)})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []SunLevel{n.Sun, n.Civil, n.Nautical, n.Astronomical} {
			if l.Status != RisesAndSets || !l.HasDusk || !l.HasDawn || !(l.Dusk < l.Dawn) {
				t.Errorf("%v %v: %+v", date, l.Altitude, l)
			}
		}
		if d := float64(n.Civil.Dusk-n.Sun.Dusk) * 1440; d < 20 || d > 27 {
			t.Errorf("%v: civil twilight lasts %.1f min", date, d)
		}
		set, _ := Sun.RiseTransitSet(site, n.Sun.Dusk)
		rise, _ := Sun.RiseTransitSet(site, n.Sun.Dawn)
		approx(t, fmt.Sprint(date, " sunset"), float64(n.Sun.Dusk), float64(set.Set), 30.0/secondsPerDay)
		approx(t, fmt.Sprint(date, " sunrise"), float64(n.Sun.Dawn), float64(rise.Rise), 30.0/secondsPerDay)
		if len(n.Dark) != 1 || n.Dark[0].Start != n.Astronomical.Dusk || n.Dark[0].End != n.Astronomical.Dawn {
			t.Errorf("%v: dark %v", date, n.Dark)
		}
		checkNightTargets(t, n, Deg(20))
		// Polaris barely rises at the equator (refraction and the height aside).
		if p := n.Targets[1]; p.Events.Status != RisesAndSets || len(p.Above) != 0 {
			t.Errorf("Polaris from the equator: %+v", p)
		}
	}
}

// checkNightTargets verifies the targets' events against the altitude
// function and [RiseTransitSet].
func checkNightTargets(t *testing.T, n *NightSummary, minAlt Angle) {
	t.Helper()
	for i, tg := range n.Targets {
		for _, iv := range tg.Above {
			for _, e := range []UT{iv.Start, iv.End} {
				if e == n.Start || e == n.End {
					continue
				}
				a, _ := n.TargetAltitude(i, e)
				approx(t, tg.Name+" altitude at interval edge", a.Deg(), minAlt.Deg(), 1e-6)
			}
			a, _ := n.TargetAltitude(i, (iv.Start+iv.End)/2)
			if a < minAlt {
				t.Errorf("%s below %v inside %v", tg.Name, minAlt, iv)
			}
		}
		if tg.Events.Status == RisesAndSets {
			ref := RiseTransitSet(tg.Apparent, n.Site, tg.Events.Transit, StdAltitudeStar)
			approx(t, tg.Name+" transit", float64(tg.Events.Transit), float64(ref.Transit), 2.0/secondsPerDay)
			for _, p := range [][2]UT{{tg.Events.Rise, RiseTransitSet(tg.Apparent, n.Site, tg.Events.Rise, StdAltitudeStar).Rise},
				{tg.Events.Set, RiseTransitSet(tg.Apparent, n.Site, tg.Events.Set, StdAltitudeStar).Set}} {
				approx(t, tg.Name+" rise/set", float64(p[0]), float64(p[1]), 2.0/secondsPerDay)
			}
		}
	}
}

// Longyearbyen, Svalbard (78.2° N): polar night at the December solstice,
// midnight Sun at the June solstice.
func TestNightSvalbard(t *testing.T) {
	site := Geographic{Lat: Deg(78.22), Lon: Deg(15.65)}
	n, err := Night(site, 2025, 12, 21, nightTargets, NightOptions{MinAltitude: Deg(30)})
	if err != nil {
		t.Fatal(err)
	}
	if n.Sun.Status != NeverRises || n.Civil.Status != NeverRises || n.Sun.HasDusk || n.Sun.HasDawn {
		t.Errorf("December: sun %+v civil %+v", n.Sun, n.Civil)
	}
	// At noon the Sun is at −11.7°: the nautical and astronomical
	// twilights still come and go.
	if n.Nautical.Status != RisesAndSets || !n.Nautical.HasDusk || !n.Nautical.HasDawn ||
		n.Astronomical.Status != RisesAndSets {
		t.Errorf("December: nautical %+v astronomical %+v", n.Nautical, n.Astronomical)
	}
	approx(t, "noon altitude", n.SunAltitude(n.Start+0.0).Deg(), 90-78.22-23.44, 0.2)
	if p := n.Targets[1]; p.Events.Status != Circumpolar || len(p.Above) != 1 || p.Above[0] != (Interval{n.Start, n.End}) {
		t.Errorf("Polaris from Svalbard: %+v", p)
	}
	if s := n.Targets[2]; s.Events.Status != NeverRises || len(s.Above) != 0 || len(s.AboveDark) != 0 {
		t.Errorf("sigma Octantis from Svalbard: %+v", s)
	}
	checkNightTargets(t, n, Deg(30))

	n, err = Night(site, 2025, 6, 21, nightTargets, NightOptions{MinAltitude: Deg(30)})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []SunLevel{n.Sun, n.Civil, n.Nautical, n.Astronomical} {
		if l.Status != Circumpolar || l.HasDusk || l.HasDawn {
			t.Errorf("June %v: %+v", l.Altitude, l)
		}
	}
	if len(n.Dark) != 0 || len(n.Targets[1].AboveDark) != 0 {
		t.Errorf("June: dark %v, Polaris in the dark %v", n.Dark, n.Targets[1].AboveDark)
	}
	approx(t, "midnight altitude", n.SunAltitude(n.Midnight).Deg(), 78.22+23.44-90, 0.2)
}

// The South Pole in June: the Sun stays at −23.4° all night.
func TestNightSouthPole(t *testing.T) {
	n, err := Night(Geographic{Lat: Deg(-90)}, 2025, 6, 21, nightTargets, NightOptions{MinAltitude: Deg(10)})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []SunLevel{n.Sun, n.Civil, n.Nautical, n.Astronomical} {
		if l.Status != NeverRises {
			t.Errorf("%v: %+v", l.Altitude, l)
		}
	}
	if len(n.Dark) != 1 || n.Dark[0] != (Interval{n.Start, n.End}) || n.Dark[0].Hours() != 24 {
		t.Errorf("dark %v", n.Dark)
	}
	// Sirius (δ = −16.7°) stays at 16.7° and is above 10° all night.
	if s := n.Targets[0]; s.Events.Status != Circumpolar || len(s.AboveDark) != 1 {
		t.Errorf("Sirius: %+v", s)
	}
	if m := n.Moon; m.Illuminated < 0 || m.Illuminated > 1 {
		t.Errorf("Moon %+v", m)
	}
}

func TestNightMoon(t *testing.T) {
	site := Geographic{Lat: Deg(-24.627), Lon: Deg(-70.404), HeightMetres: 2635}
	for d := 1; d <= 28; d += 3 {
		n, err := Night(site, 2025, 2, d, nil, NightOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range []struct {
			ok bool
			t  UT
		}{{n.Moon.HasRise, n.Moon.Rise}, {n.Moon.HasSet, n.Moon.Set}} {
			if !ev.ok {
				continue
			}
			q, dist := Moon.apparentEquatorial(ev.t.TT())
			alt := q.Horizontal(site, ev.t).Alt
			approx(t, fmt.Sprint("Feb ", d, " Moon altitude at rise/set"), alt.Deg(), MoonStdAltitude(MoonParallaxFromKilometres(dist)).Deg(), 0.01)
		}
		if n.Moon.Status == RisesAndSets && !n.Moon.HasRise && !n.Moon.HasSet {
			t.Errorf("Feb %d: status without events", d)
		}
	}
}

func TestNightErrors(t *testing.T) {
	if _, err := Night(Geographic{Lat: Deg(91)}, 2025, 1, 1, nil, NightOptions{}); err == nil {
		t.Error("latitude 91°: no error")
	}
	if _, err := Night(Geographic{}, 2025, 2, 30, nil, NightOptions{}); err == nil {
		t.Error("February 30: no error")
	}
	if _, err := Night(Geographic{}, 2025, 1, 1, []NightTarget{{"x", Equatorial{Dec: Angle(math.NaN())}}}, NightOptions{}); err == nil {
		t.Error("NaN target: no error")
	}
	if _, err := Night(Geographic{}, 2025, 1, 1, nil, NightOptions{MinAltitude: Deg(100)}); err == nil {
		t.Error("MinAltitude 100°: no error")
	}
	n, _ := Night(Geographic{}, 2025, 1, 1, nightTargets, NightOptions{})
	if _, ok := n.TargetAltitude(len(nightTargets), n.Midnight); ok {
		t.Error("target index out of range: ok")
	}
}

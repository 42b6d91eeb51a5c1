package aa

import "testing"

// Benchmarks of part 3 (Moon, eclipses, night); the single-position
// routines must report 0 allocs/op (TestP3ZeroAllocs).

var (
	sinkMoonPos MoonPosition
	sinkIllum   MoonIllumination
	sinkDisk    MoonDisk
	sinkFloat   float64
	sinkSolar   SolarEclipse
	sinkLunar   LunarEclipse
	sinkNight   *NightSummary
	sinkCosmo   CosmologyDistances
	sinkInstant TT
)

const moonBenchJDE = TT(2448724.5) // Example 47.a

func BenchmarkMoonGeocentric(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkMoonPos = Moon.Geocentric(moonBenchJDE)
	}
}

func BenchmarkMoonApparentEquatorial(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkEq, sinkFloat = Moon.apparentEquatorial(moonBenchJDE)
	}
}

func BenchmarkMoonIllumination(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkIllum = Moon.Illumination(moonBenchJDE)
	}
}

func BenchmarkMoonIlluminationLowSun(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkIllum = Moon.IlluminationWith(moonBenchJDE, Sun.Approx())
	}
}

func BenchmarkMoonPhysical(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDisk = Moon.Physical(moonBenchJDE)
	}
}

func BenchmarkMoonPhaseTrue(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkInstant, sinkErr = MoonPhase(1977.13, NewMoon)
	}
}

func BenchmarkMoonApogee(b *testing.B) {
	b.ReportAllocs()
	var a LunarApsis
	for b.Loop() {
		a, sinkErr = MoonApogee(1988.75)
	}
	sinkInstant = a.JDE
}

func BenchmarkMoonRiseTransitSet(b *testing.B) {
	b.ReportAllocs()
	site := Geographic{Lat: Deg(-24.627), Lon: Deg(-70.404), HeightMetres: 2635}
	for b.Loop() {
		sinkRTS, sinkErr = Moon.RiseTransitSet(site, 2460800.5)
	}
}

// The eclipses of 2024: each of the 13 New and Full Moons tested, as in
// the soniakeys comparison.
func BenchmarkEclipseSearchYear(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for k := range 13 {
			y := 2024 + Year(k)/12.3685
			s, _, _ := SolarEclipseNear(y)
			l, _, _ := LunarEclipseNear(y + 0.5/12.3685)
			sinkSolar, sinkLunar = s, l
		}
	}
}

// All the solar and lunar eclipses of 2024 (four) with NextSolarEclipse
// and NextLunarEclipse, which also look into 2025 to stop.
func BenchmarkEclipseNextYear(b *testing.B) {
	b.ReportAllocs()
	start, end := TT(2460310.5), TT(2460676.5)
	for b.Loop() {
		for t := start; t < end; {
			s, err := NextSolarEclipse(t)
			if err != nil {
				b.Fatal(err)
			}
			sinkSolar, t = s, s.Maximum
		}
		for t := start; t < end; {
			l, err := NextLunarEclipse(t)
			if err != nil {
				b.Fatal(err)
			}
			sinkLunar, t = l, l.Maximum
		}
	}
}

func BenchmarkCosmology(b *testing.B) {
	b.ReportAllocs()
	c := FlatCosmology(69.6, 0.286)
	for b.Loop() {
		sinkCosmo, sinkErr = c.At(3)
	}
}

func benchTargets(n int) []NightTarget {
	t := make([]NightTarget, n)
	for i := range t {
		t[i] = NightTarget{Name: "t", J2000: Equatorial{RA: Deg(3.6 * float64(i)), Dec: Deg(-80 + 1.6*float64(i))}}
	}
	return t
}

// The night helper for 100 targets at Paranal.
func BenchmarkNight100(b *testing.B) {
	b.ReportAllocs()
	site := Geographic{Lat: Deg(-24.627), Lon: Deg(-70.404), HeightMetres: 2635}
	targets := benchTargets(100)
	for b.Loop() {
		n, err := Night(site, 2025, 5, 1, targets, NightOptions{MinAltitude: Deg(30)})
		if err != nil {
			b.Fatal(err)
		}
		sinkNight = n
	}
}

func TestP3ZeroAllocs(t *testing.T) {
	site := Geographic{Lat: Deg(-24.627), Lon: Deg(-70.404)}
	for name, f := range map[string]func(){
		"Moon.Geocentric":           func() { sinkMoonPos = Moon.Geocentric(moonBenchJDE) },
		"Moon.ApparentEquatorial":   func() { sinkEq, sinkFloat = Moon.apparentEquatorial(moonBenchJDE) },
		"Moon.Illumination":         func() { sinkIllum = Moon.Illumination(moonBenchJDE) },
		"Moon.Physical":             func() { sinkDisk = Moon.Physical(moonBenchJDE) },
		"MoonPhase":                 func() { sinkInstant, sinkErr = MoonPhase(1977.13, NewMoon) },
		"MoonApogee":                func() { _, sinkErr = MoonApogee(1988.75) },
		"MoonMaxDeclination":        func() { sinkInstant, sinkAngle, sinkErr = MoonMaxDeclination(1988.95, North) },
		"MoonNodePassage":           func() { sinkInstant, sinkErr = MoonNodePassage(1987.37, AscendingNode) },
		"NextSolarEclipse":          func() { sinkSolar, sinkErr = NextSolarEclipse(moonBenchJDE) },
		"Moon.RiseTransitSet":       func() { sinkRTS, sinkErr = Moon.RiseTransitSet(site, UT(moonBenchJDE)) },
		"TopocentricRadialVelocity": func() { sinkFloat = Moon.TopocentricRadialVelocity(site, UT(moonBenchJDE)) },
		"Cosmology.At":              func() { sinkCosmo, sinkErr = FlatCosmology(70, 0.3).At(1) },
	} {
		if a := testing.AllocsPerRun(20, f); a != 0 {
			t.Errorf("%s: %v allocs", name, a)
		}
	}
}

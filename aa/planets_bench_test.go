package aa

import "testing"

// Benchmarks of chapters 25–46; the figures are in aa/README.md.

var (
	benchSinkEq  Equatorial
	benchSinkEc  Ecliptic
	benchSinkF   float64
	benchSinkA   Angle
	benchSinkRTS RiseTransitSetTimes
)

func benchJDE(i int) TT { return 2448908.5 + TT(i%1000)*0.37 }

func BenchmarkSunApparentEquatorial(b *testing.B) {
	for _, c := range []struct {
		name string
		s    SunTheory
	}{{"truncated", Sun}, {"full", Sun.Full()}, {"low", Sun.Approx()}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				benchSinkEq, benchSinkF = c.s.apparentEquatorial(benchJDE(i))
				i++
			}
		})
	}
}

func BenchmarkJupiterHeliocentric(b *testing.B) {
	for _, c := range []struct {
		name string
		p    Planet
	}{{"truncated", Jupiter}, {"full", Jupiter.Full()}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				benchSinkEc, benchSinkF = c.p.Heliocentric(benchJDE(i))
				i++
			}
		})
	}
}

func BenchmarkPlanetApparent(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p, _ := Jupiter.Apparent(benchJDE(i))
		benchSinkEq = p.Equatorial
		i++
	}
}

func BenchmarkKepler(b *testing.B) {
	for _, c := range []struct {
		name string
		e    float64
	}{{"e=0.1", 0.1}, {"e=0.99", 0.99}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				benchSinkA, _ = Kepler(c.e, Angle(float64(i%628)*0.01))
				i++
			}
		})
	}
	b.Run("Newton e=0.1", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			benchSinkA, _ = KeplerNewton(0.1, Angle(float64(i%628)*0.01), 12)
			i++
		}
	})
	b.Run("Bisect e=0.99", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			benchSinkA, _ = KeplerBisect(0.99, Angle(float64(i%628)*0.01))
			i++
		}
	})
}

func BenchmarkSunRiseTransitSet(b *testing.B) {
	site := Geographic{Lat: Deg(48.8566), Lon: Deg(2.3522), HeightMetres: 35}
	for _, c := range []struct {
		name string
		s    SunTheory
	}{{"truncated", Sun}, {"low", Sun.Approx()}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				benchSinkRTS, _ = c.s.RiseTransitSet(site, 2460000.5+UT(i%365))
				i++
			}
		})
	}
}

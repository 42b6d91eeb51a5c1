package peerbench

import (
	"math"
	"runtime"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/soniakeys/meeus/v3/angle"
	"github.com/soniakeys/meeus/v3/apsis"
	"github.com/soniakeys/meeus/v3/eclipse"
	"github.com/soniakeys/meeus/v3/eqtime"
	"github.com/soniakeys/meeus/v3/julian"
	"github.com/soniakeys/meeus/v3/jupitermoons"
	"github.com/soniakeys/meeus/v3/kepler"
	"github.com/soniakeys/meeus/v3/moonphase"
	"github.com/soniakeys/meeus/v3/moonposition"
	"github.com/soniakeys/meeus/v3/nutation"
	"github.com/soniakeys/meeus/v3/refraction"
	"github.com/soniakeys/meeus/v3/sidereal"
	"github.com/soniakeys/meeus/v3/solar"
	"github.com/soniakeys/meeus/v3/solstice"
	"github.com/soniakeys/unit"
)

// n is the number of shared inputs of every pair (a power of two).
const n = 1024

// frac holds n fixed low-discrepancy fractions in [0, 1), computed once so
// that generating an input costs a load and a multiply-add on both sides
// (math.Mod alone costs more than some of the routines measured).
var frac = func() (u [n]float64) {
	for i := range u {
		u[i] = math.Mod(float64(i)*0.6180339887498949+0.5, 1)
	}
	return u
}()

// in returns the i-th of n inputs spread over [lo, hi]; i may exceed n.
func in(i int, lo, hi float64) float64 { return lo + (hi-lo)*frac[i&(n-1)] }

// pair is one routine computed by both libraries on input i; the two
// results must agree within tol (in unit; "rad" compares modulo 2π).
type pair struct {
	name   string
	aa, sk func(i int) float64
	tol    float64
	unit   string
}

var sink float64

// jde2000 spreads TT Julian days over 1900–2100.
func jde2000(i int) float64 { return in(i, 2415020, 2488070) }

func pairs() []pair {
	return []pair{
		{"refraction Bennett", func(i int) float64 { return float64(aa.RefractionFromApparentApprox(aa.Deg(in(i, 0.5, 89.5)))) },
			func(i int) float64 { return float64(refraction.Bennett(unit.AngleFromDeg(in(i, 0.5, 89.5)))) }, 1e-12, "rad"},
		{"refraction Saemundsson", func(i int) float64 { return float64(aa.RefractionFromTrue(aa.Deg(in(i, 0.5, 89.5)))) },
			func(i int) float64 { return float64(refraction.Saemundsson(unit.AngleFromDeg(in(i, 0.5, 89.5)))) }, 1e-12, "rad"},
		// 0.002″: soniakeys takes L0 and ε from other polynomials.
		{"equation of time (Smart)", func(i int) float64 { return float64(aa.EquationOfTimeApprox(aa.TT(jde2000(i)))) },
			func(i int) float64 { return float64(eqtime.ESmart(jde2000(i))) }, 1e-8, "rad"},
		{"mean New Moon", func(i int) float64 {
			j, _ := aa.MoonPhaseMean(aa.Year(in(i, 1900, 2100)), aa.NewMoon)
			return float64(j)
		},
			func(i int) float64 { return moonphase.MeanNew(in(i, 1900, 2100)) }, 1e-6, "day"},
		{"true New Moon", func(i int) float64 { j, _ := aa.MoonPhase(aa.Year(in(i, 1900, 2100)), aa.NewMoon); return float64(j) },
			func(i int) float64 { return moonphase.New(in(i, 1900, 2100)) }, 1e-5, "day"}, // 0.3 s: rounding of the corrections' sums
		{"Galilean moons, low accuracy", func(i int) float64 {
			p := aa.GalileanMoonsApprox(aa.TT(jde2000(i)))
			return p[0].X + 2*p[1].X + 3*p[2].X + 4*p[3].X + p[0].Y
		}, func(i int) float64 {
			a, b, c, d := jupitermoons.Positions(jde2000(i))
			return a.X + 2*b.X + 3*c.X + 4*d.X + a.Y
		}, 1e-9, "Jupiter radii"},
		{"angular separation", func(i int) float64 {
			return float64(aa.Separation(aa.Equatorial{RA: aa.Deg(in(i, 0, 360)), Dec: aa.Deg(in(i+7, -89, 89))},
				aa.Equatorial{RA: aa.Deg(in(i+3, 0, 360)), Dec: aa.Deg(in(i+11, -89, 89))}))
		}, func(i int) float64 {
			return float64(angle.Sep(unit.AngleFromDeg(in(i, 0, 360)), unit.AngleFromDeg(in(i+7, -89, 89)),
				unit.AngleFromDeg(in(i+3, 0, 360)), unit.AngleFromDeg(in(i+11, -89, 89))))
		}, 1e-12, "rad"},
		{"Kepler, bisection", func(i int) float64 {
			e, _ := aa.KeplerBisect(in(i, 0.05, 0.99), aa.Deg(in(i+5, 0, 360)))
			return float64(e)
		}, func(i int) float64 {
			return float64(kepler.Kepler3(in(i, 0.05, 0.99), unit.AngleFromDeg(in(i+5, 0, 360))))
		}, 1e-12, "rad"},
		{"Kepler, Newton (12 places)", func(i int) float64 {
			e, _ := aa.KeplerNewton(in(i, 0.05, 0.5), aa.Deg(in(i+5, 0, 360)), 12)
			return float64(e)
		}, func(i int) float64 {
			e, _ := kepler.Kepler2(in(i, 0.05, 0.5), unit.AngleFromDeg(in(i+5, 0, 360)), 12)
			return float64(e)
		}, 1e-11, "rad"},
		{"March equinox (Table 27)", func(i int) float64 { return float64(aa.SeasonApprox(aa.Year(int(in(i, 1000, 3000))), aa.MarchEquinox)) },
			func(i int) float64 { return solstice.March(int(in(i, 1000, 3000))) }, 1e-7, "day"},
		{"JD from a Gregorian date", func(i int) float64 {
			j, _ := aa.JDFromGregorian(1600+i%800, 1+i%12, 1+float64(i%28)+in(i, 0, 0.99))
			return float64(j)
		}, func(i int) float64 {
			return julian.CalendarGregorianToJD(1600+i%800, 1+i%12, 1+float64(i%28)+in(i, 0, 0.99))
		}, 1e-9, "day"},
		{"mean sidereal time", func(i int) float64 { return float64(aa.MeanSidereal(aa.UT(jde2000(i)))) },
			func(i int) float64 { return sidereal.Mean(jde2000(i)).Rad() }, 1e-8, "rad"}, // 0.0004″: soniakeys multiplies the whole day count by 360.98…°
		{"apparent sidereal time", func(i int) float64 { return float64(aa.ApparentSidereal(aa.UT(jde2000(i)))) },
			func(i int) float64 { return sidereal.Apparent(jde2000(i)).Rad() }, 1e-8, "rad"},
		{"nutation", func(i int) float64 {
			a, b := aa.Nutation(aa.TT(jde2000(i)))
			return float64(a + 3*b)
		}, func(i int) float64 {
			a, b := nutation.Nutation(jde2000(i))
			return float64(a + 3*b)
		}, 1e-11, "rad"},
		{"apparent Sun, low accuracy", func(i int) float64 {
			p, _ := aa.Sun.Approx().Apparent(aa.TT(jde2000(i)))
			q := p.Equatorial
			return float64(q.RA + 3*q.Dec)
		}, func(i int) float64 {
			a, d := solar.ApparentEquatorial(jde2000(i))
			return a.Rad() + 3*d.Rad()
		}, 1e-9, "rad"},
		{"Moon position", func(i int) float64 {
			p := aa.Moon.Geocentric(aa.TT(jde2000(i)))
			return float64(p.Lon + 3*p.Lat)
		}, func(i int) float64 {
			l, b, _ := moonposition.Position(jde2000(i))
			return float64(l + 3*b)
		}, 1e-9, "rad"},
		{"Moon apogee", func(i int) float64 {
			a, _ := aa.MoonApogee(aa.Year(in(i, 1900, 2100)))
			return float64(a.JDE) + float64(a.Parallax)
		},
			func(i int) float64 {
				y := in(i, 1900, 2100)
				return apsis.Apogee(y) + apsis.ApogeeParallax(y).Rad()
			}, 1e-6, "day"},
		{"eclipses (solar and lunar)", func(i int) float64 {
			y := aa.Year(in(i, 1900, 2100))
			var t float64
			if s, ok, _ := aa.SolarEclipseNear(y); ok {
				t += float64(s.Maximum)
			}
			if l, ok, _ := aa.LunarEclipseNear(y); ok {
				t += 3 * float64(l.Maximum)
			}
			return t
		}, func(i int) float64 {
			y := in(i, 1900, 2100)
			var t float64
			if k, _, s, _, _, _, _ := eclipse.Solar(y); k != eclipse.None {
				t += s
			}
			if k, l, _, _, _, _, _, _, _ := eclipse.Lunar(y); k != eclipse.None {
				t += 3 * l
			}
			return t
		}, 1e-6, "day"},
	}
}

// TestPairsComputeTheSameQuantity: every benchmark pair below compares like
// with like.
func TestPairsComputeTheSameQuantity(t *testing.T) {
	for _, p := range pairs() {
		worst := 0.0
		for i := range n {
			a, s := p.aa(i), p.sk(i)
			d := math.Abs(a - s)
			if p.unit == "rad" {
				d = math.Abs(math.Remainder(a-s, 2*math.Pi))
			}
			worst = max(worst, d)
		}
		t.Logf("%s: worst difference %.3g %s", p.name, worst, p.unit)
		if !(worst <= p.tol) {
			t.Errorf("%s: differ by up to %.3g %s (tolerance %g)", p.name, worst, p.unit, p.tol)
		}
	}
}

// BenchmarkPair runs aa and soniakeys one after the other on the same
// inputs, each op one call. Besides ns/op (wall clock) it reports
// cpu-ns/op, the CPU time of the benchmarking thread per call, which a
// shared machine's load inflates much less.
func BenchmarkPair(b *testing.B) {
	for _, p := range pairs() {
		for _, side := range []struct {
			name string
			f    func(int) float64
		}{{"aa", p.aa}, {"soniakeys", p.sk}} {
			b.Run(p.name+"/"+side.name, func(b *testing.B) {
				b.ReportAllocs()
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				c0, ok := threadCPU()
				i := 0
				for b.Loop() {
					sink = side.f(i & (n - 1))
					i++
				}
				if c1, ok1 := threadCPU(); ok && ok1 {
					b.ReportMetric(float64(c1-c0)/float64(b.N), "cpu-ns/op")
				}
			})
		}
	}
}

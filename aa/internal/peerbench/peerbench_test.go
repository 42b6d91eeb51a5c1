package peerbench

import (
	"math"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/soniakeys/meeus/v3/angle"
	"github.com/soniakeys/meeus/v3/eqtime"
	"github.com/soniakeys/meeus/v3/julian"
	"github.com/soniakeys/meeus/v3/jupitermoons"
	"github.com/soniakeys/meeus/v3/kepler"
	"github.com/soniakeys/meeus/v3/moonphase"
	"github.com/soniakeys/meeus/v3/refraction"
	"github.com/soniakeys/meeus/v3/solstice"
	"github.com/soniakeys/unit"
)

// n is the number of shared inputs of every pair.
const n = 1024

// in returns the i-th of n inputs spread over [lo, hi] (a fixed
// low-discrepancy sequence, the same for both sides).
func in(i int, lo, hi float64) float64 {
	u := math.Mod(float64(i)*0.6180339887498949+0.5, 1)
	return lo + (hi-lo)*u
}

// pair is one routine computed by both libraries on input i; the two
// results must agree within tol.
type pair struct {
	name        string
	aa, sk      func(i int) float64
	tol         float64
	unitComment string
}

var sink float64

func pairs() []pair {
	return []pair{
		{"refraction Bennett", func(i int) float64 { return float64(aa.RefractionFromApparent(aa.Deg(in(i, 0.5, 89.5)))) },
			func(i int) float64 { return float64(refraction.Bennett(unit.AngleFromDeg(in(i, 0.5, 89.5)))) }, 1e-12, "rad"},
		{"refraction Saemundsson", func(i int) float64 { return float64(aa.RefractionFromTrue(aa.Deg(in(i, 0.5, 89.5)))) },
			func(i int) float64 { return float64(refraction.Saemundsson(unit.AngleFromDeg(in(i, 0.5, 89.5)))) }, 1e-12, "rad"},
		{"equation of time (Smart)", func(i int) float64 { return float64(aa.EquationOfTimeSmart(aa.JD(in(i, 2415020, 2488070)))) },
			func(i int) float64 { return float64(eqtime.ESmart(in(i, 2415020, 2488070))) }, 1e-8, "rad"}, // 0.002″: soniakeys takes L0 and ε from other polynomials
		{"mean New Moon", func(i int) float64 { j, _ := aa.MoonPhaseMean(in(i, 1900, 2100), aa.NewMoon); return float64(j) },
			func(i int) float64 { return moonphase.MeanNew(in(i, 1900, 2100)) }, 1e-6, "day"},
		{"Galilean moons, low accuracy (X of Io…Callisto summed)", func(i int) float64 {
			p := aa.GalileanMoonsApprox(aa.JD(in(i, 2415020, 2488070)))
			return p[0].X + 2*p[1].X + 3*p[2].X + 4*p[3].X + p[0].Y
		}, func(i int) float64 {
			a, b, c, d := jupitermoons.Positions(in(i, 2415020, 2488070))
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
		},
			func(i int) float64 {
				return float64(kepler.Kepler3(in(i, 0.05, 0.99), unit.AngleFromDeg(in(i+5, 0, 360))))
			}, 1e-12, "rad"},
		{"Kepler, Newton (12 places)", func(i int) float64 {
			e, _ := aa.KeplerNewton(in(i, 0.05, 0.5), aa.Deg(in(i+5, 0, 360)), 12)
			return float64(e)
		},
			func(i int) float64 {
				e, _ := kepler.Kepler2(in(i, 0.05, 0.5), unit.AngleFromDeg(in(i+5, 0, 360)), 12)
				return float64(e)
			}, 1e-11, "rad"},
		{"March equinox (Table 27)", func(i int) float64 { return float64(aa.SeasonApprox(int(in(i, 1000, 3000)), aa.MarchEquinox)) },
			func(i int) float64 { return solstice.March(int(in(i, 1000, 3000))) }, 1e-7, "day"},
		{"JD from a Gregorian date", func(i int) float64 {
			j, _ := aa.JDFromGregorian(int(in(i, 1600, 2400)), 1+i%12, 1+float64(i%28)+in(i, 0, 0.99))
			return float64(j)
		}, func(i int) float64 {
			return julian.CalendarGregorianToJD(int(in(i, 1600, 2400)), 1+i%12, 1+float64(i%28)+in(i, 0, 0.99))
		}, 1e-9, "day"},
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
			if p.unitComment == "rad" {
				d = math.Abs(math.Remainder(a-s, 2*math.Pi))
			}
			worst = max(worst, d)
		}
		if !(worst <= p.tol) {
			t.Errorf("%s: differ by up to %.3g %s (tolerance %g)", p.name, worst, p.unitComment, p.tol)
		}
	}
}

// BenchmarkPair runs aa and soniakeys one after the other on the same
// inputs, each op one call.
func BenchmarkPair(b *testing.B) {
	for _, p := range pairs() {
		for _, side := range []struct {
			name string
			f    func(int) float64
		}{{"aa", p.aa}, {"soniakeys", p.sk}} {
			b.Run(p.name+"/"+side.name, func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					sink = side.f(i & (n - 1))
					i++
				}
			})
		}
	}
}

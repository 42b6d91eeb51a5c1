package aa

import (
	"math"
	"testing"
)

func TestGalileanMoons(t *testing.T) {
	a := GalileanMoons(2448972.50068, VSOP87Truncated)
	b := GalileanMoons(2448972.50068, VSOP87Full)
	lo := GalileanMoonsApprox(2448972.50068)
	for i := range a {
		approx(t, "X truncated", a[i].X-b[i].X, 0, 5e-5)
		approx(t, "Y truncated", a[i].Y-b[i].Y, 0, 5e-5)
		// The low-accuracy method agrees to within 0.1 radius (Examples 44.a/b).
		approx(t, "X low", lo[i].X-b[i].X, 0, 0.1)
		approx(t, "Y low", lo[i].Y-b[i].Y, 0, 0.1)
	}
	// Meeus p. 314 exercise: conjunctions in X on 1988 Nov 23, III at 7h28m
	// and IV at 5h15m UT (ΔT ≈ 56 s): X close to 0, Y −0.80 and +1.40.
	d := TT(2447488.5) + TT(56.0/86400)
	p := GalileanMoons(d+TT((7+28.0/60)/24), VSOP87Full)
	approx(t, "III X", p[2].X, 0, 0.01)
	approx(t, "III Y", p[2].Y, -0.8042, 0.002)
	p = GalileanMoons(d+TT((5+15.0/60)/24), VSOP87Full)
	approx(t, "IV X", p[3].X, 0, 0.01)
	approx(t, "IV Y", p[3].Y, 1.3990, 0.002)
}

// TestGalileanApproxConstants: the sines and cosines written as constants in
// GalileanMoonsApprox are those of their angles.
func TestGalileanApproxConstants(t *testing.T) {
	for _, c := range []struct{ deg, sin, cos float64 }{{42.8, s428, c428}, {22, s22, c22}, {100.5, s1005, c1005}} {
		s, co := math.Sincos(c.deg * math.Pi / 180)
		if math.Abs(s-c.sin) > 3e-16 || math.Abs(co-c.cos) > 3e-16 {
			t.Errorf("%v°: sin %v cos %v, constants %v %v", c.deg, s, co, c.sin, c.cos)
		}
	}
}

// TestGalileanApproxLaplace: the Laplace relation behind the shortcut for
// 2(u1 − u2) holds for the constants of p. 302, to rounding.
func TestGalileanApproxLaplace(t *testing.T) {
	if d := 163.8069 - 3*358.4140 + 2*5.7176 + 899.9999; math.Abs(d) > 1e-9 {
		t.Errorf("u1 − 3u2 + 2u3 at dd = 0: −899.9999° %+g", d)
	}
	if d := 203.4058646 - 3*101.2916335 + 2*50.2345180 - 0.0000001; math.Abs(d) > 1e-12 {
		t.Errorf("rate of u1 − 3u2 + 2u3: 1e-7°/day %+g", d)
	}
	for _, jde := range []TT{EphemerisFirst + 1, 2415020, J2000, 2488070, EphemerisLast - 1} {
		p := GalileanMoonsApprox(jde)
		if !(math.Abs(p[0].X) < 7 && math.Abs(p[3].X) < 27) {
			t.Errorf("%v: %+v", jde, p)
		}
	}
}

package aa

import (
	"testing"
)

func TestVSOP87Reference(t *testing.T) {
	// vsop87.chk (VSOP87 distribution), VSOP87D Earth at JD 2451545.0:
	// L = 1.7519238681 rad, B = −0.0000039656 rad, R = 0.9833276819 AU.
	l, b, r := vsopFullEarth.position(2451545)
	approx(t, "L", l, 1.7519238681, 5e-11)
	approx(t, "B", b, -0.0000039656, 5e-11)
	approx(t, "R", r, 0.9833276819, 5e-11)
	// Meeus Example 32.a (Venus, 1992 Dec 20 0h TD): truncated series
	// L = 26.11428°, B = −2.62070°, R = 0.724603; complete VSOP87 (p. 219)
	// L = 26.11412°, B = −2.62060°, R = 0.724602.
	pos, r := Venus.Heliocentric(2448976.5)
	approx(t, "L", pos.Lon.Deg(), 26.11428, 5e-6)
	approx(t, "B", pos.Lat.Deg(), -2.62070, 5e-6)
	approx(t, "R", r, 0.724603, 5e-7)
	pos, r = Venus.Full().Heliocentric(2448976.5)
	approx(t, "L full", pos.Lon.Deg(), 26.11412, 5e-6)
	approx(t, "B full", pos.Lat.Deg(), -2.62060, 5e-6)
	approx(t, "R full", r, 0.724602, 5e-7)
}

// truncationError is the largest separation (arcseconds) between the
// apparent places computed with Meeus' truncated series and with the
// complete VSOP87 over 1800–2200, as stated in the package documentation.
var truncationError = map[Planet]float64{
	Mercury: 1.5, Venus: 1.5, Mars: 3, Jupiter: 2.5, Saturn: 3, Uranus: 2.5, Neptune: 2,
}

func TestTruncatedVsFull(t *testing.T) {
	for p, bound := range truncationError {
		worst := 0.0
		for i := 0; i <= 100; i++ {
			jde := TT(2378496.5 + float64(i)*1461.013)
			a, err := p.Apparent(jde)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := p.Full().Apparent(jde)
			d := Separation(a.Equatorial, b.Equatorial).ArcSec()
			worst = max(worst, d)
		}
		if worst > bound {
			t.Errorf("%v: truncated vs full %.2f″ > %.1f″", p, worst, bound)
		}
		t.Logf("%v: max %.2f″", p, worst)
	}
	worst := 0.0
	for i := 0; i <= 100; i++ {
		jde := TT(2378496.5 + float64(i)*1461.013)
		a, _ := Sun.apparentEquatorial(jde)
		b, _ := Sun.Full().apparentEquatorial(jde)
		worst = max(worst, Separation(a, b).ArcSec())
	}
	if worst > 0.5 {
		t.Errorf("Sun: truncated vs full %.2f″", worst)
	}
	t.Logf("Sun: max %.2f″", worst)
}

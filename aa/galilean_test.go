package aa

import (
	"testing"
)

func TestGalileanMoons(t *testing.T) {
	a, err := Jupiter.GalileanMoons(2448972.50068)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Jupiter.Full().GalileanMoons(2448972.50068)
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
	d := JD(2447488.5) + JD(56.0/86400)
	p, _ := Jupiter.Full().GalileanMoons(d + JD((7+28.0/60)/24))
	approx(t, "III X", p[2].X, 0, 0.01)
	approx(t, "III Y", p[2].Y, -0.8042, 0.002)
	p, _ = Jupiter.Full().GalileanMoons(d + JD((5+15.0/60)/24))
	approx(t, "IV X", p[3].X, 0, 0.01)
	approx(t, "IV Y", p[3].Y, 1.3990, 0.002)
	if _, err := Saturn.GalileanMoons(2448972.5); err == nil {
		t.Error("Saturn accepted")
	}
}

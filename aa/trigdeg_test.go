package aa

import (
	"math"
	"testing"
)

// TestTrigDegPeriodic: the sines and cosines of the periodic terms are
// within 2e-13 (cosines) and 1.1e-12 (sines) of math.Sincos (after the exact reduction by math.Mod) up to
// 4.5e6°, the largest argument of Table 27.C for −1000…+3000.
func TestTrigDegPeriodic(t *testing.T) {
	worstCos, worstSin := 0.0, 0.0
	for i := range 200001 {
		x := -4.5e6 + 45*float64(i) + 0.123456789*float64(i%97)
		s, c := math.Sincos(math.Mod(x, 360) * math.Pi / 180) // Mod is exact
		fs, fc := sincosDegPeriodic(x)
		worstCos = max(worstCos, math.Abs(cosDegPeriodic(x)-c), math.Abs(fc-c))
		worstSin = max(worstSin, math.Abs(fs-s))
	}
	if worstCos > 2e-13 || worstSin > 1.1e-12 {
		t.Errorf("cosines differ from math.Sincos by up to %g, sines by %g", worstCos, worstSin)
	}
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		s, c := sincosDegPeriodic(x)
		if c0 := cosDegPeriodic(x); !math.IsNaN(c0) || !math.IsNaN(s) || !math.IsNaN(c) {
			t.Errorf("trigonometry of %v: %v %v %v, want NaN", x, c0, s, c)
		}
	}
}

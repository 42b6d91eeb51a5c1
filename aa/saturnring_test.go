package aa

import "testing"

func TestSaturnRing(t *testing.T) {
	full := SaturnRingAspect(2448972.50068, VSOP87Full)
	approx(t, "B full", full.B.Deg(), 16.442, 5e-4)
	approx(t, "P full", full.P.Deg(), 6.741, 5e-4)
}

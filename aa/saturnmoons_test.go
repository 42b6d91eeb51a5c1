package aa

import (
	"testing"
)

func TestSaturnMoonsTruncated(t *testing.T) {
	a := SaturnMoons(2451439.50074, VSOP87Truncated)
	b := SaturnMoons(2451439.50074, VSOP87Full)
	for i := range a {
		approx(t, "X", a[i].X-b[i].X, 0, 0.002)
		approx(t, "Y", a[i].Y-b[i].Y, 0, 0.002)
	}
}

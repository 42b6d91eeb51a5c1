package aa

import (
	"testing"
)

func TestSaturnMoonsTruncated(t *testing.T) {
	a, err := Saturn.SaturnMoons(2451439.50074)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Saturn.Full().SaturnMoons(2451439.50074)
	for i := range a {
		approx(t, "X", a[i].X-b[i].X, 0, 0.002)
		approx(t, "Y", a[i].Y-b[i].Y, 0, 0.002)
	}
	if _, err := Jupiter.SaturnMoons(2451439.5); err == nil {
		t.Error("Jupiter accepted")
	}
}

package aa

import (
	"fmt"
	"testing"
)

func ExamplePlanet_SaturnMoons() {
	// Meeus Example 46.a: 1999 October 16 at 12h UT (JDE 2451439.50074).
	pos, _ := Saturn.Full().SaturnMoons(2451439.50074)
	for i, p := range pos {
		fmt.Printf("%d: %+7.3f %+7.3f\n", i+1, p.X, p.Y)
	}
	// Output:
	// 1:  +3.102  -0.204
	// 2:  +3.823  +0.318
	// 3:  +4.027  -1.061
	// 4:  -5.365  -1.148
	// 5:  -0.972  -3.136
	// 6: +14.568  +4.738
	// 7: -18.001  -5.328
	// 8: -48.760  +4.137
}

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

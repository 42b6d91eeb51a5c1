package aa

import (
	"errors"
	"fmt"
	"testing"
)

func ExamplePlanet_Ring() {
	// Meeus Example 45.a: 1992 December 16 at 0h UT (JDE 2448972.50068).
	r, _ := Saturn.Ring(2448972.50068)
	fmt.Printf("B = %.3f°, B′ = %.3f°, ΔU = %.3f°, P = %.3f°\n", r.B.Deg(), r.BSun.Deg(), r.DeltaU.Deg(), r.P.Deg())
	fmt.Printf("a = %.2f″, b = %.2f″\n", r.Major.ArcSec(), r.Minor.ArcSec())
	// Output:
	// B = 16.442°, B′ = 14.679°, ΔU = 4.198°, P = 6.741°
	// a = 35.87″, b = 10.15″
}

func TestSaturnRing(t *testing.T) {
	full, _ := Saturn.Full().Ring(2448972.50068)
	approx(t, "B full", full.B.Deg(), 16.442, 5e-4)
	approx(t, "P full", full.P.Deg(), 6.741, 5e-4)
	if _, err := Jupiter.Ring(2448972.5); !errors.Is(err, ErrInvalidPlanet) {
		t.Error("Jupiter has no ring here")
	}
}

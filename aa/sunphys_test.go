package aa

import (
	"fmt"
	"testing"
)

func ExampleSunTheory_Physical() {
	// Meeus Example 29.a: 1992 October 13.5 TD.
	d := Sun.Physical(2448908.50068)
	fmt.Printf("P = %.2f°, B0 = %+.2f°, L0 = %.2f°\n", d.P.Deg(), d.B0.Deg(), d.L0.Deg())
	// Output:
	// P = 26.27°, B0 = +5.99°, L0 = 238.63°
}

func TestCarringtonRotation(t *testing.T) {
	// Meeus p. 192: rotation 1699 starts 1980 August 29.22 (JDE 2444480.723).
	approx(t, "C1699", float64(CarringtonRotation(1699)), 2444480.7230, 5e-5)
}

package aa

import (
	"fmt"
	"testing"
)

func ExamplePlanet_JupiterDisk() {
	// Meeus Example 43.a: 1992 December 16 at 0h UT (JDE 2448972.50068).
	j, _ := Jupiter.JupiterDisk(2448972.50068)
	fmt.Printf("DS = %+.2f°, DE = %+.2f°\n", j.DS.Deg(), j.DE.Deg())
	fmt.Printf("ω1 = %.2f°, ω2 = %.2f°, P = %.2f°\n", j.Omega1.Deg(), j.Omega2.Deg(), j.P.Deg())
	// Output:
	// DS = -2.20°, DE = -2.48°
	// ω1 = 268.06°, ω2 = 72.74°, P = 24.80°
}

func TestJupiterDiskApproxExample43b(t *testing.T) {
	j := JupiterDiskApprox(2448972.50068)
	approx(t, "DS", j.DS.Deg(), -2.194, 5e-4)
	approx(t, "DE", j.DE.Deg(), -2.50, 5e-3)
	approx(t, "ω1", j.Omega1.Deg(), 268.12, 5e-3)
	approx(t, "ω2", j.Omega2.Deg(), 72.79, 5e-3)
	if _, err := Saturn.JupiterDisk(2448972.5); err == nil {
		t.Error("Saturn accepted")
	}
}

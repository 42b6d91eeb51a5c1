package aa

import (
	"fmt"
	"testing"
)

func ExamplePlanet_MarsDisk() {
	// Meeus Example 42.a: 1992 November 9 at 0h UT (JDE 2448935.500683).
	m, _ := Mars.MarsDisk(2448935.500683)
	fmt.Printf("DE = %+.2f°, DS = %+.2f°, ω = %.2f°\n", m.DE.Deg(), m.DS.Deg(), m.Omega.Deg())
	fmt.Printf("P = %.2f°, Q = %.2f°\n", m.P.Deg(), m.Q.Deg())
	fmt.Printf("d = %.2f″, k = %.4f, q = %.2f″\n", m.D.ArcSec(), m.K, m.QDef.ArcSec())
	// Output:
	// DE = +12.44°, DS = -2.76°, ω = 111.55°
	// P = 347.64°, Q = 279.91°
	// d = 10.75″, k = 0.9012, q = 1.06″
}

func TestMarsDiskErrors(t *testing.T) {
	if _, err := Venus.MarsDisk(2448935.5); err == nil {
		t.Error("Venus accepted")
	}
	full, _ := Mars.Full().MarsDisk(2448935.500683)
	approx(t, "DE full", full.DE.Deg(), 12.44, 0.005)
}

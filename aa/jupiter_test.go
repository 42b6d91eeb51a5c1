package aa

import (
	"testing"
)

func TestJupiterPhysicalApproxExample43b(t *testing.T) {
	j := JupiterPhysicalApprox(2448972.50068)
	approx(t, "DS", j.DS.Deg(), -2.194, 5e-4)
	approx(t, "DE", j.DE.Deg(), -2.50, 5e-3)
	approx(t, "ω1", j.Omega1.Deg(), 268.12, 5e-3)
	approx(t, "ω2", j.Omega2.Deg(), 72.79, 5e-3)
}

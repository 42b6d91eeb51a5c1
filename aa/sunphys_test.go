package aa

import (
	"testing"
)

func TestCarringtonRotation(t *testing.T) {
	// Meeus p. 192: rotation 1699 starts 1980 August 29.22 (JDE 2444480.723).
	approx(t, "C1699", float64(CarringtonRotation(1699)), 2444480.7230, 5e-5)
}

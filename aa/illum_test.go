package aa

import (
	"math"
	"testing"
)

func TestIllumExample41(t *testing.T) {
	i := PhaseAngle(0.724604, 0.910947, 0.983824)
	approx(t, "cos i", i.Cos(), 0.29312, 5e-6)
	approx(t, "k", IlluminatedFraction(i), 0.647, 5e-4)
	approx(t, "k Venus approx", VenusIlluminatedFractionApprox(2448976.5), 0.640, 5e-4) // Example 41.b
	i2, k, err := Venus.Phase(2448976.5)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "i (Venus.Phase)", i2.Deg(), i.Deg(), 1e-3)
	approx(t, "k (Venus.Phase)", k, 0.647, 5e-4)
	// Example 41.c and 41.d (Müller's formulae).
	approx(t, "Venus", Magnitude(Venus, Muller, 0.724604, 0.910947, Deg(72.96), 0, 0), -3.8, 0.05)
	approx(t, "Saturn", Magnitude(Saturn, Muller, 9.867882, 10.464606, 0, Deg(16.442), Deg(4.198)), 0.9, 0.05)
	if !math.IsNaN(Magnitude(earthPlanet, Muller, 1, 1, 0, 0, 0)) {
		t.Error("Earth magnitude")
	}
}

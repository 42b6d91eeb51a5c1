package aa

import (
	"errors"
	"math"
	"testing"
)

func TestPlanetConstants(t *testing.T) {
	c, err := Jupiter.Full().Constants()
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "Jupiter radius", c.EquatorialRadius, 71492, 0)
	// Escape velocity and surface gravity follow from mass and radius
	// (G = 6.674e-11) to the precision of the table.
	for p := Mercury; p <= Neptune; p++ {
		c, _ := p.Constants()
		gm := 6.6743e-11 * c.Mass * 1e24
		r := c.MeanRadius * 1000
		approx(t, p.String()+" escape velocity", math.Sqrt(2*gm/r)/1000, c.EscapeVelocity, 0.02*c.EscapeVelocity)
		rho := c.Mass * 1e27 / (4.0 / 3 * math.Pi * math.Pow(c.MeanRadius*1e5, 3))
		approx(t, p.String()+" density", rho, c.BulkDensity, 0.01*c.BulkDensity)
	}
	if _, err := Planet(99).Constants(); !errors.Is(err, ErrInvalidPlanet) {
		t.Error("Planet(99) accepted")
	}
	approx(t, "light time", LightTimePerAU, AUKilometres/SpeedOfLightKilometresPerSecond/86400, 1e-9)
}

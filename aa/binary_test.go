package aa

import (
	"fmt"
	"testing"
)

// Examples 57.a and 57.b, p. 398–400: η Coronae Borealis in 1980.0.
func ExampleBinaryOrbit_Position() {
	o := BinaryOrbit{Period: 41.623, Periastron: 1934.008, E: 0.2763, A: ArcSec(0.907),
		I: Deg(59.025), Node: Deg(23.717), ArgPeri: Deg(219.907)}
	p, _ := o.Position(1980)
	fmt.Printf("M = %.3f, E = %.3f\n", p.MeanAnomaly.Deg(), p.EccentricAnomaly.Deg())
	fmt.Printf("theta = %.1f, rho = %.3f″\n", p.PositionAngle.Deg(), p.Separation.ArcSec())
	fmt.Printf("apparent eccentricity %.3f\n", o.ApparentEccentricity())
	// Output:
	// M = 37.788, E = 49.896
	// theta = 318.4, rho = 0.411″
	// apparent eccentricity 0.860
}

func TestBinaryOrbitErrors(t *testing.T) {
	for _, o := range []BinaryOrbit{{Period: 0, E: 0.1}, {Period: 10, E: 1}, {Period: 10, E: -0.1}} {
		if _, err := o.Position(2000); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	// A circular face-on orbit keeps its separation.
	o := BinaryOrbit{Period: 10, A: ArcSec(1)}
	for y := 0.0; y < 10; y += 1.3 {
		p, err := o.Position(y)
		if err != nil {
			t.Fatal(err)
		}
		approx(t, "rho", p.Separation.ArcSec(), 1, 1e-12)
	}
}

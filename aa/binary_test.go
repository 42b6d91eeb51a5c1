package aa

import (
	"testing"
)

func TestBinaryOrbitErrors(t *testing.T) {
	for _, o := range []BinaryOrbit{{PeriodYears: 0, E: 0.1}, {PeriodYears: 10, E: 1}, {PeriodYears: 10, E: -0.1}} {
		if _, err := o.Position(2000); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	// A circular face-on orbit keeps its separation.
	o := BinaryOrbit{PeriodYears: 10, A: ArcSec(1)}
	for y := Year(0); y < 10; y += 1.3 {
		p, err := o.Position(y)
		if err != nil {
			t.Fatal(err)
		}
		approx(t, "rho", p.Separation.ArcSec(), 1, 1e-12)
	}
}

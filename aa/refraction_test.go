package aa

import (
	"fmt"
	"testing"
)

func ExampleRefractionFromApparent() {
	// Meeus Example 16.a, p. 107: the Sun's lower limb observed at 0.5°.
	h0 := Deg(0.5)
	r := RefractionFromApparent(h0)
	fmt.Printf("R = %.3f′\n", r.ArcMin())
	lower := h0 - r
	fmt.Printf("true lower limb %.3f′\n", lower.ArcMin())
	upper := lower + ArcMin(32)
	fmt.Printf("true upper limb %.3f′\n", upper.ArcMin())
	fmt.Printf("R = %.3f′\n", RefractionFromTrue(upper).ArcMin())
	// Output:
	// R = 28.754′
	// true lower limb 1.246′
	// true upper limb 33.246′
	// R = 24.618′
}

func TestRefraction(t *testing.T) {
	// Zero at the zenith; about 34′ at the horizon; both directions agree
	// to 0.1′ (Meeus p. 106–107).
	if r := RefractionFromApparent(Deg(90)); r != 0 {
		t.Errorf("R(90°) = %v″", r.ArcSec())
	}
	approx(t, "R(0)", RefractionFromApparent(0).ArcMin(), 34.5, 0.6)
	for h := 0.0; h <= 90; h += 0.5 {
		ha := ApparentAltitude(Deg(h))
		approx(t, fmt.Sprint("round trip ", h), TrueAltitude(ha).ArcMin(), Deg(h).ArcMin(), 0.25)
		approx(t, "precise", RefractionFromApparentPrecise(Deg(h)).ArcMin(), RefractionFromApparent(Deg(h)).ArcMin(), 0.1)
	}
	approx(t, "factor", RefractionFactor(1010, 10), 1, 1e-15)
	if r := RefractionFromApparent(Deg(-30)); r != RefractionFromApparent(Deg(-1.9)) {
		t.Error("no clamping below the horizon")
	}
}

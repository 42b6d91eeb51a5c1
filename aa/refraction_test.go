package aa

import (
	"fmt"
	"testing"
)

func TestRefraction(t *testing.T) {
	// Zero at the zenith; about 34′ at the horizon; both directions agree
	// to 0.1′ (Meeus p. 106–107).
	if r := RefractionFromApparentApprox(Deg(90)); r != 0 {
		t.Errorf("R(90°) = %v″", r.ArcSec())
	}
	approx(t, "R(0)", RefractionFromApparentApprox(0).ArcMin(), 34.5, 0.6)
	for h := 0.0; h <= 90; h += 0.5 {
		ha := ApparentAltitude(Deg(h))
		approx(t, fmt.Sprint("round trip ", h), TrueAltitude(ha).ArcMin(), Deg(h).ArcMin(), 0.25)
		approx(t, "precise", RefractionFromApparent(Deg(h)).ArcMin(), RefractionFromApparentApprox(Deg(h)).ArcMin(), 0.1)
	}
	approx(t, "factor", RefractionFactor(1010, 10), 1, 1e-15)
	if r := RefractionFromApparentApprox(Deg(-30)); r != RefractionFromApparentApprox(Deg(-1.9)) {
		t.Error("no clamping below the horizon")
	}
}

// TestTrueAltitudeUsesBestRefraction pins the naming rule: the unsuffixed
// TrueAltitude uses the unsuffixed (corrected) formula, not the Approx one.
func TestTrueAltitudeUsesBestRefraction(t *testing.T) {
	for h := -1.0; h <= 90; h += 0.25 {
		h0 := Deg(h)
		if got, want := TrueAltitude(h0), h0-RefractionFromApparent(h0); got != want {
			t.Errorf("TrueAltitude(%g°) = %v, want %v", h, got, want)
		}
	}
	// At 5° (R ≈ 9.9′) Bennett's correction −0.06 sin(14.7R + 13°) is ≈ −0.02′, so
	// the two formulas must differ there.
	if d := (RefractionFromApparent(Deg(5)) - RefractionFromApparentApprox(Deg(5))).ArcMin(); d == 0 {
		t.Error("RefractionFromApparent equals the uncorrected formula at 5°")
	}
}

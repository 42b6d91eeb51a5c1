package aa

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestPlutoAstrometricExample37a(t *testing.T) {
	q, d, err := Pluto.Astrometric(2448908.5, Sun)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "α s", (q.RA-HMS(false, 15, 31, 43.8)).Hours()*3600, 0, 0.05)
	approx(t, "δ″", (q.Dec - DMS(true, 4, 27, 29)).ArcSec(), 0, 0.5)
	approx(t, "Δ", d, 30.528, 0.001) // Meeus: Δ = 30.528110 (p. 267)
	if _, _, err := Pluto.Heliocentric(2300000); !errors.Is(err, ErrTime) {
		t.Errorf("1885 limit not enforced: %v", err)
	}
	if _, _, err := Pluto.Astrometric(2500000, Sun); !errors.Is(err, ErrTime) {
		t.Errorf("2099 limit not enforced: %v", err)
	}
	if _, d, ok := plutoAstrometric(2500000, Sun); ok || !math.IsNaN(d) {
		t.Error("2099 limit not enforced internally")
	}
	for _, jde := range []TT{TT(math.NaN()), TT(math.Inf(1)), TT(math.Inf(-1))} {
		if _, _, err := Pluto.Heliocentric(jde); !errors.Is(err, ErrTime) {
			t.Errorf("Heliocentric(%v): %v", jde, err)
		}
	}
}

func TestPlutoApparent(t *testing.T) {
	jde := TT(2448908.5)
	a, _, _ := Pluto.Astrometric(jde, Sun)
	q, d, ok := plutoApparent(jde, Sun)
	if !ok {
		t.Fatal("not ok")
	}
	// Precession from J2000 back to 1992.8 (about 50″ a year) dominates;
	// nutation and aberration add less than 40″.
	if s := Separation(a, q).ArcSec(); s < 60 || s > 600 {
		t.Errorf("apparent − astrometric = %.1f″", s)
	}
	approx(t, "Δ", d, 30.528, 0.001)
	r, err := Pluto.RiseTransitSet(Geographic{Lat: Deg(45), Lon: Deg(7)}, 2448908.5)
	if err != nil || r.Status != RisesAndSets {
		t.Fatalf("%v %v", r.Status, err)
	}
	if _, err := Pluto.RiseTransitSet(Geographic{}, 2600000); err == nil {
		t.Error("2200 accepted")
	}
}

// Outside Pluto's span the error is ErrTime and says which span; a planet's
// Geometric place outside the ephemeris span is ErrTime like its Apparent one.
func TestSpanErrorsSayWhich(t *testing.T) {
	_, err := Pluto.Apparent(2300000)
	if !errors.Is(err, ErrTime) || !strings.Contains(err.Error(), "1885–2099") {
		t.Errorf("Pluto.Apparent before 1885: %v", err)
	}
	for _, jde := range []TT{TT(math.NaN()), EphemerisLast + 1} {
		if _, err := Venus.Geometric(jde); !errors.Is(err, ErrTime) {
			t.Errorf("Venus.Geometric(%v): %v, want ErrTime", jde, err)
		}
	}
}

package aa

import (
	"math"
	"testing"
)

func TestMarsPhysicalFull(t *testing.T) {
	full := MarsPhysical(2448935.500683, VSOP87Full)
	approx(t, "DE full", full.DE.Deg(), 12.44, 0.005)
}

// TestPlanetTheoryInvalid: the routines of one planet take a PlanetTheory; a
// value other than the two constants gives NaN in every field, never a
// position from some other series.
func TestPlanetTheoryInvalid(t *testing.T) {
	const jde = 2448972.50068
	for _, bad := range []PlanetTheory{2, 0x10, 255} {
		m := MarsPhysical(jde, bad)
		j := JupiterPhysical(jde, bad)
		r := SaturnRingAspect(jde, bad)
		g := GalileanMoons(jde, bad)
		s := SaturnMoons(jde, bad)
		for name, v := range map[string]float64{
			"Mars DE": float64(m.DE), "Mars K": m.K, "Mars q": float64(m.QDef),
			"Jupiter DS": float64(j.DS), "Jupiter P": float64(j.P),
			"ring B": float64(r.B), "ring minor": float64(r.Minor),
			"Io X": g[0].X, "Callisto Z": g[3].Z, "Mimas X": s[0].X, "Iapetus Z": s[7].Z,
		} {
			if !math.IsNaN(v) {
				t.Errorf("PlanetTheory(%d): %s = %g, want NaN", bad, name, v)
			}
		}
	}
	// Planet.Theory maps a Planet's series onto the argument.
	if Saturn.Theory() != VSOP87Truncated || Saturn.Full().Theory() != VSOP87Full {
		t.Error("Planet.Theory")
	}
	a, b := SaturnRingAspect(jde, Saturn.Full().Theory()), SaturnRingAspect(jde, VSOP87Full)
	if a != b {
		t.Errorf("Saturn.Full().Theory() ring %+v, VSOP87Full %+v", a, b)
	}
}

// TestOnePlanetRoutinesNoAllocs: the package functions of ch. 42–46 and the
// enum-selected routines return values without allocating.
func TestOnePlanetRoutinesNoAllocs(t *testing.T) {
	const jde = 2448972.50068
	var (
		mars  MarsDisk
		jup   JupiterDisk
		ring  SaturnRing
		gal   [4]SatellitePosition
		sat   [8]SatellitePosition
		jde2  TT
		ang   Angle
		n     int
		err   error
		elems = OrbitalElements{PeriDist: 0.5, Ecc: 0.6, Perihelion: jde}
	)
	for name, f := range map[string]func(){
		"MarsPhysical":       func() { mars = MarsPhysical(jde, VSOP87Truncated) },
		"JupiterPhysical":    func() { jup = JupiterPhysical(jde, VSOP87Truncated) },
		"SaturnRingAspect":   func() { ring = SaturnRingAspect(jde, VSOP87Truncated) },
		"GalileanMoons":      func() { gal = GalileanMoons(jde, VSOP87Truncated) },
		"SaturnMoons":        func() { sat = SaturnMoons(jde, VSOP87Truncated) },
		"MoonMaxDeclination": func() { jde2, ang, err = MoonMaxDeclination(1988.95, South) },
		"MoonApsisMean":      func() { jde2, err = MoonApsisMean(1988.75, Perigee) },
		"MoonNodePassage":    func() { jde2, err = MoonNodePassage(1987.37, DescendingNode) },
		"NodePassage":        func() { jde2, _, err = elems.NodePassage(DescendingNode) },
		"DayOfYear":          func() { n, err = DayOfYear(1988, 4, 22, Julian) },
	} {
		if a := testing.AllocsPerRun(20, f); a != 0 {
			t.Errorf("%s: %v allocs", name, a)
		}
	}
	_, _, _, _, _, _, _, _, _ = mars, jup, ring, gal, sat, jde2, ang, n, err
}

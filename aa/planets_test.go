package aa

import (
	"errors"
	"math"
	"testing"
)

func TestPlanetValues(t *testing.T) {
	if Jupiter.Full().Truncated() != Jupiter || !Jupiter.Full().IsFull() || Jupiter.IsFull() {
		t.Error("Full/Truncated")
	}
	if Jupiter.String() != "Jupiter" || Jupiter.Full().String() != "Jupiter (full VSOP87)" || Planet(0).String() != "invalid planet" {
		t.Error("String")
	}
	for _, p := range []Planet{0, 9, 0x20 | Mars, 0xff, Planet(0).Full()} {
		if p.Valid() {
			t.Errorf("%d valid", p)
		}
		pos, r := p.Heliocentric(J2000)
		if !math.IsNaN(float64(pos.Lon)) || !math.IsNaN(r) {
			t.Errorf("Planet(%d).Heliocentric not NaN", p)
		}
		if _, err := p.Apparent(J2000); !errors.Is(err, ErrInvalidPlanet) {
			t.Errorf("Planet(%d).Apparent: %v", p, err)
		}
	}
}

// TestBadInputsDoNotPanic feeds NaN, infinities and absurd values to the
// exported routines of chapters 25–46: they must return errors or NaN.
func TestBadInputsDoNotPanic(t *testing.T) {
	bad := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, -1, 1e300}
	site := Geographic{Lat: Deg(45)}
	for _, x := range bad {
		j, u, y := TT(x), UT(x), Year(x)
		a := Angle(x)
		for _, p := range []Planet{Mercury, earthPlanet, Jupiter.Full(), Saturn, Planet(0)} {
			p.Heliocentric(j)
			p.Apparent(j)
			p.Geometric(j)
			p.MeanElements(j)
			p.MeanElementsJ2000(j)
			p.Phase(j)
			p.Magnitude(j, Muller)
			p.PerihelionApprox(y)
			p.Perihelion(y)
			p.PhenomenonApprox(Opposition, y)
			p.Phenomenon(Station1, y)
			p.RiseTransitSet(site, u)
			p.Topocentric(site, u)
			SaturnRingAspect(j, p.Theory())
			MarsPhysical(j, p.Theory())
			JupiterPhysical(j, p.Theory())
			GalileanMoons(j, p.Theory())
			SaturnMoons(j, p.Theory())
			p.InstantaneousVelocity(j)
			p.Constants()
		}
		for _, s := range []SunTheory{Sun, Sun.Full(), Sun.Approx()} {
			s.Apparent(j)
			s.apparentEquatorial(j)
			s.Rectangular(j)
			s.RectangularJ2000(j)
			s.EquationOfTime(j)
			s.Physical(j)
			s.Season(y, JuneSolstice)
			s.RiseTransitSet(site, u)
		}
		Kepler(x, a)
		KeplerIterate(x, a, 8)
		KeplerNewton(x, a, 8)
		KeplerBisect(x, a)
		KeplerApprox(x, a)
		Parabolic(x, x)
		NearParabolic(x, x, x)
		_, _, _ = Pluto.Heliocentric(j)
		_, _, _ = Pluto.Astrometric(j, Sun)
		k := OrbitalElements{OrbitOrientation{a, a, a}, j, x, x}
		k.Position(j, Sun)
		k.NodePassage(AscendingNode)
		EllipticOrbit(x, x, a, a, a, j).Position(j, Sun)
		GalileanMoonsApprox(j)
		JupiterPhysicalApprox(j)
		SunLongitudeVariation(j)
		CarringtonRotation(int(math.Min(math.Max(x, -1e6), 1e6)))
		Topocentric(Equatorial{a, a}, x, site, u)
	}
	if _, err := Kepler(1, 0.5); !errors.Is(err, ErrEccentricity) {
		t.Error("Kepler(e = 1) accepted")
	}
	if _, _, err := (OrbitalElements{PeriDist: math.NaN(), Ecc: 0.5}).AnomalyDistance(J2000); !errors.Is(err, ErrElements) {
		t.Error("NaN q accepted")
	}
}

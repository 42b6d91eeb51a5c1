package aa

import "math"

// aa-js extras for the Moon: age, phase name, topocentric radial velocity.

// SynodicMonth is the mean length of the synodic month in days.
const SynodicMonth = 29.53058770576

// MoonPhaseName names the eight phases of the Moon's age, as aa-js
// MoonPhase.
type MoonPhaseName int

// The phase names, in the order of aa-js MoonPhase.
const (
	PhaseNew MoonPhaseName = iota
	PhaseWaxingCrescent
	PhaseFirstQuarter
	PhaseWaxingGibbous
	PhaseFull
	PhaseWaningGibbous
	PhaseLastQuarter
	PhaseWaningCrescent
)

func (p MoonPhaseName) String() string {
	switch p {
	case PhaseNew:
		return "New Moon"
	case PhaseWaxingCrescent:
		return "Waxing Crescent"
	case PhaseFirstQuarter:
		return "First Quarter"
	case PhaseWaxingGibbous:
		return "Waxing Gibbous"
	case PhaseFull:
		return "Full Moon"
	case PhaseWaningGibbous:
		return "Waning Gibbous"
	case PhaseLastQuarter:
		return "Last Quarter"
	case PhaseWaningCrescent:
		return "Waning Crescent"
	}
	return "invalid"
}

// moonPhaseUpperLimits are aa-js MOON_PHASE_UPPER_LIMITS: the upper bounds
// of the age, in synodic months, of each named phase (each principal phase
// spans one day on either side of its instant).
var moonPhaseUpperLimits = [8]float64{
	0.033863193308711, 0.216136806691289, 0.283863193308711, 0.466136806691289,
	0.533863193308711, 0.716136806691289, 0.783863193308711, 0.966136806691289,
}

// Age returns the Moon's age at jde (TT): the days elapsed since the last true
// New Moon ([PreviousMoonPhase]).
func (MoonTheory) Age(jde TT) (float64, error) {
	nm, err := PreviousMoonPhase(jde, NewMoon)
	if err != nil {
		return 0, err
	}
	return float64(jde - nm), nil
}

// PhaseName returns the name of the Moon's phase at jde (TT) from its age in
// units of the mean synodic month and aa-js' limits.
func (m MoonTheory) PhaseName(jde TT) (MoonPhaseName, error) {
	age, err := m.Age(jde)
	if err != nil {
		return 0, err
	}
	f := age / SynodicMonth
	for i, lim := range moonPhaseUpperLimits {
		if f <= lim {
			return MoonPhaseName(i), nil
		}
	}
	return PhaseNew, nil
}

// moonTopocentricRange returns the distance in km from the observer to the
// Moon's centre at jd (UT).
func moonTopocentricRange(m MoonTheory, site Geographic, rhoSin, rhoCos float64, jd UT) float64 {
	jde := jd.TT()
	q, dist := m.apparentEquatorial(jde)
	sd, cd := q.Dec.SinCos()
	sa, ca := q.RA.SinCos()
	st, ct := LocalApparentSidereal(jd, site.Lon).SinCos()
	x := dist*cd*ca - EarthRadiusKilometresMeeus*rhoCos*ct
	y := dist*cd*sa - EarthRadiusKilometresMeeus*rhoCos*st
	z := dist*sd - EarthRadiusKilometresMeeus*rhoSin
	return math.Sqrt(x*x + y*y + z*z)
}

// TopocentricRadialVelocity returns the rate of change of the distance between
// the observer at site and the Moon's centre at jd (UT), in km/s (positive
// when receding), by a central difference over ±60 s of the topocentric
// distance from [MoonTheory.Apparent], the apparent sidereal time and the
// observer's place on the ellipsoid [Earth76]. It does not allocate.
func (m MoonTheory) TopocentricRadialVelocity(site Geographic, jd UT) (kmPerSecond float64) {
	rs, rc := Earth76.ParallaxConstants(site.Lat, site.HeightMetres)
	const h = 60.0 / secondsPerDay
	return (moonTopocentricRange(m, site, rs, rc, jd+h) - moonTopocentricRange(m, site, rs, rc, jd-h)) / 120
}

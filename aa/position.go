package aa

import "math"

// Position is the apparent geocentric place of a body at an instant, the
// one shape returned by [SunTheory.Apparent], [MoonTheory.Apparent],
// [Planet.Apparent] and [PlutoTheory.Apparent].
type Position struct {
	// Ecliptic is λ, β referred to the true equinox of the date.
	Ecliptic Ecliptic
	// Equatorial is α, δ referred to the true equator and equinox of the
	// date.
	Equatorial Equatorial
	// Distance is the geocentric distance in AU (for the Moon between the
	// centres of the Earth and the Moon).
	Distance float64
}

// DistanceKilometres returns Distance in km, the unit of the Moon's theory
// and parallax.
func (p Position) DistanceKilometres() float64 { return p.Distance * AUKilometres }

// validSite reports whether site's latitude is within ±90° and its
// longitude within ±360° (a longitude of 1e18° is finite, but no turn count
// of its float64 is meaningful).
func validSite(site Geographic) bool { return validPoint(site.Lon, site.Lat) }

// validPoint is validSite for a longitude and a latitude, on the Earth or
// on the Moon.
func validPoint(lon, lat Angle) bool {
	return math.Abs(float64(lat)) <= pi/2 && math.Abs(float64(lon)) <= 2*pi
}

// PlutoTheory selects Pluto's theory: the 43 periodic terms of Meeus ch. 37,
// valid 1885–2099, the only one the package has; [Pluto] is its value.
type PlutoTheory uint8

// Pluto is Pluto (Meeus ch. 37) as a body with the same Apparent and
// RiseTransitSet as [Sun], [Moon] and the planets.
const Pluto PlutoTheory = 0

// Apparent returns Pluto's apparent place at jde (TT): the astrometric place
// of [PlutoTheory.Astrometric] (with [Sun]) precessed to the date (Meeus eq.
// 21.2–21.4), then corrected for nutation and annual aberration as for a
// star (ch. 23), α, δ on the true equator and equinox of the date and λ, β
// from them with the true obliquity; the distance Δ in AU. The light time is
// already in the astrometric place. A jde outside 1885–2099 gives ErrTime.
func (PlutoTheory) Apparent(jde TT) (Position, error) {
	q, dist, ok := plutoApparent(jde, Sun)
	if !ok {
		return Position{}, errPlutoSpan
	}
	_, deps := Nutation(jde)
	return Position{q.Ecliptic(MeanObliquity(jde) + deps), q, dist}, nil
}

func (PlutoTheory) eventPlace(jde TT) (Equatorial, Angle, bool) {
	q, _, ok := plutoApparent(jde, Sun)
	return q, StdAltitudeStar, ok && finiteEq(q)
}

package aa

import (
	"errors"
	"math"
)

// Transit helpers for exoplanets, after aa-js exoplanets (not in Meeus).

// JupiterRadiusKilometres is Jupiter's equatorial radius in km.
const JupiterRadiusKilometres = 71492.0

// TransitingPlanet describes a planet transiting its star.
type TransitingPlanet struct {
	Period             float64 // orbital period in days
	Epoch              JD      // time of one mid-transit (the results use its time scale)
	A                  float64 // semi-major axis in AU
	StarRadiusSolar    float64 // stellar radius in solar radii (multiples of [SunRadiusKilometres])
	PlanetRadiusJovian float64 // planet radius in Jupiter radii (multiples of [JupiterRadiusKilometres])
	// Inclination of the orbit to the plane of the sky; 90° for a central
	// transit (the zero value is replaced by 90°).
	Inclination Angle
	E           float64 // eccentricity, 0 ≤ E < 1
	ArgPeri     Angle   // argument of periastron ω of the planet's orbit
}

// Transit holds the first contact, mid-transit and last contact of a
// transit.
type Transit struct {
	Start, Center, End JD
}

// ErrNoTransit is returned when the planet's disk misses the star's
// (impact parameter above 1 + Rp/R★) or the elements are invalid.
var ErrNoTransit = errors.New("aa: no transit: invalid elements or the planet misses the star")

func (p TransitingPlanet) inclination() Angle {
	if p.Inclination == 0 {
		return Deg(90)
	}
	return p.Inclination
}

// Durations returns the total duration (first to fourth contact) and the full
// duration (second to third contact, 0 for a grazing transit) in days, and the
// impact parameter b in stellar radii, from Winn (2010, in Exoplanets, ed.
// Seager, eq. 7, 14 and 16): T = P/π·asin(R★/a·√((1 ± k)² − b²)/sin i)·√(1 −
// e²)/(1 + e·sin ω).
func (p TransitingPlanet) Durations() (total, full, impact float64, err error) {
	if !(p.Period > 0 && p.A > 0 && p.StarRadiusSolar > 0 && p.PlanetRadiusJovian >= 0 && p.E >= 0 && p.E < 1) ||
		!finite(p.Period) || !finite(p.A) || !finite(p.StarRadiusSolar) || !finite(p.PlanetRadiusJovian) {
		return 0, 0, 0, ErrNoTransit
	}
	rs := p.StarRadiusSolar * SunRadiusKilometres / AUKilometres
	k := p.PlanetRadiusJovian * JupiterRadiusKilometres / (p.StarRadiusSolar * SunRadiusKilometres)
	si, ci := p.inclination().SinCos()
	ecc := (1 - p.E*p.E) / (1 + p.E*p.ArgPeri.Sin())
	b := p.A * ci / rs * ecc
	if math.Abs(b) >= 1+k {
		return 0, 0, b, ErrNoTransit
	}
	dur := func(kk float64) float64 {
		x := rs / p.A * math.Sqrt(kk*kk-b*b) / si
		return p.Period / math.Pi * math.Asin(math.Min(1, x)) * math.Sqrt(1-p.E*p.E) / (1 + p.E*p.ArgPeri.Sin())
	}
	total = dur(1 + k)
	if math.Abs(b) < 1-k {
		full = dur(1 - k)
	}
	return total, full, b, nil
}

// NextTransit returns the first transit whose mid-time follows after, with
// its contacts from [TransitingPlanet.Durations].
func (p TransitingPlanet) NextTransit(after JD) (Transit, error) {
	total, _, _, err := p.Durations()
	if err != nil {
		return Transit{}, err
	}
	c := NextTransitTime(after, p.Period, p.Epoch)
	if math.IsNaN(float64(c)) {
		return Transit{}, ErrTime
	}
	return Transit{Start: c - JD(total/2), Center: c, End: c + JD(total/2)}, nil
}

// NextTransitTime returns the first mid-transit time epoch + n·period (period
// in days) after after. It is NaN if after, epoch or the result lies outside
// [EphemerisFirst, EphemerisLast] or the period is not a positive finite
// number.
func NextTransitTime(after JD, period float64, epoch JD) JD {
	if !inSpan(after) || !inSpan(epoch) || !(period > 0) || !finite(period) {
		return JD(math.NaN())
	}
	n := math.Floor(float64(after-epoch)/period) + 1
	if t := epoch + JD(n*period); inSpan(t) {
		return t
	}
	return JD(math.NaN())
}

// TransitCenterFromPeriastron returns the first mid-transit time after
// the periastron passage periastron, for an orbit of period days,
// eccentricity e and argument of periastron argPeri: the planet transits
// at the true anomaly 90° − ω (Kepler's equation in reverse, Meeus
// eq. 30.1 and 30.4).
func TransitCenterFromPeriastron(period float64, periastron JD, e float64, argPeri Angle) (JD, error) {
	if !(period > 0 && e >= 0 && e < 1) || !finite(period) || !inSpan(periastron) {
		return 0, ErrNoTransit
	}
	nu := float64((Deg(90) - argPeri).Norm())
	ecc := 2 * math.Atan(math.Sqrt((1-e)/(1+e))*math.Tan(nu/2))
	m := normRad(ecc - e*math.Sin(ecc))
	return periastron + JD(period*m/(2*math.Pi)), nil
}

// TransitAltitude returns the geometric altitude of a star of apparent place q
// seen from site at jd (UT), e.g. at mid-transit, from the apparent sidereal
// time ([Equatorial.Horizontal]).
func TransitAltitude(q Equatorial, site Geographic, jd UT) Angle {
	return q.Horizontal(site, jd).Alt
}

// CulminationAltitude returns the geometric altitude of a body of declination
// dec at its upper culmination seen from latitude lat, 90° − |lat − dec|.
func CulminationAltitude(dec, lat Angle) Angle {
	return Deg(90) - Angle(math.Abs(float64(lat-dec)))
}

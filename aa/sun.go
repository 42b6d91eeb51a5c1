package aa

import "math"

// Chapter 25, Solar Coordinates.

// SunTheory selects the theory behind the Sun's position: the constant
// [Sun] uses Meeus' truncated VSOP87 for the Earth (Appendix III, as aa-js,
// within 0.4″ of the complete series over 1800–2200); Sun.Full() uses the
// complete VSOP87D series; Sun.Approx() the formulae of Meeus
// p. 163–165 (0.011°).
type SunTheory uint8

// Sun computes solar positions from the truncated VSOP87 series.
const Sun SunTheory = 0

// sunLowBit selects the low-accuracy formulae of Meeus ch. 25.
const sunLowBit SunTheory = 0x20

// Full returns the Sun computed from the complete VSOP87 series.
func (s SunTheory) Full() SunTheory { return (s | SunTheory(planetFullBit)) &^ sunLowBit }

// Approx returns the Sun computed from the low-accuracy formulae of
// Meeus p. 163–165: geometric ☉ and R from [SunGeometricApprox], β = 0,
// apparent λ = ☉ − 0.00569° − 0.00478° sin Ω and obliquity ε0 + 0.00256°
// cos Ω ([SunApparentEquatorialApprox]); within 40″ (0.011°) of Sun.Full()
// over 1900–2100. Rectangular J2000
// coordinates still use the truncated VSOP87.
func (s SunTheory) Approx() SunTheory { return sunLowBit }

// IsApprox reports whether s uses the low-accuracy formulae.
func (s SunTheory) IsApprox() bool { return s&sunLowBit != 0 }

// IsFull reports whether s uses the complete VSOP87 series.
func (s SunTheory) IsFull() bool { return Planet(s)&planetFullBit != 0 }

// earth returns the Earth model matching s.
func (s SunTheory) earth() Planet { return earthPlanet | Planet(s)&planetFullBit }

// SunMeanLongitude returns the geometric mean longitude L0 of the Sun referred
// to the mean equinox of the date (Meeus eq. 25.2), in [0, 2π); jde is TT.
func SunMeanLongitude(jde TT) Angle {
	t := centuries(jde)
	return Deg(normDeg(horner(t, 280.46646, 36000.76983, 0.0003032)))
}

// SunMeanAnomaly returns the mean anomaly M of the Sun (Meeus eq. 25.3), in
// [0, 2π); jde is TT.
func SunMeanAnomaly(jde TT) Angle {
	t := centuries(jde)
	return Deg(normDeg(horner(t, 357.52911, 35999.05029, -0.0001537)))
}

// EarthEccentricity returns the eccentricity e of the Earth's orbit (Meeus eq.
// 25.4); jde is TT.
func EarthEccentricity(jde TT) float64 {
	return horner(centuries(jde), 0.016708634, -0.000042037, -0.0000001267)
}

// EarthPerihelionLongitude returns the longitude π of the perihelion of the
// Earth's orbit, mean equinox of the date (Meeus p. 151), jde TT.
func EarthPerihelionLongitude(jde TT) Angle {
	return Deg(horner(centuries(jde), 102.93735, 1.71946, 0.00046))
}

// SunEquationOfCenter returns the Sun's equation of the center C (Meeus p.
// 164); jde is TT.
func SunEquationOfCenter(jde TT) Angle {
	s1, c1 := SunMeanAnomaly(jde).SinCos()
	return equationOfCenter(centuries(jde), s1, c1)
}

// SunTrueAnomaly returns the Sun's true anomaly ν = M + C (Meeus p. 164,
// Example 25.a: 277.09665° for 1992 October 13.0 TD), in [0, 2π); jde is TT.
func SunTrueAnomaly(jde TT) Angle {
	m := SunMeanAnomaly(jde)
	s1, c1 := m.SinCos()
	return (m + equationOfCenter(centuries(jde), s1, c1)).Norm()
}

// equationOfCenter evaluates C of Meeus p. 164 from sin M and cos M.
func equationOfCenter(t, s1, c1 float64) Angle {
	s2, c2 := 2*s1*c1, 1-2*s1*s1
	s3 := s1*c2 + c1*s2
	return Deg((1.914602-t*(0.004817+0.000014*t))*s1 + (0.019993-0.000101*t)*s2 + 0.000289*s3)
}

// SunGeometricApprox returns the true geometric longitude ☉ of the Sun (mean
// equinox of the date, [0, 2π)) and its radius vector R in AU from the
// formulae of Meeus p. 163–164 (Example 25.a): within 40″ (0.011°) in
// longitude and 0.0001 AU in R of Sun.Full() over 1900–2100; jde is TT.
func SunGeometricApprox(jde TT) (lon Angle, r float64) {
	lon, r, _ = sunLow(jde)
	return lon, r
}

// sunLow evaluates ☉, R and Ω (radians) of Meeus p. 163–164 with one
// sine/cosine pair for M.
func sunLow(jde TT) (lon Angle, r, om float64) {
	t := centuries(jde)
	m := SunMeanAnomaly(jde)
	e := EarthEccentricity(jde)
	s1, c1 := sinCos(float64(m))
	c := equationOfCenter(t, s1, c1)
	lon = (SunMeanLongitude(jde) + c).Norm()
	_, cv := sinCos(float64(m + c))
	return lon, 1.000001018 * (1 - e*e) / (1 + e*cv), (125.04 - 1934.136*t) * radPerDeg
}

// SunApparentLongitudeApprox returns the apparent longitude λ of the
// Sun, true equinox of the date, from ☉ − 0.00569° − 0.00478° sin Ω
// (Meeus p. 164, Example 25.a): within 40″ (0.011°) of Sun.Full() over
// 1900–2100; jde is TT.
func SunApparentLongitudeApprox(jde TT) Angle {
	lon, _, om := sunLow(jde)
	return (lon + Deg(-0.00569-0.00478*math.Sin(om))).Norm()
}

// SunApparentEquatorialApprox returns the apparent right ascension and
// declination of the Sun from the low-accuracy formulae of Meeus p. 165
// (eq. 25.6–25.8: obliquity ε0 + 0.00256° cos Ω), Example 25.a: within 40″
// (0.011°) of Sun.Full() over 1900–2100; jde is TT.
func SunApparentEquatorialApprox(jde TT) Equatorial {
	q, _ := sunApparentLow(jde)
	return q
}

func sunApparentLow(jde TT) (Equatorial, float64) {
	_, q, r := sunApparentLowPosition(jde)
	return q, r
}

// sunApparentLowPosition is the low-accuracy apparent place from one
// evaluation of the series: λ (not reduced to [0, 2π)), α, δ and R.
func sunApparentLowPosition(jde TT) (lam Angle, q Equatorial, r float64) {
	lon, r, om := sunLow(jde)
	so, co := sinCos(om)
	lam = lon + Deg(-0.00569-0.00478*so)
	eps := MeanObliquityIAU(jde) + Deg(0.00256*co)
	// Ecliptic{Lon: lam}.Equatorial(eps) with β = 0 (eq. 25.6, 25.7).
	sl, cl := sinCos(float64(lam))
	se, ce := sinCos(float64(eps))
	ra := math.Atan2(ce*sl, cl)
	dec := math.Asin(clamp1(se * sl))
	return lam, Equatorial{Angle(ra).Norm(), Angle(dec)}, r
}

// vsopGeometric returns the Sun's geometric position on the VSOP87
// dynamical ecliptic (☉ = L + 180°, β = −B) and R.
func (s SunTheory) vsopGeometric(jde TT) (Ecliptic, float64) {
	pos, r := s.earth().Heliocentric(jde)
	return Ecliptic{(pos.Lon + pi).Norm(), -pos.Lat}, r
}

// Geometric returns the Sun's geometric geocentric longitude ☉ and latitude β,
// FK5 system, mean equinox of the date, and the Earth–Sun distance R in AU, at
// jde (TT). Meeus p. 166 (eq. 32.3), Example 25.b. With the truncated series
// the error is below 1″ over 1800–2200.
func (s SunTheory) Geometric(jde TT) (pos Ecliptic, r float64) {
	if s.IsApprox() {
		lon, r := SunGeometricApprox(jde)
		return Ecliptic{Lon: lon}, r
	}
	pos, r = s.vsopGeometric(jde)
	return toFK5(pos, jde), r
}

// aberrationSun is the constant of the Sun's annual aberration divided by R,
// in arcseconds (Meeus eq. 25.10).
const aberrationSun = 20.4898

// Apparent returns the Sun's apparent place at jde (TT): ecliptic longitude
// λ and latitude β (true equinox of the date: FK5, nutation in longitude,
// aberration −20.4898″/R; Meeus p. 166–167, Example 25.b), right ascension
// and declination with the true obliquity (eq. 25.6–25.7 with β) and the
// distance R in AU. Truncated series: within 1″ of the full VSOP87 over
// 1800–2200. A jde outside the ephemeris span (or not finite) gives
// ErrTime. It does not allocate.
func (s SunTheory) Apparent(jde TT) (Position, error) {
	if !inSpan(jde) {
		return Position{}, ErrTime
	}
	if s.IsApprox() {
		lam, q, r := sunApparentLowPosition(jde)
		return Position{Ecliptic{Lon: lam.Norm()}, q, r}, nil
	}
	pos, r := s.Geometric(jde)
	dpsi, deps := Nutation(jde)
	pos.Lon = (pos.Lon + dpsi + ArcSec(-aberrationSun/r)).Norm()
	return Position{pos, pos.Equatorial(MeanObliquity(jde) + deps), r}, nil
}

// apparent is the ecliptic part of [SunTheory.Apparent] without the span
// check, for the routines of the package that need only λ, β and R.
func (s SunTheory) apparent(jde TT) (pos Ecliptic, r float64) {
	if s.IsApprox() {
		_, r, _ := sunLow(jde)
		return Ecliptic{Lon: SunApparentLongitudeApprox(jde)}, r
	}
	pos, r = s.Geometric(jde)
	dpsi, _ := Nutation(jde)
	pos.Lon = (pos.Lon + dpsi + ArcSec(-aberrationSun/r)).Norm()
	return pos, r
}

// apparentEquatorial is the equatorial part of [SunTheory.Apparent] without
// the span check.
func (s SunTheory) apparentEquatorial(jde TT) (Equatorial, float64) {
	if s.IsApprox() {
		return sunApparentLow(jde)
	}
	pos, r := s.Geometric(jde)
	dpsi, deps := Nutation(jde)
	pos.Lon = (pos.Lon + dpsi + ArcSec(-aberrationSun/r)).Norm()
	return pos.Equatorial(MeanObliquity(jde) + deps), r
}

// sunVariationTerms: the periodic terms of the daily variation of the
// Sun's geometric longitude, Meeus p. 168 (amplitude ″/day, argument
// constant and rate in degrees per Julian millennium τ, power of τ).
var sunVariationTerms = [...]struct{ a, c, f, pow float64 }{
	{118.568, 87.5287, 359993.7286, 0}, {2.476, 85.0561, 719987.4571, 0},
	{1.376, 27.8502, 4452671.1152, 0}, {0.119, 73.1375, 450368.8564, 0},
	{0.114, 337.2264, 329644.6718, 0}, {0.086, 222.5400, 659289.3436, 0},
	{0.078, 162.8136, 9224659.7915, 0}, {0.054, 82.5823, 1079981.1857, 0},
	{0.052, 171.5189, 225184.4282, 0}, {0.034, 30.3214, 4092677.3866, 0},
	{0.033, 119.8105, 337181.4711, 0}, {0.023, 247.5418, 299295.6151, 0},
	{0.023, 325.1526, 315559.5560, 0}, {0.021, 155.1241, 675553.2846, 0},
	{7.311, 333.4515, 359993.7286, 1}, {0.305, 330.9814, 719987.4571, 1},
	{0.010, 328.5170, 1079981.1857, 1}, {0.309, 241.4518, 359993.7286, 2},
	{0.021, 205.0482, 719987.4571, 2}, {0.004, 297.8610, 4452671.1152, 2},
	{0.010, 154.7066, 359993.7286, 3},
}

// SunLongitudeVariation returns the daily variation Δλ of the Sun's geometric
// longitude, in arcseconds per day, at jde (TT), from the series of Meeus p.
// 168; the aberration is then −0.005775518·R·Δλ (eq. 25.11), more accurate
// than −20.4898″/R.
func SunLongitudeVariation(jde TT) (arcsecPerDay float64) {
	tau := millennia(jde)
	v := 3548.193
	for _, t := range sunVariationTerms {
		v += t.a * math.Pow(tau, t.pow) * math.Sin((t.c+t.f*tau)*radPerDeg)
	}
	return v
}

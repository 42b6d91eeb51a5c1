package aa

import (
	"errors"
	"math"
)

// Chapter 33, Elliptic Motion: apparent geocentric places of the planets,
// and astrometric places of bodies given by orbital elements.

// lightTimePerAU is the light time for 1 AU in days (Meeus eq. 33.3).
const lightTimePerAU = 0.0057755183

// PlanetPosition is the geometric geocentric place of a planet with the
// quantities of its light-time iteration ([Planet.Geometric]).
type PlanetPosition struct {
	// Ecliptic is the geometric light-time corrected longitude and latitude
	// (FK5, mean equinox of the date).
	Ecliptic Ecliptic
	// Equatorial is α, δ in the same system (mean obliquity).
	Equatorial Equatorial
	Distance   float64 // Δ, distance to the Earth in AU at t − τ
	LightTime  float64 // τ in days
	// Helio is the heliocentric position of the planet at t − τ (VSOP87
	// dynamical ecliptic and equinox of the date) and R its radius vector.
	Helio Ecliptic
	R     float64
	// Earth is the Earth's heliocentric position at t (same ecliptic) and
	// EarthR its radius vector, AU.
	Earth  Ecliptic
	EarthR float64
}

// geocentric does the light-time iteration of Meeus p. 224 (eq. 33.1–33.3):
// Earth at t, planet at t − τ, until τ changes by less than 1e-9 day.
func (p Planet) geocentric(jde TT) (PlanetPosition, error) {
	if !p.Valid() || p.Truncated() == earthPlanet {
		return PlanetPosition{}, ErrInvalidPlanet
	}
	e, r0 := p.earth().Heliocentric(jde)
	sl0, cl0 := e.Lon.SinCos()
	sb0, cb0 := e.Lat.SinCos()
	x0, y0, z0 := r0*cb0*cl0, r0*cb0*sl0, r0*sb0
	var out PlanetPosition
	var x, y, z, tau float64
	for range 10 {
		h, r := p.Heliocentric(jde - TT(tau))
		sl, cl := h.Lon.SinCos()
		sb, cb := h.Lat.SinCos()
		x, y, z = r*cb*cl-x0, r*cb*sl-y0, r*sb-z0
		d := math.Sqrt(x*x + y*y + z*z)
		nt := lightTimePerAU * d
		out.Helio, out.R, out.Distance = h, r, d
		if math.Abs(nt-tau) < 1e-9 {
			tau = nt
			break
		}
		tau = nt
	}
	out.LightTime = tau
	out.Earth, out.EarthR = e, r0
	out.Ecliptic = Ecliptic{Angle(math.Atan2(y, x)).Norm(), Angle(math.Atan2(z, math.Hypot(x, y)))}
	return out, nil
}

// geocentricOf is geocentric for the routines that apply to one planet
// only (the physical ephemerides and satellites of ch. 42–46): planet p with
// the series t; false if t is not a PlanetTheory constant.
func geocentricOf(jde TT, p Planet, t PlanetTheory) (PlanetPosition, bool) {
	pl, ok := t.planet(p)
	if !ok {
		return PlanetPosition{}, false
	}
	pos, _ := pl.geocentric(jde)
	return pos, true
}

// aberrated returns the light-time corrected geocentric λ, β of pos
// corrected for the planet's aberration by the short formulae of Meeus
// ch. 42–45 (0.005693° cos(l0 − λ)/cos β, 0.005693° sin(l0 − λ) sin β,
// with l0 the Earth's heliocentric longitude).
func (pos *PlanetPosition) aberrated() Ecliptic {
	lam, beta := pos.Ecliptic.Lon, pos.Ecliptic.Lat
	s, c := (pos.Earth.Lon - lam).SinCos()
	sb, cb := beta.SinCos()
	return Ecliptic{lam + Deg(0.005693*c/cb), beta + Deg(0.005693*s*sb)}
}

// Geometric returns the planet's geocentric place at jde (TT) corrected for
// light time only, on the FK5 mean ecliptic and equinox of the date, with α, δ
// from the mean obliquity (Meeus p. 223–224). An invalid Planet gives
// ErrInvalidPlanet, a jde outside the ephemeris span or not finite ErrTime,
// as [Planet.Apparent].
func (p Planet) Geometric(jde TT) (PlanetPosition, error) {
	if !inSpan(jde) {
		return PlanetPosition{}, ErrTime
	}
	pos, err := p.geocentric(jde)
	if err != nil {
		return pos, err
	}
	pos.Ecliptic = toFK5(pos.Ecliptic, jde)
	pos.Equatorial = pos.Ecliptic.Equatorial(MeanObliquity(jde))
	return pos, nil
}

// Apparent returns the planet's apparent geocentric place at jde (TT): light
// time, annual aberration (eq. 23.2), FK5 correction (eq. 32.3) and nutation
// (Δψ, true obliquity), following Meeus Example 33.a. With the complete series
// (p.Full()) it gives the values printed on p. 227 (21h04m41.454s,
// −18°53′16.84″ for Venus on 1992 Dec 20); with the truncated series
// 21h04m41.488s, −18°53′16.91″, where the book prints 41.50s and 16.8″ because
// it carries L, B, R rounded to its printed digits. Accuracy with respect to
// the complete series: see vsop87.go. The distance is Δ in AU at t − τ
// ([Planet.Geometric] has the light time and heliocentric places). An
// invalid Planet gives ErrInvalidPlanet, a jde outside the ephemeris span
// (or not finite) ErrTime. It does not allocate.
func (p Planet) Apparent(jde TT) (Position, error) {
	if !inSpan(jde) {
		return Position{}, ErrTime
	}
	pos, err := p.apparent(jde)
	if err != nil {
		return Position{}, err
	}
	return Position{pos.Ecliptic, pos.Equatorial, pos.Distance}, nil
}

// apparent is [Planet.Apparent] with every field of the light-time
// iteration, without the span check.
func (p Planet) apparent(jde TT) (PlanetPosition, error) {
	pos, err := p.geocentric(jde)
	if err != nil {
		return pos, err
	}
	dl, db := AberrationEcliptic(pos.Ecliptic, jde)
	pos.Ecliptic.Lon += dl
	pos.Ecliptic.Lat += db
	pos.Ecliptic = toFK5(pos.Ecliptic, jde)
	dpsi, deps := Nutation(jde)
	pos.Ecliptic.Lon = (pos.Ecliptic.Lon + dpsi).Norm()
	pos.Equatorial = pos.Ecliptic.Equatorial(MeanObliquity(jde) + deps)
	return pos, nil
}

// OrbitalElements are the osculating elements of a comet or minor planet,
// the angular ones referred to the ecliptic and mean equinox J2000.0 (use
// [PrecessElements] or [FK5ElementsFromFK4] to bring older elements there).
// Any eccentricity e ≥ 0 is accepted: elliptic (e < 1, Kepler's equation),
// parabolic (e = 1, ch. 34) and hyperbolic (e > 1) orbits.
type OrbitalElements struct {
	OrbitOrientation         // i, Ω, ω (J2000.0)
	Perihelion       TT      // time of perihelion passage T, TT
	PeriDist         float64 // perihelion distance q, AU
	Ecc              float64 // eccentricity e
}

// EllipticOrbit builds OrbitalElements from the semi-major axis a (AU) and
// eccentricity e < 1 of an elliptic orbit, as printed in Example 33.b.
func EllipticOrbit(a, e float64, inc, node, argPeri Angle, perihelion TT) OrbitalElements {
	return OrbitalElements{OrbitOrientation{inc, node, argPeri}, perihelion, a * (1 - e), e}
}

// ErrElements reports orbital elements that describe no orbit (q ≤ 0,
// e < 0, or non-finite values).
var ErrElements = errors.New("aa: invalid orbital elements")

func (k OrbitalElements) check() error {
	for _, v := range []float64{float64(k.Inc), float64(k.Node), float64(k.Peri), float64(k.Perihelion), k.PeriDist, k.Ecc} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return ErrElements
		}
	}
	if !(k.PeriDist > 0) || !(k.Ecc >= 0) {
		return ErrElements
	}
	return nil
}

// AnomalyDistance returns the true anomaly ν and the radius vector r (AU)
// at jde (TT): through Kepler's equation ([Kepler], mean motion from the
// Gaussian constant, Meeus p. 229) for e < 1, Barker's equation
// (ch. 34, [Parabolic]) for e = 1 and the hyperbolic Kepler equation
// e sinh H − H = M for e > 1.
func (k OrbitalElements) AnomalyDistance(jde TT) (nu Angle, r float64, err error) {
	if err := k.check(); err != nil {
		return 0, 0, err
	}
	if !inSpan(jde) || !inSpan(k.Perihelion) {
		return 0, 0, ErrTime
	}
	t := float64(jde - k.Perihelion)
	q, e := k.PeriDist, k.Ecc
	switch {
	case e < 1:
		a := q / (1 - e)
		m := Angle(gaussK / (a * math.Sqrt(a)) * t)
		ea, err := Kepler(e, m)
		if err != nil {
			return 0, 0, err
		}
		nu, r = TrueAnomaly(a, e, ea)
		return nu, r, nil
	case e == 1:
		nu, r = Parabolic(q, t)
		return nu, r, nil
	default:
		a := q / (e - 1)
		m := gaussK / (a * math.Sqrt(a)) * t
		h, err := keplerHyperbolic(e, m)
		if err != nil {
			return 0, 0, err
		}
		nu = Angle(2 * math.Atan(math.Sqrt((e+1)/(e-1))*math.Tanh(h/2)))
		return nu, a * (e*math.Cosh(h) - 1), nil
	}
}

// keplerHyperbolic solves e sinh H − H = M by Newton's method from
// H0 = asinh(M/e), monotone and convergent for every e > 1.
func keplerHyperbolic(e, m float64) (float64, error) {
	h := math.Asinh(m / e)
	for range 100 {
		d := (e*math.Sinh(h) - h - m) / (e*math.Cosh(h) - 1)
		h -= d
		if math.Abs(d) <= 1e-15*math.Max(1, math.Abs(h)) {
			return h, nil
		}
	}
	return 0, ErrNoConvergence
}

// OrbitPosition is the geocentric astrometric place of a body computed
// from orbital elements.
type OrbitPosition struct {
	Equatorial Equatorial // astrometric α, δ, mean equator and equinox J2000.0
	Distance   float64    // Δ, AU (at t − τ)
	R          float64    // r, heliocentric distance, AU (at t − τ)
	LightTime  float64    // τ, days
	Elongation Angle      // ψ, elongation from the Sun (Meeus p. 235)
	Phase      Angle      // phase angle β (Sun–body–Earth)
}

// Position returns the astrometric place (J2000.0, light-time corrected, no
// aberration or nutation) of the body at jde (TT), following Meeus Example
// 33.b: heliocentric equatorial coordinates from eq. 33.7–33.9, the Sun's
// J2000 rectangular coordinates from [SunTheory.RectangularJ2000] with sun
// (pass Sun, or Sun.Full()), light time iterated to 1e-9 day.
func (k OrbitalElements) Position(jde TT, sun SunTheory) (OrbitPosition, error) {
	if err := k.check(); err != nil {
		return OrbitPosition{}, err
	}
	se, ce := MeanObliquity(J2000).SinCos()
	sn, cn := k.Node.SinCos()
	si, ci := k.Inc.SinCos()
	f, g, h := cn, sn*ce, sn*se
	pp, qq, rr := -sn*ci, cn*ci*ce-si*se, cn*ci*se+si*ce
	sx, sy, sz := sun.RectangularJ2000(jde)
	var out OrbitPosition
	var xi, eta, zeta, tau float64
	for range 20 {
		nu, r, err := k.AnomalyDistance(jde - TT(tau))
		if err != nil {
			return out, err
		}
		su, cu := (k.Peri + nu).SinCos()
		x, y, z := r*(f*cu+pp*su), r*(g*cu+qq*su), r*(h*cu+rr*su)
		xi, eta, zeta = sx+x, sy+y, sz+z
		d := math.Sqrt(xi*xi + eta*eta + zeta*zeta)
		out.R, out.Distance = r, d
		nt := lightTimePerAU * d
		done := math.Abs(nt-tau) < 1e-9
		tau = nt
		if done {
			break
		}
	}
	out.LightTime = tau
	out.Equatorial = Equatorial{Angle(math.Atan2(eta, xi)).Norm(), Angle(math.Asin(clamp1(zeta / out.Distance)))}
	rs := math.Sqrt(sx*sx + sy*sy + sz*sz)
	out.Elongation = Angle(math.Acos(clamp1((sx*xi + sy*eta + sz*zeta) / (rs * out.Distance))))
	out.Phase = Angle(math.Acos(clamp1((out.R*out.R + out.Distance*out.Distance - rs*rs) / (2 * out.R * out.Distance))))
	return out, nil
}

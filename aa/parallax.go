package aa

import "math"

// Chapter 40, Correction for Parallax.

// sinSolarParallax is sin(8.794″), the sine of the Sun's equatorial
// horizontal parallax at 1 AU (Meeus p. 279), by its Taylor series.
const (
	solarParallax    = 8.794 * radPerArcSec
	sinSolarParallax = solarParallax - solarParallax*solarParallax*solarParallax/6
)

// HorizontalParallax returns the equatorial horizontal parallax π of a
// body at distance dist AU from the Earth's centre, sin π = sin 8.794″ / Δ
// (Meeus p. 279, Example 40.a: 23.592″ for Δ = 0.37276 AU). A distance that
// is not positive gives NaN.
func HorizontalParallax(dist float64) Angle {
	if !(dist > 0) {
		return Angle(math.NaN())
	}
	return Angle(math.Asin(sinSolarParallax / dist))
}

// Topocentric returns the topocentric right ascension and declination of a
// body at geocentric apparent place q and distance dist (AU), seen from site
// at the UT Julian day jd, by the rigorous formulae of Meeus eq. 40.2 and 40.3
// with the apparent sidereal time and the IAU 1976 ellipsoid ([Earth76]);
// Example 40.a (Mars from Palomar: 22h38m08.54s, −15°46′30.0″). For the Moon
// pass its distance in AU (km / 149597870.7).
func Topocentric(q Equatorial, dist float64, site Geographic, jd UT) Equatorial {
	rs, rc := Earth76.ParallaxConstants(site.Lat, site.HeightMetres)
	sp := sinSolarParallax / dist
	if !(dist > 0) {
		sp = math.NaN() // a distance that is not positive gives NaN
	}
	h := LocalApparentSidereal(jd, site.Lon) - q.RA
	sh, ch := h.SinCos()
	sd, cd := q.Dec.SinCos()
	den := cd - rc*sp*ch
	dra := math.Atan2(-rc*sp*sh, den)
	dec := math.Atan2((sd-rs*sp)*math.Cos(dra), den)
	return Equatorial{(q.RA + Angle(dra)).Norm(), Angle(dec)}
}

// TopocentricHourAngle returns the topocentric hour angle and declination
// of a body at geocentric hour angle ha, declination dec and distance dist
// (AU), seen from site, by the rigorous formulae of Meeus eq. 40.4–40.5
// (no right ascension needed; Example 40.a's Mars: H′ = −4h44m50.28s).
func TopocentricHourAngle(ha, dec Angle, dist float64, site Geographic) (haTop, decTop Angle) {
	rs, rc := Earth76.ParallaxConstants(site.Lat, site.HeightMetres)
	sp := sinSolarParallax / dist
	if !(dist > 0) {
		sp = math.NaN() // a distance that is not positive gives NaN
	}
	sh, ch := ha.SinCos()
	sd, cd := dec.SinCos()
	a := cd * sh
	b := cd*ch - rc*sp
	c := sd - rs*sp
	return Angle(math.Atan2(a, b)), Angle(math.Atan2(c, math.Hypot(a, b)))
}

// TopocentricEcliptic returns the topocentric ecliptic longitude and
// latitude and semidiameter of a body at geocentric ecliptic position pos
// with geocentric semidiameter s and horizontal parallax hp, seen from
// site, given the obliquity eps and the local sidereal time lst (Meeus eq.
// 40.6, exercise p. 282 for the Moon).
func TopocentricEcliptic(pos Ecliptic, s, hp Angle, site Geographic, eps, lst Angle) (Ecliptic, Angle) {
	rs, rc := Earth76.ParallaxConstants(site.Lat, site.HeightMetres)
	sp := hp.Sin()
	sl, cl := pos.Lon.SinCos()
	sb, cb := pos.Lat.SinCos()
	se, ce := eps.SinCos()
	st, ct := lst.SinCos()
	n := cl*cb - rc*sp*ct
	lon := math.Atan2(sl*cb-sp*(rs*se+rc*ce*st), n)
	cl2 := math.Cos(lon)
	lat := math.Atan(cl2 * (sb - sp*(rs*ce-rc*se*st)) / n)
	sd := math.Asin(cl2 * math.Cos(lat) * s.Sin() / n)
	return Ecliptic{Angle(lon).Norm(), Angle(lat)}, Angle(sd)
}

// Topocentric returns the planet's apparent topocentric right ascension and
// declination seen from site at the UT Julian day jd, from
// [Planet.Apparent] at the corresponding TT instant and [Topocentric]. A
// date that is not finite gives ErrTime.
func (p Planet) Topocentric(site Geographic, jd UT) (Equatorial, error) {
	if !inSpan(jd) {
		return Equatorial{}, ErrTime
	}
	pos, err := p.apparent(jd.TT())
	if err != nil {
		return Equatorial{}, err
	}
	return Topocentric(pos.Equatorial, pos.Distance, site, jd), nil
}

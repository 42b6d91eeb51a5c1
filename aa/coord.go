package aa

import "math"

// Coordinate types shared by the whole package. The transformations between
// them (Meeus chapter 13) follow in this file.

// Equatorial coordinates: right ascension and declination. The equinox
// (J2000, of date, B1950) is that of the function that produced them.
type Equatorial struct {
	RA  Angle // right ascension α
	Dec Angle // declination δ
}

// Ecliptic coordinates: celestial longitude λ and latitude β.
type Ecliptic struct {
	Lon Angle // longitude λ, from the vernal equinox
	Lat Angle // latitude β
}

// Horizontal coordinates. Azimuth is measured from the North towards the
// East (N = 0°, E = 90°, S = 180°, W = 270°); Meeus measures it westward from
// the South (see [Horizontal.SouthAzimuth]). Altitude is above the horizon.
type Horizontal struct {
	Az  Angle // azimuth A, from North through East
	Alt Angle // altitude h
}

// SouthAzimuth returns the azimuth counted westward from the South, as in
// Meeus eq. 13.5 and aa-js, reduced to [0, 2π).
func (h Horizontal) SouthAzimuth() Angle { return (h.Az - Angle(pi)).Norm() }

// Galactic coordinates l, b (IAU 1958 system, Meeus p. 94).
type Galactic struct {
	Lon Angle // galactic longitude l
	Lat Angle // galactic latitude b
}

// Geographic is an observing site on the Earth.
type Geographic struct {
	Lat          Angle   // geographic (geodetic) latitude φ, north positive
	Lon          Angle   // longitude, EAST positive (Meeus uses west positive)
	HeightMetres float64 // height above sea level in metres
}

// Equatorial converts ecliptic coordinates to equatorial ones for the
// obliquity eps (Meeus eq. 13.3, 13.4). Use [MeanObliquity] for mean places
// and [TrueObliquity] for apparent places; J2000 positions take
// MeanObliquity(J2000). RA is returned in [0, 2π).
func (e Ecliptic) Equatorial(eps Angle) Equatorial {
	sl, cl := e.Lon.SinCos()
	sb, cb := e.Lat.SinCos()
	se, ce := eps.SinCos()
	ra := math.Atan2(sl*ce*cb-sb*se, cl*cb)
	dec := math.Asin(clamp1(sb*ce + cb*se*sl))
	return Equatorial{Angle(ra).Norm(), Angle(dec)}
}

// Ecliptic converts equatorial coordinates to ecliptic ones for the
// obliquity eps (Meeus eq. 13.1, 13.2; Example 13.a). Lon in [0, 2π).
func (q Equatorial) Ecliptic(eps Angle) Ecliptic {
	sa, ca := q.RA.SinCos()
	sd, cd := q.Dec.SinCos()
	se, ce := eps.SinCos()
	lon := math.Atan2(sa*ce*cd+sd*se, ca*cd)
	lat := math.Asin(clamp1(sd*ce - cd*se*sa))
	return Ecliptic{Angle(lon).Norm(), Angle(lat)}
}

// HorizontalFromHourAngle converts a local hour angle ha (west positive) and
// declination dec to horizontal coordinates at geographic latitude lat
// (Meeus eq. 13.5, 13.6), azimuth from the North, eastward, in [0, 2π).
func HorizontalFromHourAngle(ha, dec, lat Angle) Horizontal {
	sh, ch := ha.SinCos()
	sd, cd := dec.SinCos()
	sl, cl := lat.SinCos()
	// Meeus' azimuth from the South is atan2(sin H, cos H sin φ − tan δ cos φ);
	// negating both terms turns it by 180°, i.e. counts it from the North.
	az := math.Atan2(-sh*cd, -(ch*cd*sl - sd*cl))
	alt := math.Asin(clamp1(sl*sd + cl*cd*ch))
	return Horizontal{Angle(az).Norm(), Angle(alt)}
}

// HourAngle is the inverse of [HorizontalFromHourAngle] (Meeus p. 94) for an
// observer at latitude lat: the local hour angle in (−π, π] and the
// declination.
func (h Horizontal) HourAngle(lat Angle) (ha, dec Angle) {
	sa, ca := (h.Az - Angle(pi)).SinCos() // Meeus' azimuth, from the South
	sh, chh := h.Alt.SinCos()
	sl, cl := lat.SinCos()
	ha = Angle(math.Atan2(sa*chh, ca*chh*sl+sh*cl))
	dec = Angle(math.Asin(clamp1(sl*sh - cl*chh*ca)))
	return ha.Norm180(), dec
}

// Horizontal returns the horizontal coordinates of q seen from
// site at the UT1 Julian day jd, using the local APPARENT sidereal time (for
// apparent places, Meeus Example 13.b). No refraction is applied (see
// [ApparentAltitude]).
func (q Equatorial) Horizontal(site Geographic, jd UT) Horizontal {
	ha := LocalApparentSidereal(jd, site.Lon) - q.RA
	return HorizontalFromHourAngle(ha, q.Dec, site.Lat)
}

// Equatorial is the inverse of [Equatorial.Horizontal].
func (h Horizontal) Equatorial(site Geographic, jd UT) Equatorial {
	ha, dec := h.HourAngle(site.Lat)
	return Equatorial{(LocalApparentSidereal(jd, site.Lon) - ha).Norm(), dec}
}

// Galactic pole and origin, B1950 (IAU 1958; Meeus p. 94).
var (
	galPoleRA1950  = Deg(192.25)
	galPoleDec1950 = Deg(27.4)
	galLonNCP1950  = Deg(123) // galactic longitude of the B1950 celestial pole
)

// Galactic pole and origin in the J2000/ICRS frame (ESA 1997, Hipparcos
// vol. 1 §1.5.3): α = 192.85948°, δ = 27.12825°, l(NCP) = 122.93192°.
var (
	galPoleRA2000  = Deg(192.85948)
	galPoleDec2000 = Deg(27.12825)
	galLonNCP2000  = Deg(122.93192)
)

// toGalactic rotates equatorial coordinates to a pole (pa, pd) with the
// celestial pole at galactic longitude lncp (Meeus eq. 13.7, 13.8, with
// 303° = 123° + 180°).
func toGalactic(q Equatorial, pa, pd, lncp Angle) Galactic {
	sx, cx := (pa - q.RA).SinCos()
	sd, cd := q.Dec.SinCos()
	sp, cp := pd.SinCos()
	x := math.Atan2(sx*cd, cx*cd*sp-sd*cp)
	b := math.Asin(clamp1(sd*sp + cd*cp*cx))
	return Galactic{(lncp + Angle(pi) - Angle(x)).Norm(), Angle(b)}
}

func fromGalactic(g Galactic, pa, pd, lncp Angle) Equatorial {
	sy, cy := (g.Lon - lncp).SinCos()
	sb, cb := g.Lat.SinCos()
	sp, cp := pd.SinCos()
	y := math.Atan2(sy*cb, cy*cb*sp-sb*cp)
	dec := math.Asin(clamp1(sb*sp + cb*cp*cy))
	return Equatorial{(Angle(y) + pa - Angle(pi)).Norm(), Angle(dec)}
}

// GalacticB1950 converts B1950 (FK4) equatorial coordinates to galactic
// ones (Meeus eq. 13.7, 13.8; the exercise of p. 96).
func (q Equatorial) GalacticB1950() Galactic {
	return toGalactic(q, galPoleRA1950, galPoleDec1950, galLonNCP1950)
}

// EquatorialB1950 is the inverse of [Equatorial.GalacticB1950] (Meeus
// p. 94): B1950 (FK4) equatorial coordinates.
func (g Galactic) EquatorialB1950() Equatorial {
	return fromGalactic(g, galPoleRA1950, galPoleDec1950, galLonNCP1950)
}

// Galactic converts J2000 (FK5/ICRS) equatorial coordinates to galactic
// coordinates with the J2000 pole of the Hipparcos catalogue.
func (q Equatorial) Galactic() Galactic {
	return toGalactic(q, galPoleRA2000, galPoleDec2000, galLonNCP2000)
}

// Equatorial converts galactic coordinates to J2000 equatorial ones (the
// inverse of [Equatorial.Galactic]).
func (g Galactic) Equatorial() Equatorial {
	return fromGalactic(g, galPoleRA2000, galPoleDec2000, galLonNCP2000)
}

// clamp1 keeps x inside [−1, 1] against rounding before asin/acos.
func clamp1(x float64) float64 { return math.Max(-1, math.Min(1, x)) }

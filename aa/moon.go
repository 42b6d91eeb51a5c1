package aa

import "math"

// Chapter 47, Position of the Moon.

// MoonTheory selects the theory of the Moon's motion. The only one is the
// constant [Moon]: Meeus' truncation of ELP-2000/82 (chapter 47), accurate
// to about 10″ in longitude and 4″ in latitude.
type MoonTheory uint8

// Moon computes lunar positions and phenomena from Meeus chapters 47–54.
const Moon MoonTheory = 0

// EarthRadiusKilometresMeeus is the equatorial radius of the Earth in km
// used by Meeus for the Moon's parallax (ch. 47, p. 337) and by aa-js.
const EarthRadiusKilometresMeeus = 6378.14

// MoonPosition is the geocentric position of the Moon.
type MoonPosition struct {
	// Ecliptic holds λ and β referred to the mean equinox of the date.
	Ecliptic
	// DistanceKilometres is the distance between the centres of the Earth and the
	// Moon in km (not AU, the package's unit elsewhere: the Moon's theory and
	// parallax work in km).
	DistanceKilometres float64
	// Parallax is the equatorial horizontal parallax π.
	Parallax Angle
}

// moonArgs holds the fundamental arguments of Meeus eq. 47.1–47.6 in
// radians, with T in Julian centuries (TT) from J2000.
type moonArgs struct {
	t, lp, d, m, mp, f, e float64
}

func newMoonArgs(jde TT) moonArgs {
	t := centuries(jde)
	const r = radPerDeg
	return moonArgs{
		t:  t,
		lp: normRad(r * (218.3164477 + t*(481267.88123421+t*(-0.0015786+t*(1/538841.0-t/65194000))))),
		d:  normRad(r * (297.8501921 + t*(445267.1114034+t*(-0.0018819+t*(1/545868.0-t/113065000))))),
		m:  normRad(r * (357.5291092 + t*(35999.0502909+t*(-0.0001536+t/24490000)))),
		mp: normRad(r * (134.9633964 + t*(477198.8675055+t*(0.0087414+t*(1/69699.0-t/14712000))))),
		f:  normRad(r * (93.2720950 + t*(483202.0175233+t*(-0.0036539+t*(-1/3526000.0+t/863310000))))),
		e:  1 - t*(0.002516+0.0000074*t),
	}
}

// expPowersTo fills p with e^{i·k·x} for k = 0..4.
func expPowersTo(p *[5]complex128, x float64) {
	s, c := math.Sincos(x)
	p[0] = 1
	p[1] = complex(c, s)
	p[2] = p[1] * p[1]
	p[3] = p[2] * p[1]
	p[4] = p[2] * p[2]
}

// pow5 returns p[|k|], conjugated when k < 0.
func pow5(p *[5]complex128, k int8) complex128 {
	if k < 0 {
		return conj(p[-k])
	}
	return p[k]
}

// MeanLongitude returns the Moon's mean longitude L′ referred to the mean
// equinox of the date (Meeus eq. 47.1), in [0, 2π); jde is TT.
func (MoonTheory) MeanLongitude(jde TT) Angle { return Angle(newMoonArgs(jde).lp) }

// MeanElongation returns the Moon's mean elongation D (Meeus eq. 47.2); jde is
// TT.
func (MoonTheory) MeanElongation(jde TT) Angle { return Angle(newMoonArgs(jde).d) }

// MeanAnomaly returns the Moon's mean anomaly M′ (Meeus eq. 47.4); jde is TT.
func (MoonTheory) MeanAnomaly(jde TT) Angle { return Angle(newMoonArgs(jde).mp) }

// ArgumentOfLatitude returns the Moon's argument of latitude F (Meeus eq.
// 47.5); jde is TT.
func (MoonTheory) ArgumentOfLatitude(jde TT) Angle { return Angle(newMoonArgs(jde).f) }

// MeanAscendingNode returns the longitude Ω of the mean ascending node of the
// lunar orbit, mean equinox of the date (Meeus eq. 47.7), in [0, 2π); jde is
// TT.
func (MoonTheory) MeanAscendingNode(jde TT) Angle {
	t := centuries(jde)
	return Deg(normDeg(125.0445479 + t*(-1934.1362891+t*(0.0020754+t*(1/467441.0-t/60616000)))))
}

// TrueAscendingNode returns the longitude of the true ascending node: the mean
// node plus the five largest periodic terms of Meeus p. 344; jde is TT.
func (m MoonTheory) TrueAscendingNode(jde TT) Angle {
	a := newMoonArgs(jde)
	om := m.MeanAscendingNode(jde).Deg() -
		1.4979*math.Sin(2*(a.d-a.f)) - 0.1500*math.Sin(a.m) - 0.1226*math.Sin(2*a.d) +
		0.1176*math.Sin(2*a.f) - 0.0801*math.Sin(2*(a.mp-a.f))
	return Deg(normDeg(om))
}

// MeanPerigee returns the longitude of the mean perigee of the lunar orbit
// (Meeus p. 343), in [0, 2π); jde is TT.
func (MoonTheory) MeanPerigee(jde TT) Angle {
	t := centuries(jde)
	return Deg(normDeg(83.3532465 + t*(4069.0137287+t*(-0.0103200+t*(-1/80053.0+t/18999000)))))
}

// Geocentric returns the geocentric ecliptic longitude λ and latitude β of the
// Moon's centre referred to the mean equinox of the date, its distance in km
// and its equatorial horizontal parallax, from the 60 + 60 terms of Tables
// 47.A and 47.B and the additive terms of Meeus p. 338 (Example 47.a). jde is
// TT. Accuracy about 10″ in λ, 4″ in β, 20 km in distance against the full
// ELP-2000/82. It does not allocate.
func (MoonTheory) Geocentric(jde TT) MoonPosition {
	a := newMoonArgs(jde)
	var pd, pm, pmp, pf [5]complex128
	expPowersTo(&pd, a.d)
	expPowersTo(&pm, a.m)
	expPowersTo(&pmp, a.mp)
	expPowersTo(&pf, a.f)
	e2 := a.e * a.e
	var sl, sr, sb float64
	for i := range moonLR {
		t := &moonLR[i]
		z := pd[t.d] * pow5(&pm, t.m) * pow5(&pmp, t.mp) * pow5(&pf, t.f)
		s, c := imag(z), real(z)
		switch t.m {
		case 1, -1:
			s, c = s*a.e, c*a.e
		case 2, -2:
			s, c = s*e2, c*e2
		}
		sl += t.l * s
		sr += t.r * c
	}
	for i := range moonB {
		t := &moonB[i]
		s := imag(pd[t.d] * pow5(&pm, t.m) * pow5(&pmp, t.mp) * pow5(&pf, t.f))
		switch t.m {
		case 1, -1:
			s *= a.e
		case 2, -2:
			s *= e2
		}
		sb += t.b * s
	}
	const r = radPerDeg
	a1 := r * (119.75 + 131.849*a.t)
	a2 := r * (53.09 + 479264.290*a.t)
	a3 := r * (313.45 + 481266.484*a.t)
	sl += 3958*math.Sin(a1) + 1962*math.Sin(a.lp-a.f) + 318*math.Sin(a2)
	sb += -2235*math.Sin(a.lp) + 382*math.Sin(a3) + 175*math.Sin(a1-a.f) +
		175*math.Sin(a1+a.f) + 127*math.Sin(a.lp-a.mp) - 115*math.Sin(a.lp+a.mp)
	dist := 385000.56 + sr/1000
	return MoonPosition{
		Ecliptic: Ecliptic{
			Lon: Angle(normRad(a.lp + sl*1e-6*r)),
			Lat: Angle(sb * 1e-6 * r),
		},
		DistanceKilometres: dist,
		Parallax:           MoonParallaxFromKilometres(dist),
	}
}

// Apparent returns the Moon's apparent geocentric place at jde (TT):
// [Moon.Geocentric] with the nutation in longitude Δψ added to λ (Meeus
// p. 343), so that λ is referred to the true equinox of the date, α and δ
// with the true obliquity (Example 47.a), and the distance between the
// centres in AU (in km: [Position.DistanceKilometres]). The light time is
// already included in the ELP series. A jde outside the ephemeris span (or
// not finite) gives ErrTime. It does not allocate.
func (m MoonTheory) Apparent(jde TT) (Position, error) {
	if !inSpan(jde) {
		return Position{}, ErrTime
	}
	p := m.Geocentric(jde)
	dpsi, deps := Nutation(jde)
	p.Lon = (p.Lon + dpsi).Norm()
	return Position{p.Ecliptic, p.Ecliptic.Equatorial(MeanObliquity(jde) + deps), p.DistanceKilometres / AUKilometres}, nil
}

// apparent is [MoonTheory.Apparent] with the distance in km and the
// parallax, for the routines of the package that work in km.
func (m MoonTheory) apparent(jde TT) MoonPosition {
	p := m.Geocentric(jde)
	dpsi, _ := Nutation(jde)
	p.Lon = (p.Lon + dpsi).Norm()
	return p
}

// apparentEquatorial is the equatorial part of [MoonTheory.Apparent] with
// the distance in km.
func (m MoonTheory) apparentEquatorial(jde TT) (q Equatorial, distKilometres float64) {
	p := m.Geocentric(jde)
	dpsi, deps := Nutation(jde)
	p.Lon = (p.Lon + dpsi).Norm()
	return p.Ecliptic.Equatorial(MeanObliquity(jde) + deps), p.DistanceKilometres
}

// MoonParallaxFromKilometres returns the equatorial horizontal parallax of
// the Moon at the distance distKilometres between the centres: sin π =
// 6378.14 km/dist (Meeus p. 337).
//
// A distance that is not positive gives NaN.
func MoonParallaxFromKilometres(distKilometres float64) Angle {
	if !(distKilometres > 0) {
		return Angle(math.NaN())
	}
	return Angle(math.Asin(EarthRadiusKilometresMeeus / distKilometres))
}

// MoonKilometresFromParallax returns the distance in km between the centres
// of the Earth and the Moon for the equatorial horizontal parallax p, the
// inverse of [MoonParallaxFromKilometres].
func MoonKilometresFromParallax(p Angle) (kilometres float64) {
	return EarthRadiusKilometresMeeus / p.Sin()
}

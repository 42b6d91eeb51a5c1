package aa

import "math"

// Chapter 48, Illuminated fraction of the Moon's disk.

// MoonIllumination describes the Moon's phase as seen from the Earth's
// centre.
type MoonIllumination struct {
	Elongation Angle   // geocentric elongation ψ of the Moon from the Sun
	PhaseAngle Angle   // selenocentric elongation i of the Earth from the Sun
	Fraction   float64 // illuminated fraction k of the disk, 0…1
	// BrightLimb is the position angle χ of the midpoint of the
	// illuminated limb, from the North Point of the disk towards the East,
	// in [0, 2π).
	BrightLimb Angle
}

// MoonPhaseAngle returns the phase angle i of the Moon (Meeus eq. 48.2 and
// 48.3) from the geocentric places and distances of the Moon and the Sun
// (distances in the same unit, e.g. km).
func MoonPhaseAngle(moon Equatorial, moonDist float64, sun Equatorial, sunDist float64) Angle {
	psi := Separation(moon, sun)
	sp, cp := psi.SinCos()
	return Angle(math.Atan2(sunDist*sp, moonDist-sunDist*cp))
}

// BrightLimbAngle returns the position angle χ of the Moon's bright limb
// (Meeus eq. 48.5) from the geocentric places of the Moon and the Sun, in
// [0, 2π).
func BrightLimbAngle(moon, sun Equatorial) Angle {
	sd0, cd0 := sun.Dec.SinCos()
	sd, cd := moon.Dec.SinCos()
	s, c := (sun.RA - moon.RA).SinCos()
	return Angle(math.Atan2(cd0*s, sd0*cd-cd0*sd*c)).Norm()
}

// Illumination returns the elongation, phase angle, illuminated fraction and
// bright-limb position angle of the Moon at jde (TT) from the apparent places
// of the Moon ([MoonTheory.Apparent]) and of the Sun
// ([SunTheory.Apparent], truncated VSOP87), as in Example 48.a. It
// does not allocate.
func (m MoonTheory) Illumination(jde TT) MoonIllumination {
	return m.IlluminationWith(jde, Sun)
}

// IlluminationWith is [Moon.Illumination] with the Sun computed by the
// theory sun: Sun.Approx() (0.011°) halves the time and changes the
// phase angle by a few thousandths of a degree.
func (m MoonTheory) IlluminationWith(jde TT, sun SunTheory) MoonIllumination {
	q, dist := m.apparentEquatorial(jde)
	sunq, r := sun.apparentEquatorial(jde)
	i := MoonPhaseAngle(q, dist, sunq, r*AUKilometres)
	return MoonIllumination{
		Elongation: Separation(q, sunq),
		PhaseAngle: i,
		Fraction:   IlluminatedFraction(i),
		BrightLimb: BrightLimbAngle(q, sunq),
	}
}

// MoonPhaseAngleApprox returns the Moon's phase angle i from the mean
// elongation and the mean anomalies only (Meeus eq. 48.4; Example 48.a:
// 68.88° instead of 69.08°); jde is TT. It ignores the Moon's latitude: i
// is within 5.5° of [MoonTheory.Illumination] over 1900–2100 (the large
// errors near new and full Moon). Like that one it is in [0°, 180°]: the
// formula's value, which runs from −191° to 191° and is negative while the
// Moon wanes, is reduced.
func MoonPhaseAngleApprox(jde TT) Angle {
	a := newMoonArgs(jde)
	i := Deg(180 - a.d*degPerRad -
		6.289*math.Sin(a.mp) + 2.100*math.Sin(a.m) - 1.274*math.Sin(2*a.d-a.mp) -
		0.658*math.Sin(2*a.d) - 0.214*math.Sin(2*a.mp) - 0.110*math.Sin(a.d))
	return Angle(math.Abs(float64(i.Norm180())))
}

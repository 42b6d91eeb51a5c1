package aa

import "errors"

// One-call rise, transit and set of the Sun and the planets at a site, in
// the spirit of aa-js Sun.getRiseTransitSet and Planet.getAccurateRiseTransitSet.

// ErrTime is returned for a Julian day that is not finite or lies outside
// [EphemerisFirst, EphemerisLast].
var ErrTime = errors.New("aa: Julian day outside the ephemeris span (years -8000 to 12000)")

// RiseTransitSet returns the times (UT) of sunrise, transit and sunset on the
// UT day containing date at site, for the standard altitude −0°50′
// ([StdAltitudeSun]): apparent positions of s at 0h TT of the day before, the
// day and the day after, interpolated and corrected as in Meeus ch. 15
// (Example 15.a method) by [RiseTransitSetMoving], with ΔT from [DeltaT].
// Polar day and night are reported in Status. Accuracy: a few seconds with Sun
// (truncated VSOP87) and Sun.Full(), about 10 s with Sun.Approx() (plus
// the unpredictable refraction near the horizon).
//
// An invalid site (latitude outside ±90°, longitude outside ±360°) gives
// ErrSite, a date outside the ephemeris span or not finite ErrTime.
func (s SunTheory) RiseTransitSet(site Geographic, date UT) (RiseTransitSetTimes, error) {
	return s.RiseTransitSetAltitude(site, date, StdAltitudeSun)
}

// RiseTransitSetAltitude is [SunTheory.RiseTransitSet] for the altitude h0
// of the Sun's centre, e.g. Deg(-6), Deg(-12), Deg(-18) for civil,
// nautical and astronomical twilight.
func (s SunTheory) RiseTransitSetAltitude(site Geographic, date UT, h0 Angle) (RiseTransitSetTimes, error) {
	if !validSite(site) {
		return RiseTransitSetTimes{}, ErrSite
	}
	if !inSpan(date) {
		return RiseTransitSetTimes{}, ErrTime
	}
	d0 := date.Midnight()
	var pos [3]Equatorial
	for i := range pos {
		pos[i], _ = s.apparentEquatorial(TT(d0) + TT(i-1))
	}
	return RiseTransitSetMoving(pos, site, date, h0, DeltaT(JD(d0))), nil
}

// RiseTransitSet returns the times (UT) of rising, transit and setting of the
// planet on the UT day containing date at site, for the standard altitude
// −0°34′ ([StdAltitudeStar]), from its apparent places ([Planet.Apparent]) at
// 0h TT of the day before, the day and the day after (Meeus ch. 15). An
// invalid Planet gives ErrInvalidPlanet, an invalid site ErrSite, a date
// outside the ephemeris span or not finite ErrTime. A planet that does not
// rise or set is reported in Status.
func (p Planet) RiseTransitSet(site Geographic, date UT) (RiseTransitSetTimes, error) {
	if !validSite(site) {
		return RiseTransitSetTimes{}, ErrSite
	}
	if !inSpan(date) {
		return RiseTransitSetTimes{}, ErrTime
	}
	d0 := date.Midnight()
	var pos [3]Equatorial
	for i := range pos {
		ap, err := p.apparent(TT(d0) + TT(i-1))
		if err != nil {
			return RiseTransitSetTimes{}, err
		}
		pos[i] = ap.Equatorial
	}
	return RiseTransitSetMoving(pos, site, date, StdAltitudeStar, DeltaT(JD(d0))), nil
}

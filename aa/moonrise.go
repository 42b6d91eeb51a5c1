package aa

// Rise, transit and set of the Moon at a site (Meeus ch. 15 applied to the
// Moon of ch. 47), in the spirit of aa-js Earth.Moon.getRiseTransitSet.

// MoonStdAltitude returns the standard altitude h0 = 0.7275·π − 0°34′ of
// the Moon's centre at rising and setting for the horizontal parallax p
// (Meeus p. 102); [StdAltitudeMoon] is its mean value +0.125°.
func MoonStdAltitude(p Angle) Angle { return p.Mul(0.7275) + StdAltitudeStar }

// RiseTransitSet returns the times (UT) of moonrise, transit and moonset on
// the UT day containing date at site: apparent places
// ([MoonTheory.Apparent]) at 0h TT of the day before, the day and the day
// after, interpolated and corrected by [RiseTransitSetMoving] (Meeus Example
// 15.a method), with h0 from the day's parallax ([MoonStdAltitude]) and ΔT
// from [DeltaT]. Accuracy about a minute: the Moon's motion over two days is
// only approximately quadratic. As in Meeus, each time is the event nearest
// the interpolated one in the day; about once a month the Moon does not rise
// (or set) on a given day and the time returned then belongs to the adjacent
// day (use [Night] to find the events of a night). An invalid site gives
// ErrSite, a date outside the ephemeris span or not finite ErrTime. It does
// not allocate.
func (m MoonTheory) RiseTransitSet(site Geographic, date UT) (RiseTransitSetTimes, error) {
	if !validSite(site) {
		return RiseTransitSetTimes{}, ErrSite
	}
	if !inSpan(date) {
		return RiseTransitSetTimes{}, ErrTime
	}
	d0 := date.Midnight()
	var pos [3]Equatorial
	var dist float64
	for i := range pos {
		var r float64
		pos[i], r = m.apparentEquatorial(TT(d0) + TT(i-1))
		if i == 1 {
			dist = r
		}
	}
	return RiseTransitSetMoving(pos, site, date, MoonStdAltitude(MoonParallaxFromKilometres(dist)), DeltaT(JD(d0))), nil
}

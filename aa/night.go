package aa

import (
	"errors"
	"math"
)

// The night at an observatory in one call: Sun, twilights, Moon and the
// visibility of a list of fixed targets. Not in Meeus, aa-js or
// soniakeys; built on chapters 12, 13, 15, 23, 25, 47 and 48.

// NightTarget is a fixed object to plan for: a name and its mean place
// at the standard epoch J2000 (ICRS is close enough), as in catalogues.
type NightTarget struct {
	Name  string
	J2000 Equatorial
}

// NightOptions tunes [Night].
type NightOptions struct {
	// MinAltitude is the geometric altitude above which a target counts as
	// observable in NightTargetInfo.Above and AboveDark. The zero value is
	// the horizon; observatories often use 20° or 30° (airmass 2.9, 2).
	MinAltitude Angle
}

// Interval is a span of time, UT Julian days.
type Interval struct{ Start, End UT }

// Hours returns the length of the interval in hours.
func (i Interval) Hours() float64 { return float64(i.End-i.Start) * 24 }

// SunLevel reports how the Sun crosses one altitude during the night.
type SunLevel struct {
	// Altitude of the Sun's centre (geometric) defining the level:
	// [StdAltitudeSun] for sunset and sunrise, −6°, −12° and −18° for the
	// civil, nautical and astronomical twilights.
	Altitude Angle
	// Status is RisesAndSets when the Sun crosses the level during the
	// window, Circumpolar when it stays above it all the time (midnight
	// Sun, or a summer night without astronomical darkness) and NeverRises
	// when it stays below (polar night, or a winter day that never gets
	// brighter than the level).
	Status RiseSetStatus
	// Dusk is when the Sun goes below the level (sunset, end of civil
	// twilight …) and Dawn when it comes back above; each is valid only if
	// HasDusk or HasDawn is true (near the polar circles a window may hold
	// only one of them).
	Dusk, Dawn       UT
	HasDusk, HasDawn bool
}

// MoonNight describes the Moon during the night.
type MoonNight struct {
	// Rise and Set are the first moonrise and moonset in the window (for
	// the standard altitude [MoonStdAltitude] of the midnight parallax),
	// valid when HasRise and HasSet are true. Status is Circumpolar or
	// NeverRises when the Moon stays above or below that altitude all
	// the time.
	Rise, Set       UT
	HasRise, HasSet bool
	Status          RiseSetStatus
	Illuminated     float64       // illuminated fraction at local midnight
	Phase           MoonPhaseName // name of the phase at local midnight
	Position        Equatorial    // apparent place at local midnight
	Parallax        Angle         // equatorial horizontal parallax at local midnight
}

// NightTargetInfo is the visibility of one target during the night.
type NightTargetInfo struct {
	Name string
	// Apparent is the apparent place of the target at local midnight
	// (precession, nutation, aberration, [ApparentPlace]).
	Apparent Equatorial
	// Events holds the rise, transit and set (standard altitude −0°34′)
	// of the passage whose upper transit is nearest local midnight; Rise
	// and Set may fall outside the window. Status tells circumpolar and
	// never-rising targets.
	Events RiseTransitSetTimes
	// Above lists the intervals of the window during which the target's
	// geometric altitude is at least NightOptions.MinAltitude, and
	// AboveDark their intersection with the astronomical night.
	Above, AboveDark []Interval
}

// NightSummary is the result of [Night]. Times are UT Julian days.
type NightSummary struct {
	Site Geographic
	// Start and End bound the window, from local mean noon of the date to
	// the next local mean noon; Midnight is local mean midnight.
	Start, Midnight, End UT
	// Sun is sunset/sunrise; Civil, Nautical and Astronomical are the
	// twilights.
	Sun, Civil, Nautical, Astronomical SunLevel
	// Dark lists the intervals of astronomical night (Sun below −18°).
	Dark    []Interval
	Moon    MoonNight
	Targets []NightTargetInfo

	deltaT    float64 // TT − UT in days
	theta0    float64 // apparent sidereal time at Start plus the longitude, radians
	sinLat    float64
	cosLat    float64
	sun, moon nightTrack
}

// nightTrack holds the apparent places of a moving body at equally spaced
// UT times, interpolated with eq. 3.3.
type nightTrack struct {
	n        int
	t0, step float64
	ra, dec  [nightMoonNodes]float64
}

const (
	nightMoonNodes = 25                          // hourly Moon places over the window
	siderealRate   = 2 * math.Pi * 1.00273790935 // radians of sidereal time per UT day
	nightSamples   = 144                         // altitude samples (10 min) for the event search
)

// ErrNight is returned by [Night] for an invalid site, date, option or
// target coordinate.
var ErrNight = errors.New("aa: invalid site, date, option or target for Night")

// Night returns the night at site that begins on the evening of the given
// calendar date (Gregorian, the site's local mean time): the window runs
// from local mean noon to the next local mean noon, which keeps one whole
// night even at the poles. It gives sunset, sunrise and the civil,
// nautical and astronomical twilights (with polar day and night reported
// in their Status), the astronomical night, the Moon's rise, set,
// illumination and phase, and for each target its apparent place, rise,
// transit, set and the intervals above opt.MinAltitude, in the dark and
// in the whole window.
//
// Method: the Sun (truncated VSOP87) at the start, middle and end of the
// window and the Moon (ch. 47) every hour, interpolated (eq. 3.3); the
// altitude is sampled every 10 minutes and each crossing refined by
// bisection to 0.1 s; target events are solved in closed form for the
// apparent place at midnight. Times are good to a few seconds for the Sun
// and the targets and to about half a minute for the Moon, before the
// unpredictable refraction near the horizon. ΔT comes from [DeltaT].
func Night(site Geographic, year, month, day int, targets []NightTarget, opt NightOptions) (*NightSummary, error) {
	if !validAngle(site.Lat) || math.Abs(site.Lat.Deg()) > 90 || !validAngle(site.Lon) ||
		!validAngle(opt.MinAltitude) || math.Abs(opt.MinAltitude.Deg()) > 90 {
		return nil, ErrNight
	}
	for _, tg := range targets {
		if !validAngle(tg.J2000.RA) || !validAngle(tg.J2000.Dec) || math.Abs(tg.J2000.Dec.Deg()) > 90 {
			return nil, ErrNight
		}
	}
	date, err := JDFromGregorian(year, month, float64(day))
	if err != nil {
		return nil, err
	}
	lonDays := float64(site.Lon.Norm180()) / (2 * math.Pi)
	n := &NightSummary{Site: site}
	n.Start = UT(date) + 0.5 - UT(lonDays)
	n.Midnight = n.Start + 0.5
	n.End = n.Start + 1
	n.deltaT = DeltaT(JD(n.Midnight)) / secondsPerDay
	n.theta0 = float64(ApparentSidereal(n.Start) + site.Lon)
	n.sinLat, n.cosLat = site.Lat.SinCos()

	// The Sun at the start, middle and end of the window.
	n.sun = nightTrack{n: 3, t0: float64(n.Start), step: 0.5}
	for i := range 3 {
		q, _ := Sun.apparentEquatorial(TT(n.Start) + TT(0.5*float64(i)+n.deltaT))
		n.sun.ra[i], n.sun.dec[i] = float64(q.RA), float64(q.Dec)
	}
	n.sun.unwrap()
	var sunAlt [nightSamples + 1]float64
	for i := range sunAlt {
		sunAlt[i] = n.trackAltitude(&n.sun, n.Start+UT(float64(i)/nightSamples))
	}
	n.Sun = n.sunLevel(&sunAlt, StdAltitudeSun)
	n.Civil = n.sunLevel(&sunAlt, Deg(-6))
	n.Nautical = n.sunLevel(&sunAlt, Deg(-12))
	n.Astronomical = n.sunLevel(&sunAlt, Deg(-18))
	n.Dark = n.below(&sunAlt, &n.sun, float64(Deg(-18)))

	// The Moon every hour.
	n.moon = nightTrack{n: nightMoonNodes, t0: float64(n.Start), step: 1.0 / 24}
	for i := range nightMoonNodes {
		q, _ := Moon.apparentEquatorial(TT(n.Start) + TT(float64(i)/24+n.deltaT))
		n.moon.ra[i], n.moon.dec[i] = float64(q.RA), float64(q.Dec)
	}
	n.moon.unwrap()
	jdeMid := TT(n.Midnight) + TT(n.deltaT)
	mq, mdist := Moon.apparentEquatorial(jdeMid)
	mp := MoonParallaxFromKilometres(mdist)
	n.Moon.Position, n.Moon.Parallax = mq, mp
	n.Moon.Illuminated = Moon.Illumination(jdeMid).Fraction
	n.Moon.Phase, _ = Moon.PhaseName(jdeMid)
	h0 := float64(MoonStdAltitude(mp))
	var moonAlt [nightSamples + 1]float64
	for i := range moonAlt {
		moonAlt[i] = n.trackAltitude(&n.moon, n.Start+UT(float64(i)/nightSamples))
	}
	n.Moon.Status, n.Moon.Rise, n.Moon.HasRise, n.Moon.Set, n.Moon.HasSet = n.firstCrossings(&moonAlt, &n.moon, h0)

	// The targets, at their apparent places of local midnight.
	n.Targets = make([]NightTargetInfo, len(targets))
	for i, tg := range targets {
		n.Targets[i] = n.target(tg, jdeMid, opt.MinAltitude)
	}
	return n, nil
}

func validAngle(a Angle) bool { return !math.IsNaN(float64(a)) && !math.IsInf(float64(a), 0) }

// unwrap removes the 2π jumps of right ascension between nodes.
func (tr *nightTrack) unwrap() {
	for i := 1; i < tr.n; i++ {
		for tr.ra[i]-tr.ra[i-1] > math.Pi {
			tr.ra[i] -= 2 * math.Pi
		}
		for tr.ra[i]-tr.ra[i-1] < -math.Pi {
			tr.ra[i] += 2 * math.Pi
		}
	}
}

// at returns the interpolated right ascension and declination at jd (UT).
func (tr *nightTrack) at(jd UT) (ra, dec float64) {
	x := (float64(jd) - tr.t0) / tr.step
	i := int(math.Round(x))
	i = max(1, min(tr.n-2, i))
	u := x - float64(i)
	return Interp3([3]float64{tr.ra[i-1], tr.ra[i], tr.ra[i+1]}, u),
		Interp3([3]float64{tr.dec[i-1], tr.dec[i], tr.dec[i+1]}, u)
}

// altitude returns the geometric altitude in radians of the apparent place
// (ra, dec) at jd (UT).
//
// More than a day before Start or after End, where the window's
// sidereal time and tracks no longer hold, it is NaN.
func (n *NightSummary) altitude(ra, dec float64, jd UT) float64 {
	if !(jd >= n.Start-1 && jd <= n.End+1) {
		return math.NaN()
	}
	ha := n.theta0 + siderealRate*float64(jd-n.Start) - ra
	sd, cd := math.Sincos(dec)
	return math.Asin(clamp1(n.sinLat*sd + n.cosLat*cd*math.Cos(ha)))
}

func (n *NightSummary) trackAltitude(tr *nightTrack, jd UT) float64 {
	ra, dec := tr.at(jd)
	return n.altitude(ra, dec, jd)
}

// Altitude returns the geometric altitude of the apparent place q seen
// from the site at jd (UT), with the sidereal time of the window; use it
// to plot targets over the night; NaN more than a day outside the window.
func (n *NightSummary) Altitude(q Equatorial, jd UT) Angle {
	return Angle(n.altitude(float64(q.RA), float64(q.Dec), jd))
}

// SunAltitude returns the geometric altitude of the Sun's centre at jd
// (UT) within the window.
func (n *NightSummary) SunAltitude(jd UT) Angle { return Angle(n.trackAltitude(&n.sun, jd)) }

// MoonAltitude returns the geocentric altitude of the Moon's centre at jd
// (UT) within the window (without the parallax of up to 1°, which the
// standard altitude of moonrise accounts for).
func (n *NightSummary) MoonAltitude(jd UT) Angle { return Angle(n.trackAltitude(&n.moon, jd)) }

// TargetAltitude returns the geometric altitude of target i at jd (UT),
// and false if i is out of range.
func (n *NightSummary) TargetAltitude(i int, jd UT) (Angle, bool) {
	if i < 0 || i >= len(n.Targets) {
		return 0, false
	}
	return n.Altitude(n.Targets[i].Apparent, jd), true
}

// crossing refines a crossing of level by the track between samples i and
// i+1 by bisection.
func (n *NightSummary) crossing(tr *nightTrack, i int, level float64) UT {
	lo := n.Start + UT(float64(i)/nightSamples)
	hi := lo + UT(1.0/nightSamples)
	flo := n.trackAltitude(tr, lo) - level
	for hi-lo > 1e-6 {
		mid := (lo + hi) / 2
		f := n.trackAltitude(tr, mid) - level
		if (f < 0) == (flo < 0) {
			lo, flo = mid, f
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

// firstCrossings returns the status and the first upward (rise) and
// downward (set) crossings of level in the sampled altitudes.
func (n *NightSummary) firstCrossings(alt *[nightSamples + 1]float64, tr *nightTrack, level float64) (st RiseSetStatus, rise UT, hasRise bool, set UT, hasSet bool) {
	for i := range nightSamples {
		a, b := alt[i] >= level, alt[i+1] >= level
		switch {
		case !a && b && !hasRise:
			rise, hasRise = n.crossing(tr, i, level), true
		case a && !b && !hasSet:
			set, hasSet = n.crossing(tr, i, level), true
		}
	}
	switch {
	case hasRise || hasSet:
		st = RisesAndSets
	case alt[nightSamples/2] >= level:
		st = Circumpolar
	default:
		st = NeverRises
	}
	return
}

func (n *NightSummary) sunLevel(alt *[nightSamples + 1]float64, level Angle) SunLevel {
	st, dawn, hasDawn, dusk, hasDusk := n.firstCrossings(alt, &n.sun, float64(level))
	return SunLevel{Altitude: level, Status: st, Dusk: dusk, HasDusk: hasDusk, Dawn: dawn, HasDawn: hasDawn}
}

// below returns the intervals of the window during which the sampled
// altitude is below level.
func (n *NightSummary) below(alt *[nightSamples + 1]float64, tr *nightTrack, level float64) []Interval {
	var out []Interval
	in := alt[0] < level
	start := n.Start
	for i := range nightSamples {
		b := alt[i+1] < level
		if b != in {
			t := n.crossing(tr, i, level)
			if b {
				start = t
			} else {
				out = append(out, Interval{start, t})
			}
			in = b
		}
	}
	if in {
		out = append(out, Interval{start, n.End})
	}
	return out
}

// target computes the events and intervals of a fixed target in closed
// form: H(t) = θ(t) + λ − α with θ increasing at the sidereal rate.
func (n *NightSummary) target(tg NightTarget, jde TT, minAlt Angle) NightTargetInfo {
	q := ApparentPlace(Star{Pos: tg.J2000, Epoch: J2000}, jde)
	info := NightTargetInfo{Name: tg.Name, Apparent: q}
	sd, cd := q.Dec.SinCos()
	// Upper transits: H ≡ 0 (mod 2π).
	first := n.Start + UT(normRad(float64(q.RA)-n.theta0)/siderealRate)
	const sidDay = 2 * math.Pi / siderealRate
	tr := first
	if next := first + sidDay; math.Abs(float64(next-n.Midnight)) < math.Abs(float64(first-n.Midnight)) {
		tr = next
	}
	if prev := first - sidDay; math.Abs(float64(prev-n.Midnight)) < math.Abs(float64(tr-n.Midnight)) {
		tr = prev
	}
	ev := RiseTransitSetTimes{Transit: tr, TransitAltitude: n.Altitude(q, tr)}
	cosH := func(h Angle) float64 { return (h.Sin() - n.sinLat*sd) / (n.cosLat * cd) }
	switch c := cosH(StdAltitudeStar); {
	case c < -1:
		ev.Status = Circumpolar
	case c > 1:
		ev.Status = NeverRises
	default:
		dh := UT(math.Acos(c) / siderealRate)
		ev.Rise, ev.Set = tr-dh, tr+dh
	}
	info.Events = ev
	// Intervals above minAlt around each transit that can reach the window.
	switch c := cosH(minAlt); {
	case c < -1:
		info.Above = []Interval{{n.Start, n.End}}
	case c > 1:
	default:
		dh := UT(math.Acos(c) / siderealRate)
		for k := -1; k <= 1; k++ {
			t := first + UT(float64(k)*sidDay)
			s, e := max(t-dh, n.Start), min(t+dh, n.End)
			if s >= e {
				continue
			}
			if l := len(info.Above); l > 0 && s <= info.Above[l-1].End {
				info.Above[l-1].End = max(info.Above[l-1].End, e)
				continue
			}
			info.Above = append(info.Above, Interval{s, e})
		}
	}
	for _, a := range info.Above {
		for _, d := range n.Dark {
			if s, e := max(a.Start, d.Start), min(a.End, d.End); s < e {
				info.AboveDark = append(info.AboveDark, Interval{s, e})
			}
		}
	}
	return info
}

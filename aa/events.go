package aa

import (
	"errors"
	"math"
)

// Event searches: the next rise, transit or set of a body, the next
// twilight, season and Moon phase after an instant, so that callers never
// stitch calendar days together (the per-day [RiseTransitSet] family
// reports the events of one UT day, and a rise may follow the set).

// ErrSite is returned for a site whose latitude is not within ±90° or whose
// longitude is not within ±360°.
var ErrSite = errors.New("aa: site latitude outside ±90° or longitude outside ±360°")

// ErrTwilight is returned for a Twilight other than the three defined.
var ErrTwilight = errors.New("aa: invalid twilight")

// EventWindow is how far, in days, the rise, transit, set and twilight
// searches look: a little more than a year, so that the sunrise that ends
// the polar night at a pole is found. A search evaluates the body's place
// at most about 25 times per day of the window.
const EventWindow = 400.0

// Body is what the rise, transit and set searches follow: [Sun] (any
// [SunTheory]), [Moon], a [Planet] other than the Earth, [Pluto], or a
// [Star]. Its
// place is the apparent geocentric one; the standard altitude h0 is that of
// Meeus ch. 15: −0°50′ for the Sun's upper limb, 0.7275π − 0°34′ for the
// Moon (π its parallax at the instant), −0°34′ for planets and stars.
type Body interface {
	// eventPlace returns the apparent place at the TT instant jde and the
	// standard altitude; ok is false when there is none (invalid planet,
	// instant outside the ephemeris span).
	eventPlace(jde TT) (q Equatorial, h0 Angle, ok bool)
}

func (s SunTheory) eventPlace(jde TT) (Equatorial, Angle, bool) {
	q, _ := s.apparentEquatorial(jde)
	return q, StdAltitudeSun, finiteEq(q)
}

func (m MoonTheory) eventPlace(jde TT) (Equatorial, Angle, bool) {
	q, dist := m.apparentEquatorial(jde)
	return q, MoonStdAltitude(MoonParallaxFromKilometres(dist)), finiteEq(q)
}

func (p Planet) eventPlace(jde TT) (Equatorial, Angle, bool) {
	pos, err := p.apparent(jde)
	return pos.Equatorial, StdAltitudeStar, err == nil && finiteEq(pos.Equatorial)
}

func (s Star) eventPlace(jde TT) (Equatorial, Angle, bool) {
	q := ApparentPlace(s, jde)
	return q, StdAltitudeStar, finiteEq(q)
}

func finiteEq(q Equatorial) bool { return finite(float64(q.RA)) && finite(float64(q.Dec)) }

// Twilight names the altitude of the Sun's centre that begins the morning
// and ends the evening twilight.
type Twilight int

const (
	CivilTwilight        Twilight = iota // −6°
	NauticalTwilight                     // −12°
	AstronomicalTwilight                 // −18°
)

// Altitude returns the Sun's altitude that defines the twilight, or NaN for
// an invalid value.
func (tw Twilight) Altitude() Angle {
	switch tw {
	case CivilTwilight:
		return Deg(-6)
	case NauticalTwilight:
		return Deg(-12)
	case AstronomicalTwilight:
		return Deg(-18)
	}
	return Angle(math.NaN())
}

// NextRise returns the first instant (UT Julian day) after the UT instant
// after at which body b rises at site: its altitude (geometric, centre,
// apparent place) crosses the standard altitude upwards. The times agree
// with the per-day [SunTheory.RiseTransitSet] to a few seconds, with Meeus
// Example 15.a to a minute, and with the U.S. Naval Observatory's published
// times to 30 s (Sun, Moon and twilights, Atlanta, 2009 September 6); the
// refraction near the horizon makes any prediction uncertain by a minute
// or so. It returns ErrTime for an instant outside the ephemeris span or
// less than [EventWindow] days before its end, ErrSite for an invalid
// site, ErrInvalidPlanet for an invalid Planet, and
// ErrNoEvent when the body does not rise within [EventWindow] days (polar
// night, a star that never rises).
func NextRise(b Body, site Geographic, after UT) (UT, error) {
	return nextEvent(b, site, after, math.NaN(), +1)
}

// NextSet is [NextRise] for the setting: the altitude crosses the standard
// altitude downwards.
func NextSet(b Body, site Geographic, after UT) (UT, error) {
	return nextEvent(b, site, after, math.NaN(), -1)
}

// NextTransit returns the first upper culmination (UT) of body b at site
// after the UT instant after: the local hour angle of its apparent place
// is zero. A transit happens every day, above the horizon or not; the
// errors are those of [NextRise] (ErrNoEvent only when the ephemeris fails
// within the window).
func NextTransit(b Body, site Geographic, after UT) (UT, error) {
	return nextEvent(b, site, after, math.NaN(), 0)
}

// NextDawn returns the first instant (UT) after the UT instant after at
// which the Sun's centre (truncated VSOP87, apparent place, no refraction)
// rises through the altitude of twilight tw: the beginning of the morning
// civil, nautical or astronomical twilight. Errors as [NextRise]; an
// invalid tw gives ErrTwilight.
func NextDawn(site Geographic, after UT, tw Twilight) (UT, error) {
	if math.IsNaN(float64(tw.Altitude())) {
		return 0, ErrTwilight
	}
	return nextEvent(Sun, site, after, float64(tw.Altitude()), +1)
}

// NextDusk is [NextDawn] for the end of the evening twilight: the Sun's
// centre sets through the altitude of tw.
func NextDusk(site Geographic, after UT, tw Twilight) (UT, error) {
	if math.IsNaN(float64(tw.Altitude())) {
		return 0, ErrTwilight
	}
	return nextEvent(Sun, site, after, float64(tw.Altitude()), -1)
}

// tracker evaluates the hour angle and the altitude of a body at a site.
type tracker struct {
	b              Body
	sinLat, cosLat float64
	lon            Angle
	h0             float64 // fixed altitude, or NaN for the body's own
	failed         bool    // an ephemeris call failed
}

// at returns the local hour angle in (−π, π] and the altitude minus h0 at
// the UT instant jd.
func (tr *tracker) at(jd UT) (ha, f float64) {
	q, h0, ok := tr.b.eventPlace(jd.TT())
	if !ok {
		tr.failed = true
		return math.NaN(), math.NaN()
	}
	if !math.IsNaN(tr.h0) {
		h0 = Angle(tr.h0)
	}
	ha = float64((ApparentSidereal(jd) + tr.lon - q.RA).Norm180())
	sd, cd := q.Dec.SinCos()
	s := tr.sinLat*sd + tr.cosLat*cd*math.Cos(ha)
	return ha, math.Asin(max(-1, min(1, s))) - float64(h0)
}

// culmination returns the instant near t at which the hour angle is target
// (0 or π), by Newton's method with the rate w (rad/day).
func (tr *tracker) culmination(t UT, target, w float64) (UT, bool) {
	for range 12 {
		ha, _ := tr.at(t)
		if tr.failed {
			return t, false
		}
		dt := math.Remainder(ha-target, twoPi) / w
		t -= UT(dt)
		if math.Abs(dt) < 1e-7 {
			return t, true
		}
	}
	return t, true // within a few seconds: enough to bracket
}

// root finds the crossing of zero of the altitude between the culminations
// p and q (f(p), f(q) of opposite signs) by the Illinois variant of the
// false position, to 1e-8 day.
func (tr *tracker) root(p, q UT, fp, fq float64) UT {
	side := 0
	for range 100 {
		t := (p*UT(fq) - q*UT(fp)) / UT(fq-fp)
		if !(t > p && t < q) {
			t = (p + q) / 2
		}
		_, ft := tr.at(t)
		switch {
		case ft == 0 || q-p < 1e-8:
			return t
		case (ft < 0) == (fp < 0):
			p, fp = t, ft
			if side == -1 {
				fq /= 2
			}
			side = -1
		default:
			q, fq = t, ft
			if side == +1 {
				fp /= 2
			}
			side = +1
		}
		if q-p < 1e-8 {
			return (p + q) / 2
		}
	}
	return (p + q) / 2
}

// nextEvent walks the culminations (upper and lower, alternately) from
// about a day before after and looks between consecutive ones for the
// crossing of h0 in direction dir (+1 rise, −1 set; 0: the upper
// culminations themselves).
func nextEvent(b Body, site Geographic, after UT, h0 float64, dir int) (UT, error) {
	if !inSpan(after) || !inSpan(after+EventWindow) || !inSpan(after-2) {
		return 0, ErrTime
	}
	if !validSite(site) {
		return 0, ErrSite
	}
	if b == nil {
		return 0, ErrInvalidPlanet
	}
	if p, ok := b.(Planet); ok {
		if _, err := p.apparent(after.TT()); err != nil {
			return 0, err
		}
	}
	sl, cl := site.Lat.SinCos()
	tr := &tracker{b: b, sinLat: sl, cosLat: cl, lon: site.Lon, h0: h0}
	start := after - 1.1
	h1, _ := tr.at(start)
	h2, _ := tr.at(start + 0.01)
	if tr.failed {
		return 0, ErrTime
	}
	w := math.Remainder(h2-h1, twoPi) / 0.01 // rad/day, about 2π·(0.97…1.003)
	if !(w > 5) {
		return 0, ErrNoEvent
	}
	// First culmination after start: the hour angle reaches the next
	// multiple of π.
	target := 0.0
	if h1 > 0 {
		target = pi
	}
	c, ok := tr.culmination(start+UT(math.Mod(target-h1+twoPi, twoPi)/w), target, w)
	if !ok {
		return 0, ErrTime
	}
	_, fc := tr.at(c)
	for c < after+EventWindow {
		nextTarget := pi - target
		n, ok := tr.culmination(c+UT(pi/w), nextTarget, w)
		if !ok {
			return 0, ErrTime
		}
		_, fn := tr.at(n)
		if tr.failed || math.IsNaN(fn) {
			return 0, ErrTime
		}
		switch {
		case dir == 0:
			if target == 0 && c > after {
				return c, nil
			}
		case dir > 0 && fc < 0 && fn >= 0, dir < 0 && fc > 0 && fn <= 0:
			if n > after {
				if t := tr.root(c, n, fc, fn); t > after {
					return t, nil
				}
			}
		}
		c, fc, target = n, fn, nextTarget
	}
	return 0, ErrNoEvent
}

// NextSeason returns the first equinox or solstice (JDE, TT) after the TT
// instant jde and which one it is, from [SunTheory.Season] (Sun.Full() for
// the book's VSOP87 instants, Example 27.a). It returns ErrTime outside the
// ephemeris span.
func (s SunTheory) NextSeason(jde TT) (TT, Season, error) {
	if !inSpan(jde) {
		return 0, 0, ErrTime
	}
	y := math.Floor(float64(jde.JD().Year()))
	for year := y - 1; year <= y+1; year++ {
		for q := MarchEquinox; q <= DecemberSolstice; q++ {
			if t := s.Season(Year(year), q); t > jde {
				return t, q, nil
			}
		}
	}
	return 0, 0, ErrTime
}

// NextMoonQuarter returns the first true phase of the Moon (New Moon, First
// Quarter, Full Moon or Last Quarter; JDE, TT) after the TT instant jde,
// from [NextMoonPhase]. It returns an error wrapping ErrYear outside the
// ephemeris span.
func NextMoonQuarter(jde TT) (TT, MoonQuarter, error) {
	best, bq := TT(math.Inf(1)), NewMoon
	for q := NewMoon; q <= LastQuarter; q++ {
		t, err := NextMoonPhase(jde, q)
		if err != nil {
			return 0, 0, err
		}
		if t < best {
			best, bq = t, q
		}
	}
	return best, bq, nil
}

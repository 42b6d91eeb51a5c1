package aa

import (
	"fmt"
	"math"
)

// Chapter 54, Eclipses.

// SolarEclipseType classifies a solar eclipse.
type SolarEclipseType int

// Types of solar eclipses.
const (
	SolarPartial      SolarEclipseType = iota + 1
	SolarAnnular                       // annular, central or not
	SolarAnnularTotal                  // hybrid: annular and total along the path
	SolarTotal                         // total, central or not
)

func (t SolarEclipseType) String() string {
	switch t {
	case SolarPartial:
		return "partial"
	case SolarAnnular:
		return "annular"
	case SolarAnnularTotal:
		return "annular-total"
	case SolarTotal:
		return "total"
	}
	return "none"
}

// LunarEclipseType classifies a lunar eclipse.
type LunarEclipseType int

// Types of lunar eclipses.
const (
	LunarPenumbral LunarEclipseType = iota + 1
	LunarPartial                    // partial umbral eclipse
	LunarTotal
)

func (t LunarEclipseType) String() string {
	switch t {
	case LunarPenumbral:
		return "penumbral"
	case LunarPartial:
		return "partial"
	case LunarTotal:
		return "total"
	}
	return "none"
}

// SolarEclipse describes a solar eclipse by Meeus' method (ch. 54).
type SolarEclipse struct {
	Type SolarEclipseType
	// Central is true when the axis of the Moon's shadow meets the Earth.
	Central bool
	// Maximum is the JDE (TT) of greatest eclipse (least distance between
	// the shadow axis and the Earth's centre).
	Maximum TT
	// Gamma is that least distance in equatorial Earth radii, positive
	// when the axis passes north of the Earth's centre.
	Gamma float64
	// Umbra is the radius u of the umbral cone in the fundamental plane, in
	// Earth radii (negative for a total eclipse); the penumbral radius is
	// Umbra + 0.5461.
	Umbra float64
	// Magnitude is the greatest magnitude of a partial (non-central)
	// eclipse, the fraction of the Sun's diameter covered; 0 otherwise.
	Magnitude float64
}

// LunarEclipse describes a lunar eclipse by Meeus' method (ch. 54).
type LunarEclipse struct {
	Type LunarEclipseType
	// Maximum is the JDE (TT) of greatest eclipse.
	Maximum TT
	// Gamma is the least distance from the Moon's centre to the axis of
	// the Earth's shadow, in equatorial Earth radii.
	Gamma float64
	// PenumbralRadius ρ and UmbralRadius σ are the radii of the Earth's
	// penumbra and umbra at the Moon's distance, in Earth radii.
	PenumbralRadius, UmbralRadius float64
	// PenumbralMagnitude and UmbralMagnitude are the fractions of the
	// Moon's diameter in the penumbra and in the umbra (negative when the
	// Moon misses the umbra).
	PenumbralMagnitude, UmbralMagnitude float64
	// Semidurations of the penumbral, partial (umbral) and total phases in
	// minutes; 0 for phases that do not occur.
	PenumbralMinutes, PartialMinutes, TotalMinutes float64
}

// eclipseCore holds the quantities common to solar and lunar eclipses at
// lunation k (Meeus p. 380–382).
type eclipseCore struct {
	ok       bool
	max      TT
	gamma, u float64
	cosMp    float64
}

// eclipseLimitF is asin 0.36, the largest distance of the Moon's argument of
// latitude F from a node at which an eclipse can happen.
const eclipseLimitF = 0.36826789343663996

func eclipseAt(k float64, lunar bool) eclipseCore {
	t := k / 1236.85
	t2 := t * t
	const r = radPerDeg
	f := r * (160.7108 + 390.67050284*k + t2*(-0.0016118+t*(-0.00000227+0.000000011*t)))
	// No eclipse when |sin F| > 0.36 (Meeus p. 380), that is when F modulo
	// π is farther than asin 0.36 from 0 and π; tested without a sine, as
	// most lunations of a search fail it.
	if fm := f - math.Pi*math.Floor(f/math.Pi); fm > eclipseLimitF && fm < math.Pi-eclipseLimitF {
		return eclipseCore{}
	}
	f = normRad(f)
	e := 1 - t*(0.002516+0.0000074*t)
	m := r * (2.5534 + 29.10535670*k + t2*(-0.0000014-0.00000011*t))
	mp := r * (201.5643 + 385.81693528*k + t2*(0.0107582+t*(0.00001238-0.000000058*t)))
	om := r * (124.7746 - 1.56375588*k + t2*(0.0020672+0.00000215*t))
	f1 := f - r*0.02665*math.Sin(om)
	a1 := r * (299.77 + 0.107408*k - 0.009173*t2)
	// Sines and cosines of the multiples and combinations by angle addition.
	sm, cm := math.Sincos(m)
	sp, cp := math.Sincos(mp)
	sf, cf := math.Sincos(f1)
	s2m, c2m := 2*sm*cm, cm*cm-sm*sm
	s2p, c2p := 2*sp*cp, cp*cp-sp*sp
	s2f, c2f := 2*sf*cf, cf*cf-sf*sf
	sPmM, cPmM := sp*cm-cp*sm, cp*cm+sp*sm // M′ − M
	sPpM, cPpM := sp*cm+cp*sm, cp*cm-sp*sm // M′ + M
	var c float64
	if lunar {
		c = -0.4065*sp + 0.1727*e*sm
	} else {
		c = -0.4075*sp + 0.1721*e*sm
	}
	c += 0.0161*s2p - 0.0097*s2f + 0.0073*e*sPmM - 0.0050*e*sPpM -
		0.0023*(sp*c2f-cp*s2f) + 0.0021*e*s2m + 0.0012*(sp*c2f+cp*s2f) +
		0.0006*e*(s2p*cm+c2p*sm) - 0.0004*(sp*(3-4*sp*sp)) -
		0.0003*e*(sm*c2f+cm*s2f) + 0.0003*math.Sin(a1) - 0.0002*e*(sm*c2f-cm*s2f) -
		0.0002*e*(s2p*cm-c2p*sm) - 0.0002*math.Sin(om)
	p := 0.2070*e*sm + 0.0024*e*s2m - 0.0392*sp + 0.0116*s2p - 0.0073*e*sPpM +
		0.0067*e*sPmM + 0.0118*s2f
	q := 5.2207 - 0.0048*e*cm + 0.0020*e*c2m - 0.3299*cp - 0.0060*e*cPpM + 0.0041*e*cPmM
	w := math.Abs(cf)
	return eclipseCore{
		ok:    true,
		max:   meanPhaseK(k) + TT(c),
		gamma: (p*cf + q*sf) * (1 - 0.0048*w),
		u:     0.0059 + 0.0046*e*cm - 0.0182*cp + 0.0004*c2p - 0.0005*cPpM,
		cosMp: cp,
	}
}

func solarEclipseK(k float64) (SolarEclipse, bool) {
	c := eclipseAt(k, false)
	if !c.ok {
		return SolarEclipse{}, false
	}
	g, u := c.gamma, c.u
	ag := math.Abs(g)
	if ag > 1.5433+u {
		return SolarEclipse{}, false
	}
	s := SolarEclipse{Maximum: c.max, Gamma: g, Umbra: u}
	switch {
	case ag < 0.9972:
		s.Central = true
		switch {
		case u < 0:
			s.Type = SolarTotal
		case u > 0.0047:
			s.Type = SolarAnnular
		case u < 0.00464*math.Sqrt(1-g*g):
			s.Type = SolarAnnularTotal
		default:
			s.Type = SolarAnnular
		}
	case ag < 0.9972+math.Abs(u):
		if u < 0 {
			s.Type = SolarTotal
		} else {
			s.Type = SolarAnnular
		}
	default:
		s.Type = SolarPartial
		s.Magnitude = (1.5433 + u - ag) / (0.5461 + 2*u)
	}
	return s, true
}

func lunarEclipseK(k float64) (LunarEclipse, bool) {
	c := eclipseAt(k, true)
	if !c.ok {
		return LunarEclipse{}, false
	}
	g, u := c.gamma, c.u
	ag := math.Abs(g)
	l := LunarEclipse{
		Maximum:            c.max,
		Gamma:              g,
		PenumbralRadius:    1.2848 + u,
		UmbralRadius:       0.7403 - u,
		PenumbralMagnitude: (1.5573 + u - ag) / 0.5450,
		UmbralMagnitude:    (1.0128 - u - ag) / 0.5450,
	}
	if l.PenumbralMagnitude <= 0 {
		return LunarEclipse{}, false
	}
	n := 0.5458 + 0.0400*c.cosMp
	semi := func(h float64) float64 { return 60 / n * math.Sqrt(h*h-g*g) }
	l.PenumbralMinutes = semi(1.5573 + u)
	switch {
	case l.UmbralMagnitude >= 1:
		l.Type = LunarTotal
		l.TotalMinutes = semi(0.4678 - u)
		l.PartialMinutes = semi(1.0128 - u)
	case l.UmbralMagnitude > 0:
		l.Type = LunarPartial
		l.PartialMinutes = semi(1.0128 - u)
	default:
		l.Type = LunarPenumbral
	}
	return l, true
}

// SolarEclipseNear returns the solar eclipse at the New Moon nearest the
// decimal year, and false if there is none (Meeus ch. 54, Examples 54.a–b).
// The time of maximum is good to a few minutes, γ to about 0.001; the method
// does not give local circumstances.
func SolarEclipseNear(year Year) (SolarEclipse, bool, error) {
	k, err := phaseK(year, NewMoon)
	if err != nil {
		return SolarEclipse{}, false, err
	}
	s, ok := solarEclipseK(k)
	return s, ok, nil
}

// LunarEclipseNear returns the lunar eclipse at the Full Moon nearest the
// decimal year, and false if there is none (Meeus ch. 54, Examples
// 54.c–d), with the magnitudes and the semidurations of its phases.
func LunarEclipseNear(year Year) (LunarEclipse, bool, error) {
	k, err := phaseK(year, FullMoon)
	if err != nil {
		return LunarEclipse{}, false, err
	}
	l, ok := lunarEclipseK(k)
	return l, ok, nil
}

// nextEclipse returns the first eclipse found by at (lunation k = integer
// + frac) whose maximum follows jde, searching 16 lunations.
func nextEclipse[E any](jde TT, frac float64, kind string, at func(k float64) (E, TT, bool)) (E, error) {
	var none E
	if !inSpan(jde) {
		return none, fmt.Errorf("aa: invalid Julian day %v", jde)
	}
	k := math.Floor(float64(jde-2451550.09766)/29.530588861) - 1 + frac
	for range 16 {
		if e, max, ok := at(k); ok && max > jde {
			return e, nil
		}
		k++
	}
	return none, fmt.Errorf("aa: no %s eclipse found after JDE %v", kind, jde)
}

// NextSolarEclipse returns the first solar eclipse whose maximum follows
// jde (TT), as [SolarEclipseNear].
func NextSolarEclipse(jde TT) (SolarEclipse, error) {
	return nextEclipse(jde, 0, "solar", func(k float64) (SolarEclipse, TT, bool) {
		s, ok := solarEclipseK(k)
		return s, s.Maximum, ok
	})
}

// NextLunarEclipse returns the first lunar eclipse (penumbral included)
// whose maximum follows jde (TT), as [LunarEclipseNear].
func NextLunarEclipse(jde TT) (LunarEclipse, error) {
	return nextEclipse(jde, 0.5, "lunar", func(k float64) (LunarEclipse, TT, bool) {
		l, ok := lunarEclipseK(k)
		return l, l.Maximum, ok
	})
}

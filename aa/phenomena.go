package aa

import (
	"errors"
	"math"
)

// Chapter 36, The Calculation of some Planetary Phenomena.

// Phenomenon is a configuration of a planet with respect to the Sun as
// seen from the Earth.
type Phenomenon int

// Planetary phenomena. Inferior and superior conjunctions and greatest
// elongations apply to Mercury and Venus; conjunction and opposition to
// Mars … Neptune; stations (geocentric longitude stationary) to all.
const (
	InferiorConjunction Phenomenon = iota
	SuperiorConjunction
	SunConjunction // conjunction of Mars … Neptune with the Sun
	Opposition
	GreatestElongationEast
	GreatestElongationWest
	Station1 // the planet's longitude stops increasing: retrograde motion begins
	Station2 // retrograde motion ends
)

// String returns e.g. "greatest eastern elongation".
func (ph Phenomenon) String() string {
	names := [...]string{"inferior conjunction", "superior conjunction", "conjunction", "opposition",
		"greatest eastern elongation", "greatest western elongation", "first station", "second station"}
	if ph < 0 || int(ph) >= len(names) {
		return "invalid phenomenon"
	}
	return names[ph]
}

// ErrPhenomenon is returned when the phenomenon does not apply to the
// planet (e.g. an opposition of Venus), or when Meeus' tables do not cover
// it ([Planet.PhenomenonApprox]).
var ErrPhenomenon = errors.New("aa: phenomenon not available for this planet")

// phenomenonTable holds Meeus Table 36.A (A, B, M0, M1) and the
// coefficients of the periodic terms of Table 36.B (polynomials in T:
// the constant, then sin M, cos M, sin 2M, cos 2M …, then sin and cos of
// each extra argument c + f·T in degrees).
type phenomenonTable struct {
	planet Planet
	ph     Phenomenon
	a      [4]float64
	terms  [][]float64
	extra  [][2]float64
}

// phenomenonTables: Meeus Tables 36.A and 36.B (p. 250–254), for the
// events implemented in astronomia 4.2.0 src/planetary.js, from which the
// coefficients were transcribed.
var phenomenonTables = [...]phenomenonTable{
	{Mercury, InferiorConjunction, [4]float64{2451612.023, 115.8774771, 63.5867, 114.2088742}, [][]float64{{0.0545, 0.0002}, {-6.2008, 0.0074, 0.00003}, {-3.275, -0.0197, 0.00001}, {0.4737, -0.0052, -0.00001}, {0.8111, 0.0033, -0.00002}, {0.0037, 0.0018}, {-0.1768, 0, 0.00001}, {-0.0211, -0.0004}, {0.0326, -0.0003}, {0.0083, 0.0001}, {-0.004, 0.0001}}, [][2]float64{}},
	{Mercury, SuperiorConjunction, [4]float64{2451554.084, 115.8774771, 6.4822, 114.2088742}, [][]float64{{-0.0548, -0.0002}, {7.3894, -0.01, -0.00003}, {3.22, 0.0197, -0.00001}, {0.8383, -0.0064, -0.00001}, {0.9666, 0.0039, -0.00003}, {0.077, -0.0026}, {0.2758, 0.0002, -0.00002}, {-0.0128, -0.0008}, {0.0734, -0.0004, -0.00001}, {-0.0122, -0.0002}, {0.0173, -0.0002}}, [][2]float64{}},
	{Venus, InferiorConjunction, [4]float64{2451996.706, 583.921361, 82.7311, 215.513058}, [][]float64{{-0.0096, 0.0002, -0.00001}, {2.0009, -0.0033, -0.00001}, {0.598, -0.0104, 0.00001}, {0.0967, -0.0018, -0.00003}, {0.0913, 0.0009, -0.00002}, {0.0046, -0.0002}, {0.0079, 0.0001}}, [][2]float64{}},
	{Mars, Opposition, [4]float64{2452097.382, 779.936104, 181.9573, 48.705244}, [][]float64{{-0.3088, 0, 0.00002}, {-17.6965, 0.0363, 0.00005}, {18.3131, 0.0467, -0.00006}, {-0.2162, -0.0198, -0.00001}, {-4.5028, -0.0019, 0.00007}, {0.8987, 0.0058, -0.00002}, {0.7666, -0.005, -0.00003}, {-0.3636, -0.0001, 0.00002}, {0.0402, 0.0032}, {0.0737, -0.0008}, {-0.098, -0.0011}}, [][2]float64{}},
	{Jupiter, Opposition, [4]float64{2451870.628, 398.884046, 318.4681, 33.140229}, [][]float64{{-0.1029, 0, -0.00009}, {-1.9658, -0.0056, 0.00007}, {6.1537, 0.021, -0.00006}, {-0.2081, -0.0013}, {-0.1116, -0.001}, {0.0074, 0.0001}, {-0.0097, -0.0001}, {0, 0.0144, -0.00008}, {0.3642, -0.0019, -0.00029}}, [][2]float64{{82.74, 40.76}}},
	{Saturn, Opposition, [4]float64{2451870.17, 378.091904, 318.0172, 12.647487}, [][]float64{{-0.0209, 0.0006, 0.00023}, {4.5795, -0.0312, -0.00017}, {1.1462, -0.0351, 0.00011}, {0.0985, -0.0015}, {0.0733, -0.0031, 0.00001}, {0.0025, -0.0001}, {0.005, -0.0002}, {0, -0.0337, 0.00018}, {-0.851, 0.0044, 0.00068}, {0, -0.0064, 0.00004}, {0.2397, -0.0012, -0.00008}, {0, -0.001}, {0.1245, 0.0006}, {0, 0.0024, -0.00003}, {0.0477, -0.0005, -0.00006}}, [][2]float64{{82.74, 40.76}, {29.86, 1181.36}, {14.13, 590.68}, {220.02, 1262.87}}},
	{Saturn, SunConjunction, [4]float64{2451681.124, 378.091904, 131.6934, 12.647487}, [][]float64{{0.0172, -0.0006, 0.00023}, {-8.5885, 0.0411, 0.0002}, {-1.147, 0.0352, -0.00011}, {0.3331, -0.0034, -0.00001}, {0.1145, -0.0045, 0.00002}, {-0.0169, 0.0002}, {-0.0109, 0.0004}, {0, -0.0337, 0.00018}, {-0.851, 0.0044, 0.00068}, {0, -0.0064, 0.00004}, {0.2397, -0.0012, -0.00008}, {0, -0.001}, {0.1245, 0.0006}, {0, 0.0024, -0.00003}, {0.0477, -0.0005, -0.00006}}, [][2]float64{{82.74, 40.76}, {29.86, 1181.36}, {14.13, 590.68}, {220.02, 1262.87}}},
	{Uranus, Opposition, [4]float64{2451764.317, 369.656035, 213.6884, 4.333093}, [][]float64{{0.0844, -0.0006}, {-0.1048, 0.0246}, {-5.1221, 0.0104, 0.00003}, {-0.1428, 0.0005}, {-0.0148, -0.0013}, {0}, {0.0055}, {0}, {0.885}, {0}, {0.2153}}, [][2]float64{{207.83, 8.51}, {108.84, 419.96}}},
	{Neptune, Opposition, [4]float64{2451753.122, 367.486703, 202.6544, 2.194998}, [][]float64{{-0.014, 0, 0.00001}, {-1.3486, 0.001, 0.00001}, {0.8597, 0.0037}, {-0.0082, -0.0002, 0.00001}, {0.0037, -0.0003}, {0}, {-0.5964}, {0}, {0.0728}}, [][2]float64{{207.83, 8.51}, {276.74, 209.98}}},
	{Mercury, GreatestElongationEast, [4]float64{2451612.023, 115.8774771, 63.5867, 114.2088742}, [][]float64{{-21.6106, 0.0002}, {-1.9803, -0.006, 0.00001}, {1.4151, -0.0072, -0.00001}, {0.5528, -0.0005, -0.00001}, {0.2905, 0.0034, 0.00001}, {-0.1121, -0.0001, 0.00001}, {-0.0098, -0.0015}, {0.0192}, {0.0111, 0.0004}, {-0.0061}, {-0.0032, -0.0001}}, [][2]float64{}},
	{Mercury, GreatestElongationWest, [4]float64{2451612.023, 115.8774771, 63.5867, 114.2088742}, [][]float64{{21.6249, -0.0002}, {0.1306, 0.0065}, {-2.7661, -0.0011, 0.00001}, {0.2438, -0.0024, -0.00001}, {0.5767, 0.0023}, {0.1041}, {-0.0184, 0.0007}, {-0.0051, -0.0001}, {0.0048, 0.0001}, {0.0026}, {0.0037}}, [][2]float64{}},
	{Mars, Station2, [4]float64{2452097.382, 779.936104, 181.9573, 48.705244}, [][]float64{{36.7191, 0.0016, 0.00003}, {-12.6163, 0.0417, -0.00001}, {20.1218, 0.0379, -0.00006}, {-1.636, -0.019}, {-3.9657, 0.0045, 0.00007}, {1.1546, 0.0029, -0.00003}, {0.2888, -0.0073, -0.00002}, {-0.3128, 0.0017, 0.00002}, {0.2513, 0.0026, -0.00002}, {-0.0021, -0.0016}, {-0.1497, -0.0006}}, [][2]float64{}},
}

// mercuryElongationAngles: the elongation polynomials of Table 36.B for
// Mercury's greatest elongations, east then west (degrees).
var mercuryElongationAngles = [2][][]float64{
	{{22.4697}, {-4.2666, 0.0054, 0.00002}, {-1.8537, -0.0137}, {0.3598, 0.0008, -0.00001}, {-0.068, 0.0026}, {-0.0524, -0.0003}, {0.0052, -0.0006}, {0.0107, 0.0001}, {-0.0013, 0.0001}, {-0.0021}, {0.0003}},
	{{22.4143, -0.0001}, {4.3651, -0.0048, -0.00002}, {2.3787, 0.0121, -0.00001}, {0.2674, 0.0022}, {-0.3873, 0.0008, 0.00001}, {-0.0369, -0.0001}, {0.0017, -0.0001}, {0.0059}, {0.0061, 0.0001}, {0.0007}, {-0.0011}},
}

// meanPhenomenon returns J, M (radians) and T of Meeus eq. 36.1 for the
// event nearest to the decimal year y.
func meanPhenomenon(y float64, a *[4]float64) (j, m, t float64) {
	k := math.Floor((365.2425*y+1721060-a[0])/a[1] + 0.5)
	j = a[0] + k*a[1]
	m = normDeg(a[2]+k*a[3]) * radPerDeg
	return j, m, centuries(TT(j))
}

// phenomenonSum evaluates the periodic terms of Table 36.B (eq. 36.2).
func phenomenonSum(t, m float64, terms [][]float64, extra [][2]float64) float64 {
	n := len(terms) - 2*len(extra)
	s := horner(t, terms[0]...)
	for i := 1; i+1 < n; i += 2 {
		sm, cm := math.Sincos(float64((i+1)/2) * m)
		s += sm*horner(t, terms[i]...) + cm*horner(t, terms[i+1]...)
	}
	for k, x := range extra {
		sa, ca := math.Sincos((x[0] + x[1]*t) * radPerDeg)
		s += sa*horner(t, terms[n+2*k]...) + ca*horner(t, terms[n+2*k+1]...)
	}
	return s
}

// PhenomenonApprox returns the instant (JDE, TT) of the phenomenon nearest to
// the decimal year, from Meeus' Tables 36.A–36.B (eq. 36.1–36.2; Example 36.a:
// Mercury's inferior conjunction near 1993.75 at JDE 2449297.645; Example
// 36.b: Saturn's conjunction near 2125.5 at JDE 2497437.904), and, for
// greatest elongations, the elongation (Example 36.c: 19.7506°). Implemented:
// Mercury inferior and superior conjunctions and greatest elongations, Venus
// inferior conjunction, Mars opposition and second station, oppositions of
// Jupiter … Neptune and Saturn's conjunction; others give ErrPhenomenon (use
// [Planet.Phenomenon]). Over 1900–2100 the instants are within 0.6 h of
// [Planet.Phenomenon] with the complete VSOP87 for Mercury and Venus and
// within 5 h for Mars … Neptune.
func (p Planet) PhenomenonApprox(ph Phenomenon, year Year) (TT, Angle, error) {
	if !yearInSpan(year) {
		return 0, 0, ErrYear
	}
	for i := range phenomenonTables {
		tb := &phenomenonTables[i]
		if tb.planet != p.Truncated() || tb.ph != ph {
			continue
		}
		j, m, t := meanPhenomenon(float64(year), &tb.a)
		jde := TT(j + phenomenonSum(t, m, tb.terms, tb.extra))
		var el Angle
		switch ph {
		case GreatestElongationEast:
			el = Deg(phenomenonSum(t, m, mercuryElongationAngles[0], nil))
		case GreatestElongationWest:
			el = Deg(phenomenonSum(t, m, mercuryElongationAngles[1], nil))
		}
		return jde, el, nil
	}
	return 0, 0, ErrPhenomenon
}

// synodic holds, per planet, the mean inferior conjunction (Mercury,
// Venus) or opposition (Mars … Neptune) epoch A and synodic period B of
// Table 36.A, and the typical offsets in days of the greatest elongations
// and of the stations from that event.
var synodic = [8]struct{ a, b, elong, station float64 }{
	{2451612.023, 115.8774771, 22, 11},
	{2451996.706, 583.921361, 72, 21},
	{},
	{2452097.382, 779.936104, 0, 36},
	{2451870.628, 398.884046, 0, 60},
	{2451870.170, 378.091904, 0, 69},
	{2451764.317, 369.656035, 0, 75},
	{2451753.122, 367.486703, 0, 79},
}

// Phenomenon returns the instant (JDE, TT) of the phenomenon nearest to
// the decimal year, found from the apparent places of the planet and the
// Sun ([Planet.Apparent], [SunTheory.Apparent] with the same VSOP87
// series): conjunctions and oppositions when the difference of apparent
// ecliptic longitudes is 0° or 180°, greatest elongations at the extremum
// of the angular distance from the Sun (returned as the Angle), stations
// when the apparent longitude is stationary. The search brackets the event
// around the mean date of Table 36.A and refines it to 1e-6 day (0.1 s).
// With the complete VSOP87 this is the method Meeus used to check his
// tables (e.g. Mercury's inferior conjunction of Example 36.a at 1993
// Nov 6, 3h06m TD). Inapplicable combinations give ErrPhenomenon.
func (p Planet) Phenomenon(ph Phenomenon, year Year) (TT, Angle, error) {
	if !p.Valid() || p.Truncated() == earthPlanet {
		return 0, 0, ErrInvalidPlanet
	}
	if !yearInSpan(year) {
		return 0, 0, ErrYear
	}
	inner := p.Truncated() <= Venus
	switch ph {
	case InferiorConjunction, SuperiorConjunction, GreatestElongationEast, GreatestElongationWest:
		if !inner {
			return 0, 0, ErrPhenomenon
		}
	case SunConjunction, Opposition:
		if inner {
			return 0, 0, ErrPhenomenon
		}
	case Station1, Station2:
	default:
		return 0, 0, ErrPhenomenon
	}
	s := synodic[p.index()]
	var off float64
	switch ph {
	case SuperiorConjunction, SunConjunction:
		off = s.b / 2
	case GreatestElongationEast:
		off = -s.elong
	case GreatestElongationWest:
		off = s.elong
	case Station1:
		off = -s.station
	case Station2:
		off = s.station
	}
	a := s.a + off
	k := math.Floor((365.2425*float64(year)+1721060-a)/s.b + 0.5)
	guess := a + k*s.b
	w := s.b / 8
	sun := SunTheory(p & planetFullBit)
	// f is the quantity whose zero (or extremum) marks the event.
	elong := func(t float64) (Angle, Angle, error) {
		pos, err := p.apparent(TT(t))
		if err != nil {
			return 0, 0, err
		}
		sp, _ := sun.apparent(TT(t))
		sep := SeparationEcliptic(pos.Ecliptic, sp)
		return (pos.Ecliptic.Lon - sp.Lon).Norm180(), sep, nil
	}
	var f func(float64) float64
	switch ph {
	case InferiorConjunction, SuperiorConjunction, SunConjunction:
		f = func(t float64) float64 { d, _, _ := elong(t); return float64(d) }
	case Opposition:
		f = func(t float64) float64 { d, _, _ := elong(t); return float64((d - pi).Norm180()) }
	case Station1, Station2:
		f = func(t float64) float64 {
			a, _ := p.apparent(TT(t - 0.01))
			b, _ := p.apparent(TT(t + 0.01))
			return float64((b.Ecliptic.Lon - a.Ecliptic.Lon).Norm180())
		}
	default:
		sign := -1.0
		if ph == GreatestElongationWest {
			sign = 1
		}
		// Derivative of the signed elongation; its zero is the extremum.
		f = func(t float64) float64 {
			_, a, _ := elong(t - 0.01)
			_, b, _ := elong(t + 0.01)
			return sign * float64(b-a)
		}
	}
	// Scan the window for the sign change closest to the guess, then bisect.
	const n = 48
	step := 2 * w / n
	best := math.Inf(1)
	var lo, hi float64
	prevT := guess - w
	prev := f(prevT)
	for i := 1; i <= n; i++ {
		t := guess - w + float64(i)*step
		v := f(t)
		if (prev < 0) != (v < 0) && math.Abs(prev-v) < pi {
			if d := math.Abs((prevT+t)/2 - guess); d < best {
				best, lo, hi = d, prevT, t
			}
		}
		prevT, prev = t, v
	}
	if math.IsInf(best, 1) {
		return 0, 0, ErrNoConvergence
	}
	t, err := Bisect(f, lo, hi, 1e-6)
	if err != nil {
		return 0, 0, err
	}
	var val Angle
	if ph == GreatestElongationEast || ph == GreatestElongationWest {
		_, val, _ = elong(t)
	}
	return TT(t), val, nil
}

package aa

import "math"

// Chapter 31, Elements of the Planetary Orbits; and the orbital velocity
// and length of an ellipse of chapter 33 (p. 236–239).

// Elements are the mean orbital elements of a planet.
type Elements struct {
	MeanLon Angle   // mean longitude L
	Axis    float64 // semi-major axis a, AU
	Ecc     float64 // eccentricity e
	Inc     Angle   // inclination i
	Node    Angle   // longitude of the ascending node Ω
	Peri    Angle   // longitude of the perihelion ϖ = Ω + ω
}

// ArgPeri returns the argument of the perihelion ω = ϖ − Ω, in [0, 2π).
func (e Elements) ArgPeri() Angle { return (e.Peri - e.Node).Norm() }

// MeanAnomaly returns M = L − ϖ, in [0, 2π).
func (e Elements) MeanAnomaly() Angle { return (e.MeanLon - e.Peri).Norm() }

// elemPoly holds the cubic polynomials in T of Meeus Tables 31.A/31.B: L,
// a, e, i, Ω, ϖ (angles in degrees).
type elemPoly [6][4]float64

// planetElements is Meeus Table 31.A (mean equinox of the date) and
// Table 31.B (standard equinox J2000.0), p. 212–215, transcribed from the
// orbitalElements objects of aa-js 4.2.4 (Earth from astronomia 4.2.0
// src/planetelements.js for the date; for J2000 as in AA+
// CAAElementsPlanetaryOrbit, checked against the ecliptic precession of
// ch. 21 in TestEarthElementsJ2000). Index: 2·(planet − 1) + (0 date,
// 1 J2000).
var planetElements = [16]elemPoly{
	{{252.250906, 149474.0722491, 0.0003035, 1.8e-8}, {0.38709831, 0, 0, 0}, {0.20563175, 0.000020407, -2.83e-8, -1.8e-10}, {7.004986, 0.0018215, -0.0000181, 5.6e-8}, {48.330893, 1.1861883, 0.00017542, 2.15e-7}, {77.456119, 1.5564776, 0.00029544, 9e-9}},                            // Mercury, MeanOfTheDate
	{{252.250906, 149472.6746358, -0.00000536, 2e-9}, {0.38709831, 0, 0, 0}, {0.20563175, 0.000020407, -2.83e-8, -1.8e-10}, {7.004986, -0.0059516, 8e-7, 4.3e-8}, {48.330893, -0.1254227, -0.00008833, -2e-7}, {77.456119, 0.1588643, -0.00001342, -7e-9}},                               // Mercury, StandardJ2000
	{{181.979801, 58519.2130302, 0.00031014, 1.5e-8}, {0.72332982, 0, 0, 0}, {0.00677192, -0.000047765, 9.81e-8, 4.6e-10}, {3.394662, 0.0010037, -8.8e-7, -7e-9}, {76.67992, 0.9011206, 0.00040618, -9.3e-8}, {131.563703, 1.4022288, -0.00107618, -0.000005678}},                        // Venus, MeanOfTheDate
	{{181.979801, 58517.815676, 0.00000165, -2e-9}, {0.72332982, 0, 0, 0}, {0.00677192, -0.000047765, 9.81e-8, 4.6e-10}, {3.394662, -0.0008568, -0.00003244, 9e-8}, {76.67992, -0.2780134, -0.00014257, -1.64e-7}, {131.563703, 0.0048746, -0.00138467, -0.000005695}},                   // Venus, StandardJ2000
	{{100.466457, 36000.7698278, 0.00030322, 2e-8}, {1.000001018, 0, 0, 0}, {0.01670863, -0.000042037, -1.267e-7, 1.4e-10}, {0, 0, 0, 0}, {0, 0, 0, 0}, {102.937348, 1.7195366, 0.00045688, -1.8e-8}},                                                                                    // Earth, MeanOfTheDate
	{{100.466457, 35999.3728565, -0.00000568, -1e-9}, {1.000001018, 0, 0, 0}, {0.01670863, -0.000042037, -1.267e-7, 1.4e-10}, {0, 0.0130546, -0.00000931, -3.4e-8}, {174.873174, -0.2410908, 0.00004067, -0.000001327}, {102.937348, 0.3225557, 0.00015026, 4.78e-7}},                    // Earth, StandardJ2000
	{{355.433, 19141.6964471, 0.00031052, 1.6e-8}, {1.523679342, 0, 0, 0}, {0.09340065, 0.000090484, -8.06e-8, -2.5e-10}, {1.849726, -0.0006011, 0.00001276, -7e-9}, {49.558093, 0.7720959, 0.00001557, 0.000002267}, {336.060234, 1.8410449, 0.00013477, 5.36e-7}},                      // Mars, MeanOfTheDate
	{{355.433, 19140.2993039, 0.00000262, -3e-9}, {1.523679342, 0, 0, 0}, {0.09340065, 0.000090484, -8.06e-8, -2.5e-10}, {1.849726, -0.0081477, -0.00002255, -2.9e-7}, {49.558093, -0.295025, -0.00064048, -0.000001964}, {336.060234, 0.4439016, -0.00017313, 5.18e-7}},                 // Mars, StandardJ2000
	{{34.351519, 3036.3027748, 0.0002233, 3.7e-8}, {5.202603209, 1.913e-7, 0, 0}, {0.04849793, 0.000163225, -4.714e-7, -2.01e-9}, {1.303267, -0.0054965, 0.00000466, -2e-9}, {100.464407, 1.0209774, 0.00040315, 4.04e-7}, {14.331207, 1.6126352, 0.00103042, -0.000004464}},             // Jupiter, MeanOfTheDate
	{{34.351519, 3034.9056606, -0.00008501, 1.6e-8}, {5.202603209, 1.913e-7, 0, 0}, {0.04849793, 0.000163225, -4.714e-7, -2.01e-9}, {1.303267, -0.0019877, 0.0000332, 9.7e-8}, {100.464407, 0.1767232, 0.000907, -0.000007272}, {14.331207, 0.2155209, 0.00072211, -0.000004485}},        // Jupiter, StandardJ2000
	{{50.077444, 1223.5110686, 0.00051908, -3e-8}, {9.554909192, -0.000002139, 4e-9, 0}, {0.05554814, -0.000346641, -6.436e-7, 3.4e-9}, {2.488879, -0.0037362, -0.00001519, 8.7e-8}, {113.665503, 0.877088, -0.00012176, -0.000002249}, {93.057237, 1.9637613, 0.00083753, 0.000004928}}, // Saturn, MeanOfTheDate
	{{50.077444, 1222.1138488, 0.00021004, -4.6e-8}, {9.554909192, -0.000002139, 4e-9, 0}, {0.05554814, -0.000346641, -6.436e-7, 3.4e-9}, {2.488879, 0.0025514, -0.00004906, 1.7e-8}, {113.665503, -0.2566722, -0.00018399, 4.8e-7}, {93.057237, 0.5665415, 0.0005285, 0.000004912}},     // Saturn, StandardJ2000
	{{314.055005, 429.8240561, 0.0003039, 2.6e-8}, {19.218446062, -3.72e-8, 9.8e-10, 0}, {0.04638122, -0.000027293, 7.89e-8, 2.4e-10}, {0.773197, 0.0007744, 0.00003749, -9.2e-8}, {74.005957, 0.5211278, 0.00133947, 0.000018484}, {173.005291, 1.486379, 0.00021406, 4.34e-7}},         // Uranus, MeanOfTheDate
	{{314.055005, 428.4669983, -0.00000486, 6e-9}, {19.218446062, -3.72e-8, 9.8e-10, 0}, {0.04638122, -0.000027293, 7.89e-8, 2.4e-10}, {0.773197, -0.0016869, 0.00000349, 1.6e-8}, {74.005957, 0.0741431, 0.00040539, 1.19e-7}, {173.005291, 0.0893212, -0.0000947, 4.14e-7}},            // Uranus, StandardJ2000
	{{304.348665, 219.8833092, 0.00030882, 1.8e-8}, {30.110386869, -1.663e-7, 0, 0}, {0.00945575, 0.000006033, 0, -5e-11}, {1.769953, -0.0093082, -0.00000708, 2.7e-7}, {131.784057, 1.1022039, 0.00025952, -6.37e-7}, {48.120276, 1.4262957, 0.00038434, 2e-8}},                         // Neptune, MeanOfTheDate
	{{304.348665, 218.4862002, 5.9e-7, -2e-9}, {30.110386869, -1.663e-7, 0, 0}, {0.00945575, 0.000006033, 0, -5e-11}, {1.769953, 0.0002256, 2.3e-7, 0}, {131.784057, -0.0061651, -0.00000219, -7.8e-8}, {48.120276, 0.0291866, 0.0000761, 0}},                                            // Neptune, StandardJ2000
}

// MeanElements returns the mean orbital elements of the planet referred to the
// mean ecliptic and equinox of the date jde (TT), Meeus Table 31.A, Example
// 31.a. Angles are reduced to [0, 2π). The Earth's node is undefined on the
// ecliptic of the date and returned as 0.
func (p Planet) MeanElements(jde TT) (Elements, error) { return p.elements(jde, 0) }

// MeanElementsJ2000 returns the mean orbital elements referred to the
// standard equinox J2000.0 (Meeus Table 31.B); jde is TT.
func (p Planet) MeanElementsJ2000(jde TT) (Elements, error) { return p.elements(jde, 1) }

func (p Planet) elements(jde TT, j2000 int) (Elements, error) {
	if !p.Valid() {
		return Elements{}, ErrInvalidPlanet
	}
	c := &planetElements[2*p.index()+j2000]
	t := centuries(jde)
	h := func(k int) float64 { return c[k][0] + t*(c[k][1]+t*(c[k][2]+t*c[k][3])) }
	return Elements{
		MeanLon: Deg(normDeg(h(0))),
		Axis:    h(1),
		Ecc:     h(2),
		Inc:     Deg(h(3)),
		Node:    Deg(normDeg(h(4))),
		Peri:    Deg(normDeg(h(5))),
	}, nil
}

// Gaussian gravitational constant and derived constants of Meeus ch. 33.
const (
	gaussK         = 0.01720209895 // rad/day
	velocityAtUnit = 42.1218       // km/s, Meeus p. 238: V = 42.1218 sqrt(1/r − 1/(2a))
	velocityCirc   = 29.7847       // km/s, mean orbital speed at 1 AU
)

// OrbitalVelocity returns the speed in km/s of a body on an orbit of
// semi-major axis a (AU) at distance r (AU) from the Sun (Meeus p. 238,
// Example 33.c). For a parabola pass a = +Inf. A distance r that is not
// positive gives NaN.
func OrbitalVelocity(a, r float64) (kmPerSecond float64) {
	if !(r > 0) {
		return math.NaN()
	}
	return velocityAtUnit * math.Sqrt(1/r-1/(2*a))
}

// PerihelionVelocity returns the speed in km/s at perihelion of an
// elliptic orbit (Meeus p. 238, Example 33.c).
func PerihelionVelocity(a, e float64) (kmPerSecond float64) {
	return velocityCirc / math.Sqrt(a) * math.Sqrt((1+e)/(1-e))
}

// AphelionVelocity returns the speed in km/s at aphelion (Meeus p. 238).
func AphelionVelocity(a, e float64) (kmPerSecond float64) {
	return velocityCirc / math.Sqrt(a) * math.Sqrt((1-e)/(1+e))
}

// EllipseLength returns the circumference of an ellipse of semi-major axis
// a and eccentricity e, in the units of a, by Ramanujan's second
// approximation π(a+b)(1 + 3h/(10 + √(4 − 3h))), h = ((a−b)/(a+b))²
// (Meeus p. 239, Example 33.d: 77.07): 77.072741, where the exact length
// is 77.072759 and Ramanujan's first formula π(3(a+b) − √((3a+b)(a+3b)))
// gives 77.0649. A negative a or an e outside [0, 1] gives NaN.
func EllipseLength(a, e float64) float64 {
	if !(a >= 0 && e >= 0 && e <= 1) {
		return math.NaN()
	}
	b := a * math.Sqrt(1-e*e)
	h := (a - b) / (a + b)
	h *= h
	return pi * (a + b) * (1 + 3*h/(10+math.Sqrt(4-3*h)))
}

// InstantaneousVelocity returns the planet's orbital speed in km/s at jde (TT)
// from its radius vector and mean semi-major axis (Meeus p. 238).
func (p Planet) InstantaneousVelocity(jde TT) (kmPerSecond float64, err error) {
	el, err := p.MeanElements(jde)
	if err != nil {
		return 0, err
	}
	_, r := p.Heliocentric(jde)
	return OrbitalVelocity(el.Axis, r), nil
}

// VelocityAtPerihelion returns the planet's speed in km/s at perihelion from
// its mean a and e at jde.
func (p Planet) VelocityAtPerihelion(jde TT) (kmPerSecond float64, err error) {
	el, err := p.MeanElements(jde)
	if err != nil {
		return 0, err
	}
	return PerihelionVelocity(el.Axis, el.Ecc), nil
}

// VelocityAtAphelion returns the planet's speed in km/s at aphelion.
func (p Planet) VelocityAtAphelion(jde TT) (kmPerSecond float64, err error) {
	el, err := p.MeanElements(jde)
	if err != nil {
		return 0, err
	}
	return AphelionVelocity(el.Axis, el.Ecc), nil
}

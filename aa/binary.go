package aa

import (
	"errors"
	"math"
)

// Chapter 57, Binary stars.

// BinaryOrbit holds the elements of the orbit of a visual binary star
// (Meeus p. 397).
type BinaryOrbit struct {
	PeriodYears float64 // revolution period P in mean solar years
	Periastron  Year    // time of periastron T
	E           float64 // eccentricity e, 0 ≤ e < 1
	A           Angle   // semimajor axis a (an angle, e.g. ArcSec(0.907))
	I           Angle   // inclination i of the orbit to the plane of the sky
	Node        Angle   // position angle Ω of the ascending node
	ArgPeri     Angle   // longitude ω of periastron, from the node
}

// BinaryPosition is the apparent place of the companion relative to the
// primary star.
type BinaryPosition struct {
	PositionAngle Angle // θ, from north towards east, in [0, 2π)
	Separation    Angle // angular distance ρ
	// MeanAnomaly and EccentricAnomaly are the intermediate M and E.
	MeanAnomaly, EccentricAnomaly Angle
}

// ErrBinaryOrbit is returned for a non-positive period, an eccentricity
// outside [0, 1) or a non-finite date.
var ErrBinaryOrbit = errors.New("aa: invalid binary star orbit")

// Position returns the position angle and separation of the companion at
// the decimal year (Meeus eq. 57.1, Example 57.a), solving Kepler's
// equation with [Kepler].
func (o BinaryOrbit) Position(year Year) (BinaryPosition, error) {
	if !(o.PeriodYears > 0) || !(o.E >= 0 && o.E < 1) {
		return BinaryPosition{}, ErrBinaryOrbit
	}
	if !yearInSpan(year) {
		return BinaryPosition{}, ErrYear
	}
	m := Deg(360 / o.PeriodYears * float64(year-o.Periastron)).Norm()
	ecc, err := Kepler(o.E, m)
	if err != nil {
		return BinaryPosition{}, err
	}
	r := float64(o.A) * (1 - o.E*ecc.Cos())
	nu := 2 * math.Atan(math.Sqrt((1+o.E)/(1-o.E))*math.Tan(float64(ecc)/2))
	s, c := math.Sincos(nu + float64(o.ArgPeri))
	y := s * o.I.Cos()
	dt := math.Atan2(y, c)
	return BinaryPosition{
		PositionAngle:    (o.Node + Angle(dt)).Norm(),
		Separation:       Angle(r * math.Hypot(y, c)),
		MeanAnomaly:      m,
		EccentricAnomaly: ecc,
	}, nil
}

// ApparentEccentricity returns the eccentricity of the apparent orbit, the
// ellipse projected on the sky (Meeus p. 399, Example 57.b).
func (o BinaryOrbit) ApparentEccentricity() float64 {
	e2 := o.E * o.E
	sw, cw := o.ArgPeri.SinCos()
	ci := o.I.Cos()
	a := (1 - e2*cw*cw) * ci * ci
	b := e2 * sw * cw * ci
	c := 1 - e2*sw*sw
	d := math.Sqrt((a-c)*(a-c) + 4*b*b)
	return math.Sqrt(2 * d / (a + c + d))
}

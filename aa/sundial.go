package aa

import (
	"errors"
	"math"
)

// Chapter 58, Calculation of a planar sundial.

// Sundial is a planar sundial with a straight stylus perpendicular to its
// plane (Meeus ch. 58, general case).
type Sundial struct {
	Lat Angle // geographic latitude φ of the place
	// Declination is the gnomonic declination D: the azimuth of the
	// perpendicular to the plane, measured from the South towards the West
	// as in Meeus (0 for a plane facing due south, 90° facing west).
	Declination Angle
	// Zenith is the zenith distance z of the perpendicular to the plane
	// (0 for a horizontal dial, 90° for a vertical one).
	Zenith Angle
	// Stylus is the length a of the stylus; the coordinates are in the
	// same unit.
	Stylus float64
}

// SundialPoint is a point of the dial's plane: X towards the right, Y
// upwards (for a vertical dial) with the foot of the stylus at the origin.
type SundialPoint struct{ X, Y float64 }

// SundialLine is the hour line of one hour of true solar time (12 = noon)
// traced through the points of the Sun's declinations Decs.
type SundialLine struct {
	Hour   int
	Points []SundialPoint
	Decs   []Angle
}

// SundialDeclinations returns the Sun's declinations at which Meeus draws
// the hour lines (p. 402): the solstices and the beginnings of the zodiacal
// signs, −23.44° … +23.44°.
func SundialDeclinations() [7]Angle {
	var d [7]Angle
	for i, deg := range [7]float64{-23.44, -20.15, -11.47, 0, 11.47, 20.15, 23.44} {
		d[i] = Deg(deg)
	}
	return d
}

// ErrNoCenter is returned by [Sundial.Center] when the plane of the dial is
// parallel to the Earth's axis, so that the hour lines are parallel.
var ErrNoCenter = errors.New("aa: the plane of the sundial is parallel to the Earth's axis; no centre")

// p returns Meeus' P = sin φ cos z − cos φ sin z cos D.
func (s Sundial) p() float64 {
	sp, cp := s.Lat.SinCos()
	sz, cz := s.Zenith.SinCos()
	return sp*cz - cp*sz*s.Declination.Cos()
}

// Shadow returns the end of the stylus' shadow when the Sun has the hour
// angle ha (0 at true noon, positive westward) and the declination dec
// (Meeus p. 402–403), and false when the Sun is below the horizon or
// behind the plane of the dial.
func (s Sundial) Shadow(ha, dec Angle) (SundialPoint, bool) {
	sp, cp := s.Lat.SinCos()
	sd, cd := s.Declination.SinCos()
	sz, cz := s.Zenith.SinCos()
	sh, ch := ha.SinCos()
	td := dec.Tan()
	if sp*dec.Sin()+cp*dec.Cos()*ch < 0 {
		return SundialPoint{}, false
	}
	q := sd*sz*sh + (cp*cz+sp*sz*cd)*ch + s.p()*td
	if q < 0 {
		return SundialPoint{}, false
	}
	nx := cd*sh - sd*(sp*ch-cp*td)
	ny := cz*sd*sh - (cp*sz-sp*cz*cd)*ch - (sp*sz+cp*cz*cd)*td
	return SundialPoint{s.Stylus * nx / q, s.Stylus * ny / q}, true
}

// Center returns the point where the hour lines meet, the foot of the
// polar stylus (Meeus p. 403).
func (s Sundial) Center() (SundialPoint, error) {
	p := s.p()
	if math.Abs(p) < 1e-12 {
		return SundialPoint{}, ErrNoCenter
	}
	sp, cp := s.Lat.SinCos()
	sz, cz := s.Zenith.SinCos()
	return SundialPoint{
		X: s.Stylus / p * cp * s.Declination.Sin(),
		Y: -s.Stylus / p * (sp*sz + cp*cz*s.Declination.Cos()),
	}, nil
}

// PolarStylus returns the length u of the polar stylus (from the centre to
// the tip of the stylus) and the angle ψ it makes with the plane of the
// dial (Meeus p. 403). u is +Inf when the dial has no centre.
func (s Sundial) PolarStylus() (length float64, psi Angle) {
	p := math.Abs(s.p())
	return s.Stylus / p, Angle(math.Asin(math.Min(1, p)))
}

// HourLines returns the hour lines of the dial for the hours 0…23 that it
// can show, each through the points of [SundialDeclinations] where the Sun
// is above the horizon and in front of the plane (Examples 58.a–c).
func (s Sundial) HourLines() []SundialLine {
	var lines []SundialLine
	for h := range 24 {
		ha := Deg(float64(h-12) * 15)
		var l SundialLine
		for _, d := range SundialDeclinations() {
			if pt, ok := s.Shadow(ha, d); ok {
				l.Points = append(l.Points, pt)
				l.Decs = append(l.Decs, d)
			}
		}
		if len(l.Points) > 0 {
			l.Hour = h
			lines = append(lines, l)
		}
	}
	return lines
}

package aa

import "math"

// Angle is a plane angle in radians. Its methods convert to other units and
// reduce it to a standard interval; none of them allocate.
type Angle float64

// Common conversion factors.
const (
	degPerRad     = 180 / math.Pi
	radPerDeg     = math.Pi / 180
	radPerHour    = math.Pi / 12
	radPerArcSec  = math.Pi / (180 * 3600)
	twoPi         = 2 * math.Pi
	pi            = math.Pi
	arcSecPerRad  = 180 * 3600 / math.Pi
	secondsPerDay = 86400.0
)

// Rad returns the angle of r radians.
func Rad(r float64) Angle { return Angle(r) }

// Deg returns the angle of d degrees.
func Deg(d float64) Angle { return Angle(d * radPerDeg) }

// Hours returns the angle of h hours (1h = 15°), as for a right ascension,
// an hour angle or a sidereal time.
func Hours(h float64) Angle { return Angle(h * radPerHour) }

// ArcMin returns the angle of m minutes of arc.
func ArcMin(m float64) Angle { return Angle(m / 60 * radPerDeg) }

// ArcSec returns the angle of s seconds of arc.
func ArcSec(s float64) Angle { return Angle(s * radPerArcSec) }

// DMS returns the angle of d degrees, m minutes and s seconds of arc. The
// sign is carried by neg alone, so that -0°30′ can be written
// DMS(true, 0, 30, 0); the magnitudes of d, m and s are used.
func DMS(neg bool, d, m, s float64) Angle {
	a := Deg(math.Abs(d) + math.Abs(m)/60 + math.Abs(s)/3600)
	if neg {
		return -a
	}
	return a
}

// HMS returns the angle of h hours, m minutes and s seconds of time. The
// sign is carried by neg alone; the magnitudes of h, m and s are used.
func HMS(neg bool, h, m, s float64) Angle {
	a := Hours(math.Abs(h) + math.Abs(m)/60 + math.Abs(s)/3600)
	if neg {
		return -a
	}
	return a
}

// Rad returns the angle in radians.
func (a Angle) Rad() float64 { return float64(a) }

// Deg returns the angle in degrees.
func (a Angle) Deg() float64 { return float64(a) * degPerRad }

// Hours returns the angle in hours (15° per hour).
func (a Angle) Hours() float64 { return float64(a) / radPerHour }

// ArcMin returns the angle in minutes of arc.
func (a Angle) ArcMin() float64 { return float64(a) * degPerRad * 60 }

// ArcSec returns the angle in seconds of arc.
func (a Angle) ArcSec() float64 { return float64(a) * arcSecPerRad }

// Sin returns the sine of a.
func (a Angle) Sin() float64 { return math.Sin(float64(a)) }

// Cos returns the cosine of a.
func (a Angle) Cos() float64 { return math.Cos(float64(a)) }

// Tan returns the tangent of a.
func (a Angle) Tan() float64 { return math.Tan(float64(a)) }

// SinCos returns the sine and cosine of a.
func (a Angle) SinCos() (sin, cos float64) { return math.Sincos(float64(a)) }

// Mul returns a scaled by f.
func (a Angle) Mul(f float64) Angle { return a * Angle(f) }

// Norm returns a reduced to [0, 2π).
func (a Angle) Norm() Angle { return Angle(normRad(float64(a))) }

// Norm180 returns a reduced to (−π, π], i.e. (−180°, 180°].
func (a Angle) Norm180() Angle {
	r := normRad(float64(a))
	if r > math.Pi {
		r -= twoPi
	}
	return Angle(r)
}

// normRad reduces x radians to [0, 2π).
func normRad(x float64) float64 {
	if x >= 0 && x < twoPi {
		return x
	}
	if math.Abs(x) < 1e6 { // much faster than math.Mod, exact enough here
		x -= twoPi * math.Floor(x/twoPi)
	} else {
		x = math.Mod(x, twoPi)
	}
	if x < 0 {
		x += twoPi
	}
	if x >= twoPi { // x was a tiny negative number
		x = 0
	}
	return x
}

// normDeg reduces x degrees to [0, 360).
func normDeg(x float64) float64 {
	if x >= 0 && x < 360 {
		return x
	}
	if math.Abs(x) < 1e8 { // much faster than math.Mod; error < 1e-8°
		x -= 360 * math.Floor(x/360)
	} else {
		x = math.Mod(x, 360)
	}
	if x < 0 {
		x += 360
	}
	if x >= 360 {
		x = 0
	}
	return x
}

// String formats the angle in degrees, minutes and seconds of arc with two
// decimals of seconds, e.g. "-12°34′56.70″" (see [Angle.DMSString]).
func (a Angle) String() string { return a.DMSString(2) }

package aa

import (
	"errors"
	"math"
)

// Chapter 30, Equation of Kepler: E − e sin E = M for the eccentric
// anomaly E of an elliptic orbit of eccentricity 0 ≤ e < 1, given the mean
// anomaly M. (aa-js has no Kepler solver.)

// ErrEccentricity reports an eccentricity outside the range a function
// accepts (e.g. e ≥ 1 for an elliptic orbit, or e < 0).
var ErrEccentricity = errors.New("aa: eccentricity out of range")

func checkEllipse(e float64) error {
	if !(e >= 0 && e < 1) {
		return ErrEccentricity
	}
	return nil
}

// Kepler returns the eccentric anomaly E for the mean anomaly m and the
// eccentricity e, 0 ≤ e < 1, to full float64 precision (|ΔE| < 1e-15 rad).
// It reduces M to [0, π], starts Newton's method (Meeus eq. 30.7, "second
// method") from E0 = π when e > 0.8 (from E0 = M otherwise), a start that
// converges for every e < 1 (Charles & Tatum 1998), and falls back on the
// binary search of Meeus p. 206 should Newton stall. E is returned in the
// same revolution as m. Robust up to e = 0.999999…; it does not allocate.
func Kepler(e float64, m Angle) (Angle, error) {
	if err := checkEllipse(e); err != nil {
		return 0, err
	}
	if math.IsNaN(float64(m)) || math.IsInf(float64(m), 0) {
		return 0, ErrNoConvergence
	}
	rev := math.Floor(float64(m) / twoPi)
	mr := float64(m) - rev*twoPi
	neg := mr > pi
	if neg {
		mr = twoPi - mr
	}
	x, ok := keplerNewton(e, mr)
	if !ok {
		x = sinnott(e, mr, 0, false)
	}
	if neg {
		x = twoPi - x
	}
	return Angle(x + rev*twoPi), nil
}

// KeplerIterate solves Kepler's equation by the "first method" of Meeus
// p. 195–196 (eq. 30.6, E1 = M + e sin E0), Example 30.a, until successive
// values differ by less than 10^-places radian. It converges slowly for
// large e and not at all for some e close to 1: it returns
// ErrNoConvergence after 10 000 iterations.
func KeplerIterate(e float64, m Angle, places int) (Angle, error) {
	if err := checkEllipse(e); err != nil {
		return 0, err
	}
	x, err := Iterate(func(x float64) float64 { return float64(m) + e*math.Sin(x) },
		float64(m), math.Pow10(-places), 10000)
	return Angle(x), err
}

// KeplerNewton solves Kepler's equation by the "second method" of Meeus
// p. 199 (Newton–Raphson, eq. 30.7), Example 30.b, starting from E0 = M,
// until the correction is below 10^-places radian. For e close to 1 and
// small M it can diverge (Meeus p. 205): it then returns ErrNoConvergence;
// use [Kepler].
func KeplerNewton(e float64, m Angle, places int) (Angle, error) {
	if err := checkEllipse(e); err != nil {
		return 0, err
	}
	x := float64(m)
	if !finite(x) {
		return 0, ErrNoConvergence
	}
	tol := math.Pow10(-places) // table look-ups, unlike math.Pow
	// The loop of Iterate, without its indirect call. Once the correction
	// is below 1e-3 rad, sin and cos of the next x follow from those of x
	// by the addition formulas (the sine and cosine of the correction from
	// their series, exact to 1e-19): 3 or 4 roundings more in sin x, below
	// the 1e-13 tolerance that permits it.
	s, c := math.Sincos(x)
	for range 100 {
		dx := (float64(m) + e*s - x) / (1 - e*c)
		nx := x + dx
		if math.Abs(nx-x) <= tol {
			return Angle(nx), nil
		}
		x = nx
		if math.Abs(dx) < 1e-3 && tol >= 1e-13 {
			d2 := dx * dx
			sd := dx * (1 - d2/6*(1-d2/20))
			cd := 1 - d2/2*(1-d2/12)
			s, c = s*cd+c*sd, c*cd-s*sd
		} else {
			s, c = math.Sincos(x)
		}
	}
	return 0, ErrNoConvergence
}

// KeplerBisect solves Kepler's equation by the "third method" of Meeus
// p. 206 (R. Sinnott's binary search), which converges for every e < 1 to
// the last bit (53 halvings).
func KeplerBisect(e float64, m Angle) (Angle, error) {
	if err := checkEllipse(e); err != nil {
		return 0, err
	}
	if !finite(float64(m)) {
		return 0, ErrNoConvergence
	}
	rev := math.Floor(float64(m) / twoPi)
	mr := float64(m) - rev*twoPi
	if mr > pi {
		return Angle((rev+1)*twoPi - keplerBisect(e, twoPi-mr)), nil
	}
	return Angle(rev*twoPi + keplerBisect(e, mr)), nil
}

// keplerNewton solves Kepler's equation for m in [0, π] by Newton's method
// from π when e > 0.8, from m otherwise; ok is false if it did not converge
// to a root in [0, π].
func keplerNewton(e, m float64) (x float64, ok bool) {
	x = m
	if e > 0.8 {
		x = pi
	}
	for range 50 {
		s, c := math.Sincos(x)
		dx := (x - e*s - m) / (1 - e*c)
		x -= dx
		if math.Abs(dx) <= 1e-15 {
			return x, x >= 0 && x <= pi
		}
	}
	return x, false
}

// keplerBisect is Sinnott's search for m in [0, π]: 55 halvings, each
// deciding on the sign of x − e sin x − m.
func keplerBisect(e, m float64) float64 {
	root, ok := keplerNewton(e, m)
	return sinnott(e, m, root, ok)
}

// sinnott runs Sinnott's halvings. Where x is farther from the root E
// (known when ok) than 1e-12/(1 − e), the sign of x − e sin x − m is that
// of x − E: the slope 1 − e cos x is at least 1 − e, the rounding of the
// expression is below 1e-15 and Newton's root is good to 1e-15/(1 − e).
// Only the last 15–20 halvings, near the root, then need a sine, and the
// result is bit for bit that of 55 evaluated decisions.
func sinnott(e, m, root float64, ok bool) float64 {
	margin := 1e-12 / (1 - e)
	if !ok {
		margin = math.Inf(1)
	}
	x := pi / 2
	d := pi / 4
	for range 55 {
		var above bool
		if math.Abs(x-root) > margin {
			above = x > root
		} else {
			above = x-e*math.Sin(x) > m
		}
		if above {
			x -= d
		} else {
			x += d
		}
		d /= 2
	}
	return x
}

// KeplerApprox returns the closed-form approximation of Meeus p. 206,
// tan E = sin M / (cos M − e), good only for small e (within 0.01° of
// [Kepler] for e = 0.1).
func KeplerApprox(e float64, m Angle) (Angle, error) {
	if err := checkEllipse(e); err != nil {
		return 0, err
	}
	s, c := m.SinCos()
	x := math.Atan2(s, c-e)
	return Angle(x + twoPi*math.Round((float64(m)-x)/twoPi)), nil
}

// TrueAnomaly returns the true anomaly ν and the radius vector r (in the
// units of a) for the eccentric anomaly ecc of an ellipse of semi-major
// axis a and eccentricity e (Meeus eq. 30.1, 30.2).
func TrueAnomaly(a, e float64, ecc Angle) (nu Angle, r float64) {
	s, c := (ecc / 2).SinCos()
	nu = Angle(2 * math.Atan2(math.Sqrt(1+e)*s, math.Sqrt(1-e)*c))
	return nu, a * (1 - e*ecc.Cos())
}

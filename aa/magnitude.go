package aa

import (
	"errors"
	"math"
)

// Chapter 56, Stellar magnitudes.

// ErrMagnitude is returned for an empty list of magnitudes or a
// non-positive brightness ratio, distance or parallax.
var ErrMagnitude = errors.New("aa: magnitude needs at least one value and positive ratios, distances and parallaxes")

// MagnitudeSum returns the combined magnitude of several stars (Meeus
// eq. 56.1 generalised, Examples 56.a–c): −2.5·log10 Σ 10^(−0.4·m).
func MagnitudeSum(m ...float64) (float64, error) {
	if len(m) == 0 {
		return 0, ErrMagnitude
	}
	var s float64
	for _, x := range m {
		s += math.Pow(10, -0.4*x)
	}
	return -2.5 * math.Log10(s), nil
}

// BrightnessRatio returns the ratio of the brightnesses of two stars of
// magnitudes m1 and m2, I1/I2 = 10^(0.4·(m2 − m1)) (Meeus eq. 56.3,
// Example 56.d).
func BrightnessRatio(m1, m2 float64) float64 { return math.Pow(10, 0.4*(m2-m1)) }

// MagnitudeDifference returns the magnitude difference m2 − m1 that
// corresponds to the brightness ratio I1/I2 (Meeus eq. 56.4, Example 56.e).
func MagnitudeDifference(ratio float64) (float64, error) {
	if !(ratio > 0) {
		return 0, ErrMagnitude
	}
	return 2.5 * math.Log10(ratio), nil
}

// AbsoluteMagnitude returns the absolute magnitude of a star of apparent
// magnitude m at the distance d in parsecs: M = m + 5 − 5·log10 d (Meeus eq.
// 56.5; no extinction).
func AbsoluteMagnitude(m, parsecs float64) (float64, error) {
	d := parsecs
	if !(d > 0) {
		return 0, ErrMagnitude
	}
	return m + 5 - 5*math.Log10(d), nil
}

// AbsoluteMagnitudeFromParallax returns the absolute magnitude of a star
// of apparent magnitude m and annual parallax p: M = m + 5 + 5·log10 p″
// (Meeus eq. 56.6).
func AbsoluteMagnitudeFromParallax(m float64, p Angle) (float64, error) {
	if !(p > 0) {
		return 0, ErrMagnitude
	}
	return m + 5 + 5*math.Log10(p.ArcSec()), nil
}

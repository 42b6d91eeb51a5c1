package aa

import (
	"math"
	"testing"
)

// approx fails the test if got and want differ by more than tol.
func approx(t *testing.T, name string, got, want, tol float64) {
	t.Helper()
	if !(math.Abs(got-want) <= tol) {
		t.Errorf("%s = %.10g, want %.10g (±%g, off by %.3g)", name, got, want, tol, got-want)
	}
}

// approxAngle compares two angles modulo 2π, tol in arcseconds.
func approxAngle(t *testing.T, name string, got, want Angle, tolArcSec float64) {
	t.Helper()
	d := (got - want).Norm180()
	if !(math.Abs(d.ArcSec()) <= tolArcSec) {
		t.Errorf("%s = %.8f°, want %.8f° (±%g″, off by %.4g″)", name, got.Deg(), want.Deg(), tolArcSec, d.ArcSec())
	}
}

package aa

// Fuzz target for the readers of hours and degrees (the calendar and
// ParseAngle targets live beside their tests). `go test` runs the seeds;
// explore with `go test -fuzz FuzzParseHoursDegrees -parallel 1 ./aa/`.

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// FuzzParseHoursDegrees checks ParseHours and ParseDegrees against
// ParseAngle: an unmarked string reads as hours in one and degrees in the
// other (a factor 15), a marked one only in its own unit, ParseAngle reads
// a string exactly when one of them does; errors are *ParseError with a
// bounded text; every value is finite and every format of it reads back.
func FuzzParseHoursDegrees(f *testing.F) {
	for _, s := range []string{
		"12:34:56.7", "12 34 56.7", "-0:30", "5h35m17.3s", "5ʰ35ᵐ17ˢ.3", "-5°23′28″", "-5d23m28s", "+89.99999",
		"24:00:00", "1e308", "-1e309", "NaN", "Inf", "12:60:00", "12:34:56.7:8", "", " ", "−0 0 0.000000001",
		"12h34", "12°34'56\"", strings.Repeat("9", 400), "1:2:" + strings.Repeat("3", 300) + ".5",
		strings.Repeat("\xbb", 3000) + "0", "0" + strings.Repeat("\xbb", 3000),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, errH := ParseHours(s)
		d, errD := ParseDegrees(s)
		a, errA := ParseAngle(s)
		for _, err := range []error{errH, errD, errA} {
			if err == nil {
				continue
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Msg == "" {
				t.Fatalf("%q: unclear error %v", s, err)
			}
			if n := len(err.Error()); n > 1024 { // a quoted excerpt, whatever the input's length
				t.Fatalf("%q: error of %d bytes", s, n)
			}
		}
		if (errA == nil) != (errH == nil || errD == nil) {
			t.Fatalf("%q: ParseAngle %v, ParseHours %v, ParseDegrees %v", s, errA, errH, errD)
		}
		same := func(x, y Angle) bool {
			return math.Abs(x.Deg()-y.Deg()) <= 1e-12*math.Max(1, math.Abs(x.Deg()))
		}
		switch {
		case errH == nil && errD == nil:
			if !same(h, d*15) || !same(a, d) {
				t.Fatalf("%q: hours %v, degrees %v, angle %v", s, h.Deg(), d.Deg(), a.Deg())
			}
		case errH == nil:
			if !same(a, h) {
				t.Fatalf("%q: hours %v, angle %v", s, h.Deg(), a.Deg())
			}
		case errD == nil:
			if !same(a, d) {
				t.Fatalf("%q: degrees %v, angle %v", s, d.Deg(), a.Deg())
			}
		default:
			return
		}
		if math.IsNaN(a.Deg()) || math.IsInf(a.Deg(), 0) {
			t.Fatalf("%q read as %v", s, a.Deg())
		}
		if math.Abs(a.Deg()) > 1e12 {
			return // beyond the formats' places
		}
		for _, back := range []struct {
			text  string
			parse func(string) (Angle, error)
		}{
			{a.HMSString(9), ParseHours},
			{a.HMSColonString(9), ParseHours},
			{a.DMSColonString(9), ParseDegrees},
			{a.DMSStringASCII(9), ParseDegrees},
			{a.DMSString(9), ParseAngle},
		} {
			b, err := back.parse(back.text)
			if err != nil {
				t.Fatalf("%q → %q: %v", s, back.text, err)
			}
			if math.Abs(b.Deg()-a.Deg()) > 1e-7*math.Max(1, math.Abs(a.Deg())) {
				t.Fatalf("%q → %q → %v, want %v", s, back.text, b.Deg(), a.Deg())
			}
		}
	})
}

package aa

import (
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAngleUnits(t *testing.T) {
	approx(t, "Deg", Deg(180).Rad(), math.Pi, 1e-15)
	approx(t, "Hours", Hours(12).Deg(), 180, 1e-12)
	approx(t, "ArcSec", ArcSec(3600).Deg(), 1, 1e-12)
	approx(t, "ArcMin", ArcMin(60).Deg(), 1, 1e-12)
	approx(t, "Rad", Rad(1).Deg(), 180/math.Pi, 1e-12)
	approx(t, "Norm", Deg(-30).Norm().Deg(), 330, 1e-12)
	approx(t, "Norm", Deg(725).Norm().Deg(), 5, 1e-12)
	approx(t, "Norm180", Deg(190).Norm180().Deg(), -170, 1e-12)
	approx(t, "Norm180", Deg(180).Norm180().Deg(), 180, 1e-12)
	approx(t, "Norm180", Deg(-180).Norm180().Deg(), 180, 1e-12)
	if n := Angle(-1e-20).Norm(); n < 0 || n >= twoPi {
		t.Errorf("Norm(-tiny) = %v", float64(n))
	}
	s, c := Deg(30).SinCos()
	approx(t, "sin", s, 0.5, 1e-15)
	approx(t, "cos", c, math.Sqrt(3)/2, 1e-15)
}

func TestFormatCarry(t *testing.T) {
	for _, c := range []struct {
		a    Angle
		f    func(Angle) string
		want string
	}{
		{Deg(10.999999999), func(a Angle) string { return a.DMSString(2) }, "11°00′00.00″"},
		{Hours(23.9999999), func(a Angle) string { return a.HMSString(3) }, "24h00m00.000s"},
		{Deg(-0.000001), func(a Angle) string { return a.DMSString(1) }, "0°00′00.0″"},
		{ArcSec(-59.96), func(a Angle) string { return a.DMSString(1) }, "-0°01′00.0″"},
		{Deg(123.5), func(a Angle) string { return a.DMSColonString(0) }, "123:30:00"},
	} {
		if got := c.f(c.a); got != c.want {
			t.Errorf("format %v = %q, want %q", float64(c.a), got, c.want)
		}
	}
}

func TestParseAngle(t *testing.T) {
	good := []struct {
		in  string
		deg float64
		hrs bool
	}{
		{"12h34m56.7s", 188.73625, true},
		{"12ʰ34ᵐ56.7ˢ", 188.73625, true},
		{" +12 34 56.7 ", 12.58241666666667, false},
		{"−1°30′", -1.5, false},
		{"-0:30", -0.5, false},
		{"45.25", 45.25, false},
		{"45.25°", 45.25, false},
		{"30′", 0.5, false},
		{"13°36.5'", 13.608333333333333, false},
		{"1h", 15, true},
	}
	for _, c := range good {
		a, err := ParseAngle(c.in)
		if err != nil {
			t.Errorf("ParseAngle(%q): %v", c.in, err)
			continue
		}
		approx(t, "ParseAngle("+c.in+")", a.Deg(), c.deg, 1e-9)
	}
	h, err := ParseHours("12:34:56.7")
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "ParseHours", h.Deg(), 188.73625, 1e-9)
	bad := []string{"", " ", "-", "abc", "12:34:", "12::34", "12.5:30", "12°60′", "1:2:3:4",
		"12h30°", "5′12°", "12°x", "1e5", ".", "12h34m56.7s junk", "1.2.3", "12°'", "NaN", "Inf"}
	for _, s := range bad {
		_, err := ParseAngle(s)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseAngle(%q) err = %v, want *ParseError", s, err)
		}
	}
	if _, err := ParseHours("12°"); err == nil {
		t.Error("ParseHours accepted degrees")
	}
	if _, err := ParseDegrees("12h"); err == nil {
		t.Error("ParseDegrees accepted hours")
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	for x := -400.0; x <= 400; x += 1.2345678 {
		a := Deg(x)
		for _, s := range []string{a.DMSString(6), a.DMSStringASCII(6), a.DMSColonString(6)} {
			b, err := ParseAngle(s)
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
			approx(t, s, b.Deg(), x, 1e-9)
		}
		b, err := ParseHours(a.HMSColonString(6))
		if err != nil {
			t.Fatal(err)
		}
		approx(t, "hours", b.Deg(), x, 1e-8)
	}
}

func FuzzParseAngle(f *testing.F) {
	for _, s := range []string{"12h34m56.7s", "-12°34′56.7″", "12:34:56.7", "8ʰ34ᵐ56ˢ.853", "−0 30", "1.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAngle(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Msg == "" {
				t.Fatalf("%q: unclear error %v", s, err)
			}
			return
		}
		if math.IsNaN(float64(a)) || math.IsInf(float64(a), 0) {
			t.Fatalf("%q parsed to %v", s, float64(a))
		}
		// The formatted value parses back to the same angle.
		b, err := ParseAngle(a.DMSString(9))
		if err != nil {
			t.Fatalf("%q → %q: %v", s, a.DMSString(9), err)
		}
		if d := math.Abs(b.Deg() - a.Deg()); d > 1e-9*math.Max(1, math.Abs(a.Deg())) {
			t.Fatalf("%q: %v vs %v", s, a.Deg(), b.Deg())
		}
	})
}

// A huge malformed input gives a short error that still points at the
// problem (issue: a 1 MiB input gave a 1 MiB error).
func TestParseErrorIsBounded(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("1", 1<<20) + "x",
		"12°" + strings.Repeat("x", 1<<20),
		strings.Repeat("°", 1<<19) + "12",
		"12:30:" + strings.Repeat("9", 100) + "é" + strings.Repeat(" ", 1<<20) + "z",
	} {
		_, err := ParseAngle(s)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("err = %v", err)
		}
		if n := len(err.Error()); n > 200 {
			t.Errorf("error of %d bytes", n)
		}
		if len(pe.Input) > 80 || !utf8.ValidString(pe.Input) {
			t.Errorf("Input of %d bytes, valid UTF-8 %v", len(pe.Input), utf8.ValidString(pe.Input))
		}
		if pe.Pos < 0 || pe.Pos > len(s) {
			t.Errorf("Pos %d", pe.Pos)
		}
	}
	// Short inputs are kept whole; a hand-made error with a huge Input is cut.
	if _, err := ParseAngle("12°x"); !strings.Contains(err.Error(), `"12°x"`) {
		t.Errorf("short input not quoted whole: %v", err)
	}
	e := &ParseError{Input: strings.Repeat("a", 1<<20), Pos: 1 << 19, Msg: "m"}
	if n := len(e.Error()); n > 200 {
		t.Errorf("hand-made error of %d bytes", n)
	}
}

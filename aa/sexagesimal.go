package aa

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sexagesimal formatting and parsing of angles (aa-js "sexagesimal"
// namespace; not a chapter of Meeus).

// sexaSplit splits |x| (in degrees or hours) into whole units, minutes and
// seconds, the seconds rounded to places decimals with the carry propagated,
// so that 59.9996″ at two places prints as the next whole minute. The
// seconds are returned as an integer count of 10^-places seconds.
func sexaSplit(x float64, places int) (neg bool, u float64, m, sTicks int64, scale int64) {
	places = max(0, min(places, 9))
	scale = 1
	for range places {
		scale *= 10
	}
	neg = math.Signbit(x)
	ax := math.Abs(x)
	u = math.Floor(ax)
	total := int64(math.Round((ax - u) * 3600 * float64(scale)))
	if total >= 3600*scale {
		u++
		total -= 3600 * scale
	}
	if total == 0 && u == 0 {
		neg = false
	}
	m = total / (60 * scale)
	sTicks = total - m*60*scale
	return
}

// appendSexa writes x (degrees or hours) with the three unit markers.
func appendSexa(b []byte, x float64, places int, unit, min, sec string, alwaysSign bool) []byte {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.AppendFloat(b, x, 'g', -1, 64)
	}
	neg, u, m, st, scale := sexaSplit(x, places)
	if neg {
		b = append(b, '-')
	} else if alwaysSign {
		b = append(b, '+')
	}
	b = strconv.AppendFloat(b, u, 'f', 0, 64)
	b = append(b, unit...)
	b = appendPad2(b, m)
	b = append(b, min...)
	b = appendPad2(b, st/scale)
	if scale > 1 {
		b = append(b, '.')
		frac := strconv.AppendInt(nil, st%scale+scale, 10) // leading 1 keeps the zeros
		b = append(b, frac[1:]...)
	}
	return append(b, sec...)
}

func appendPad2(b []byte, v int64) []byte {
	if v < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, v, 10)
}

// DMSString formats a in degrees, minutes and seconds of arc with Unicode
// markers and places decimals of seconds, e.g. "-12°34′56.70″".
func (a Angle) DMSString(places int) string {
	return string(appendSexa(make([]byte, 0, 24), a.Deg(), places, "°", "′", "″", false))
}

// DMSStringASCII is [Angle.DMSString] with ASCII markers: "-12d34m56.70s".
func (a Angle) DMSStringASCII(places int) string {
	return string(appendSexa(make([]byte, 0, 24), a.Deg(), places, "d", "m", "s", false))
}

// HMSString formats a in hours, minutes and seconds of time, e.g.
// "12h34m56.700s" for places = 3. Negative angles get a leading '-'; use
// a.Norm().HMSString for a right ascension.
func (a Angle) HMSString(places int) string {
	return string(appendSexa(make([]byte, 0, 24), a.Hours(), places, "h", "m", "s", false))
}

// HMSColonString formats a in hours, minutes and seconds separated by colons,
// e.g. "12:34:56.70" for places = 2 (the form [ParseHours] reads back).
func (a Angle) HMSColonString(places int) string {
	return string(appendSexa(make([]byte, 0, 24), a.Hours(), places, ":", ":", "", false))
}

// DMSColonString formats a in degrees, minutes and seconds separated by
// colons, e.g. "123:30:00" for places = 0 (the form [ParseDegrees] reads back).
func (a Angle) DMSColonString(places int) string {
	return string(appendSexa(make([]byte, 0, 24), a.Deg(), places, ":", ":", "", false))
}

// ParseError reports a malformed sexagesimal string.
type ParseError struct {
	// Input is the string given to the parser, or for one longer than 64
	// bytes a copy of the 64 bytes or so around Pos, marked with "…" where
	// cut, so that an error never holds a huge input.
	Input string
	Pos   int    // byte offset of the problem in the whole input
	Msg   string // what is wrong
}

// Error quotes Input (cut as above if a caller filled it with more).
func (e *ParseError) Error() string {
	return "aa: cannot parse angle " + strconv.Quote(excerpt(e.Input, e.Pos)) + ": " + e.Msg + " at byte " + strconv.Itoa(e.Pos)
}

// maxExcerpt is the most bytes of an input a ParseError keeps.
const maxExcerpt = 64

// newParseError builds a ParseError holding at most an excerpt of s.
func newParseError(s string, pos int, msg string) *ParseError {
	return &ParseError{Input: strings.Clone(excerpt(s, pos)), Pos: pos, Msg: msg}
}

// excerpt returns s if it is short, else about maxExcerpt bytes of it
// around the byte offset pos, cut at rune boundaries and marked with "…".
// An excerpt of an excerpt is itself.
func excerpt(s string, pos int) string {
	if len(s) <= maxExcerpt+16 { // room for the marks and partial runes of an excerpt
		return s
	}
	start := min(max(pos-maxExcerpt/4, 0), len(s)-maxExcerpt)
	end := start + maxExcerpt
	// At most UTFMax-1 steps: a run of stray continuation bytes is no rune
	// to keep whole, and must not stretch the excerpt.
	for i := 0; i < utf8.UTFMax-1 && start > 0 && !utf8.RuneStart(s[start]); i++ {
		start--
	}
	for i := 0; i < utf8.UTFMax-1 && end < len(s) && !utf8.RuneStart(s[end]); i++ {
		end++
	}
	out := s[start:end]
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	return out
}

type sexaUnit int

const (
	unitNone sexaUnit = iota
	unitDeg
	unitHour
)

// ParseAngle parses a sexagesimal or decimal angle. Accepted forms include
//
//	"12h34m56.7s"  "12ʰ34ᵐ56.7ˢ"  "12ʰ34ᵐ56ˢ.7"     (hours)
//	"-12°34′56.7″" "-12°34'56.7\"" "-12d34m56.7s"  (degrees)
//	"12:34:56.7"   "12 34 56.7"    "-12.5"        (degrees, no marker)
//
// A leading '+', '-' or '−' (U+2212) gives the sign. Minutes and seconds
// must be below 60, and only the last component may have a fraction. Forms
// without a unit marker are read as degrees; use [ParseHours] to read them as
// hours. Errors are of type *[ParseError].
func ParseAngle(s string) (Angle, error) {
	v, u, err := parseSexa(s)
	if err != nil {
		return 0, err
	}
	if u == unitHour {
		return Hours(v), nil
	}
	return Deg(v), nil
}

// ParseHours is [ParseAngle] reading unmarked forms ("12:34:56.7") as hours.
// A degree marker is an error.
func ParseHours(s string) (Angle, error) {
	v, err := parseRefusing(s, unitDeg, "degree marker where hours are expected")
	return Hours(v), err
}

// ParseDegrees is [ParseAngle] refusing hour markers.
func ParseDegrees(s string) (Angle, error) {
	v, err := parseRefusing(s, unitHour, "hour marker where degrees are expected")
	return Deg(v), err
}

// parseRefusing parses s and refuses the unit marker bad.
func parseRefusing(s string, bad sexaUnit, msg string) (float64, error) {
	v, u, err := parseSexa(s)
	if err != nil {
		return 0, err
	}
	if u == bad {
		return 0, newParseError(s, 0, msg)
	}
	return v, nil
}

// sexaMarker classifies the rune at s[i:]: slot 0 (degrees/hours), 1
// (minutes) or 2 (seconds), or -1 if it is not a marker.
func sexaMarker(r rune) (slot int, u sexaUnit) {
	switch r {
	case '°', 'º', 'd':
		return 0, unitDeg
	case 'h', 'ʰ':
		return 0, unitHour
	case '\'', '′', '’', 'm', 'ᵐ':
		return 1, unitNone
	case '"', '″', 's', 'ˢ':
		return 2, unitNone
	}
	return -1, unitNone
}

func parseSexa(s string) (float64, sexaUnit, error) {
	fail := func(pos int, msg string) (float64, sexaUnit, error) {
		return 0, unitNone, newParseError(s, pos, msg)
	}
	i := skipSpace(s, 0)
	neg := false
	if i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '-', '−':
			neg = true
			i += n
		case '+':
			i += n
		}
	}
	var vals [3]float64
	next := 0 // next free slot
	unit := unitNone
	fracSeen := false
	count := 0
	for {
		i = skipSpace(s, i)
		if i >= len(s) {
			break
		}
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		hasFrac := false
		if i < len(s) && s[i] == '.' {
			hasFrac = true
			i++
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
		}
		if i == start || s[start:i] == "." {
			return fail(start, "expected a number")
		}
		numEnd := i
		j := skipSpace(s, i)
		slot := next
		if j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if ms, mu := sexaMarker(r); ms >= 0 {
				if ms < next {
					return fail(j, "unit marker out of order")
				}
				if mu != unitNone {
					if unit != unitNone && unit != mu {
						return fail(j, "mixed hour and degree markers")
					}
					unit = mu
				}
				slot = ms
				i = j + n
				// Meeus' style "56ˢ.7": the decimals after the marker.
				if !hasFrac && i < len(s) && s[i] == '.' {
					fs := i
					i++
					for i < len(s) && s[i] >= '0' && s[i] <= '9' {
						i++
					}
					if i == fs+1 {
						return fail(fs, "expected decimals after '.'")
					}
					v, err := strconv.ParseFloat(s[start:numEnd]+s[fs:i], 64)
					if err != nil {
						return fail(start, "bad number")
					}
					if e := store(&vals, slot, v, true, &fracSeen); e != "" {
						return fail(start, e)
					}
					count++
					next = slot + 1
					i = sepAfter(s, i)
					continue
				}
			}
		}
		if slot > 2 {
			return fail(start, "too many components")
		}
		v, err := strconv.ParseFloat(s[start:numEnd], 64)
		if err != nil || math.IsInf(v, 0) {
			return fail(start, "number out of range")
		}
		if e := store(&vals, slot, v, hasFrac, &fracSeen); e != "" {
			return fail(start, e)
		}
		count++
		next = slot + 1
		i = sepAfter(s, i)
	}
	if count == 0 {
		return fail(len(s), "no number")
	}
	v := vals[0] + vals[1]/60 + vals[2]/3600
	if neg {
		v = -v
	}
	return v, unit, nil
}

// store puts v in slot, checking the range of minutes and seconds and that
// no component follows one with a fraction.
func store(vals *[3]float64, slot int, v float64, frac bool, fracSeen *bool) string {
	if *fracSeen {
		return "only the last component may have a fraction"
	}
	if slot > 0 && v >= 60 {
		return "minutes and seconds must be below 60"
	}
	vals[slot] = v
	*fracSeen = frac
	return ""
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// sepAfter skips spaces and one optional ':' separator.
func sepAfter(s string, i int) int {
	i = skipSpace(s, i)
	if i < len(s) && s[i] == ':' {
		i++
		j := skipSpace(s, i)
		if j >= len(s) {
			return i - 1 // a trailing ':' is left for the caller to reject
		}
		return j
	}
	return i
}

package aa

import (
	"errors"
	"fmt"
	"math"
)

// Chapter 49, Phases of the Moon.

// MoonQuarter names the four principal phases of the Moon.
type MoonQuarter int

// The principal phases, in the order of aa-js MoonPhaseQuarter.
const (
	NewMoon MoonQuarter = iota
	FirstQuarter
	FullMoon
	LastQuarter
)

func (q MoonQuarter) String() string {
	switch q {
	case NewMoon:
		return "New Moon"
	case FirstQuarter:
		return "First Quarter"
	case FullMoon:
		return "Full Moon"
	case LastQuarter:
		return "Last Quarter"
	}
	return "invalid"
}

// ErrMoonQuarter is returned for a MoonQuarter outside NewMoon…LastQuarter.
var ErrMoonQuarter = errors.New("aa: invalid Moon quarter")

// checkYear rejects decimal years outside the ephemeris span (see
// [EphemerisFirst]), where the polynomials of Meeus are meaningless.
func checkYear(year Year) error {
	if !yearInSpan(year) {
		return yearError(year)
	}
	return nil
}

// yearError is kept out of checkYear so that checkYear inlines.
func yearError(year Year) error { return fmt.Errorf("%w: %v", ErrYear, year) }

// snapK rounds the lunation-like number x to the nearest value of the form
// integer + frac (Meeus p. 350, 356, 363, 367).
func snapK(x, frac float64) float64 { return math.Floor(x-frac+0.5) + frac }

// lunarArgs holds e^{i·k·x} for the multiples k of the arguments D (up to
// 24), M, M′, F and Ω (up to 4) of chapters 49–52, so that the periodic
// terms need no math.Sin of their own (angle addition).
type lunarArgs struct {
	pd               [25]complex128 // D's powers, up to the maxD given to init
	pm, pmp, pf, pom [5]complex128
}

// init sets a to the powers of the arguments, those of D up to maxD (0 for
// series without D), in place: the tables are neither copied nor moved to
// the heap.
func (a *lunarArgs) init(maxD int, d, m, mp, f, om float64) {
	expPowersTo(&a.pm, m)
	expPowersTo(&a.pmp, mp)
	expPowersTo(&a.pf, f)
	if om != 0 {
		expPowersTo(&a.pom, om)
	} else {
		a.pom[0] = 1
	}
	if maxD > 0 {
		s, c := math.Sincos(d)
		a.pd[0], a.pd[1] = 1, complex(c, s)
		for k := 2; k <= maxD; k++ {
			a.pd[k] = a.pd[k-1] * a.pd[1]
		}
	}
}

// sum evaluates the periodic terms (c + ct·T)·E^e·sin(arg) (cos when the
// term says so).
func (a *lunarArgs) sum(terms []lunarTerm, t, e float64) float64 {
	var sum float64
	for i := range terms {
		p := &terms[i]
		z := pow5(&a.pm, p.m) * pow5(&a.pmp, p.mp) * pow5(&a.pf, p.f)
		if p.om != 0 {
			z *= pow5(&a.pom, p.om)
		}
		switch {
		case p.d > 0:
			z *= a.pd[p.d]
		case p.d < 0:
			z *= conj(a.pd[-p.d])
		}
		v := imag(z)
		if p.cos {
			v = real(z)
		}
		k := p.c + p.ct*t
		switch p.e {
		case 1:
			k *= e
		case 2:
			k *= e * e
		}
		sum += k * v
	}
	return sum
}

// meanPhaseK returns the JDE of the mean phase of lunation number k
// (Meeus eq. 49.1).
func meanPhaseK(k float64) TT {
	// Horner in k, with T = k/1236.85 folded into the constants.
	const c = 1 / 1236.85
	return TT(2451550.09766 + k*(29.530588861+k*(0.00015437*c*c+k*(-0.000000150*c*c*c+k*(0.00000000073*c*c*c*c)))))
}

// moonPhaseK returns the JDE of the true phase of lunation number k (k an
// integer for New Moon, +0.25, +0.5, +0.75 for the others), Meeus p. 350–352.
func moonPhaseK(k float64) TT {
	t := k / 1236.85
	t2 := t * t
	const r = radPerDeg
	e := 1 - t*(0.002516+0.0000074*t)
	m := r * (2.5534 + 29.10535670*k + t2*(-0.0000014-0.00000011*t))
	mp := r * (201.5643 + 385.81693528*k + t2*(0.0107582+t*(0.00001238-0.000000058*t)))
	f := r * (160.7108 + 390.67050284*k + t2*(-0.0016118+t*(-0.00000227+0.000000011*t)))
	om := r * (124.7746 - 1.56375588*k + t2*(0.0020672+0.00000215*t))
	jde := meanPhaseK(k)
	var corr float64
	var args lunarArgs
	args.init(0, 0, m, mp, f, om)
	switch q := k - math.Floor(k); {
	case q < 0.1:
		corr = args.sum(phaseNew[:], t, e)
	case q > 0.4 && q < 0.6:
		corr = args.sum(phaseFull[:], t, e)
	default:
		corr = args.sum(phaseQuarter[:], t, e)
		w := 0.00306 - 0.00038*e*math.Cos(m) + 0.00026*math.Cos(mp) -
			0.00002*math.Cos(mp-m) + 0.00002*math.Cos(mp+m) + 0.00002*math.Cos(2*f)
		if q < 0.5 {
			corr += w
		} else {
			corr -= w
		}
	}
	// Additional corrections for all phases, Meeus p. 351–352.
	a := [14]float64{
		299.77 + 0.107408*k - 0.009173*t2,
		251.88 + 0.016321*k,
		251.83 + 26.651886*k,
		349.42 + 36.412478*k,
		84.66 + 18.206239*k,
		141.74 + 53.303771*k,
		207.14 + 2.453732*k,
		154.84 + 7.306860*k,
		34.52 + 27.261239*k,
		207.19 + 0.121824*k,
		291.34 + 1.844379*k,
		161.72 + 24.198154*k,
		239.56 + 25.513099*k,
		331.55 + 3.592518*k,
	}
	for i, c := range phasePlanetary {
		corr += c * math.Sin(a[i]*r)
	}
	return jde + TT(corr)
}

// phaseK returns the lunation number k of the phase q nearest the decimal
// year (Meeus eq. 49.2).
func phaseK(year Year, q MoonQuarter) (float64, error) {
	if q < NewMoon || q > LastQuarter {
		return 0, ErrMoonQuarter
	}
	if err := checkYear(year); err != nil {
		return 0, err
	}
	return snapK((float64(year)-2000)*12.3685, float64(q)/4), nil
}

// MoonPhaseMean returns the JDE (TT) of the mean phase q nearest the decimal
// year (Meeus eq. 49.1 and 49.2, Examples 49.a–b "mean" values).
func MoonPhaseMean(year Year, q MoonQuarter) (TT, error) {
	if uint(q) > uint(LastQuarter) || !yearInSpan(year) {
		return 0, &phaseArgError{year, q}
	}
	f := float64(q) / 4
	return meanPhaseK(math.Floor((float64(year)-2000)*12.3685-f+0.5) + f), nil
}

// phaseArgError is phaseK's error as a value, so that MoonPhaseMean
// inlines (a call would not): ErrMoonQuarter for an invalid quarter,
// ErrYear with the year otherwise.
type phaseArgError struct {
	year Year
	q    MoonQuarter
}

func (e *phaseArgError) Error() string { return e.Unwrap().Error() + e.detail() }

func (e *phaseArgError) detail() string {
	if e.Unwrap() == ErrYear {
		return fmt.Sprintf(": %v", e.year)
	}
	return ""
}

func (e *phaseArgError) Unwrap() error {
	if uint(e.q) > uint(LastQuarter) {
		return ErrMoonQuarter
	}
	return ErrYear
}

// MoonPhase returns the JDE (TT) of the true phase q of the Moon nearest the
// decimal year: the mean phase with the periodic and planetary corrections of
// Meeus p. 351–352 (Examples 49.a–b). Meeus gives the accuracy as a few
// seconds over 1900–2100 (maximum error about 17 s against ELP-2000/82).
// [TT.Time] gives the civil (UTC) instant.
func MoonPhase(year Year, q MoonQuarter) (TT, error) {
	k, err := phaseK(year, q)
	if err != nil {
		return 0, err
	}
	return moonPhaseK(k), nil
}

// NextMoonPhase returns the JDE (TT) of the first true phase q after jde
// (TT), from [MoonPhase]'s series.
func NextMoonPhase(jde TT, q MoonQuarter) (TT, error) {
	if q < NewMoon || q > LastQuarter {
		return 0, ErrMoonQuarter
	}
	if err := checkYear(jde.JD().Year()); err != nil {
		return 0, err
	}
	k := math.Floor(float64(jde-2451550.09766)/29.530588861) - 1 + float64(q)/4
	for range 4 {
		if t := moonPhaseK(k); t > jde {
			return t, nil
		}
		k++
	}
	return moonPhaseK(k), nil
}

// PreviousMoonPhase returns the JDE (TT) of the last true phase q at or
// before jde (TT).
func PreviousMoonPhase(jde TT, q MoonQuarter) (TT, error) {
	if q < NewMoon || q > LastQuarter {
		return 0, ErrMoonQuarter
	}
	if err := checkYear(jde.JD().Year()); err != nil {
		return 0, err
	}
	k := math.Floor(float64(jde-2451550.09766)/29.530588861) + 1 + float64(q)/4
	for range 4 {
		if t := moonPhaseK(k); t <= jde {
			return t, nil
		}
		k--
	}
	return moonPhaseK(k), nil
}

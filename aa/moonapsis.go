package aa

import "errors"

// Chapter 50, Perigee and apogee of the Moon.

// LunarApsis is a passage of the Moon through perigee or apogee.
type LunarApsis struct {
	JDE                TT      // time of the passage, TT
	Parallax           Angle   // equatorial horizontal parallax at the passage
	DistanceKilometres float64 // distance between the centres in km (from Parallax)
}

// Apsis selects the perigee or the apogee of the Moon's orbit.
type Apsis int

const (
	Perigee Apsis = iota // nearest the Earth
	Apogee               // farthest from the Earth
)

// ErrApsis is returned for an Apsis other than Perigee and Apogee.
var ErrApsis = errors.New("aa: invalid apsis")

// apsisK returns k for the passage nearest year (Meeus eq. 50.2): an
// integer for perigee, +0.5 for apogee.
func apsisK(year Year, apogee bool) (float64, error) {
	if err := checkYear(year); err != nil {
		return 0, err
	}
	frac := 0.0
	if apogee {
		frac = 0.5
	}
	return snapK((float64(year)-1999.97)*13.2555, frac), nil
}

func meanApsisK(k float64) TT {
	t := k / 1325.55
	return TT(2451534.6698 + 27.55454989*k + t*t*(-0.0006691+t*(-0.000001098+t*0.0000000052)))
}

func lunarApsisK(k float64, apogee bool) LunarApsis {
	t := k / 1325.55
	t2 := t * t
	const r = radPerDeg
	d := r * (171.9179 + 335.9106046*k + t2*(-0.0100383+t*(-0.00001156+t*0.000000055)))
	m := r * (347.3477 + 27.1577721*k + t2*(-0.0008130-0.0000010*t))
	f := r * (316.6109 + 364.5287911*k + t2*(-0.0125053-0.0000148*t))
	var dt, par float64
	if apogee {
		var args lunarArgs
		args.init(12, d, m, 0, f, 0)
		dt = args.sum(apogeeTime[:], t, 1)
		par = 3245.251 + args.sum(apogeePar[:], t, 1)
	} else {
		var args lunarArgs
		args.init(24, d, m, 0, f, 0)
		dt = args.sum(perigeeTime[:], t, 1)
		par = 3629.215 + args.sum(perigeePar[:], t, 1)
	}
	p := ArcSec(par)
	return LunarApsis{JDE: meanApsisK(k) + TT(dt), Parallax: p, DistanceKilometres: MoonKilometresFromParallax(p)}
}

// MoonPerigee returns the passage of the Moon through perigee nearest the
// decimal year: time (Table 50.A), parallax (Table 50.B) and distance (Meeus
// ch. 50). The times are within 31 minutes (perigee) of ELP-2000/82 and the
// parallax within 0.124″, as Meeus states.
func MoonPerigee(year Year) (LunarApsis, error) {
	k, err := apsisK(year, false)
	if err != nil {
		return LunarApsis{}, err
	}
	return lunarApsisK(k, false), nil
}

// MoonApogee returns the passage of the Moon through apogee nearest the
// decimal year, as [MoonPerigee] (Example 50.a); times within 3 minutes of
// ELP-2000/82, parallax within 0.051″.
func MoonApogee(year Year) (LunarApsis, error) {
	k, err := apsisK(year, true)
	if err != nil {
		return LunarApsis{}, err
	}
	return lunarApsisK(k, true), nil
}

// MoonApsisMean returns the JDE (TT) of the mean perigee or mean apogee (a)
// nearest the decimal year (Meeus eq. 50.1). An invalid a gives [ErrApsis].
func MoonApsisMean(year Year, a Apsis) (TT, error) {
	if a != Perigee && a != Apogee {
		return 0, ErrApsis
	}
	k, err := apsisK(year, a == Apogee)
	if err != nil {
		return 0, err
	}
	return meanApsisK(k), nil
}

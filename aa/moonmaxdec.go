package aa

import "errors"

// Chapter 52, Maximum declinations of the Moon.

// Hemisphere selects the northern or southern side of the celestial equator.
type Hemisphere int

const (
	North Hemisphere = iota
	South
)

// ErrHemisphere is returned for a Hemisphere other than North and South.
var ErrHemisphere = errors.New("aa: invalid hemisphere")

// MoonMaxDeclination returns the time (JDE, TT) and the value of the greatest
// declination of the Moon towards side h (North: greatest northern, South:
// greatest southern) nearest the decimal year (Meeus ch. 52, Tables 52.A and
// 52.B, Examples 52.a–c). The declination is geocentric, referred to the true
// equator of the date. An invalid h gives [ErrHemisphere].
func MoonMaxDeclination(year Year, h Hemisphere) (TT, Angle, error) {
	if h != North && h != South {
		return 0, 0, ErrHemisphere
	}
	north := h == North
	if err := checkYear(year); err != nil {
		return 0, 0, err
	}
	k := snapK((float64(year)-2000.03)*13.3686, 0)
	t := k / 1336.86
	t2 := t * t
	d0, m0, mp0, f0, jde0 := 345.6676, 1.3951, 186.2100, 145.1633, 2451548.9289
	tt, dt, sign := maxDecSouthTime[:], maxDecSouthDec[:], -1.0
	if north {
		d0, m0, mp0, f0, jde0 = 152.2029, 14.8591, 4.6881, 325.8867, 2451562.5897
		tt, dt, sign = maxDecNorthTime[:], maxDecNorthDec[:], 1
	}
	const r = radPerDeg
	d := r * (d0 + 333.0705546*k + t2*(-0.0004214+0.00000011*t))
	m := r * (m0 + 26.9281592*k + t2*(-0.0000355-0.0000001*t))
	mp := r * (mp0 + 356.9562794*k + t2*(0.0103066+0.00001251*t))
	f := r * (f0 + 1.4467807*k + t2*(-0.0020690-0.00000215*t))
	e := 1 - t*(0.002516+0.0000074*t)
	var args lunarArgs
	args.init(2, d, m, mp, f, 0)
	jde := jde0 + 27.321582247*k + t2*(0.000119804-0.000000141*t) + args.sum(tt, t, e)
	dec := 23.6961 - 0.013004*t + args.sum(dt, t, e)
	return TT(jde), Deg(sign * dec), nil
}

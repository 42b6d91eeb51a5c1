package aa

import "math"

// Chapter 51, Passages of the Moon through the nodes.

// MoonNodePassage returns the JDE (TT) of the passage of the Moon through node
// n of its orbit on the ecliptic nearest the decimal year (Meeus ch. 51, Example 51.a). Meeus gives no
// accuracy; comparison with [Moon.Geocentric] shows the latitude of the Moon
// at the returned time below 3″ (about 1 minute of time).
func MoonNodePassage(year Year, n Node) (TT, error) {
	if n != AscendingNode && n != DescendingNode {
		return 0, ErrNode
	}
	if err := checkYear(year); err != nil {
		return 0, err
	}
	frac := 0.5
	if n == AscendingNode {
		frac = 0
	}
	k := snapK((float64(year)-2000.05)*13.4223, frac)
	t := k / 1342.23
	t2 := t * t
	const r = radPerDeg
	d := r * (183.6380 + 331.73735682*k + t2*(0.0014852+t*(0.00000209-0.000000010*t)))
	m := r * (17.4006 + 26.82037250*k + t2*(0.0001186+0.00000006*t))
	mp := r * (38.3776 + 355.52747313*k + t2*(0.0123499+t*(0.000014627-0.000000069*t)))
	om := r * (123.9767 - 1.44098956*k + t2*(0.0020608+t*(0.00000214-0.000000016*t)))
	v := r * (299.75 + t*(132.85-0.009173*t))
	p := om + r*(272.75-2.3*t)
	e := 1 - t*(0.002516+0.0000074*t)
	jde := 2451565.1619 + 27.212220817*k + t2*(0.0002762+t*(0.000000021-0.000000000088*t))
	var args lunarArgs
	args.init(4, d, m, mp, 0, om)
	jde += args.sum(nodeTerms[:], t, e) + 0.0003*math.Sin(v) + 0.0003*math.Sin(p)
	return TT(jde), nil
}

package aa

import "math"

// Chapter 46, Positions of the Satellites of Saturn.

// saturnMoonOrbit is the osculating orbit of one satellite in the frame of
// Meeus p. 323–329: true longitude λ, radius r (Saturn radii), inclination
// γ and node Ω on the ecliptic B1950.
type saturnMoonOrbit struct{ lam, r, gamma, node float64 }

// saturnMoonTimes holds the auxiliary times and angles of Meeus p. 323–324.
type saturnMoonTimes struct {
	t1, t2, t4, t5, t6, t7, t8, t9, t10, t11 float64
	w0, w1, w2, w3, w4, w5, w6, w7, w8       float64
	e1                                       float64
}

// newSaturnMoonTimes returns a value, not a pointer: the function is too
// large to inline, and a pointer to its result would escape to the heap.
func newSaturnMoonTimes(jde float64) saturnMoonTimes {
	var q saturnMoonTimes
	q.t1 = jde - 2411093
	q.t2 = q.t1 / 365.25
	t3 := (jde-2433282.423)/365.25 + 1950
	q.t4 = jde - 2411368
	q.t5 = q.t4 / 365.25
	q.t6 = jde - 2415020
	q.t7 = q.t6 / 36525
	q.t8 = q.t6 / 365.25
	q.t9 = (jde - 2442000.5) / 365.25
	q.t10 = jde - 2409786
	q.t11 = q.t10 / 36525
	q.w0 = 5.095 * (t3 - 1866.39) * radPerDeg
	q.w1 = (74.4 + 32.39*q.t2) * radPerDeg
	q.w2 = (134.3 + 92.62*q.t2) * radPerDeg
	q.w3 = (42.0 - 0.5118*q.t5) * radPerDeg
	q.w4 = (276.59 + 0.5118*q.t5) * radPerDeg
	q.w5 = (267.2635 + 1222.1136*q.t7) * radPerDeg
	q.w6 = (175.4762 + 1221.5515*q.t7) * radPerDeg
	q.w7 = (2.4891 + 0.002435*q.t7) * radPerDeg
	q.w8 = (113.35 - 0.2597*q.t7) * radPerDeg
	q.e1 = 0.05589 - 0.000346*q.t7
	return q
}

// Saturn's equator on the B1950 ecliptic: inclination 28.0817°, node 168.8112°.
const (
	saturnEqInc  = 28.0817 * radPerDeg
	saturnEqNode = 168.8112 * radPerDeg
)

// keplerOrbit reduces the elements λ′, p, e, a, Ω, i of Rhea … Iapetus to
// λ, r, γ, Ω (Meeus p. 326, the "subroutine").
func (q *saturnMoonTimes) keplerOrbit(lamp, p, e, a, node, inc float64) saturnMoonOrbit {
	m := lamp - p
	e2 := e * e
	e3, e4 := e2*e, e2*e2
	e5 := e4 * e
	c := (2*e-0.25*e3+0.0520833333*e5)*math.Sin(m) + (1.25*e2-0.458333333*e4)*math.Sin(2*m) +
		(1.083333333*e3-0.671875*e5)*math.Sin(3*m) + 1.072917*e4*math.Sin(4*m) + 1.142708*e5*math.Sin(5*m)
	r := a * (1 - e2) / (1 + e*math.Cos(m+c))
	g := node - saturnEqNode
	si, ci := math.Sincos(inc)
	sg, cg := math.Sincos(g)
	s1, c1 := math.Sincos(saturnEqInc)
	a1 := si * sg
	a2 := c1*si*cg - s1*ci
	u := math.Atan2(a1, a2)
	psi := math.Atan2(s1*sg, c1*si-s1*ci*cg)
	return saturnMoonOrbit{lam: lamp + c + u - g - psi, r: r, gamma: math.Asin(math.Hypot(a1, a2)), node: saturnEqNode + u}
}

// orbits returns the orbits of Mimas … Iapetus (Meeus p. 324–329).
func (q *saturnMoonTimes) orbits() [8]saturnMoonOrbit {
	var o [8]saturnMoonOrbit
	d := radPerDeg
	sw0, s3w0, s5w0 := math.Sin(q.w0), math.Sin(3*q.w0), math.Sin(5*q.w0)
	sw1, sw2 := math.Sin(q.w1), math.Sin(q.w2)
	sw3, cw3 := math.Sincos(q.w3)
	sw4, cw4 := math.Sincos(q.w4)
	sw7, cw7 := math.Sincos(q.w7)
	// Mimas.
	l := (127.64 + 381.994497*q.t1 - 43.57*sw0 - 0.720*s3w0 - 0.02144*s5w0) * d
	m := l - (106.1+365.549*q.t2)*d
	c := (2.18287*math.Sin(m) + 0.025988*math.Sin(2*m) + 0.00043*math.Sin(3*m)) * d
	o[0] = saturnMoonOrbit{l + c, 3.06879 / (1 + 0.01905*math.Cos(m+c)), 1.563 * d, (54.5 - 365.072*q.t2) * d}
	// Enceladus.
	l = (200.317 + 262.7319002*q.t1 + 0.25667*sw1 + 0.20883*sw2) * d
	m = l - (309.107+123.44121*q.t2)*d
	c = (0.55577*math.Sin(m) + 0.00168*math.Sin(2*m)) * d
	o[1] = saturnMoonOrbit{l + c, 3.94118 / (1 + 0.00485*math.Cos(m+c)), 0.0262 * d, (348 - 151.95*q.t2) * d}
	// Tethys.
	o[2] = saturnMoonOrbit{(285.306 + 190.69791226*q.t1 + 2.063*sw0 + 0.03409*s3w0 + 0.001015*s5w0) * d, 4.880998, 1.0976 * d, (111.33 - 72.2441*q.t2) * d}
	// Dione.
	l = (254.712 + 131.53493193*q.t1 - 0.0215*sw1 - 0.01733*sw2) * d
	m = l - (174.8+30.82*q.t2)*d
	c = (0.24717*math.Sin(m) + 0.00033*math.Sin(2*m)) * d
	o[3] = saturnMoonOrbit{l + c, 6.24871 / (1 + 0.002157*math.Cos(m+c)), 0.0139 * d, (232 - 30.27*q.t2) * d}
	// Rhea.
	sp, cp := math.Sincos((342.7 + 10.057*q.t2) * d)
	a1 := 0.000265*sp + 0.001*sw4
	a2 := 0.000265*cp + 0.001*cw4
	sn, cn := math.Sincos((345 - 10.057*q.t2) * d)
	o[4] = q.keplerOrbit((359.244+79.6900472*q.t1+0.086754*sn)*d, math.Atan2(a1, a2), math.Hypot(a1, a2), 8.725924,
		(168.8034+0.736936*sn+0.041*sw3)*d, (28.0362+0.346898*cn+0.0193*cw3)*d)
	o[5] = q.titan(sw3, cw3, sw7, cw7)
	o[6] = q.hyperion(cw3, sw3)
	o[7] = q.iapetus()
	return o
}

func (q *saturnMoonTimes) titan(sw3, cw3, sw7, cw7 float64) saturnMoonOrbit {
	d := radPerDeg
	l := (261.1582 + 22.57697855*q.t4 + 0.074025*sw3) * d
	ip := (27.45141 + 0.295999*cw3) * d
	np := (168.66925 + 0.628808*sw3) * d
	sip, cip := math.Sincos(ip)
	snw, cnw := math.Sincos(np - q.w8)
	a1 := sw7 * snw
	a2 := cw7*sip - sw7*cip*cnw
	g0 := 102.8623 * d
	psi := math.Atan2(a1, a2)
	s := math.Hypot(a1, a2)
	g := q.w4 - np - psi
	var peri float64
	for range 3 {
		peri = q.w4 + 0.37515*d*(math.Sin(2*g)-math.Sin(2*g0))
		g = peri - np - psi
	}
	ep := 0.029092 + 0.00019048*(math.Cos(2*g)-math.Cos(2*g0))
	qq := 2 * (q.w5 - peri)
	b1 := sip * snw
	b2 := cw7*sip*cnw - sw7*cip
	theta := math.Atan2(b1, b2) + q.w8
	sq, cq := math.Sincos(qq)
	e := ep + 0.002778797*ep*cq
	p := peri + 0.159215*d*sq
	su, cu := math.Sincos(2*q.w5 - 2*theta + psi)
	h := 0.9375*ep*ep*sq + 0.1875*s*s*math.Sin(2*(q.w5-theta))
	lamp := l - 0.254744*d*(q.e1*math.Sin(q.w6)+0.75*q.e1*q.e1*math.Sin(2*q.w6)+h)
	inc := ip + 0.031843*d*s*cu
	node := np + 0.031843*d*s*su/sip
	return q.keplerOrbit(lamp, p, e, 20.216193, node, inc)
}

func (q *saturnMoonTimes) hyperion(cw3, sw3 float64) saturnMoonOrbit {
	d := radPerDeg
	eta := (92.39 + 0.5621071*q.t6) * d
	zeta := (148.19 - 19.18*q.t8) * d
	theta := (184.8 - 35.41*q.t9) * d
	thetap := theta - 7.5*d
	as := (176 + 12.22*q.t8) * d
	bs := (8 + 24.44*q.t8) * d
	cs := bs + 5*d
	peri := (69.898 - 18.67088*q.t8) * d
	phi := 2 * (peri - q.w5)
	chi := (94.9 - 2.292*q.t8) * d
	se, ce := math.Sincos(eta)
	sz, cz := math.Sincos(zeta)
	s2z, c2z := math.Sincos(2 * zeta)
	s3z, c3z := math.Sincos(3 * zeta)
	szp, czp := math.Sincos(zeta + eta)
	szm, czm := math.Sincos(zeta - eta)
	sphi, cphi := math.Sincos(phi)
	schi, cchi := math.Sincos(chi)
	scs, ccs := math.Sincos(cs)
	a := 24.50601 - 0.08686*ce - 0.00166*czp + 0.00175*czm
	e := 0.103458 - 0.004099*ce - 0.000167*czp + 0.000235*czm + 0.02303*cz - 0.00212*c2z + 0.000151*c3z + 0.00013*cphi
	p := peri + (0.15648*schi-0.4457*se-0.2657*szp-0.3573*szm-12.872*sz+1.668*s2z-0.2419*s3z-0.07*sphi)*d
	lamp := (177.047 + 16.91993829*q.t6 + 0.15648*schi + 9.142*se + 0.007*math.Sin(2*eta) - 0.014*math.Sin(3*eta) +
		0.2275*szp + 0.2112*szm - 0.26*sz - 0.0098*s2z - 0.013*math.Sin(as) + 0.017*math.Sin(bs) - 0.0303*sphi) * d
	inc := (27.3347 + 0.6434886*cchi + 0.315*cw3 + 0.018*math.Cos(theta) - 0.018*ccs) * d
	node := (168.6812 + 1.40136*cchi + 0.68599*sw3 - 0.0392*scs + 0.0366*math.Sin(thetap)) * d
	return q.keplerOrbit(lamp, p, e, a, node, inc)
}

func (q *saturnMoonTimes) iapetus() saturnMoonOrbit {
	d := radPerDeg
	l := (261.1582 + 22.57697855*q.t4) * d
	perip := (91.796 + 0.562*q.t7) * d
	psi := (4.367 - 0.195*q.t7) * d
	theta := (146.819 - 3.198*q.t7) * d
	phi := (60.470 + 1.521*q.t7) * d
	bigPhi := (205.055 - 2.091*q.t7) * d
	ep := 0.028298 + 0.001156*q.t11
	peri0 := (352.91 + 11.71*q.t11) * d
	mu := (76.3852 + 4.53795125*q.t10) * d
	ip := horner(q.t11, 18.4602, -0.9518, -0.072, 0.0054) * d
	np := horner(q.t11, 143.198, -3.919, 0.116, 0.008) * d
	ll := mu - peri0
	g := peri0 - np - psi
	g1 := peri0 - np - phi
	ls := q.w5 - perip
	gs := perip - theta
	lt := l - q.w4
	gt := q.w4 - bigPhi
	u1 := 2 * (ll + g - ls - gs)
	u2 := ll + g1 - lt - gt
	u3 := ll + 2*(g-ls-gs)
	u4 := lt + gt - g1
	u5 := 2 * (ls + gs)
	a := 58.935028 + 0.004638*math.Cos(u1) + 0.058222*math.Cos(u2)
	e := ep - 0.0014097*math.Cos(g1-gt) + 0.0003733*math.Cos(u5-2*g) + 0.000118*math.Cos(u3) +
		0.0002408*math.Cos(ll) + 0.0002849*math.Cos(ll+u2) + 0.000619*math.Cos(u4)
	w := (0.08077*math.Sin(g1-gt) + 0.02139*math.Sin(u5-2*g) - 0.00676*math.Sin(u3) +
		0.0138*math.Sin(ll) + 0.01632*math.Sin(ll+u2) + 0.03547*math.Sin(u4)) * d
	p := peri0 + w/ep
	lamp := mu + (-0.04299*math.Sin(u2)-0.00789*math.Sin(u1)-0.06312*math.Sin(ls)-
		0.00295*math.Sin(2*ls)-0.02231*math.Sin(u5)+0.0065*math.Sin(u5+psi))*d
	inc := ip + (0.04204*math.Cos(u5+psi)+0.00235*math.Cos(ll+g1+lt+gt+phi)+0.0036*math.Cos(u2+phi))*d
	wp := (0.04204*math.Sin(u5+psi) + 0.00235*math.Sin(ll+g1+lt+gt+phi) + 0.00358*math.Sin(u2+phi)) * d
	node := np + wp/math.Sin(ip)
	return q.keplerOrbit(lamp, p, e, a, node, inc)
}

// saturnMoonK are the constants of the differential light time (Meeus p. 330).
var saturnMoonK = [8]float64{20947, 23715, 26382, 29876, 35313, 53800, 59222, 91820}

// SaturnMoons returns the apparent rectangular positions, in Saturn equatorial
// radii, of Mimas, Enceladus, Tethys, Dione, Rhea, Titan, Hyperion and Iapetus
// at jde (TT) by the method of Meeus ch. 46 (after G. Dourneau and J. Harper &
// D. Taylor; Example 46.a, 1999 October 16.5 UT: Titan X = +14.568, Y =
// +4.738), with Saturn's and the Earth's positions from the series theory.
// X is positive towards the west, Y towards the north (Saturn's equator), Z
// positive away from the Earth. An invalid theory gives NaN positions.
func SaturnMoons(jde TT, theory PlanetTheory) [8]SatellitePosition {
	var out [8]SatellitePosition
	pos, ok := geocentricOf(jde, Saturn, theory)
	if !ok {
		nanSatellites(out[:])
		return out
	}
	g := PrecessEcliptic(toFK5(pos.Ecliptic, jde), jde, B1950)
	q := newSaturnMoonTimes(float64(jde) - pos.LightTime)
	orb := q.orbits()
	var x, y, z [9]float64
	for j, o := range orb {
		su, cu := math.Sincos(o.lam - o.node)
		sw, cw := math.Sincos(o.node - saturnEqNode)
		sg, cg := math.Sincos(o.gamma)
		x[j+1] = o.r * (cu*cw - su*cg*sw)
		y[j+1] = o.r * (su*cw*cg + cu*sw)
		z[j+1] = o.r * su * sg
	}
	z[0] = 1
	s1, c1 := math.Sincos(saturnEqInc)
	s2, c2 := math.Sincos(saturnEqNode)
	sl, cl := g.Lon.SinCos()
	sb, cb := g.Lat.SinCos()
	var aa, bb, cc [9]float64
	for j := range x {
		a := x[j]
		b := c1*y[j] - s1*z[j]
		c := s1*y[j] + c1*z[j]
		a, b = c2*a-s2*b, s2*a+c2*b
		aa[j] = a*sl - b*cl
		b = a*cl + b*sl
		bb[j] = b*cb + c*sb
		cc[j] = c*cb - b*sb
	}
	sd, cd := math.Sincos(math.Atan2(aa[0], cc[0]))
	for j := range out {
		out[j] = satelliteApparent(aa[j+1], bb[j+1], cc[j+1], sd, cd, orb[j].r, saturnMoonK[j], pos.Distance, 2475)
	}
	return out
}

// nanSatellites sets every position of s to NaN, the answer for an invalid
// theory.
func nanSatellites(s []SatellitePosition) {
	n := math.NaN()
	for i := range s {
		s[i] = SatellitePosition{n, n, n}
	}
}

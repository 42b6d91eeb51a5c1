package aa

import "math"

// Chapter 44, Positions of the Satellites of Jupiter.

// SatellitePosition is the apparent rectangular position of a satellite
// relative to its planet, in units of the planet's equatorial radius: X
// positive towards the west (in the direction of the planet's equator, as
// seen from the Earth), Y positive towards the north; Z positive when the
// satellite is farther from the Earth than the planet (for Jupiter's
// satellites only the sign of Z is meaningful in the low-accuracy method).
type SatellitePosition struct{ X, Y, Z float64 }

// Sines and cosines of the constant angles of GalileanMoonsApprox.
const (
	s428, c428 = 0.6794413042615165, 0.7337298645028765 // 42.8°
	s22, c22   = 0.374606593415912, 0.9271838545667874  // 22°
	s1005      = 0.9832549075639546                     // 100.5°
	c1005      = -0.18223552549214753
)

// GalileanMoonsApprox returns the positions of Io, Europa, Ganymede and
// Callisto at jde (TT) from the low-accuracy method of Meeus p. 301–303
// (Example 44.a: X1 = −3.44, Y1 = +0.21 … X4 = +7.08, Y4 = +1.10 on 1992
// December 16 0h UT), which needs no planetary theory. X and Y are within
// 0.21 Jupiter radii of [GalileanMoons] with the complete VSOP87 over
// 1900–2100.
func GalileanMoonsApprox(jde TT) [4]SatellitePosition {
	// Angles in degrees, each sine and cosine computed once by
	// sincosDegPeriodic; those of 2M and 2N from the double-angle formulas,
	// sin ψ as the quotient whose arcsine is ψ, those of λ + 42.8°, λ + 22°
	// and λ − 100.5° from sin λ and cos λ by the addition formulas.
	d := daysInSpan(jde)
	sv, _ := sincosDegPeriodic(172.74 + 0.00111588*d)
	sv *= 0.329
	sm, cm := sincosDegPeriodic(357.529 + 0.9856003*d)
	sn, cn := sincosDegPeriodic(20.020 + 0.0830853*d + sv)
	j := 66.115 + 0.9025179*d - sv
	a := 1.915*sm + 0.040*sm*cm
	b := 5.555*sn + 0.336*sn*cn
	sk, ck := sincosDegPeriodic(j + a - b)
	rr := 1.00014 - 0.01671*cm - 0.00014*(2*cm*cm-1)
	r := 5.20872 - 0.25208*cn - 0.00611*(2*cn*cn-1)
	delta := math.Sqrt(r*r + rr*rr - 2*r*rr*ck)
	spsi := rr / delta * sk
	// ψ = asin(R sin K / Δ) = atan(R sin K / (r − R cos K)), as Δ² =
	// (r − R cos K)² + (R sin K)² and r > R: the arctangent costs less.
	psi := math.Atan(rr*sk/(r-rr*ck)) * degPerRad
	lam := 34.35 + 0.083091*d + sv + b
	sl, cl := sincosDegPeriodic(lam)
	de := 3.12*(sl*c428+cl*s428) - 2.22*spsi*(cl*c22-sl*s22) - 1.30*(r-delta)/delta*(sl*c1005-cl*s1005)
	dd := d - delta/173
	u := [4]float64{
		163.8069 + 203.4058646*dd,
		358.4140 + 101.2916335*dd,
		5.7176 + 50.2345180*dd,
		224.8092 + 21.4879800*dd,
	}
	for i := range u {
		u[i] += psi - b
	}
	s23, c23 := sincosDegPeriodic(2 * (u[1] - u[2]))
	// The Laplace resonance: u1 − 3u2 + 2u3 = −899.9999° + 1e-7°·dd
	// exactly with the constants above, so 2(u1 − u2) = 4(u2 − u3) + e with
	// e = 0.0002° + 2e-7°·dd, small (below 0.8° over the ephemeris span):
	// its sine and cosine from their series, to 1e-17.
	e := (0.0002 + 0.0000002*dd) * radPerDeg
	e2 := e * e
	se := e * (1 - e2/6*(1-e2/20*(1-e2/42)))
	ce := 1 - e2/2*(1-e2/12*(1-e2/30))
	s4, c4 := 2*s23*c23, 1-2*s23*s23
	s12, c12 := s4*ce+c4*se, c4*ce-s4*se
	sg, cg := sincosDegPeriodic(331.18 + 50.310482*dd)
	sh, ch := sincosDegPeriodic(87.45 + 21.569231*dd)
	corr := [4]float64{0.473 * s12, 1.065 * s23, 0.165 * sg, 0.843 * sh}
	rad := [4]float64{5.9057 - 0.0244*c12, 9.3966 - 0.0882*c23, 14.9883 - 0.0216*cg, 26.3627 - 0.1939*ch}
	sde, cde := sincosDegPeriodic(de)
	var out [4]SatellitePosition
	for i := range out {
		su, cu := sincosDegPeriodic(u[i] + corr[i])
		out[i] = SatellitePosition{rad[i] * su, -rad[i] * cu * sde, -rad[i] * cu * cde}
	}
	return out
}

// Arguments of the E5 series, in the order of the galMul indices.
const (
	galArgL1 = iota // l1 … l4: mean longitudes
	galArgL2
	galArgL3
	galArgL4
	galArgPi1 // π1 … π4: longitudes of the perijoves
	galArgPi2
	galArgPi3
	galArgPi4
	galArgW1 // ω1 … ω4: longitudes of the nodes
	galArgW2
	galArgW3
	galArgW4
	galArgPsi  // Ψ, node of Jupiter's equator on the ecliptic
	galArgPi   // Π, Jupiter's perihelion longitude
	galArgG    // G, mean anomaly of Jupiter (with Γ)
	galArgGp   // G′, mean anomaly of Saturn
	galArgPhi  // Φλ, libration
	galArgOwnL // the satellite's own true longitude L
	galArgOwnS // the satellite's own Σ
	galArgs
)

type galMul struct {
	arg int8
	k   float64
}

type galTerm struct {
	a, phase float64
	mul      []galMul
}

type galSeries struct {
	sigma, lat, rad [4][]galTerm
}

// galSum returns Σ a·f(phase + Σ k·arg) with f = sin or cos, arguments in radians.
func galSum(terms []galTerm, args *[galArgs]float64, cosine bool) float64 {
	var s float64
	for i := range terms {
		t := &terms[i]
		x := t.phase * radPerDeg
		for _, m := range t.mul {
			x += m.k * args[m.arg]
		}
		if cosine {
			s += t.a * math.Cos(x)
		} else {
			s += t.a * math.Sin(x)
		}
	}
	return s
}

// galileanK are the constants of the differential light-time correction
// (Meeus p. 313).
var galileanK = [4]float64{17295, 21819, 27558, 36548}

// galileanRadius are the mean radii (Jupiter radii) multiplying the radius
// series (Meeus p. 311).
var galileanRadius = [4]float64{5.90569, 9.39657, 14.98832, 26.36273}

// GalileanMoons returns the apparent rectangular positions of Io, Europa,
// Ganymede and Callisto at jde (TT) from Lieske's theory E5 as given by
// Meeus p. 305–313 (Example 44.b: X = −3.4503, +7.4418, +1.2010, +7.0720;
// Y = +0.2137, +0.2752, +0.5900, +1.0290 on 1992 December 16 0h UT), with
// Jupiter's and the Earth's positions from the series theory; includes
// the differential light time and the perspective effect. Z is in Jupiter
// radii, positive away from the Earth. An invalid theory gives NaN
// positions.
func GalileanMoons(jde TT, theory PlanetTheory) [4]SatellitePosition {
	var out [4]SatellitePosition
	pos, ok := geocentricOf(jde, Jupiter, theory)
	if !ok {
		nanSatellites(out[:])
		return out
	}
	lam0, beta0, delta := pos.Ecliptic.Lon, pos.Ecliptic.Lat, pos.Distance
	t := float64(jde) - 2443000.5 - pos.LightTime
	d := func(a, b float64) float64 { return (a + b*t) * radPerDeg }
	var args [galArgs]float64
	args[galArgL1] = d(106.07719, 203.488955790)
	args[galArgL2] = d(175.73161, 101.374724735)
	args[galArgL3] = d(120.55883, 50.317609207)
	args[galArgL4] = d(84.44459, 21.571071177)
	args[galArgPi1] = d(97.0881, 0.16138586)
	args[galArgPi2] = d(154.8663, 0.04726307)
	args[galArgPi3] = d(188.1840, 0.00712734)
	args[galArgPi4] = d(335.2868, 0.00184000)
	args[galArgW1] = d(312.3346, -0.13279386)
	args[galArgW2] = d(100.4411, -0.03263064)
	args[galArgW3] = d(119.1942, -0.00717703)
	args[galArgW4] = d(322.6186, -0.00175934)
	gamma := 0.33033*math.Sin(d(163.679, 0.0010512)) + 0.03439*math.Sin(d(34.486, -0.0161731))
	args[galArgPhi] = d(199.6766, 0.17379190)
	args[galArgPsi] = d(316.5182, -0.00000208)
	args[galArgG] = d(30.23756, 0.0830925701) + gamma*radPerDeg
	args[galArgGp] = d(31.97853, 0.0334597339)
	args[galArgPi] = 13.469942 * radPerDeg
	t0 := float64(jde-2433282.423) / DaysPerJulianCentury
	prec := (1.3966626*t0 + 0.0003088*t0*t0) * radPerDeg
	psi := args[galArgPsi] + prec
	inc := (3.120262 + 0.0006*float64(jde-J1900)/DaysPerJulianCentury) * radPerDeg
	var x, y, z [5]float64
	var rad [4]float64
	for k := range 4 {
		a := args
		sigma := galSum(galileanSeries.sigma[k], &a, false) * radPerDeg
		a[galArgOwnS] = sigma
		a[galArgOwnL] = args[galArgL1+k] + sigma
		b := math.Atan(galSum(galileanSeries.lat[k], &a, false))
		rad[k] = galileanRadius[k] * (1 + galSum(galileanSeries.rad[k], &a, true))
		l := a[galArgOwnL] + prec
		sl, cl := math.Sincos(l - psi)
		sb, cb := math.Sincos(b)
		x[k], y[k], z[k] = rad[k]*cl*cb, rad[k]*sl*cb, rad[k]*sb
	}
	z[4] = 1
	el, _ := Jupiter.MeanElements(jde) // Jupiter is valid: no error
	si, ci := math.Sincos(inc)
	sn, cn := el.Node.SinCos()
	sphi, cphi := math.Sincos(psi - float64(el.Node))
	sj, cj := el.Inc.SinCos()
	sl0, cl0 := lam0.SinCos()
	sb0, cb0 := beta0.SinCos()
	var aa, bb, cc [5]float64
	for k := range 5 {
		a := x[k]
		b := y[k]*ci - z[k]*si
		c := y[k]*si + z[k]*ci
		a, b = a*cphi-b*sphi, a*sphi+b*cphi
		b, c = b*cj-c*sj, b*sj+c*cj
		a, b = a*cn-b*sn, a*sn+b*cn
		a, b = a*sl0-b*cl0, a*cl0+b*sl0
		aa[k], bb[k], cc[k] = a, c*sb0+b*cb0, c*cb0-b*sb0
	}
	sd, cd := math.Sincos(math.Atan2(aa[4], cc[4]))
	for k := range 4 {
		out[k] = satelliteApparent(aa[k], bb[k], cc[k], sd, cd, rad[k], galileanK[k], delta, 2095)
	}
	return out
}

// satelliteApparent finishes Meeus' satellite procedures (ch. 44 p. 313,
// ch. 46 p. 330): the rotation by D (sd, cd = sin D, cos D, from the
// fictitious satellite on the planet's pole), the differential light time
// |Z|/k·sqrt(1 − (X/r)²) and the perspective factor Δ/(Δ + Z/persp).
func satelliteApparent(a, b, c, sd, cd, r, k, delta, persp float64) SatellitePosition {
	x := a*cd - c*sd
	y := a*sd + c*cd
	q := x / r
	x += math.Abs(b) / k * math.Sqrt(math.Max(0, 1-q*q))
	w := delta / (delta + b/persp)
	return SatellitePosition{x * w, y * w, b}
}

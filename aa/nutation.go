package aa

import "math"

// Chapter 22, Nutation and the Obliquity of the Ecliptic.

// Nutation returns the nutation in longitude Δψ and in obliquity Δε at the TT
// Julian day jde, from the 63 terms of Meeus Table 22.A (IAU 1980) with the
// fundamental arguments of p. 144. Example 22.a. Accuracy 0.0003″ with respect
// to the full IAU 1980 series.
//
// The argument of each term is built from the five fundamental arguments by
// complex multiplication, so only five sine/cosine pairs are evaluated.
func Nutation(jde TT) (dpsi, deps Angle) {
	t := centuries(jde)
	// Fundamental arguments, degrees (Meeus p. 144).
	d := horner(t, 297.85036, 445267.111480, -0.0019142, 1.0/189474)
	m := horner(t, 357.52772, 35999.050340, -0.0001603, -1.0/300000)
	mp := horner(t, 134.96298, 477198.867398, 0.0086972, 1.0/56250)
	f := horner(t, 93.27191, 483202.017538, -0.0036825, 1.0/327270)
	om := horner(t, 125.04452, -1934.136261, 0.0020708, 1.0/450000)
	// pw[j][k+3] = e^{i k a_j} for k = −3..3; the eighth slot lets the
	// index be masked with &7, which removes the bounds checks.
	var pw [5][8]complex128
	for j, a := range [5]float64{d, m, mp, f, om} {
		s, c := math.Sincos(normDeg(a) * radPerDeg)
		e1 := complex(c, s)
		e2 := e1 * e1
		e3 := e2 * e1
		pw[j] = [8]complex128{conj(e3), conj(e2), conj(e1), 1, e1, e2, e3, 0}
	}
	var sp, se float64
	for i := range nutationTerms {
		n := &nutationTerms[i]
		// Most terms involve two or three arguments: skip the unit factors.
		z := pw[4][(n.om+3)&7]
		if n.d != 0 {
			z *= pw[0][(n.d+3)&7]
		}
		if n.m != 0 {
			z *= pw[1][(n.m+3)&7]
		}
		if n.mp != 0 {
			z *= pw[2][(n.mp+3)&7]
		}
		if n.f != 0 {
			z *= pw[3][(n.f+3)&7]
		}
		sp += (n.s0 + n.s1*t) * imag(z)
		se += (n.c0 + n.c1*t) * real(z)
	}
	return ArcSec(sp * 1e-4), ArcSec(se * 1e-4)
}

func conj(z complex128) complex128 { return complex(real(z), -imag(z)) }

// NutationApprox returns Δψ and Δε from the short series of Meeus
// p. 144: within 0.5″ in Δψ and 0.1″ in Δε of [Nutation] over 1900–2100;
// jde is TT.
func NutationApprox(jde TT) (dpsi, deps Angle) {
	t := centuries(jde)
	om := Deg(125.04452 - 1934.136261*t)
	l := Deg(280.4665 + 36000.7698*t)
	lp := Deg(218.3165 + 481267.8813*t)
	dpsi = ArcSec(-17.20*om.Sin() - 1.32*(2*l).Sin() - 0.23*(2*lp).Sin() + 0.21*(2*om).Sin())
	deps = ArcSec(9.20*om.Cos() + 0.57*(2*l).Cos() + 0.10*(2*lp).Cos() - 0.09*(2*om).Cos())
	return
}

// MeanObliquity returns the mean obliquity of the ecliptic ε0 at the TT Julian
// day jde, from Laskar's expression (Meeus eq. 22.3): 0.01″ over 1000 years, a
// few seconds over 10 000 years, valid within ±10 000 years of J2000. Example
// 22.a.
func MeanObliquity(jde TT) Angle {
	u := centuries(jde) / 100
	return ArcSec(horner(u, 84381.448, -4680.93, -1.55, 1999.25, -51.38, -249.67, -39.05, 7.12, 27.87, 5.79, 2.45))
}

// MeanObliquityIAU returns ε0 from the IAU 1976 cubic (Meeus eq. 22.2), good
// to 1″ over 2000 years and 10″ over 4000 years around J2000; jde is TT.
func MeanObliquityIAU(jde TT) Angle {
	t := centuries(jde)
	return ArcSec(horner(t, 84381.448, -46.8150, -0.00059, 0.001813))
}

// TrueObliquity returns ε = ε0 + Δε at the TT Julian day jde (Meeus p. 147).
func TrueObliquity(jde TT) Angle {
	_, deps := Nutation(jde)
	return MeanObliquity(jde) + deps
}

// NutationEquatorial returns the corrections Δα, Δδ to add to a mean place
// of the equinox of date to include nutation (Meeus eq. 23.1), for the TT
// Julian day jde. Not accurate near the celestial poles; [ApparentPlace]
// uses the rigorous ecliptic route instead.
func NutationEquatorial(q Equatorial, jde TT) (dra, ddec Angle) {
	dpsi, deps := Nutation(jde)
	eps := MeanObliquity(jde) + deps
	return nutationEquatorial(q, eps, dpsi, deps)
}

func nutationEquatorial(q Equatorial, eps, dpsi, deps Angle) (dra, ddec Angle) {
	sa, ca := q.RA.SinCos()
	se, ce := eps.SinCos()
	td := q.Dec.Tan()
	dra = Angle((ce+se*sa*td)*float64(dpsi) - ca*td*float64(deps))
	ddec = Angle(se*ca*float64(dpsi) + sa*float64(deps))
	return
}

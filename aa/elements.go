package aa

import "math"

// Chapter 24, Reduction of Ecliptical Elements from one Equinox to another.

// OrbitOrientation holds the angular elements of an orbit: inclination i,
// longitude of the ascending node Ω and argument of perihelion ω, referred
// to an ecliptic and equinox.
type OrbitOrientation struct {
	Inc  Angle // inclination i
	Node Angle // longitude of the ascending node Ω
	Peri Angle // argument of the perihelion ω
}

// PrecessElements reduces the elements o from the equinox of the TT Julian
// day from to that of to (Meeus eq. 24.1–24.3 with η, Π, p of eq. 21.5;
// Examples 24.a and 24.b). For i = 0 the node is undefined; Ω0 + p is
// returned and ω is left unchanged.
func PrecessElements(o OrbitOrientation, from, to TT) OrbitOrientation {
	eta, bigPi, p := eclipticPrecessionAngles(from, to)
	return rotateElements(o, eta, bigPi, bigPi+p)
}

// rotateElements applies eq. 24.1–24.3 for a change of reference plane of
// inclination eta along the node bigPi, the new origin being at psi.
func rotateElements(o OrbitOrientation, eta, bigPi, psi Angle) OrbitOrientation {
	si0, ci0 := o.Inc.SinCos()
	se, ce := eta.SinCos()
	sd, cd := (o.Node - bigPi).SinCos()
	a := si0 * sd            // sin i sin(Ω − ψ)
	b := -se*ci0 + ce*si0*cd // sin i cos(Ω − ψ)
	inc := Angle(math.Atan2(math.Hypot(a, b), ci0*ce+si0*se*cd))
	if a == 0 && b == 0 {
		return OrbitOrientation{inc, (o.Node - bigPi + psi).Norm(), o.Peri}
	}
	node := (Angle(math.Atan2(a, b)) + psi).Norm()
	dw := Angle(math.Atan2(-se*sd, si0*ce-ci0*se*cd))
	return OrbitOrientation{inc, node, (o.Peri + dw).Norm()}
}

// FK5ElementsFromFK4 converts elements referred to the FK4 B1950.0 equinox
// to the FK5 J2000.0 system, which includes the equinox correction between
// the two catalogues (Meeus p. 161–162, Example 24.c): eq. 24.1–24.3 with
// η = J = 0.00651966°, Π = 180° − 5.19856209° and ψ = 180° − 4.50001688°.
func FK5ElementsFromFK4(o OrbitOrientation) OrbitOrientation {
	return rotateElements(o, Deg(0.00651966), Angle(pi)-Deg(5.19856209), Angle(pi)-Deg(4.50001688))
}

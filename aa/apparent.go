package aa

import "math"

// Chapter 23, Apparent Place of a Star.

// AberrationConstant is κ = 20.49552″ (Meeus p. 151).
const AberrationConstant = Angle(20.49552 / 3600 * math.Pi / 180)

// sunForAberration returns the Sun's true geometric longitude ⊙, the
// eccentricity e of the Earth's orbit and the longitude of its perihelion π
// at the TT Julian day jde (Meeus ch. 25 low accuracy and p. 151), as the
// aberration formulas call for.
func sunForAberration(jde TT) (sun Angle, e float64, peri Angle) {
	return SunMeanLongitude(jde) + SunEquationOfCenter(jde), EarthEccentricity(jde), EarthPerihelionLongitude(jde)
}

// AberrationEcliptic returns the annual aberration Δλ, Δβ of a body at
// ecliptic coordinates e (of date) at the TT Julian day jde (Meeus eq. 23.2,
// with the e-terms).
func AberrationEcliptic(e Ecliptic, jde TT) (dlon, dlat Angle) {
	sun, ecc, peri := sunForAberration(jde)
	k := float64(AberrationConstant)
	cb := e.Lat.Cos()
	dlon = Angle((-k*(sun-e.Lon).Cos() + ecc*k*(peri-e.Lon).Cos()) / cb)
	dlat = Angle(-k * e.Lat.Sin() * ((sun - e.Lon).Sin() - ecc*(peri-e.Lon).Sin()))
	return
}

// AberrationEquatorial returns the annual aberration Δα, Δδ of a star at q
// (equinox of date) at the TT Julian day jde (Meeus eq. 23.3, with the
// e-terms; Example 23.a). Not for stars within a few degrees of the poles.
func AberrationEquatorial(q Equatorial, jde TT) (dra, ddec Angle) {
	sun, ecc, peri := sunForAberration(jde)
	_, deps := Nutation(jde)
	eps := MeanObliquity(jde) + deps
	return aberrationEquatorial(q, eps, sun, ecc, peri)
}

func aberrationEquatorial(q Equatorial, eps, sun Angle, ecc float64, peri Angle) (dra, ddec Angle) {
	k := float64(AberrationConstant)
	sa, ca := q.RA.SinCos()
	sd, cd := q.Dec.SinCos()
	se, ce := eps.SinCos()
	ss, cs := sun.SinCos()
	sp, cp := peri.SinCos()
	dra = Angle(-k*(ca*cs*ce+sa*ss)/cd + ecc*k*(ca*cp*ce+sa*sp)/cd)
	f := se/ce*cd - sa*sd
	ddec = Angle(-k*(cs*ce*f+ca*sd*ss) + ecc*k*(cp*ce*f+ca*sd*sp))
	return
}

// rvSpan bounds the range of multiples of one argument in Table 23.A.
const rvSpan = 24

// rvRange holds, for each argument of Table 23.A, the smallest and largest
// multiple used (computed once from the table; never modified).
var rvRange = func() (r [11][2]int8) {
	for _, t := range ronVondrakTerms {
		for j, m := range t.mul {
			r[j][0] = min(r[j][0], m)
			r[j][1] = max(r[j][1], m)
		}
	}
	return r
}()

// rvSparse lists, for each term of Table 23.A, the arguments with a
// non-zero multiple and the index of that multiple in the power table
// (computed once from the table; never modified).
var rvSparse = func() (r [len(ronVondrakTerms)]struct {
	n    uint8
	j, k [4]uint8
}) {
	for i, t := range ronVondrakTerms {
		for j, m := range t.mul {
			if m != 0 {
				n := r[i].n
				r[i].j[n] = uint8(j)
				r[i].k[n] = uint8(int(m) - int(rvRange[j][0]))
				r[i].n++
			}
		}
	}
	return r
}()

// speedOfLight in units of 1e-8 AU per day (Meeus p. 155).
const speedOfLight1e8AUd = 17314463348

// EarthVelocity returns the velocity of the Earth referred to the mean equator
// and equinox of J2000, in AU per day, at the TT Julian day jde, from the
// series of Ron & Vondrák (Meeus Table 23.A, which counts in 1e-8 AU/day).
func EarthVelocity(jde TT) (x, y, z float64) {
	x, y, z = earthVelocity1e8(jde)
	return x * 1e-8, y * 1e-8, z * 1e-8
}

// earthVelocity1e8 is [EarthVelocity] in the book's unit, 1e-8 AU per day.
func earthVelocity1e8(jde TT) (x, y, z float64) {
	t := centuries(jde)
	var zz float64
	// Arguments in radians (Meeus p. 153).
	args := [11]float64{
		3.1761467 + 1021.3285546*t, // L2 Venus
		1.7534703 + 628.3075849*t,  // L3 Earth
		6.2034809 + 334.0612431*t,  // L4 Mars
		0.5995465 + 52.9690965*t,   // L5 Jupiter
		0.8740168 + 21.3299095*t,   // L6 Saturn
		5.4812939 + 7.4781599*t,    // L7 Uranus
		5.3118863 + 3.8133036*t,    // L8 Neptune
		3.8103444 + 8399.6847337*t, // L′ Moon
		5.1984667 + 7771.3771486*t, // D
		2.3555559 + 8328.6914289*t, // M′
		1.6279052 + 8433.4661601*t, // F
	}
	// e^{i k L_j} for the multiples k used by the table, built from one
	// sine/cosine pair per argument by complex multiplication.
	var pw [11][rvSpan]complex128
	for j, arg := range args {
		sn, cs := math.Sincos(arg - twoPi*math.Floor(arg/twoPi))
		e1 := complex(cs, sn)
		lo, hi := int(rvRange[j][0]), int(rvRange[j][1])
		pw[j][-lo] = 1
		z := complex(1, 0)
		for k := 1; k <= hi; k++ {
			z *= e1
			pw[j][k-lo] = z
		}
		z = 1
		e1 = conj(e1)
		for k := -1; k >= lo; k-- {
			z *= e1
			pw[j][k-lo] = z
		}
	}
	for i := range ronVondrakTerms {
		r := &ronVondrakTerms[i]
		sp := &rvSparse[i]
		z := pw[sp.j[0]][sp.k[0]]
		for q := 1; q < int(sp.n); q++ {
			z *= pw[sp.j[q]][sp.k[q]]
		}
		s, c := imag(z), real(z)
		x += (r.xs+r.xst*t)*s + (r.xc+r.xct*t)*c
		y += (r.ys+r.yst*t)*s + (r.yc+r.yct*t)*c
		z2 := (r.zs+r.zst*t)*s + (r.zc+r.zct*t)*c
		zz += z2
	}
	z = zz
	return
}

// AberrationRonVondrak returns the annual aberration Δα, Δδ of a star at
// q, referred to the J2000 equator and equinox, at the TT Julian day jde,
// from the Earth velocity of Ron & Vondrák (Meeus p. 155–156, Example 23.b),
// accurate to 0.001″ between 1800 and 2200.
func AberrationRonVondrak(q Equatorial, jde TT) (dra, ddec Angle) {
	x, y, z := earthVelocity1e8(jde)
	sa, ca := q.RA.SinCos()
	sd, cd := q.Dec.SinCos()
	dra = Angle((y*ca - x*sa) / (speedOfLight1e8AUd * cd))
	ddec = Angle(-((x*ca+y*sa)*sd - z*cd) / speedOfLight1e8AUd)
	return
}

// Star is a catalogue position: the mean place at an epoch (usually
// J2000.0) and its proper motion.
type Star struct {
	Pos   Equatorial // mean place, equator and equinox of Epoch
	Epoch TT         // epoch of Pos (TT Julian day), e.g. J2000
	PMRA  Angle      // proper motion in right ascension per Julian year, dα/dt
	PMDec Angle      // proper motion in declination per Julian year
}

// ApparentPlace returns the apparent place of the star s at the TT Julian day
// jde: proper motion, annual aberration from the Ron–Vondrák Earth velocity
// (applied in the J2000 frame), rigorous precession (eq. 21.2–21.4) and
// rigorous nutation (rotation by Δψ about the ecliptic pole, then to the true
// equator). This is the route of Meeus Example 23.b. Stellar parallax, light
// deflection and the annual parallax are neglected. The star's Epoch must be
// J2000 for the Ron–Vondrák step to be rigorous; other epochs are first
// precessed to J2000.
func ApparentPlace(s Star, jde TT) Equatorial {
	years := float64(jde-s.Epoch) / 365.25
	q := ApplyProperMotion(s.Pos, s.PMRA, s.PMDec, years)
	if s.Epoch != J2000 {
		q = Precess(q, s.Epoch, J2000)
	}
	dra, ddec := AberrationRonVondrak(q, jde)
	q = Equatorial{q.RA + dra, q.Dec + ddec}
	q = Precess(q, J2000, jde)
	return Nutate(q, jde)
}

// Nutate turns a mean place of the equinox of date into the true place,
// rigorously: to ecliptic coordinates with ε0, +Δψ in longitude, back with
// ε = ε0 + Δε (Meeus ch. 23). jde is TT.
func Nutate(q Equatorial, jde TT) Equatorial {
	dpsi, deps := Nutation(jde)
	eps0 := MeanObliquity(jde)
	e := q.Ecliptic(eps0)
	e.Lon += dpsi
	return e.Equatorial(eps0 + deps)
}

// ApparentPlaceApprox returns the apparent place by the route of Meeus
// Example 23.a: proper motion and precession to the date, then nutation
// (eq. 23.1) and aberration (eq. 23.3) added as corrections. It agrees with
// [ApparentPlace] to 0.025″ for |δ| ≤ 80° over 1900–2100.
func ApparentPlaceApprox(s Star, jde TT) Equatorial {
	q := PrecessWithProperMotion(s.Pos, s.PMRA, s.PMDec, s.Epoch, jde)
	dpsi, deps := Nutation(jde)
	eps := MeanObliquity(jde) + deps
	dra1, ddec1 := nutationEquatorial(q, eps, dpsi, deps)
	sun, ecc, peri := sunForAberration(jde)
	dra2, ddec2 := aberrationEquatorial(q, eps, sun, ecc, peri)
	return Equatorial{(q.RA + dra1 + dra2).Norm(), q.Dec + ddec1 + ddec2}
}

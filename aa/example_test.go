package aa_test

import (
	"fmt"
	"math"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
)

func ExampleAngle() {
	ra := aa.HMS(false, 12, 34, 56.7)
	dec := aa.DMS(true, 0, 30, 0)
	fmt.Println(ra.HMSString(1), dec, dec.DMSStringASCII(0), ra.HMSColonString(1))
	fmt.Printf("%.6f %.4f %.1f\n", ra.Deg(), dec.Hours(), dec.ArcSec())
	// Output:
	// 12h34m56.7s -0°30′00.00″ -0d30m00s 12:34:56.7
	// 188.736250 -0.0333 -1800.0
}

func ExampleParseAngle() {
	for _, s := range []string{"12h34m56.7s", "-12°34′56.7″", "12:34:56.7", `-12d34'56.7"`, "8ʰ34ᵐ56ˢ.853", "12:60:00"} {
		a, err := aa.ParseAngle(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%.7f°\n", a.Deg())
	}
	// Output:
	// 188.7362500°
	// -12.5824167°
	// 12.5824167°
	// -12.5824167°
	// 128.7368875°
	// aa: cannot parse angle "12:60:00": minutes and seconds must be below 60 at byte 3
}

func ExampleSeparation() {
	// Meeus Example 17.a, p. 110: Arcturus and Spica (Example 17.b, with
	// Pauwels' formula, p. 116, gives the same 32°47′35″).
	arcturus := aa.Equatorial{aa.HMS(false, 14, 15, 39.7), aa.DMS(false, 19, 10, 57)}
	spica := aa.Equatorial{aa.HMS(false, 13, 25, 11.6), aa.DMS(true, 11, 9, 41)}
	fmt.Println(aa.Separation(arcturus, spica).DMSString(0))
	// Output: 32°47′35″
}

func ExampleNutationEquatorial() {
	jd, _ := aa.JDFromGregorian(2028, 11, 13.19) // TD
	jde := aa.TT(jd)
	q := aa.Equatorial{aa.HMS(false, 2, 46, 11.331), aa.DMS(false, 49, 20, 54.54)}
	dra, ddec := aa.NutationEquatorial(q, jde)
	fmt.Printf("Δα1 = %.3f″  Δδ1 = %.3f″\n", dra.ArcSec(), ddec.ArcSec())
	dra, ddec = aa.AberrationEquatorial(q, jde)
	fmt.Printf("Δα2 = %.3f″  Δδ2 = %.3f″\n", dra.ArcSec(), ddec.ArcSec())
	// Output:
	// Δα1 = 15.843″  Δδ1 = 6.217″
	// Δα2 = 30.045″  Δδ2 = 6.697″
}

func ExampleAberrationRonVondrak() {
	// Meeus Example 23.b, p. 156: the J2000 place with proper motion.
	jd, _ := aa.JDFromGregorian(2028, 11, 13.19) // TD
	jde := aa.TT(jd)
	q := aa.Equatorial{aa.HMS(false, 2, 44, 12.9747), aa.DMS(false, 49, 13, 39.896)}
	dra, ddec := aa.AberrationRonVondrak(q, jde)
	fmt.Printf("Δα = %+.9f rad  Δδ = %+.9f rad\n", dra.Rad(), ddec.Rad())
	// Output:
	// Δα = +0.000145252 rad  Δδ = +0.000032723 rad
}

func ExamplePlanet_PerihelionApprox() {
	// Meeus Example 38.a: Venus, perihelion near 1978.79.
	jde, _ := aa.Venus.PerihelionApprox(1978.79)
	y, m, d := jde.JD().Gregorian()
	fmt.Printf("JDE %.3f = %d-%02d-%02d %.0fh\n", jde, y, m, int(d), (d-math.Floor(d))*24)
	// Output:
	// JDE 2443873.704 = 1978-12-31 5h
}

// Examples 57.a and 57.b, p. 398–400: η Coronae Borealis in 1980.0.
func ExampleBinaryOrbit_Position() {
	o := aa.BinaryOrbit{PeriodYears: 41.623, Periastron: 1934.008, E: 0.2763, A: aa.ArcSec(0.907),
		I: aa.Deg(59.025), Node: aa.Deg(23.717), ArgPeri: aa.Deg(219.907)}
	p, _ := o.Position(1980)
	fmt.Printf("M = %.3f, E = %.3f\n", p.MeanAnomaly.Deg(), p.EccentricAnomaly.Deg())
	fmt.Printf("theta = %.1f, rho = %.3f″\n", p.PositionAngle.Deg(), p.Separation.ArcSec())
	fmt.Printf("apparent eccentricity %.3f\n", o.ApparentEccentricity())
	// Output:
	// M = 37.788, E = 49.896
	// theta = 318.4, rho = 0.411″
	// apparent eccentricity 0.860
}

func ExampleJewishCalendar() {
	// Meeus Example 9.a, p. 73.
	j, _ := aa.JewishCalendar(1990)
	_, pm, pd := j.Pesach.Gregorian()
	_, nm, nd := j.NewYear.Gregorian()
	fmt.Println("Jewish year", j.Year, "- Pesach", time.Month(pm), pd, "- New Year", time.Month(nm), nd)
	fmt.Println(j.Months, "months,", j.Days, "days")
	// Output:
	// Jewish year 5750 - Pesach April 10 - New Year September 20
	// 12 months, 354 days
}

func ExampleJulianFromMoslem() {
	// Meeus Example 9.b, p. 75: 1 Muharram 1421.
	y, m, d, _ := aa.JulianFromMoslem(1421, 1, 1)
	fmt.Println("Julian", y, time.Month(m), d)
	jd, _ := aa.JDFromJulian(y, m, float64(d))
	gy, gm, gd := jd.Gregorian()
	fmt.Println("Gregorian", gy, time.Month(gm), gd)
	fmt.Println("leap:", aa.IsMoslemLeapYear(1421))
	// Output:
	// Julian 2000 March 24
	// Gregorian 2000 April 6
	// leap: false
}

func ExampleMoslemFromJulian() {
	// Meeus Example 9.c, p. 76: 1991 August 13 (Gregorian).
	jd, _ := aa.JDFromGregorian(1991, 8, 13)
	y, m, d := jd.Julian()
	fmt.Println("Julian", y, time.Month(m), d)
	hy, hm, hd, _ := aa.MoslemFromJulian(y, m, int(d))
	fmt.Println(hd, hm, hy)
	// Output:
	// Julian 1991 July 31
	// 2 2 1412
}

func ExampleConjunction() {
	// Meeus Example 18.a, p. 117: Mercury and Venus, 1991 August 5–9, 0h TD.
	venus := [5]aa.Equatorial{
		{aa.HMS(false, 10, 27, 27.175), aa.DMS(false, 4, 4, 41.83)},
		{aa.HMS(false, 10, 26, 32.410), aa.DMS(false, 3, 55, 54.66)},
		{aa.HMS(false, 10, 25, 29.042), aa.DMS(false, 3, 48, 3.51)},
		{aa.HMS(false, 10, 24, 17.191), aa.DMS(false, 3, 41, 10.25)},
		{aa.HMS(false, 10, 22, 57.024), aa.DMS(false, 3, 35, 16.61)},
	}
	mercury := [5]aa.Equatorial{
		{aa.HMS(false, 10, 24, 30.125), aa.DMS(false, 6, 26, 32.05)},
		{aa.HMS(false, 10, 25, 0.342), aa.DMS(false, 6, 10, 57.72)},
		{aa.HMS(false, 10, 25, 12.515), aa.DMS(false, 5, 57, 33.08)},
		{aa.HMS(false, 10, 25, 6.235), aa.DMS(false, 5, 46, 27.07)},
		{aa.HMS(false, 10, 24, 41.185), aa.DMS(false, 5, 37, 48.45)},
	}
	day, ddec, _ := aa.Conjunction(5, 9, venus, mercury)
	fmt.Printf("1991 August %.5f TD, Mercury %s north of Venus\n", day, ddec.DMSString(0))
	// Output: 1991 August 7.23797 TD, Mercury 2°08′22″ north of Venus
}

func ExampleConjunctionStar() {
	// Meeus, exercise p. 119: Mars and α Librae (with proper motion to the date).
	mars := [5]aa.Equatorial{
		{aa.HMS(false, 15, 3, 51.937), aa.DMS(true, 8, 57, 34.51)},
		{aa.HMS(false, 15, 9, 57.327), aa.DMS(true, 9, 9, 3.88)},
		{aa.HMS(false, 15, 15, 37.898), aa.DMS(true, 9, 17, 37.94)},
		{aa.HMS(false, 15, 20, 50.632), aa.DMS(true, 9, 23, 16.25)},
		{aa.HMS(false, 15, 25, 32.695), aa.DMS(true, 9, 26, 1.01)},
	}
	jd, _ := aa.JDFromGregorian(1996, 2, 17)
	c := aa.TT(jd).Centuries()
	star := aa.Equatorial{aa.HMS(false, 15, 17, 0.421+-0.649*c), aa.DMS(true, 9, 22, 58.54+1.91*c)}
	fmt.Println(star.RA.HMSString(3), star.Dec.DMSString(2))
	day, ddec, _ := aa.ConjunctionStar(7, 27, star, mars)
	d := int(day)
	fmt.Printf("1996 February %d at %s TD, Δδ = %s\n", d, aa.Hours((day-float64(d))*24).HMSString(0), ddec.DMSString(0))
	// Output:
	// 15h17m00.446s -9°22′58.47″
	// 1996 February 18 at 6h36m55s TD, Δδ = 0°03′38″
}

func ExampleInLine() {
	// Meeus Example 19.a, p. 121: Mars in line with Castor and Pollux,
	// 1994 September 29 … October 3, 0h TD.
	castor := aa.Equatorial{aa.Deg(113.56833), aa.Deg(31.89756)}
	pollux := aa.Equatorial{aa.Deg(116.25042), aa.Deg(28.03681)}
	ra := [5]float64{118.98067, 119.59396, 120.20413, 120.81108, 121.41475}
	dec := [5]float64{21.68417, 21.58983, 21.49394, 21.39653, 21.29761}
	var mars [5]aa.Equatorial
	for i := range mars {
		mars[i] = aa.Equatorial{aa.Deg(ra[i]), aa.Deg(dec[i])}
	}
	t1, _ := aa.JDFromGregorian(1994, 9, 29)
	t5, _ := aa.JDFromGregorian(1994, 10, 3)
	jd, _ := aa.InLine(float64(t1), float64(t5), castor, pollux, mars)
	y, m, d := aa.JD(jd).Gregorian()
	fmt.Printf("%d-%02d-%.4f\n", y, m, d)
	// Output: 1994-10-1.2233
}

func ExampleLineAngle() {
	// Meeus p. 123–125: δ, ε and ζ Orionis.
	delta := aa.Equatorial{aa.HMS(false, 5, 32, 0.40), aa.DMS(true, 0, 17, 56.9)}
	eps := aa.Equatorial{aa.HMS(false, 5, 36, 12.81), aa.DMS(true, 1, 12, 7.0)}
	zeta := aa.Equatorial{aa.HMS(false, 5, 40, 45.52), aa.DMS(true, 1, 56, 33.3)}
	n := aa.LineAngle(delta, eps, zeta)
	fmt.Printf("%.4f°, deviation from a straight line %s\n", n.Deg(), (aa.Deg(180) - n).DMSString(0))
	w := aa.LineDeviation(zeta, delta, eps)
	fmt.Printf("ε is %.6f° = %.0f″ from the great circle ζ–δ\n", w.Deg(), w.ArcSec())
	// Output:
	// 172.4830°, deviation from a straight line 7°31′01″
	// ε is 0.089876° = 324″ from the great circle ζ–δ
}

func ExampleSmallestCircle() {
	// Meeus Example 20.a, p. 128, and the exercise of p. 128.
	d, two := aa.SmallestCircle(
		aa.Equatorial{aa.HMS(false, 12, 41, 8.64), aa.DMS(true, 5, 37, 54.2)},
		aa.Equatorial{aa.HMS(false, 12, 52, 5.21), aa.DMS(true, 4, 22, 26.2)},
		aa.Equatorial{aa.HMS(false, 12, 39, 28.11), aa.DMS(true, 1, 50, 3.7)})
	fmt.Printf("%.5f° %v\n", d.Deg(), two)
	d, two = aa.SmallestCircle(
		aa.Equatorial{aa.HMS(false, 9, 5, 41.44), aa.DMS(false, 18, 30, 30)},
		aa.Equatorial{aa.HMS(false, 9, 9, 29), aa.DMS(false, 17, 43, 56.7)},
		aa.Equatorial{aa.HMS(false, 8, 59, 47.14), aa.DMS(false, 17, 49, 36.8)})
	m := int(math.Round(d.ArcMin()))
	fmt.Printf("%d°%02d′ %v\n", m/60, m%60, two)
	// Output:
	// 4.26363° false
	// 2°19′ true
}

func ExampleEquatorial_Ecliptic() {
	// Meeus Example 13.a, p. 95: Pollux, J2000.
	pollux := aa.Equatorial{aa.HMS(false, 7, 45, 18.946), aa.DMS(false, 28, 1, 34.26)}
	ecl := pollux.Ecliptic(aa.Deg(23.4392911))
	fmt.Printf("λ = %.5f°, β = %.6f°\n", ecl.Lon.Deg(), ecl.Lat.Deg())
	q := aa.Ecliptic{aa.Deg(113.21563), aa.Deg(6.68417)}.Equatorial(aa.Deg(23.4392911))
	fmt.Printf("α = %s, δ = %s\n", q.RA.HMSString(3), q.Dec.DMSString(2))
	// Output:
	// λ = 113.21563°, β = 6.684170°
	// α = 7h45m18.946s, δ = 28°01′34.26″
}

func ExampleEquatorial_Horizontal() {
	// Meeus Example 13.b, p. 95: Venus from the US Naval Observatory,
	// 1987 April 10, 19h21m UT. Longitude 77°03′56″ West is negative here.
	site := aa.Geographic{Lat: aa.DMS(false, 38, 55, 17), Lon: aa.DMS(true, 77, 3, 56)}
	venus := aa.Equatorial{aa.HMS(false, 23, 9, 16.641), aa.DMS(true, 6, 43, 11.61)}
	jd, _ := aa.JDFromGregorian(1987, 4, 10+(19+21.0/60)/24)
	h := venus.Horizontal(site, aa.UT(jd))
	fmt.Printf("A = %.3f° (from South, Meeus), %.3f° (from North)\n", h.SouthAzimuth().Deg(), h.Az.Deg())
	fmt.Printf("h = %.3f°\n", h.Alt.Deg())
	q := h.Equatorial(site, aa.UT(jd))
	fmt.Printf("α = %s, δ = %s\n", q.RA.HMSString(3), q.Dec.DMSString(2))
	// Output:
	// A = 68.034° (from South, Meeus), 248.034° (from North)
	// h = 15.125°
	// α = 23h09m16.641s, δ = -6°43′11.61″
}

func ExampleEquatorial_GalacticB1950() {
	// Meeus, exercise p. 96: Nova Serpentis 1978.
	nova := aa.Equatorial{aa.HMS(false, 17, 48, 59.74), aa.DMS(true, 14, 43, 8.2)}
	g := nova.GalacticB1950()
	fmt.Printf("l = %.4f°, b = %+.4f°\n", g.Lon.Deg(), g.Lat.Deg())
	q := aa.Galactic{aa.Deg(12.9593), aa.Deg(6.0463)}.EquatorialB1950()
	fmt.Printf("α = %s, δ = %s\n", q.RA.HMSString(1), q.Dec.DMSString(0))
	// Output:
	// l = 12.9593°, b = +6.0463°
	// α = 17h48m59.7s, δ = -14°43′08″
}

// The default model of Wright's web calculator (H0 = 69.6, ΩM = 0.286,
// flat, z = 3). These outputs agree with astropy to the printed digits
// (testdata/p3_cosmology.json).
func ExampleCosmology_At() {
	d, _ := aa.FlatCosmology(69.6, 0.286).At(3)
	fmt.Printf("age %.3f Gyr, age at z %.3f Gyr, light travel time %.3f Gyr\n", d.Age, d.AgeAtZ, d.LookbackTime)
	fmt.Printf("DCMR %.1f Mpc, V %.3f Gpc^3, DA %.1f Mpc, %.3f kpc/\", DL %.1f Mpc\n",
		d.ComovingRadial, d.ComovingVolume, d.AngularSize, d.Scale, d.Luminosity)
	// Output:
	// age 13.720 Gyr, age at z 2.171 Gyr, light travel time 11.549 Gyr
	// DCMR 6481.1 Mpc, V 1140.320 Gpc^3, DA 1620.3 Mpc, 7.855 kpc/", DL 25924.2 Mpc
}

func ExampleDeltaT() {
	// Meeus Example 10.a, p. 78: 1977 February 18, 3h37m40s TD. The book
	// interpolates +47.6 s in its biennial Table 10.A; the monthly USNO
	// values used here (47.60 s on Feb 1, 47.68 s on Mar 1) give 47.65 s.
	jd, _ := aa.JDFromGregorian(1977, 2, 18+(3+37.0/60+40.0/3600)/24)
	fmt.Printf("%+.2f s\n", aa.DeltaT(jd))
	// Output: +47.65 s
}

func ExampleDeltaTApprox() {
	// Meeus Example 10.b, p. 80: 333 February 6 at 6h UT.
	dt := aa.DeltaTApprox(333.1)
	td := aa.Hours(6) + aa.Hours(dt/3600)
	fmt.Printf("%+.0f s, TD = %s\n", dt, td.HMSString(0)[:5])
	// Output: +6146 s, TD = 7h42m
}

func ExampleEasterGregorian() {
	// Meeus p. 68.
	for _, y := range []int{1991, 1992, 1993, 1954, 2000, 1818} {
		m, d, _ := aa.EasterGregorian(y)
		fmt.Println(y, time.Month(m), d)
	}
	// Output:
	// 1991 March 31
	// 1992 April 19
	// 1993 April 11
	// 1954 April 18
	// 2000 April 23
	// 1818 March 22
}

func ExampleEasterJulian() {
	// Meeus p. 69.
	m, d, _ := aa.EasterJulian(1243)
	fmt.Println(time.Month(m), d)
	// Output: April 12
}

// Examples 54.a and 54.b, p. 384–385.
func ExampleSolarEclipseNear() {
	for _, y := range []aa.Year{1993.38, 2009.56} {
		s, ok, _ := aa.SolarEclipseNear(y)
		fmt.Printf("%v: %v, central %v, max JDE %.4f, gamma %+.4f, u %+.4f", y, s.Type, s.Central, s.Maximum, s.Gamma, s.Umbra)
		if ok && s.Type == aa.SolarPartial {
			fmt.Printf(", magnitude %.3f", s.Magnitude)
		}
		fmt.Println()
	}
	// Output:
	// 1993.38: partial, central false, max JDE 2449129.0978, gamma +1.1348, u +0.0097, magnitude 0.740
	// 2009.56: total, central true, max JDE 2455034.6088, gamma +0.0695, u -0.0157
}

// Examples 54.c and 54.d, p. 385–386. The book prints the penumbral
// magnitude of 54.c and the umbral one of 54.d; the others are computed.
func ExampleLunarEclipseNear() {
	for _, y := range []aa.Year{1973.46, 1997.7} {
		l, _, _ := aa.LunarEclipseNear(y)
		fmt.Printf("%v: %v, max JDE %.4f, gamma %+.4f, rho %.4f, sigma %.4f\n", y, l.Type, l.Maximum, l.Gamma, l.PenumbralRadius, l.UmbralRadius)
		fmt.Printf("  magnitudes: penumbral %.4f, umbral %.4f; semidurations %.0f, %.0f, %.0f min\n",
			l.PenumbralMagnitude, l.UmbralMagnitude, l.PenumbralMinutes, l.PartialMinutes, l.TotalMinutes)
	}
	// Output:
	// 1973.46: penumbral, max JDE 2441849.3687, gamma -1.3249, rho 1.3045, sigma 0.7206
	//   magnitudes: penumbral 0.4625, umbral -0.6087; semidurations 101, 0, 0 min
	// 1997.7: total, max JDE 2450708.2835, gamma -0.3791, rho 1.2717, sigma 0.7534
	//   magnitudes: penumbral 2.1379, umbral 1.1868; semidurations 153, 98, 30 min
}

func ExamplePrecessElements() {
	// Meeus Example 24.a, p. 160: comet Halley? (elements of 1744) from
	// B1744.0 to B1950.0.
	o := aa.OrbitOrientation{Inc: aa.Deg(47.122), Node: aa.Deg(45.7481), Peri: aa.Deg(151.4486)}
	r := aa.PrecessElements(o, aa.BesselianEpoch(1744), aa.BesselianEpoch(1950))
	fmt.Printf("i = %.4f  Ω = %.4f  ω = %.4f\n", r.Inc.Deg(), r.Node.Deg(), r.Peri.Deg())
	// Meeus Example 24.b, p. 161: comet Encke, B1950.0 to J2000.0.
	o = aa.OrbitOrientation{Inc: aa.Deg(11.93911), Node: aa.Deg(334.04096), Peri: aa.Deg(186.24444)}
	r = aa.PrecessElements(o, aa.BesselianEpoch(1950), aa.J2000)
	fmt.Printf("i = %.5f  Ω = %.5f  ω = %.5f\n", r.Inc.Deg(), r.Node.Deg(), r.Peri.Deg())
	// Meeus Example 24.c, p. 162: the same, FK4 to FK5.
	r = aa.FK5ElementsFromFK4(o)
	fmt.Printf("i = %.5f  Ω = %.5f  ω = %.5f\n", r.Inc.Deg(), r.Node.Deg(), r.Peri.Deg())
	// Output:
	// i = 47.1380  Ω = 48.6037  ω = 151.4782
	// i = 11.94524  Ω = 334.75006  ω = 186.23352
	// i = 11.94521  Ω = 334.75043  ω = 186.23327
}

func ExamplePlanet_Apparent() {
	// Meeus Example 33.a: Venus, 1992 December 20 at 0h TD.
	pos, _ := aa.Venus.Apparent(2448976.5)
	fmt.Println("α =", pos.Equatorial.RA.HMSString(2))
	fmt.Println("δ =", pos.Equatorial.Dec.DMSStringASCII(1))
	fmt.Printf("Δ = %.6f AU\n", pos.Distance)
	// Output:
	// α = 21h04m41.49s
	// δ = -18d53m16.9s
	// Δ = 0.910947 AU
}

func ExampleSunTheory_EquationOfTime() {
	// Meeus Example 28.a: 1992 October 13.0 TD.
	e := aa.Sun.EquationOfTime(2448908.5)
	fmt.Printf("E = %+.6f° = %s\n", e.Deg(), e.HMSString(1))
	// Output:
	// E = +3.427351° = 0h13m42.6s
}

func ExampleSeasonApprox() {
	// Meeus Example 27.a: June solstice of 1962.
	jde := aa.SeasonApprox(1962, aa.JuneSolstice)
	y, m, d := jde.JD().Gregorian()
	fmt.Printf("JDE = %.5f = %d-%02d-%02.0f at %s TD\n", jde, y, m, math.Floor(d), aa.Hours(24*(d-math.Floor(d))).HMSString(0))
	// Output:
	// JDE = 2437837.39245 = 1962-06-21 at 21h25m08s TD
}

// HD 209458 b (Torres et al. 2008 elements): the next transit after
// 2023-02-25 and its contacts (the observed total duration is 3.08 h).
func ExampleTransitingPlanet_NextTransit() {
	hd := aa.TransitingPlanet{Period: 3.52474859, Epoch: 2452826.628521, A: 0.04747,
		StarRadiusSolar: 1.162, PlanetRadiusJovian: 1.38, Inclination: aa.Deg(86.71)}
	tr, _ := hd.NextTransit(2460000.3)
	total, full, b, _ := hd.Durations()
	fmt.Printf("center JD %.5f, from %.5f to %.5f\n", tr.Center, tr.Start, tr.End)
	fmt.Printf("T14 %.2f h, T23 %.2f h, b = %.2f\n", total*24, full*24, b)
	// Output:
	// center JD 2460003.01665, from 2460002.95236 to 2460003.08094
	// T14 3.09 h, T23 2.21 h, b = 0.50
}

func ExampleLinearFit() {
	// Meeus Example 4.a, p. 37: magnitudes of comet Bennett.
	xs := []float64{.2982, .2969, .2918, .2905, .2707, .2574, .2485, .2287, .2238, .2156, .1992, .1948, .1931, .1889, .1781, .1772, .1770, .1755, .1746}
	ys := []float64{10.92, 11.01, 10.99, 10.78, 10.87, 10.80, 10.75, 10.14, 10.21, 9.97, 9.69, 9.57, 9.66, 9.63, 9.65, 9.44, 9.44, 9.32, 9.20}
	a, b, _ := aa.LinearFit(xs, ys)
	fmt.Printf("a = %.2f  b = %.2f\n", a, b)
	// Output: a = 13.67  b = 7.03
}

func ExampleCorrelationCoefficient() {
	// Meeus Example 4.b, p. 40: sunspots and rainfall.
	xs := []float64{73, 38, 35, 42, 78, 68, 74, 42, 52, 54, 39, 61, 42, 49, 50, 62, 44, 39, 43, 54, 44, 37}
	ys := []float64{90.4, 125.3, 161.8, 143.4, 52.5, 50.8, 71.5, 152.8, 131.3, 98.5, 144.8, 78.1, 89.5, 63.9, 112.1, 82.0, 119.8, 161.2, 208.4, 111.6, 167.1, 162.1}
	a, b, _ := aa.LinearFit(xs, ys)
	fmt.Printf("y = %.2f - %.2fx, r = %.3f\n", b, -a, aa.CorrelationCoefficient(xs, ys))
	// Output: y = 244.18 - 2.49x, r = -0.767
}

func ExampleFit3() {
	// Meeus Example 4.c, p. 44.
	xs := []float64{3, 20, 34, 50, 75, 88, 111, 129, 143, 160, 183, 200, 218, 230, 248, 269, 290, 303, 320, 344}
	ys := []float64{.0433, .2532, .3386, .3560, .4983, .7577, 1.4585, 1.8628, 1.8264, 1.2431, -.2043, -1.2431, -1.8422, -1.8726, -1.4889, -.8372, -.4377, -.3640, -.3508, -.2126}
	for i := range xs {
		xs[i] *= math.Pi / 180
	}
	a, b, c, _ := aa.Fit3(xs, ys, math.Sin,
		func(x float64) float64 { return math.Sin(2 * x) },
		func(x float64) float64 { return math.Sin(3 * x) })
	fmt.Printf("%.4f, %.4f, %.4f\n", a, b, c)
	// Output: 1.2000, -0.7700, 0.3900
}

func ExampleGalileanMoonsApprox() {
	// Meeus Example 44.a: 1992 December 16 at 0h UT.
	for i, p := range aa.GalileanMoonsApprox(2448972.50068) {
		fmt.Printf("X%d = %+.2f  Y%d = %+.2f\n", i+1, p.X, i+1, p.Y)
	}
	// Output:
	// X1 = -3.44  Y1 = +0.21
	// X2 = +7.44  Y2 = +0.25
	// X3 = +1.24  Y3 = +0.65
	// X4 = +7.08  Y4 = +1.10
}

func ExampleGalileanMoons() {
	// Meeus Example 44.b: 1992 December 16 at 0h UT (JDE 2448972.50068),
	// with the complete VSOP87 (the truncated series moves Y by < 5e-5).
	pos := aa.GalileanMoons(2448972.50068, aa.VSOP87Full)
	for i, p := range pos {
		fmt.Printf("X%d = %+.4f  Y%d = %+.4f\n", i+1, p.X, i+1, p.Y)
	}
	// Output:
	// X1 = -3.4503  Y1 = +0.2137
	// X2 = +7.4418  Y2 = +0.2752
	// X3 = +1.2010  Y3 = +0.5900
	// X4 = +7.0720  Y4 = +1.0290
}

func ExampleEllipsoid_ParallaxConstants() {
	// Meeus Example 11.a, p. 82: Palomar, φ = 33°21′22″, 1706 m.
	s, c := aa.Earth76.ParallaxConstants(aa.DMS(false, 33, 21, 22), 1706)
	fmt.Printf("ρ sin φ′ = %+.6f\nρ cos φ′ = %+.6f\n", s, c)
	// Output:
	// ρ sin φ′ = +0.546861
	// ρ cos φ′ = +0.836339
}

func ExampleEllipsoid_RadiusOfParallel() {
	// Meeus Example 11.b, p. 84: φ = 42°.
	rp := aa.Earth76.RadiusOfParallel(aa.Deg(42))
	rm := aa.Earth76.RadiusOfCurvature(aa.Deg(42))
	fmt.Printf("Rp = %.3f km, 1° of longitude = %.4f km, ωRp = %.5f km/s\n", rp, aa.OneDegreeOfLongitude(rp), rp*aa.EarthRotationRadiansPerSecond)
	fmt.Printf("Rm = %.3f km, 1° of latitude = %.4f km\n", rm, aa.OneDegreeOfLatitude(rm))
	// Output:
	// Rp = 4747.001 km, 1° of longitude = 82.8508 km, ωRp = 0.34616 km/s
	// Rm = 6364.033 km, 1° of latitude = 111.0733 km
}

func ExampleEllipsoid_Distance() {
	// Meeus Example 11.c, p. 85: Paris Observatory to the US Naval Observatory.
	paris := aa.Geographic{Lat: aa.DMS(false, 48, 50, 11), Lon: aa.DMS(false, 2, 20, 14)}
	usno := aa.Geographic{Lat: aa.DMS(false, 38, 55, 17), Lon: aa.DMS(true, 77, 3, 56)}
	fmt.Printf("%.2f km\n", aa.Earth76.Distance(paris, usno))
	d := aa.AngularDistanceApprox(paris, usno)
	fmt.Printf("cos d = %.6f, d = %.5f°, s = %.0f km\n", d.Cos(), d.Deg(), d.Rad()*6371)
	// Output:
	// 6181.63 km
	// cos d = 0.567146, d = 55.44855°, s = 6166 km
}

func ExamplePlanet_Magnitude() {
	// Venus on 1992 December 20 (Meeus Examples 41.a and 41.c): the
	// book's −3.8 uses Müller's formula; aa-js's 1984 formula gives −4.2.
	m, _ := aa.Venus.Magnitude(2448976.5, aa.Muller)
	a, _ := aa.Venus.Magnitude(2448976.5, aa.AstronomicalAlmanac1984)
	fmt.Printf("Müller %.1f, AA 1984 %.1f\n", m, a)
	// Output:
	// Müller -3.8, AA 1984 -4.2
}

func ExampleInterp3() {
	// Meeus Example 3.a, p. 25: Moon's distance on 1992 November 8 at 4h21m.
	y := [3]float64{0.884226, 0.877366, 0.870531}
	fmt.Printf("%.6f\n", aa.Interp3(y, (4+21.0/60)/24))
	// Output: 0.876125
}

func ExampleExtremum3() {
	// Meeus Example 3.b, p. 26: least distance of Mars, 1992 May.
	n, dist, _ := aa.Extremum3([3]float64{1.3814294, 1.3812213, 1.3812453})
	fmt.Printf("%.7f AU on May %.4f\n", dist, 16+n*4)
	// Output: 1.3812030 AU on May 17.5864
}

func ExampleZero3() {
	// Meeus Example 3.c, p. 26: Mercury's declination crosses zero.
	y := [3]float64{-aa.DMS(true, 0, 28, 13.4).Deg(), aa.DMS(false, 0, 6, 46.3).Deg(), aa.DMS(false, 0, 38, 23.2).Deg()}
	y[0] = -y[0]
	n, _ := aa.Zero3(y)
	fmt.Printf("February %.5f\n", 27+n)
	// Meeus Example 3.d, p. 27: a strongly curved function.
	n, _ = aa.Zero3([3]float64{-2, 3, 2})
	fmt.Printf("%.12f\n", n)
	// Output:
	// February 26.79873
	// -0.720759220056
}

func ExampleInterp5() {
	// Meeus Example 3.e, p. 28: Moon's horizontal parallax.
	y := [5]float64{
		aa.DMS(false, 0, 54, 36.125).Deg(), aa.DMS(false, 0, 54, 24.606).Deg(),
		aa.DMS(false, 0, 54, 15.486).Deg(), aa.DMS(false, 0, 54, 8.694).Deg(),
		aa.DMS(false, 0, 54, 4.133).Deg(),
	}
	// Values at 0h and 12h of Feb 27..29; 28 February 3h20m is n = 3h20m / 12h.
	fmt.Println(aa.Deg(aa.Interp5(y, (3+20.0/60)/12)).DMSString(3))
	// Output: 0°54′13.369″
}

func ExampleZero5() {
	// Meeus, exercise p. 30: Mercury's latitude crosses zero, 1988 January.
	y := [5]float64{
		aa.DMS(true, 1, 11, 21.23).Deg(), aa.DMS(true, 0, 28, 12.31).Deg(),
		aa.DMS(false, 0, 16, 7.02).Deg(), aa.DMS(false, 1, 1, 0.13).Deg(),
		aa.DMS(false, 1, 45, 46.33).Deg(),
	}
	n, _ := aa.Zero5(y)
	fmt.Printf("1988 January %.6f\n", 27+n)
	// Output: 1988 January 26.638587
}

func ExampleInterpHalf() {
	// Meeus Example 3.f, p. 32: right ascension midway.
	y := [4]float64{
		aa.HMS(false, 10, 18, 48.732).Hours(), aa.HMS(false, 10, 23, 22.835).Hours(),
		aa.HMS(false, 10, 27, 57.247).Hours(), aa.HMS(false, 10, 32, 31.983).Hours(),
	}
	fmt.Println(aa.Hours(aa.InterpHalf(y)).HMSString(3))
	// Output: 10h25m40.001s
}

func ExampleLagrange() {
	// Meeus, exercise p. 34: sin x from six values.
	xs := []float64{29.43, 30.97, 27.69, 28.11, 31.58, 33.05}
	ys := []float64{0.4913598528, 0.5145891926, 0.4646875083, 0.4711658342, 0.5236885653, 0.5453707057}
	fmt.Printf("%.10f %.10f %.10f\n", aa.Lagrange(30, xs, ys), aa.Lagrange(0, xs, ys), aa.Lagrange(90, xs, ys))
	// Output: 0.5000000000 0.0000512249 0.9999648100
}

func ExampleLagrangePoly() {
	// Meeus Example 3.g, p. 34: y = (x³ − 13x² + 69x − 87)/5.
	c := aa.LagrangePoly([]float64{1, 3, 4, 6}, []float64{-6, 6, 9, 15})
	fmt.Printf("%.0f %.0f %.0f %.0f\n", c[3]*5, c[2]*5, c[1]*5, c[0]*5)
	// Output: 1 -13 69 -87
}

func ExampleIterate() {
	// Meeus Example 5.a, p. 48: √159 by Newton's iteration.
	x, _ := aa.Iterate(func(n float64) float64 { return (n + 159/n) / 2 }, 12, 1e-9, 20)
	fmt.Printf("%.8f\n", x)
	// Output: 12.60952021
}

func ExampleIterate_roots() {
	// Meeus Example 5.b, p. 48: x⁵ + 17x − 8 = 0 as x = (8 − x⁵)/17.
	x, _ := aa.Iterate(func(x float64) float64 { return (8 - math.Pow(x, 5)) / 17 }, 0, 1e-15, 50)
	fmt.Printf("%.9f\n", x)
	// Example 5.c, p. 49: x⁵ + 3x − 8 = 0 as x = (8 − x⁵)/3 diverges.
	_, err := aa.Iterate(func(x float64) float64 { return (8 - math.Pow(x, 5)) / 3 }, 0, 1e-15, 20)
	fmt.Println(err)
	// Example 5.d, p. 49: the same equation as x = (8 − 3x)^(1/5) converges.
	x, _ = aa.Iterate(func(x float64) float64 { return math.Pow(8-3*x, 0.2) }, 0, 1e-15, 60)
	fmt.Printf("%.9f\n", x)
	// Binary search, p. 53.
	x, _ = aa.Bisect(func(x float64) float64 { return math.Pow(x, 5) + 17*x - 8 }, 0, 1, 1e-15)
	fmt.Printf("%.15f\n", x)
	// Output:
	// 0.469249878
	// aa: iteration did not converge
	// 1.321785627
	// 0.469249878454739
}

func ExampleJDFromGregorian() {
	// Meeus Example 7.a, p. 61: launch of Sputnik 1.
	jd, _ := aa.JDFromGregorian(1957, 10, 4.81)
	fmt.Printf("%.2f\n", jd)
	// Output: 2436116.31
}

func ExampleJDFromJulian() {
	// Meeus Example 7.b, p. 61.
	jd, _ := aa.JDFromJulian(333, 1, 27.5)
	fmt.Printf("%.1f\n", jd)
	// Output: 1842713.0
}

func ExampleJD_Calendar() {
	// Meeus Example 7.c, p. 64, and the second example of p. 64.
	y, m, d := aa.JD(2436116.31).Calendar()
	fmt.Printf("%d %s %.2f\n", y, time.Month(m), d)
	y, m, d = aa.JD(1842713.0).Calendar()
	fmt.Printf("%d %s %.1f\n", y, time.Month(m), d)
	y, m, d = aa.JD(1507900.13).Calendar()
	fmt.Printf("%d %s %.2f\n", y, time.Month(m), d)
	// Output:
	// 1957 October 4.81
	// 333 January 27.5
	// -584 May 28.63
}

func ExampleJD_DayOfWeek() {
	// Meeus Example 7.e, p. 65: 1954 June 30.
	jd, _ := aa.JDFromGregorian(1954, 6, 30)
	fmt.Println(jd, jd.DayOfWeek())
	// Output: 2.4349235e+06 Wednesday
}

func ExampleDayOfYear() {
	// Meeus Examples 7.f and 7.g, p. 65.
	n1, _ := aa.DayOfYear(1978, 11, 14, aa.Gregorian)
	n2, _ := aa.DayOfYear(1988, 4, 22, aa.Gregorian)
	fmt.Println(n1, n2)
	// Output: 318 113
}

func ExampleJupiterPhysical() {
	// Meeus Example 43.a: 1992 December 16 at 0h UT (JDE 2448972.50068).
	j := aa.JupiterPhysical(2448972.50068, aa.VSOP87Truncated)
	fmt.Printf("DS = %+.2f°, DE = %+.2f°\n", j.DS.Deg(), j.DE.Deg())
	fmt.Printf("ω1 = %.2f°, ω2 = %.2f°, P = %.2f°\n", j.Omega1.Deg(), j.Omega2.Deg(), j.P.Deg())
	// Output:
	// DS = -2.20°, DE = -2.48°
	// ω1 = 268.06°, ω2 = 72.74°, P = 24.80°
}

func ExampleKeplerIterate() {
	// Meeus Example 30.a: e = 0.1, M = 5°.
	e, _ := aa.KeplerIterate(0.1, aa.Deg(5), 8)
	fmt.Printf("E = %.6f°\n", e.Deg())
	// Output:
	// E = 5.554589°
}

func ExampleKeplerNewton() {
	// Meeus Example 30.b.
	e, _ := aa.KeplerNewton(0.1, aa.Deg(5), 11)
	fmt.Printf("E = %.9f°\n", e.Deg())
	// Output:
	// E = 5.554589254°
}

// Examples 56.a–e, p. 393–395.
func ExampleMagnitudeSum() {
	m, _ := aa.MagnitudeSum(1.96, 2.89)
	fmt.Printf("56.a Castor: %.2f\n", m)
	m, _ = aa.MagnitudeSum(4.73, 5.22, 5.60)
	fmt.Printf("56.b triple star: %.2f\n", m)
	var cluster []float64
	for _, g := range []struct {
		n int
		m float64
	}{{4, 5}, {14, 6}, {23, 7}, {38, 8}} {
		for range g.n {
			cluster = append(cluster, g.m)
		}
	}
	m, _ = aa.MagnitudeSum(cluster...)
	fmt.Printf("56.c cluster: %.2f\n", m)
	fmt.Printf("56.d Vega/Polaris: %.2f\n", aa.BrightnessRatio(0.14, 2.12))
	d, _ := aa.MagnitudeDifference(500)
	fmt.Printf("56.e ratio 500: %.2f\n", d)
	// Output:
	// 56.a Castor: 1.58
	// 56.b triple star: 3.93
	// 56.c cluster: 2.02
	// 56.d Vega/Polaris: 6.19
	// 56.e ratio 500: 6.75
}

func ExampleMarsPhysical() {
	// Meeus Example 42.a: 1992 November 9 at 0h UT (JDE 2448935.500683).
	m := aa.MarsPhysical(2448935.500683, aa.VSOP87Truncated)
	fmt.Printf("DE = %+.2f°, DS = %+.2f°, ω = %.2f°\n", m.DE.Deg(), m.DS.Deg(), m.Omega.Deg())
	fmt.Printf("P = %.2f°, Q = %.2f°\n", m.P.Deg(), m.Q.Deg())
	fmt.Printf("d = %.2f″, k = %.4f, q = %.2f″\n", m.D.ArcSec(), m.K, m.QDef.ArcSec())
	// Output:
	// DE = +12.44°, DS = -2.76°, ω = 111.55°
	// P = 347.64°, Q = 279.91°
	// d = 10.75″, k = 0.9012, q = 1.06″
}

// Example 47.a, p. 342: the Moon on 1992 April 12, 0h TD.
func ExampleMoonTheory_Geocentric() {
	jd, _ := aa.JDFromGregorian(1992, 4, 12) // TD
	jde := aa.TT(jd)
	p := aa.Moon.Geocentric(jde)
	a, _ := aa.Moon.Apparent(jde)
	q := a.Equatorial
	fmt.Printf("lambda = %.6f, beta = %.6f\n", p.Lon.Deg(), p.Lat.Deg())
	fmt.Printf("Delta = %.1f km, pi = %.6f\n", p.DistanceKilometres, p.Parallax.Deg())
	// The book rounds Δψ to 0.004610°; the full nutation moves the sixth
	// decimal of the apparent values by one unit.
	fmt.Printf("apparent lambda = %.5f\n", a.Ecliptic.Lon.Deg())
	fmt.Printf("alpha = %.5f, delta = %.5f\n", q.RA.Deg(), q.Dec.Deg())
	// Output:
	// lambda = 133.162655, beta = -3.229126
	// Delta = 368409.7 km, pi = 0.991990
	// apparent lambda = 133.16726
	// alpha = 134.68847, delta = 13.76837
}

// Examples 52.a–c, p. 370.
func ExampleMoonMaxDeclination() {
	for _, c := range []struct {
		year aa.Year
		side aa.Hemisphere
	}{{1988.95, aa.North}, {2049.3, aa.South}, {-3.8, aa.North}} {
		jde, dec, _ := aa.MoonMaxDeclination(c.year, c.side)
		fmt.Printf("JDE %.4f  dec %+.4f\n", jde, dec.Deg())
	}
	// Output:
	// JDE 2447518.3346  dec +28.1562
	// JDE 2469553.0834  dec -22.1384
	// JDE 1719672.1412  dec +28.9739
}

// Example 48.a, p. 347, from the book's rounded places of the Moon and the
// Sun on 1992 April 12, 0h TD.
func ExampleMoonPhaseAngle() {
	moon := aa.Equatorial{RA: aa.Deg(134.6885), Dec: aa.Deg(13.7684)}
	sun := aa.Equatorial{RA: aa.Deg(20.6579), Dec: aa.Deg(8.6964)}
	i := aa.MoonPhaseAngle(moon, 368410, sun, 149971520)
	fmt.Printf("i = %.4f, k = %.4f, chi = %.1f\n", i.Deg(), aa.IlluminatedFraction(i), aa.BrightLimbAngle(moon, sun).Deg())
	// Output:
	// i = 69.0756, k = 0.6786, chi = 285.0
}

// Example 48.a computed end to end.
func ExampleMoonTheory_Illumination() {
	jd, _ := aa.JDFromGregorian(1992, 4, 12) // TD
	jde := aa.TT(jd)
	il := aa.Moon.Illumination(jde)
	fmt.Printf("i = %.4f, k = %.4f, chi = %.1f\n", il.PhaseAngle.Deg(), il.Fraction, il.BrightLimb.Deg())
	fmt.Printf("approximate i = %.2f\n", aa.MoonPhaseAngleApprox(jde).Deg())
	// Output:
	// i = 69.0756, k = 0.6786, chi = 285.0
	// approximate i = 68.88
}

// Example 53.a, p. 376: 1992 April 12, 0h TD.
func ExampleMoonTheory_Physical() {
	jd, _ := aa.JDFromGregorian(1992, 4, 12) // TD
	jde := aa.TT(jd)
	d := aa.Moon.Physical(jde)
	fmt.Printf("l' = %.3f, b' = %+.3f\n", d.OpticalLon.Deg(), d.OpticalLat.Deg())
	fmt.Printf("l\" = %.3f, b\" = %+.3f\n", d.PhysicalLon.Deg(), d.PhysicalLat.Deg())
	fmt.Printf("l = %.2f, b = %+.2f, P = %.2f\n", d.Lon.Deg(), d.Lat.Deg(), d.PositionAngle.Deg())
	fmt.Printf("l0 = %.2f, b0 = %+.2f, c0 = %.2f\n", d.SunLon.Deg(), d.SunLat.Deg(), d.Colongitude.Deg())
	// Output:
	// l' = -1.206, b' = +4.194
	// l" = -0.025, b" = +0.006
	// l = -1.23, b = +4.20, P = 15.08
	// l0 = 67.90, b0 = +1.46, c0 = 22.10
}

// Examples 49.a and 49.b, p. 353.
func ExampleMoonPhase() {
	mean, _ := aa.MoonPhaseMean(1977.13, aa.NewMoon)
	jde, _ := aa.MoonPhase(1977.13, aa.NewMoon)
	fmt.Printf("49.a New Moon: mean JDE %.5f, true JDE %.5f\n", mean, jde)
	mean, _ = aa.MoonPhaseMean(2044.04, aa.LastQuarter)
	jde, _ = aa.MoonPhase(2044.04, aa.LastQuarter)
	fmt.Printf("49.b Last Quarter: mean JDE %.5f, true JDE %.5f\n", mean, jde)
	// Output:
	// 49.a New Moon: mean JDE 2443192.94102, true JDE 2443192.65118
	// 49.b Last Quarter: mean JDE 2467636.88597, true JDE 2467636.49186
}

func ExampleParabolic() {
	// Meeus Example 34.a: q = 1.487469 AU, T = 1998 April 14.4358 TT,
	// position on 1998 August 5.0 TT.
	tp, _ := aa.JDFromGregorian(1998, 4, 14.4358)
	t, _ := aa.JDFromGregorian(1998, 8, 5)
	nu, r := aa.Parabolic(1.487469, float64(t-tp))
	fmt.Printf("ν = %.5f°, r = %.6f AU\n", nu.Deg(), r)
	// Output:
	// ν = 66.78862°, r = 2.133911 AU
}

func ExampleNutation() {
	// Meeus Example 22.a, p. 148: 1987 April 10, 0h TD.
	jd, _ := aa.JDFromGregorian(1987, 4, 10) // TD
	jde := aa.TT(jd)
	dpsi, deps := aa.Nutation(jde)
	eps0 := aa.MeanObliquity(jde)
	fmt.Printf("Δψ = %+.3f″\n", dpsi.ArcSec())
	fmt.Printf("Δε = %+.3f″\n", deps.ArcSec())
	fmt.Println("ε0 =", eps0.DMSString(3))
	fmt.Println("ε  =", (eps0 + deps).DMSString(2))
	// Output:
	// Δψ = -3.788″
	// Δε = +9.443″
	// ε0 = 23°26′27.407″
	// ε  = 23°26′36.85″
}

func ExampleEclipticAtHorizon() {
	// Meeus Example 14.a, p. 100: ε = 23.44°, φ = +51°, θ = 5h.
	l1, l2, i := aa.EclipticAtHorizon(aa.Deg(23.44), aa.Deg(51), aa.Hours(5))
	fmt.Println(l1.DMSString(0), l2.DMSString(0), i.DMSString(0))
	// Output: 169°21′30″ 349°21′30″ 61°53′14″
}

func ExamplePlutoTheory_Heliocentric() {
	// Meeus Example 37.a: 1992 October 13.0 TD.
	pos, r, _ := aa.Pluto.Heliocentric(2448908.5)
	fmt.Printf("l = %.5f°, b = %.5f°, r = %.6f AU\n", pos.Lon.Deg(), pos.Lat.Deg(), r)
	// Output:
	// l = 232.74071°, b = 14.58782°, r = 29.711111 AU
}

func ExampleAnnualPrecession() {
	// Meeus Example 21.a, p. 132: Regulus from J2000.0 to 1978.0.
	regulus := aa.Equatorial{aa.HMS(false, 10, 8, 22.3), aa.DMS(false, 11, 58, 2)}
	dra, ddec := aa.AnnualPrecession(regulus, aa.JulianEpoch(1989))
	fmt.Printf("Δα = %+.3fs  Δδ = %+.2f″\n", dra.Hours()*3600, ddec.ArcSec())
	pmRA, pmDec := aa.HMS(true, 0, 0, 0.0169), aa.ArcSec(0.006)
	years := -22.0
	q := aa.Equatorial{regulus.RA + (dra + pmRA).Mul(years), regulus.Dec + (ddec + pmDec).Mul(years)}
	fmt.Println(q.RA.HMSString(1), q.Dec.DMSString(0))
	// Output:
	// Δα = +3.207s  Δδ = -17.71″
	// 10h07m12.1s 12°04′32″
}

func ExamplePrecessWithProperMotion() {
	// Meeus Example 21.b, p. 135: θ Persei to 2028 November 13.19 TD.
	q := aa.Equatorial{aa.HMS(false, 2, 44, 11.986), aa.DMS(false, 49, 13, 42.48)}
	jd, _ := aa.JDFromGregorian(2028, 11, 13.19)
	to := aa.TT(jd)
	p := aa.PrecessWithProperMotion(q, aa.HMS(false, 0, 0, 0.03425), aa.ArcSec(-0.0895), aa.J2000, to)
	fmt.Println(p.RA.HMSString(3), p.Dec.DMSString(2))
	// Output: 2h46m11.331s 49°20′54.54″
}

func ExamplePrecessEcliptic() {
	// Meeus Example 21.c, p. 137: Venus, J2000.0 to −214 June 30.0 (Julian).
	jd, _ := aa.JDFromJulian(-214, 6, 30)
	to := aa.TT(jd)
	e := aa.PrecessEcliptic(aa.Ecliptic{aa.Deg(149.48194), aa.Deg(1.76549)}, aa.J2000, to)
	fmt.Printf("λ = %.3f°, β = %+.3f°\n", e.Lon.Deg(), e.Lat.Deg())
	// Output: λ = 118.704°, β = +1.615°
}

func ExampleProperMotion3D() {
	// Meeus Example 21.d, p. 141: Sirius, r = 2.64 pc, vr = −7.6 km/s.
	sirius := aa.Equatorial{aa.HMS(false, 6, 45, 8.871), aa.DMS(true, 16, 42, 57.99)}
	for _, y := range []float64{1000, 0, -1000, -2000, -10000} {
		q := aa.ProperMotion3D(sirius, 2.64, -7.6, aa.HMS(true, 0, 0, 0.03847), aa.ArcSec(-1.2053), aa.J2000, aa.JulianEpoch(y))
		fmt.Printf("%6.0f %s %s\n", y, q.RA.HMSString(2), q.Dec.DMSString(1))
	}
	// Output:
	//   1000 6h45m47.16s -16°22′56.0″
	//      0 6h46m25.09s -16°03′00.8″
	//  -1000 6h47m02.67s -15°43′12.3″
	//  -2000 6h47m39.91s -15°23′30.6″
	// -10000 6h52m25.72s -12°50′06.7″
}

func ExampleRefractionFromApparentApprox() {
	// Meeus Example 16.a, p. 107: the Sun's lower limb observed at 0.5°.
	h0 := aa.Deg(0.5)
	r := aa.RefractionFromApparentApprox(h0)
	fmt.Printf("R = %.3f′\n", r.ArcMin())
	lower := h0 - r
	fmt.Printf("true lower limb %.3f′\n", lower.ArcMin())
	upper := lower + aa.ArcMin(32)
	fmt.Printf("true upper limb %.3f′\n", upper.ArcMin())
	fmt.Printf("R = %.3f′\n", aa.RefractionFromTrue(upper).ArcMin())
	// Output:
	// R = 28.754′
	// true lower limb 1.246′
	// true upper limb 33.246′
	// R = 24.618′
}

func ExampleRiseTransitSet() {
	// Sirius from Paris, 2026 January 15 (UT), fixed J2000 coordinates.
	sirius := aa.Equatorial{aa.HMS(false, 6, 45, 8.917), aa.DMS(true, 16, 42, 58.02)}
	paris := aa.Geographic{Lat: aa.Deg(48.8566), Lon: aa.Deg(2.3522)}
	jddate, _ := aa.JDFromGregorian(2026, 1, 15)
	date := aa.UT(jddate)
	r := aa.RiseTransitSet(sirius, paris, date, aa.StdAltitudeStar)
	rise, _ := r.RiseTime()
	set, _ := r.SetTime()
	fmt.Println(r.Status, rise.Format("15:04"), r.TransitTime().Format("15:04"), set.Format("15:04"))
	fmt.Printf("transit altitude %.2f°\n", r.TransitAltitude.Deg())
	// Polaris never sets from Paris; Canopus never rises.
	fmt.Println(aa.RiseTransitSet(aa.Equatorial{aa.HMS(false, 2, 31, 49), aa.Deg(89.264)}, paris, date, aa.StdAltitudeStar).Status)
	fmt.Println(aa.RiseTransitSet(aa.Equatorial{aa.HMS(false, 6, 23, 57), aa.Deg(-52.696)}, paris, date, aa.StdAltitudeStar).Status)
	// Output:
	// rises and sets 18:11 22:54 03:40
	// transit altitude 24.43°
	// circumpolar
	// never rises
}

func ExampleSaturnMoons() {
	// Meeus Example 46.a: 1999 October 16 at 12h UT (JDE 2451439.50074).
	pos := aa.SaturnMoons(2451439.50074, aa.VSOP87Full)
	for i, p := range pos {
		fmt.Printf("%d: %+7.3f %+7.3f\n", i+1, p.X, p.Y)
	}
	// Output:
	// 1:  +3.102  -0.204
	// 2:  +3.823  +0.318
	// 3:  +4.027  -1.061
	// 4:  -5.365  -1.148
	// 5:  -0.972  -3.136
	// 6: +14.568  +4.738
	// 7: -18.001  -5.328
	// 8: -48.760  +4.137
}

func ExampleSaturnRingAspect() {
	// Meeus Example 45.a: 1992 December 16 at 0h UT (JDE 2448972.50068).
	r := aa.SaturnRingAspect(2448972.50068, aa.VSOP87Truncated)
	fmt.Printf("B = %.3f°, B′ = %.3f°, ΔU = %.3f°, P = %.3f°\n", r.B.Deg(), r.BSun.Deg(), r.DeltaU.Deg(), r.P.Deg())
	fmt.Printf("a = %.2f″, b = %.2f″\n", r.Major.ArcSec(), r.Minor.ArcSec())
	// Output:
	// B = 16.442°, B′ = 14.679°, ΔU = 4.198°, P = 6.741°
	// a = 35.87″, b = 10.15″
}

func ExampleMeanSidereal() {
	// Meeus Example 12.a, p. 88: 1987 April 10, 0h UT.
	jd := aa.UT(2446895.5)
	fmt.Println(aa.MeanSidereal(jd).HMSString(4))
	fmt.Println(aa.ApparentSidereal(jd).HMSString(4))
	// Meeus Example 12.b, p. 89: 1987 April 10, 19h21m UT.
	jd2, _ := aa.JDFromGregorian(1987, 4, 10+(19+21.0/60)/24)
	fmt.Println(aa.MeanSidereal(aa.UT(jd2)).HMSString(4))
	// Output:
	// 13h10m46.3668s
	// 13h10m46.1351s
	// 8h34m57.0896s
}

func ExampleSunTheory_Apparent() {
	// Meeus Example 25.b: 1992 October 13.0 TD.
	pos, _ := aa.Sun.Apparent(2448908.5)
	q, r := pos.Equatorial, pos.Distance
	fmt.Printf("α = %.6f° = %s\n", q.RA.Deg(), q.RA.HMSString(3))
	fmt.Printf("δ = %.6f°\n", q.Dec.Deg())
	fmt.Printf("R = %.8f AU\n", r)
	// Output:
	// α = 198.378178° = 13h13m30.763s
	// δ = -7.783871°
	// R = 0.99760775 AU
}

// Example 58.a, p. 404: a dial at latitude 40° N, D = 70°, z = 50°.
func ExampleSundial_HourLines() {
	s := aa.Sundial{Lat: aa.Deg(40), Declination: aa.Deg(70), Zenith: aa.Deg(50), Stylus: 1}
	var hours []int
	for _, l := range s.HourLines() {
		hours = append(hours, l.Hour)
	}
	fmt.Println(hours)
	p, _ := s.Shadow(aa.Deg(-15), aa.Deg(-11.47))
	fmt.Printf("11h, dec -11.47: x = %.4f, y = %.4f\n", p.X, p.Y)
	p, _ = s.Shadow(aa.Deg(30), aa.Deg(23.44))
	fmt.Printf("14h, dec +23.44: x = %.4f, y = %.4f\n", p.X, p.Y)
	c, _ := s.Center()
	_, psi := s.PolarStylus()
	fmt.Printf("x0 = %+.4f, y0 = %+.4f, psi = %.4f\n", c.X, c.Y, psi.Deg())
	// Output:
	// [9 10 11 12 13 14 15 16 17 18 19]
	// 11h, dec -11.47: x = -2.0007, y = -1.1069
	// 14h, dec +23.44: x = -0.0390, y = -0.3615
	// x0 = +3.3880, y0 = -3.1102, psi = 12.2672
}

func ExampleSunTheory_Physical() {
	// Meeus Example 29.a: 1992 October 13.5 TD.
	d := aa.Sun.Physical(2448908.50068)
	fmt.Printf("P = %.2f°, B0 = %+.2f°, L0 = %.2f°\n", d.P.Deg(), d.B0.Deg(), d.L0.Deg())
	// Output:
	// P = 26.27°, B0 = +5.99°, L0 = 238.63°
}

func ExamplePlanet_Heliocentric() {
	// Meeus Example 32.a: Venus on 1992 December 20 at 0h TD.
	pos, r := aa.Venus.Heliocentric(2448976.5)
	fmt.Printf("L = %.5f°, B = %.5f°, R = %.6f AU\n", pos.Lon.Deg(), pos.Lat.Deg(), r)
	pos, r = aa.Venus.Full().Heliocentric(2448976.5)
	fmt.Printf("L = %.5f°, B = %.5f°, R = %.6f AU (full VSOP87)\n", pos.Lon.Deg(), pos.Lat.Deg(), r)
	// Output:
	// L = 26.11428°, B = -2.62070°, R = 0.724603 AU
	// L = 26.11412°, B = -2.62060°, R = 0.724602 AU (full VSOP87)
}
func ExampleNextRise() {
	// Meeus Example 15.a: Venus at Boston from 1988 March 20, 0h UT. The
	// set comes first (2h55m), then the rise (12h25m) and the transit
	// (19h41m); the searches cross the day boundary as needed.
	boston := aa.Geographic{Lat: aa.DMS(false, 42, 20, 0), Lon: aa.DMS(true, 71, 5, 0)}
	jdstart, _ := aa.JDFromGregorian(1988, 3, 20)
	start := aa.UT(jdstart)
	set, _ := aa.NextSet(aa.Venus, boston, start)
	rise, _ := aa.NextRise(aa.Venus, boston, start)
	transit, _ := aa.NextTransit(aa.Venus, boston, start)
	nextSet, _ := aa.NextSet(aa.Venus, boston, rise)
	for _, e := range []struct {
		name string
		t    aa.UT
	}{{"set", set}, {"rise", rise}, {"transit", transit}, {"next set", nextSet}} {
		fmt.Printf("%-8s %s UT\n", e.name, e.t.Time().Format("2006-01-02 15:04"))
	}
	// Output:
	// set      1988-03-20 02:54 UT
	// rise     1988-03-20 12:25 UT
	// transit  1988-03-20 19:40 UT
	// next set 1988-03-21 02:56 UT
}

func ExampleNextDawn() {
	// Twilights and sunrise at Paris on the 2024 March equinox; at Tromsø
	// the first sunrise after the polar night.
	paris := aa.Geographic{Lat: aa.Deg(48.8566), Lon: aa.Deg(2.3522)}
	jdstart, _ := aa.JDFromGregorian(2024, 3, 20)
	start := aa.UT(jdstart)
	for _, tw := range []aa.Twilight{aa.AstronomicalTwilight, aa.NauticalTwilight, aa.CivilTwilight} {
		dawn, _ := aa.NextDawn(paris, start, tw)
		fmt.Printf("dawn at %5.1f°: %s UT\n", tw.Altitude().Deg(), dawn.Time().Format("15:04"))
	}
	rise, _ := aa.NextRise(aa.Sun, paris, start)
	fmt.Println("sunrise:", rise.Time().Format("15:04"), "UT")
	tromso := aa.Geographic{Lat: aa.Deg(69.65), Lon: aa.Deg(18.96)}
	jddec1, _ := aa.JDFromGregorian(2023, 12, 1)
	dec1 := aa.UT(jddec1)
	rise, _ = aa.NextRise(aa.Sun, tromso, dec1)
	fmt.Println("Tromsø, first sunrise after 2023-12-01:", rise.Time().Format("2006-01-02 15:04"), "UT")
	// Output:
	// dawn at -18.0°: 04:05 UT
	// dawn at -12.0°: 04:44 UT
	// dawn at  -6.0°: 05:21 UT
	// sunrise: 05:52 UT
	// Tromsø, first sunrise after 2023-12-01: 2024-01-15 10:45 UT
}

func ExampleNextMoonQuarter() {
	// Meeus Example 49.a: the New Moon of 1977 February 18, 3h37m TD.
	jdstart, _ := aa.JDFromGregorian(1977, 2, 15)
	start := aa.TT(jdstart)
	jde, q, _ := aa.NextMoonQuarter(start)
	fmt.Println(q, jde.JD().Time().Format("2006-01-02 15:04"), "TD")
	// Output:
	// New Moon 1977-02-18 03:37 TD
}

func ExampleSunTheory_NextSeason() {
	// Meeus Example 27.a: the June solstice of 1962 (VSOP87), 21h24m42s TD.
	jdstart, _ := aa.JDFromGregorian(1962, 4, 1)
	start := aa.TT(jdstart)
	jde, s, _ := aa.Sun.Full().NextSeason(start)
	fmt.Println(s, jde.JD().Time().Format("2006-01-02 15:04:05"), "TD")
	// Output:
	// June solstice 1962-06-21 21:24:42 TD
}

// thetaPersei is θ Persei as in Meeus Example 23.a (FK5, J2000.0, with its
// proper motion per Julian year).
var thetaPersei = aa.Star{
	Pos:   aa.Equatorial{RA: aa.HMS(false, 2, 44, 11.986), Dec: aa.DMS(false, 49, 13, 42.48)},
	Epoch: aa.J2000,
	PMRA:  aa.HMS(false, 0, 0, 0.03425),
	PMDec: aa.ArcSec(-0.0895),
}

// Meeus Example 15.a, p. 103: Venus at Boston, 1988 March 20, its apparent
// places at 0h TD of March 19, 20 and 21.
var (
	boston   = aa.Geographic{Lat: aa.DMS(false, 42, 20, 0), Lon: aa.DMS(true, 71, 5, 0)}
	venus15a = [3]aa.Equatorial{
		{RA: aa.HMS(false, 2, 42, 43.25), Dec: aa.DMS(false, 18, 2, 51.4)},
		{RA: aa.HMS(false, 2, 46, 55.51), Dec: aa.DMS(false, 18, 26, 27.3)},
		{RA: aa.HMS(false, 2, 51, 7.69), Dec: aa.DMS(false, 18, 49, 38.7)},
	}
)

// nightTargets are four stars for the night helper's examples.
var nightTargets = []aa.NightTarget{
	{Name: "Sirius", J2000: aa.Equatorial{RA: aa.HMS(false, 6, 45, 8.917), Dec: aa.DMS(true, 16, 42, 58.02)}},
	{Name: "Polaris", J2000: aa.Equatorial{RA: aa.HMS(false, 2, 31, 49.09), Dec: aa.DMS(false, 89, 15, 50.8)}},
	{Name: "sigma Octantis", J2000: aa.Equatorial{RA: aa.HMS(false, 21, 8, 46.9), Dec: aa.DMS(true, 88, 57, 23.4)}},
	{Name: "Vega", J2000: aa.Equatorial{RA: aa.HMS(false, 18, 36, 56.34), Dec: aa.DMS(false, 38, 47, 1.3)}},
}

// jdeString prints a JDE as a calendar date and time, to the second, or to
// the minute when places < 0.
func jdeString(jde aa.TT, places int) string {
	unit := 1.0 / 86400
	if places < 0 {
		unit = 1.0 / 1440
	}
	y, m, d := (aa.JD(math.Round(float64(jde-0.5)/unit)*unit) + 0.5).Calendar()
	day := math.Floor(d)
	s := int(math.Round((d - day) * 86400))
	if places < 0 {
		return fmt.Sprintf("%d-%02d-%02.0f %02d:%02d TD", y, m, day, s/3600, s/60%60)
	}
	return fmt.Sprintf("%d-%02d-%02.0f %02d:%02d:%02d TD", y, m, day, s/3600, s/60%60, s%60)
}

func ExampleApparentPlaceApprox() {
	// Meeus Example 23.a, p. 152.
	jd, _ := aa.JDFromGregorian(2028, 11, 13.19) // TD
	jde := aa.TT(jd)
	q := aa.ApparentPlaceApprox(thetaPersei, jde)
	fmt.Println(q.RA.HMSString(3), q.Dec.DMSString(2))
	// Output: 2h46m14.390s 49°21′07.45″
}

func ExampleApparentPlace() {
	// Meeus Example 23.b, p. 156: full apparent place.
	jd, _ := aa.JDFromGregorian(2028, 11, 13.19) // TD
	jde := aa.TT(jd)
	q := aa.ApparentPlace(thetaPersei, jde)
	fmt.Println(q.RA.HMSString(3), q.Dec.DMSString(2))
	// Output: 2h46m14.392s 49°21′07.45″
}

// Example 50.a, p. 357: the apogee of 1988 October.
func ExampleMoonApogee() {
	mean, _ := aa.MoonApsisMean(1988.75, aa.Apogee)
	a, _ := aa.MoonApogee(1988.75)
	fmt.Printf("mean JDE %.4f, true JDE %.4f (%s)\n", mean, a.JDE, jdeString(a.JDE, -1))
	// The distance follows from the parallax; the book prints only the latter.
	fmt.Printf("parallax %.3f″, distance %.0f km\n", a.Parallax.ArcSec(), a.DistanceKilometres)
	// Output:
	// mean JDE 2447442.8191, true JDE 2447442.3543 (1988-10-07 20:30 TD)
	// parallax 3240.679″, distance 405977 km
}

// Example 51.a, p. 365.
func ExampleMoonNodePassage() {
	jde, _ := aa.MoonNodePassage(1987.37, aa.AscendingNode)
	fmt.Printf("JDE %.5f = %s\n", jde, jdeString(jde, 0))
	// Output:
	// JDE 2446938.76803 = 1987-05-23 06:25:58 TD
}

// The night of the 2025 March equinox on the equator at Greenwich longitude.
func ExampleNight() {
	site := aa.Geographic{Lat: 0, Lon: 0}
	n, err := aa.Night(site, 2025, 3, 20, nightTargets[:1], aa.NightOptions{MinAltitude: aa.Deg(30)})
	if err != nil {
		fmt.Println(err)
		return
	}
	hm := func(ut aa.UT) string {
		_, _, d := ut.JD().Gregorian()
		m := int(math.Round((d - math.Floor(d)) * 1440))
		return fmt.Sprintf("%02d:%02d", m/60, m%60)
	}
	fmt.Println("sunset", hm(n.Sun.Dusk), "sunrise", hm(n.Sun.Dawn))
	fmt.Println("astronomical night", hm(n.Astronomical.Dusk), "to", hm(n.Astronomical.Dawn))
	s := n.Targets[0]
	fmt.Println(s.Name, "transit", hm(s.Events.Transit), "above 30°", hm(s.AboveDark[0].Start), "to", hm(s.AboveDark[0].End))
	// Output:
	// sunset 18:11 sunrise 06:04
	// astronomical night 19:19 to 04:55
	// Sirius transit 18:52 above 30° 19:19 to 22:46
}

func ExampleRiseTransitSetApprox() {
	jddate, _ := aa.JDFromGregorian(1988, 3, 20)
	date := aa.UT(jddate)
	fmt.Println("Θ0 =", aa.ApparentSidereal(date).HMSString(2))
	r := aa.RiseTransitSetApprox(venus15a[1], boston, date, aa.StdAltitudeStar)
	fmt.Printf("rise %.5f  transit %.5f  set %.5f\n", r.Rise-date, r.Transit-date, r.Set-date)
	// Output:
	// Θ0 = 11h50m58.10s
	// rise 0.51816  transit 0.81965  set 0.12113
}

func ExampleRiseTransitSetMoving() {
	jddate, _ := aa.JDFromGregorian(1988, 3, 20)
	date := aa.UT(jddate)
	r := aa.RiseTransitSetMoving(venus15a, boston, date, aa.StdAltitudeStar, 56)
	fmt.Printf("rise %.5f  transit %.5f  set %.5f\n", r.Rise-date, r.Transit-date, r.Set-date)
	rise, _ := r.RiseTime()
	set, _ := r.SetTime()
	fmt.Println(rise.Format("15:04"), r.TransitTime().Format("15:04"), set.Format("15:04"))
	// Output:
	// rise 0.51766  transit 0.81980  set 0.12130
	// 12:25 19:40 02:54
}

func ExampleUTFromTime() {
	// One instant, 2026 December 5 at 6h UTC, read in UT1 and in TT: the
	// Sun's place wants TT, its hour angle UT.
	t := time.Date(2026, 12, 5, 6, 0, 0, 0, time.UTC)
	ut := aa.UTFromTime(t)
	tt := aa.TTFromTime(t)
	fmt.Printf("TT − UTC = %.3f s (leap seconds), ΔT = TT − UT1 = %.1f s\n",
		float64(tt-aa.TT(aa.JDFromTime(t)))*86400, float64(tt-aa.TT(ut))*86400)
	sun, _ := aa.Sun.Apparent(tt)
	ha := (aa.LocalApparentSidereal(ut, aa.Deg(-70.4044)) - sun.Equatorial.RA).Norm180()
	fmt.Printf("Sun's hour angle at Paranal: %.2f h\n", ha.Hours())
	fmt.Println(ut.Time().Format(time.RFC3339), tt.Time().Format(time.RFC3339))
	// Output:
	// TT − UTC = 69.184 s (leap seconds), ΔT = TT − UT1 = 69.2 s
	// Sun's hour angle at Paranal: -10.54 h
	// 2026-12-05T06:00:00Z 2026-12-05T06:00:00Z
}

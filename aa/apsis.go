package aa

import "math"

// Chapter 38, Planets in Perihelion and Aphelion.

// apsisTable is Meeus Table 38.A, p. 269: k ≈ a·(year − b); JDE = c0 +
// c1·k + c2·k² (Mercury … Neptune; the Earth row is the Earth–Moon
// barycentre).
var apsisTable = [8]struct{ a, b, c0, c1, c2 float64 }{
	{4.15201, 2000.12, 2451590.257, 87.96934963, 0},
	{1.62549, 2000.53, 2451738.233, 224.7008188, -0.0000000327},
	{0.99997, 2000.01, 2451547.507, 365.2596358, 0.0000000156},
	{0.53166, 2001.78, 2452195.026, 686.9957857, -0.0000001187},
	{0.08430, 2011.20, 2455636.936, 4332.897065, 0.0001367},
	{0.03393, 2003.52, 2452830.12, 10764.21676, 0.000827},
	{0.01190, 2051.1, 2470213.5, 30694.8767, -0.00541},
	{0.00607, 2047.5, 2468895.1, 60190.33, 0.03429},
}

// earthApsisTerms: the corrections of Meeus p. 273 from the barycentre to
// the Earth itself: argument A + B·k (degrees), perihelion and aphelion
// coefficients (days).
var earthApsisTerms = [5][4]float64{
	{328.41, 132.788585, 1.278, -1.352},
	{316.13, 584.903153, -0.055, 0.061},
	{346.20, 450.380738, -0.091, 0.062},
	{136.95, 659.306737, -0.056, 0.029},
	{249.52, 329.653368, -0.045, 0.031},
}

// PerihelionApprox returns the instant (JDE, TT) of the passage of the planet
// through the perihelion nearest to the decimal year, from the mean orbit of
// Meeus Table 38.A (k rounded to the nearest integer; Example 38.a: Venus
// 1978.79 → JDE 2443873.704). For the Earth it adds the corrections of p. 273
// for the Moon's perturbation. Over 1900–2100 it is within 0.47 day of the
// extremum of the complete VSOP87 radius vector ([Planet.Perihelion]) for
// Mercury … Mars, 17 days for Jupiter, 100 for Saturn, 300 for Uranus and
// 6.1 years for Neptune, whose apsides are poorly defined.
func (p Planet) PerihelionApprox(year Year) (TT, error) { return p.apsisApprox(year, false) }

// AphelionApprox is like [Planet.PerihelionApprox] for the aphelion (k an
// integer + 0.5; Example 38.b: Mars 2032.5 → JDE 2463530.456), with the
// same accuracy.
func (p Planet) AphelionApprox(year Year) (TT, error) { return p.apsisApprox(year, true) }

func (p Planet) apsisApprox(year Year, aphelion bool) (TT, error) {
	if !p.Valid() {
		return 0, ErrInvalidPlanet
	}
	if !yearInSpan(year) {
		return 0, ErrYear
	}
	c := &apsisTable[p.index()]
	k := c.a * (float64(year) - c.b)
	if aphelion {
		k = math.Floor(k) + 0.5
	} else {
		k = math.Floor(k + 0.5)
	}
	jde := c.c0 + k*(c.c1+k*c.c2)
	if p.Truncated() == earthPlanet {
		for _, t := range earthApsisTerms {
			coef := t[2]
			if aphelion {
				coef = t[3]
			}
			jde += coef * math.Sin((t[0]+t[1]*k)*radPerDeg)
		}
	}
	return TT(jde), nil
}

// Perihelion returns the instant (JDE, TT) and the radius vector (AU) of
// the perihelion nearest to the decimal year, as the minimum of the VSOP87
// radius vector (truncated or full, as p says) around [Planet.PerihelionApprox]
// (Meeus p. 270–274: e.g. Saturn 1944 September 8, r = 9.0288, where Table
// 38.A gives July 30). Neptune's apsides are poorly defined (Meeus p. 271).
func (p Planet) Perihelion(year Year) (TT, float64, error) { return p.apsis(year, false) }

// Aphelion is like [Planet.Perihelion] for the maximum of the radius vector.
func (p Planet) Aphelion(year Year) (TT, float64, error) { return p.apsis(year, true) }

func (p Planet) apsis(year Year, aphelion bool) (TT, float64, error) {
	j0, err := p.apsisApprox(year, aphelion)
	if err != nil {
		return 0, 0, err
	}
	sign := 1.0
	if aphelion {
		sign = -1
	}
	f := func(j float64) float64 {
		_, r := p.Heliocentric(TT(j))
		return sign * r
	}
	// Search ±8% of the period (Jupiter's apsides move by ~1 month, the
	// Earth's by ~2 days), sampling every 1/400 of the window, then refine
	// by golden-section search to 1e-5 day.
	w := 0.08 * apsisTable[p.index()].c1
	n := 400
	step := 2 * w / float64(n)
	best, bj := math.Inf(1), float64(j0)
	for i := 0; i <= n; i++ {
		j := float64(j0) - w + float64(i)*step
		if v := f(j); v < best {
			best, bj = v, j
		}
	}
	j := GoldenSectionMin(f, bj-step, bj+step, 1e-5)
	return TT(j), sign * f(j), nil
}

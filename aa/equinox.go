package aa

import "math"

// Chapter 27, Equinoxes and Solstices.

// Season names an equinox or a solstice, the instants at which the Sun's
// apparent longitude is 0°, 90°, 180° or 270°.
type Season int

// The four seasons' starting points (northern-hemisphere names).
const (
	MarchEquinox Season = iota
	JuneSolstice
	SeptemberEquinox
	DecemberSolstice
)

// String returns e.g. "March equinox".
func (s Season) String() string {
	switch s {
	case MarchEquinox:
		return "March equinox"
	case JuneSolstice:
		return "June solstice"
	case SeptemberEquinox:
		return "September equinox"
	case DecemberSolstice:
		return "December solstice"
	}
	return "invalid season"
}

// seasonPoly: Meeus Table 27.A (years −1000…+1000, Y = year/1000) and
// Table 27.B (+1000…+3000, Y = (year − 2000)/1000), p. 178.
var seasonPoly = [2][4][5]float64{
	{
		{1721139.29189, 365242.13740, 0.06134, 0.00111, -0.00071},
		{1721233.25401, 365241.72562, -0.05323, 0.00907, 0.00025},
		{1721325.70455, 365242.49558, -0.11677, -0.00297, 0.00074},
		{1721414.39987, 365242.88257, -0.00769, -0.00933, -0.00006},
	},
	{
		{2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057},
		{2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030},
		{2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078},
		{2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032},
	},
}

// seasonTerms is Meeus Table 27.C, p. 179: A (1e-5 day), B (°), C (°/century).
var seasonTerms = [24][3]float64{
	{485, 324.96, 1934.136}, {203, 337.23, 32964.467}, {199, 342.08, 20.186},
	{182, 27.85, 445267.112}, {156, 73.14, 45036.886}, {136, 171.52, 22518.443},
	{77, 222.54, 65928.934}, {74, 296.72, 3034.906}, {70, 243.58, 9037.513},
	{58, 119.81, 33718.147}, {52, 297.17, 150.678}, {50, 21.02, 2281.226},
	{45, 247.54, 29929.562}, {44, 325.15, 31555.956}, {29, 60.93, 4443.417},
	{18, 155.12, 67555.328}, {17, 288.79, 4562.452}, {16, 198.04, 62894.029},
	{14, 199.76, 31436.921}, {12, 95.39, 14577.848}, {12, 287.11, 31931.756},
	{12, 320.81, 34777.259}, {9, 227.73, 1222.114}, {8, 15.45, 16859.074},
}

// SeasonApprox returns the instant (JDE, TT) of the equinox or solstice s of
// the calendar year containing year (2026 and 2026.9 alike) from Meeus
// Tables 27.A–27.C (p. 177–179, Example 27.a):
// within 55 s of the complete VSOP87 instant for 1951–2050 and valid
// for −1000…+3000. An invalid season gives NaN.
func SeasonApprox(year Year, s Season) TT {
	if s < MarchEquinox || s > DecemberSolstice || !yearInSpan(year) {
		return TT(math.NaN())
	}
	yi := math.Floor(float64(year))
	var y float64
	var c *[5]float64
	if yi < 1000 {
		y, c = yi/1000, &seasonPoly[0][s]
	} else {
		y, c = (yi-2000)/1000, &seasonPoly[1][s]
	}
	jde0 := horner(y, c[:]...)
	t := centuries(TT(jde0))
	cw := math.Cos((35999.373*t - 2.47) * radPerDeg)
	dl := 1 + 0.0334*cw + 0.0007*(2*cw*cw-1)
	var sum float64
	for _, k := range seasonTerms {
		sum += k[0] * cosDegPeriodic(k[1]+k[2]*t)
	}
	return TT(jde0 + 0.00001*sum/dl)
}

// Season returns the instant (JDE, TT) of the equinox or solstice s of the
// calendar year containing year, at which the Sun's apparent longitude ([SunTheory.Apparent])
// is a multiple of 90°, by the iteration of Meeus p. 180 (JDE += 58 sin(k·90°
// − λ)) from [SeasonApprox], to 1e-6 day (0.1 s). With Sun.Full() the
// result matches the VSOP87 instants printed by Meeus (Example 27.a: 1962
// June 21, 21h24m42s TD); the truncated series is within a few seconds.
// An invalid season gives NaN.
func (sun SunTheory) Season(year Year, s Season) TT {
	jde := SeasonApprox(year, s)
	if math.IsNaN(float64(jde)) {
		return jde
	}
	target := Angle(float64(s) * pi / 2)
	for range 20 {
		pos, _ := sun.apparent(jde)
		d := 58 * (target - pos.Lon).Sin()
		jde += TT(d)
		if math.Abs(d) < 1e-6 {
			break
		}
	}
	return jde
}

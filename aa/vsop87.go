package aa

import "math"

// Chapter 32, Positions of the Planets: the VSOP87 theory of Bretagnon and
// Francou (1988), version D (heliocentric ecliptic spherical coordinates
// referred to the mean ecliptic and equinox of the date).
//
// Two sets of coefficients are compiled in, both as static tables:
//
//   - the truncated series of Meeus' Appendix III (vsop87_*_data.go), the
//     default, as in aa-js. Meeus (p. 219) gives their accuracy as about 1″
//     in longitude for Mercury…Mars, a few arcseconds for Jupiter…Neptune,
//     over 1000 years around J2000; the tests check them against the full
//     series over 1800–2200 (see TestTruncatedVsFull for the bounds used);
//   - the complete VSOP87D series (vsop87full_*_data.go, selected with
//     [Planet.Full]), accurate to 1″ over 4000 years (Mercury…Mars),
//     2000 years (Jupiter, Saturn) and 6000 years (Uranus, Neptune) around
//     J2000 according to its authors, and reproducing the reference values
//     printed in the VSOP87 distribution (vsop87.chk) to 1e-10.

//go:generate go run ./internal/vsopgen -astronomia $ASTRONOMIA -aajs $AAJS -out .

// vsopTerm is one periodic term A·cos(B + C·τ) of a VSOP87 series.
type vsopTerm struct{ A, B, C float64 }

// vsopSeries is the series X0…X5 of one coordinate, X = Σ_k τ^k X_k.
type vsopSeries [6][]vsopTerm

// vsopModel holds the series of L, B and R of one planet.
type vsopModel struct {
	L, B, R vsopSeries
}

// sum evaluates Σ_k τ^k Σ_i A cos(B + C τ) over the series s (Meeus eq.
// 32.2, by Horner's scheme).
func (s *vsopSeries) sum(tau float64) float64 {
	var total float64
	for k := len(s) - 1; k >= 0; k-- {
		var x float64
		for _, t := range s[k] {
			x += t.A * math.Cos(t.B+t.C*tau)
		}
		total = total*tau + x
	}
	return total
}

// position returns the heliocentric longitude L and latitude B (radians,
// L in [0, 2π)) and the radius vector R (AU) at jde (TT).
func (m *vsopModel) position(jde JD) (l, b, r float64) {
	tau := jde.Millennia()
	return normRad(m.L.sum(tau)), m.B.sum(tau), m.R.sum(tau)
}

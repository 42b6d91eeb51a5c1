package aa

import (
	"testing"
)

func TestSeparation(t *testing.T) {
	// First exercise, p. 110: Aldebaran and Antares, 169°58′.
	a := Equatorial{HMS(false, 4, 35, 55.2), DMS(false, 16, 30, 33)}
	b := Equatorial{HMS(false, 16, 29, 24), DMS(true, 26, 25, 55)}
	approx(t, "Aldebaran–Antares", Separation(a, b).ArcMin(), 169*60+58, 0.5)
	// Tiny and antipodal separations stay accurate.
	c := Equatorial{Deg(10), Deg(20)}
	approx(t, "1 mas", Separation(c, Equatorial{c.RA, c.Dec + ArcSec(0.001)}).ArcSec(), 0.001, 1e-9)
	approx(t, "antipode", Separation(c, Equatorial{c.RA + Deg(180), -c.Dec}).Deg(), 180, 1e-9)
	approx(t, "ecliptic", SeparationEcliptic(Ecliptic{0, 0}, Ecliptic{Deg(90), 0}).Deg(), 90, 1e-12)
}

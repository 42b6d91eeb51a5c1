package aa

import (
	"errors"
	"testing"
)

func TestSaturnRing(t *testing.T) {
	full, _ := Saturn.Full().Ring(2448972.50068)
	approx(t, "B full", full.B.Deg(), 16.442, 5e-4)
	approx(t, "P full", full.P.Deg(), 6.741, 5e-4)
	if _, err := Jupiter.Ring(2448972.5); !errors.Is(err, ErrInvalidPlanet) {
		t.Error("Jupiter has no ring here")
	}
}

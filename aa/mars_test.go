package aa

import (
	"testing"
)

func TestMarsDiskErrors(t *testing.T) {
	if _, err := Venus.MarsDisk(2448935.5); err == nil {
		t.Error("Venus accepted")
	}
	full, _ := Mars.Full().MarsDisk(2448935.500683)
	approx(t, "DE full", full.DE.Deg(), 12.44, 0.005)
}

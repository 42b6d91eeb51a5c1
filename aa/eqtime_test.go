package aa

import (
	"testing"
)

func TestEquationOfTimeExample28b(t *testing.T) {
	e := EquationOfTimeApprox(2448908.5)
	approx(t, "E rad", e.Rad(), 0.0598256, 5e-8)
	approx(t, "E full−truncated (s)", (Sun.Full().EquationOfTime(2448908.5)-Sun.EquationOfTime(2448908.5)).Hours()*3600, 0, 0.1)
}

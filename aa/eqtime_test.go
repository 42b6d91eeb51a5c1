package aa

import (
	"fmt"
	"testing"
)

func ExampleSunTheory_EquationOfTime() {
	// Meeus Example 28.a: 1992 October 13.0 TD.
	e := Sun.EquationOfTime(2448908.5)
	fmt.Printf("E = %+.6f° = %s\n", e.Deg(), e.HMSString(1))
	// Output:
	// E = +3.427351° = 0h13m42.6s
}

func TestEquationOfTimeExample28b(t *testing.T) {
	e := EquationOfTimeSmart(2448908.5)
	approx(t, "E rad", e.Rad(), 0.0598256, 5e-8)
	approx(t, "E full−truncated (s)", (Sun.Full().EquationOfTime(2448908.5)-Sun.EquationOfTime(2448908.5)).Hours()*3600, 0, 0.1)
}

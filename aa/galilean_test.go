package aa

import "fmt"

func ExampleGalileanMoonsApprox() {
	// Meeus Example 44.a: 1992 December 16 at 0h UT.
	for i, p := range GalileanMoonsApprox(2448972.50068) {
		fmt.Printf("X%d = %+.2f  Y%d = %+.2f\n", i+1, p.X, i+1, p.Y)
	}
	// Output:
	// X1 = -3.44  Y1 = +0.21
	// X2 = +7.44  Y2 = +0.25
	// X3 = +1.24  Y3 = +0.65
	// X4 = +7.08  Y4 = +1.10
}

package aa

import "fmt"

func ExamplePrecessElements() {
	// Meeus Example 24.a, p. 160: comet Halley? (elements of 1744) from
	// B1744.0 to B1950.0.
	o := OrbitOrientation{Inc: Deg(47.122), Node: Deg(45.7481), Peri: Deg(151.4486)}
	r := PrecessElements(o, BesselianEpoch(1744), BesselianEpoch(1950))
	fmt.Printf("i = %.4f  Ω = %.4f  ω = %.4f\n", r.Inc.Deg(), r.Node.Deg(), r.Peri.Deg())
	// Meeus Example 24.b, p. 161: comet Encke, B1950.0 to J2000.0.
	o = OrbitOrientation{Inc: Deg(11.93911), Node: Deg(334.04096), Peri: Deg(186.24444)}
	r = PrecessElements(o, BesselianEpoch(1950), J2000)
	fmt.Printf("i = %.5f  Ω = %.5f  ω = %.5f\n", r.Inc.Deg(), r.Node.Deg(), r.Peri.Deg())
	// Meeus Example 24.c, p. 162: the same, FK4 to FK5.
	r = ElementsFK4ToFK5(o)
	fmt.Printf("i = %.5f  Ω = %.5f  ω = %.5f\n", r.Inc.Deg(), r.Node.Deg(), r.Peri.Deg())
	// Output:
	// i = 47.1380  Ω = 48.6037  ω = 151.4782
	// i = 11.94524  Ω = 334.75006  ω = 186.23352
	// i = 11.94521  Ω = 334.75043  ω = 186.23327
}

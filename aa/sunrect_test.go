package aa

import "testing"

func TestSunRectangularExample26a(t *testing.T) {
	x, y, z := Sun.Rectangular(2448908.5)
	approx(t, "X", x, -0.9379952, 5e-8)
	approx(t, "Y", y, -0.3116544, 5e-8)
	approx(t, "Z", z, -0.1351215, 5e-8)
}

func TestSunRectangularExample26b(t *testing.T) {
	// Meeus p. 176 prints the complete-VSOP87 values of Example 26.b.
	x, y, z := Sun.Full().RectangularJ2000(2448908.5)
	approx(t, "X0", x, -0.93739707, 5e-9)
	approx(t, "Y0", y, -0.31316724, 5e-9)
	approx(t, "Z0", z, -0.13577841, 5e-9)
	x, y, z = Sun.Full().RectangularEquinox(2448908.5, JulianEpoch(2044))
	approx(t, "X2044", x, -0.93368100, 5e-9)
	approx(t, "Y2044", y, -0.32237347, 5e-9)
	approx(t, "Z2044", z, -0.13977803, 5e-9)
	// B1950.0 (FK4 frame reached by rigorous precession, Meeus p. 175).
	x, y, z = Sun.Full().RectangularEquinox(2448908.5, B1950)
	approx(t, "X1950", x, -0.94148805, 5e-9)
	approx(t, "Y1950", y, -0.30266488, 5e-9)
	approx(t, "Z1950", z, -0.13121349, 5e-9)
	// Truncated J2000 series: within 1e-6 AU of the complete ones.
	xt, yt, zt := Sun.RectangularJ2000(2448908.5)
	xf, yf, zf := Sun.Full().RectangularJ2000(2448908.5)
	approx(t, "ΔX", xt-xf, 0, 2e-6)
	approx(t, "ΔY", yt-yf, 0, 2e-6)
	approx(t, "ΔZ", zt-zf, 0, 2e-6)
}

package aa

import (
	"errors"
	"testing"
)

func TestNodesExample39a(t *testing.T) {
	// Comet Halley: T = 1986 Feb 9.45891 TD, a = 17.9400782, e = 0.96727426, ω = 111.84644°.
	tp, _ := JDFromGregorian(1986, 2, 9.45891)
	k := EllipticOrbit(17.9400782, 0.96727426, 0, 0, Deg(111.84644), TT(tp))
	j, r, err := k.NodePassage(AscendingNode)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := JDFromGregorian(1985, 11, 9.16)
	approx(t, "ascending", float64(j-TT(want)), 0, 0.005)
	approx(t, "r", r, 1.8045, 5e-5)
	j, r, _ = k.NodePassage(DescendingNode)
	want, _ = JDFromGregorian(1986, 3, 10.37)
	approx(t, "descending", float64(j-TT(want)), 0, 0.005)
	approx(t, "r", r, 0.8493, 5e-5)
}

func TestNodesExample39b(t *testing.T) {
	// Parabolic comet 1989 XIX? q = 1.324502, T = 1989 Aug 20.291, ω = 154.9103°.
	tp, _ := JDFromGregorian(1989, 8, 20.291)
	k := OrbitalElements{OrbitOrientation{Peri: Deg(154.9103)}, TT(tp), 1.324502, 1}
	j, r, _ := k.NodePassage(AscendingNode)
	y, m, d := j.JD().Gregorian()
	if y != 1977 || m != 9 || int(d) != 17 {
		t.Errorf("ascending node %d-%d-%g, want 1977-09-17", y, m, d)
	}
	approx(t, "r", r, 28.07, 0.005)
	j, r, _ = k.NodePassage(DescendingNode)
	want, _ := JDFromGregorian(1989, 9, 17.636)
	approx(t, "descending", float64(j-TT(want)), 0, 0.0005)
	approx(t, "r", r, 1.3901, 5e-5)
	// A hyperbola with ω = 0 reaches the descending node only at infinity.
	h := OrbitalElements{OrbitOrientation{}, TT(tp), 1, 1.5}
	if _, _, err := h.NodePassage(DescendingNode); !errors.Is(err, ErrNoNode) {
		t.Errorf("hyperbola: err = %v", err)
	}
	if _, _, err := h.NodePassage(AscendingNode); err != nil {
		t.Errorf("hyperbola ascending (perihelion): %v", err)
	}
}

func TestNodesExample39c(t *testing.T) {
	// Venus: mean elements of 1979 Jan 1, perihelion of Table 38.A.
	jd, _ := JDFromGregorian(1979, 1, 1)
	el, _ := Venus.MeanElements(TT(jd))
	tp, _ := Venus.PerihelionApprox(1979)
	k := EllipticOrbit(el.Axis, el.Ecc, el.Inc, el.Node, el.ArgPeri(), tp)
	j, _, _ := k.NodePassage(AscendingNode)
	want, _ := JDFromGregorian(1978, 11, 27.409)
	approx(t, "Venus ascending node", float64(j-TT(want)), 0, 0.0005)
}

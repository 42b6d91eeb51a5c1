package aa

import (
	"errors"
	"math"
)

// Chapter 39, Passages through the Nodes.

// ErrNoNode is returned for a hyperbolic orbit that never reaches the node
// asked for (its true anomaly would lie beyond the asymptote).
var ErrNoNode = errors.New("aa: the orbit does not pass through this node")

// Node selects the ascending or the descending node of an orbit.
type Node int

const (
	AscendingNode  Node = iota // where the body crosses the reference plane northwards
	DescendingNode             // where it crosses southwards
)

// ErrNode is returned for a Node other than AscendingNode and DescendingNode.
var ErrNode = errors.New("aa: invalid node")

// NodePassage returns the instant (JDE, TT) and the radius vector (AU) of the
// passage of the body through node n (AscendingNode: ν = −ω, DescendingNode: ν
// = 180° − ω) nearest to its perihelion (Meeus ch. 39:
// eq. 39.1 for ellipses, Example 39.a; eq. 39.2–39.3 for parabolas, Example
// 39.b; the hyperbolic analogue for e > 1). The orbit is referred to the
// ecliptic of k's equinox.
func (k OrbitalElements) NodePassage(n Node) (TT, float64, error) {
	if n != AscendingNode && n != DescendingNode {
		return 0, 0, ErrNode
	}
	if err := k.check(); err != nil {
		return 0, 0, err
	}
	nu := -k.Peri
	if n == DescendingNode {
		nu = pi - k.Peri
	}
	nu = nu.Norm180()
	q, e := k.PeriDist, k.Ecc
	tan2 := math.Tan(float64(nu) / 2)
	switch {
	case e < 1:
		a := q / (1 - e)
		ea := 2 * math.Atan(math.Sqrt((1-e)/(1+e))*tan2)
		m := ea - e*math.Sin(ea)
		n := gaussK / (a * math.Sqrt(a))
		return k.Perihelion + TT(m/n), a * (1 - e*math.Cos(ea)), nil
	case e == 1:
		t := 27.403895 * (tan2*tan2*tan2 + 3*tan2) * q * math.Sqrt(q)
		return k.Perihelion + TT(t), q * (1 + tan2*tan2), nil
	default:
		x := math.Sqrt((e-1)/(e+1)) * tan2
		if math.Abs(x) >= 1 {
			return 0, 0, ErrNoNode
		}
		h := 2 * math.Atanh(x)
		a := q / (e - 1)
		m := e*math.Sinh(h) - h
		n := gaussK / (a * math.Sqrt(a))
		return k.Perihelion + TT(m/n), a * (e*math.Cosh(h) - 1), nil
	}
}

package aa

import (
	"errors"
	"math"
)

// The cosmology calculator of E. L. Wright, "A Cosmology Calculator for the
// World Wide Web", PASP 118, 1711 (2006), as in aa-js cosmology (not
// Meeus).

// Cosmology is a Friedmann–Lemaître world model. The radiation density is
// not a free parameter: as in Wright's calculator it is ΩR = 4.165e-5/h²
// (photons and three massless neutrino species, h = H0/100), and the
// curvature is ΩK = 1 − ΩM − ΩR − ΩΛ.
type Cosmology struct {
	H0     float64 // Hubble constant in km/s/Mpc
	OmegaM float64 // matter density ΩM
	OmegaV float64 // vacuum (dark energy) density ΩΛ
}

// FlatCosmology returns the flat model with Hubble constant h0 and matter
// density omegaM: ΩΛ = 1 − ΩM − ΩR (Wright's "flat" button).
func FlatCosmology(h0, omegaM float64) Cosmology {
	c := Cosmology{H0: h0, OmegaM: omegaM}
	c.OmegaV = 1 - omegaM - c.OmegaR()
	return c
}

// OmegaR returns the radiation density 4.165e-5/h².
func (c Cosmology) OmegaR() float64 {
	h := c.H0 / 100
	return 4.165e-5 / (h * h)
}

// OmegaK returns the curvature density 1 − ΩM − ΩR − ΩΛ.
func (c Cosmology) OmegaK() float64 { return 1 - c.OmegaM - c.OmegaR() - c.OmegaV }

// CosmologyDistances holds the outputs of Wright's calculator at a redshift.
type CosmologyDistances struct {
	Z            float64
	Age          float64 // age of the universe now, Gyr
	AgeAtZ       float64 // age at redshift Z, Gyr
	LookbackTime float64 // light travel time, Gyr
	// ComovingRadial is the comoving radial distance (Hubble's law), Mpc.
	ComovingRadial float64
	// ComovingTransverse is the tangential comoving distance, Mpc.
	ComovingTransverse float64
	AngularSize        float64 // angular size distance DA, Mpc
	Luminosity         float64 // luminosity distance DL, Mpc
	Scale              float64 // angular scale, kpc per arcsecond
	ComovingVolume     float64 // comoving volume within Z, Gpc³
}

// hubbleTimeGyr is Wright's Hubble time for H0 = 1 km/s/Mpc, in Gyr.
const hubbleTimeGyr = 977.8

// cosmoTol is the relative tolerance of the quadratures of [Cosmology.At].
const cosmoTol = 1e-11

// ErrCosmology is returned for a non-positive H0, a negative or non-finite
// redshift, or a model without a Big Bang (ȧ² ≤ 0 somewhere on the way).
var ErrCosmology = errors.New("aa: invalid cosmology or redshift")

// friedmann holds ȧ²·a² = ΩR + ΩM a + ΩK a² + ΩΛ a⁴ =: P(a). With the
// substitution a = t², the three integrals of Wright's calculator become
// ∫ 2t³/√P(t²) dt (time) and ∫ 2t/√P(t²) dt (comoving distance): with
// ΩR > 0 both integrands are smooth down to t = 0, so Gauss–Kronrod
// converges quickly for any redshift.
type friedmann struct {
	wr, wm, wk, wv float64
	bad            bool // P ≤ 0 was met: no Big Bang, or a bounce
}

// f returns the two integrands at t.
func (p *friedmann) f(t float64) (time, dist float64) {
	a := t * t
	v := p.wr + a*(p.wm+a*(p.wk+a*a*p.wv))
	if !(v > 0) {
		p.bad = true
		return 0, 0
	}
	g := 2 * t / math.Sqrt(v)
	return g * a, g
}

// Gauss–Kronrod 7–15 nodes on [−1, 1] (positive half; the centre is
// node 0) and weights.
var (
	gkNodes = [8]float64{0, 0.207784955007898467600689403773245, 0.405845151377397166906606412076961,
		0.586087235467691130294144845693013, 0.741531185599394439863864773280788,
		0.864864423359769072789712788640926, 0.949107912342758524526189684047851,
		0.991455371120812639206854697526329}
	gkWeights = [8]float64{0.209482141084727828012999174891714, 0.204432940075298892414161999234649,
		0.190350578064785409913256402421014, 0.169004726639267902826583426598550,
		0.140653259715525918745189590510238, 0.104790010322250183839876322541518,
		0.063092092629978553290700663189204, 0.022935322010529224963732336260014}
	// Gauss 7-point weights for the nodes 0, 2, 4, 6 above.
	gWeights = [4]float64{0.417959183673469387755102040816327, 0.381830050505118944950369775488975,
		0.279705391489276667901467771423780, 0.129484966168869693270611432679082}
)

// gk15 integrates both integrands over [lo, hi] and returns the Kronrod
// estimates and the largest difference from the Gauss ones, relative to
// the running totals scale.
func (p *friedmann) gk15(lo, hi float64) (time, dist, errTime, errDist float64) {
	c, h := (lo+hi)/2, (hi-lo)/2
	t0, d0 := p.f(c)
	kt, kd := gkWeights[0]*t0, gkWeights[0]*d0
	gt, gd := gWeights[0]*t0, gWeights[0]*d0
	for i := 1; i < 8; i++ {
		x := h * gkNodes[i]
		t1, d1 := p.f(c - x)
		t2, d2 := p.f(c + x)
		kt += gkWeights[i] * (t1 + t2)
		kd += gkWeights[i] * (d1 + d2)
		if i%2 == 0 {
			gt += gWeights[i/2] * (t1 + t2)
			gd += gWeights[i/2] * (d1 + d2)
		}
	}
	return kt * h, kd * h, math.Abs(kt-gt) * h, math.Abs(kd-gd) * h
}

// integrate returns ∫ over [lo, hi] of both integrands by adaptive
// Gauss–Kronrod, bisecting each interval whose error estimate exceeds its
// share of cosmoTol·|estimate of the whole| (depth at most 40). It does not
// allocate.
func (p *friedmann) integrate(lo, hi float64) (time, dist float64) {
	if !(hi > lo) {
		return 0, 0
	}
	wt, wd, _, _ := p.gk15(lo, hi)
	return p.adapt(lo, hi, math.Abs(wt)*cosmoTol/(hi-lo), math.Abs(wd)*cosmoTol/(hi-lo), 0)
}

// adapt integrates [lo, hi] to the absolute errors tolT·(hi−lo) and
// tolD·(hi−lo).
func (p *friedmann) adapt(lo, hi, tolT, tolD float64, depth int) (time, dist float64) {
	t, d, et, ed := p.gk15(lo, hi)
	w := hi - lo
	if (et <= tolT*w && ed <= tolD*w) || depth >= 40 || p.bad || !(et+ed >= 0) {
		return t, d
	}
	mid := (lo + hi) / 2
	t1, d1 := p.adapt(lo, mid, tolT, tolD, depth+1)
	t2, d2 := p.adapt(mid, hi, tolT, tolD, depth+1)
	return t1 + t2, d1 + d2
}

// At returns the ages, distances, angular scale and comoving volume at the
// redshift z, with the formulas of Wright's calculator (light travel time,
// age, comoving distance, then his curvature corrections) but converged
// integrals: adaptive Gauss–Kronrod to 1e-11 relative in the variable t = √a,
// which makes the integrands smooth (checked to 1e-9 against a 200 000-point
// Simpson sum in ln a for z up to 10 000): 13 937.77 Mpc of comoving
// distance at z = 1000 for H0 = 69.6, ΩM = 0.286, ΩΛ = 0.714, where the
// calculator's 1000-step midpoint sums give 13 934.38. It does not allocate.
func (c Cosmology) At(z float64) (CosmologyDistances, error) {
	if !(c.H0 > 0) || !finite(c.H0) || !(z >= 0) || math.IsInf(z, 1) || !finite(c.OmegaM) || !finite(c.OmegaV) {
		return CosmologyDistances{}, ErrCosmology
	}
	wr, wk := c.OmegaR(), c.OmegaK()
	p := friedmann{wr: wr, wm: c.OmegaM, wk: wk, wv: c.OmegaV}
	az := 1 / (1 + z)
	tz := math.Sqrt(az)
	zage, _ := p.integrate(0, tz)
	dtt, dcmr := p.integrate(tz, 1)
	if p.bad {
		return CosmologyDistances{}, ErrCosmology
	}

	x := math.Sqrt(math.Abs(wk)) * dcmr
	var ratio float64
	if x > 0.1 {
		if wk > 0 {
			ratio = math.Sinh(x) / x
		} else {
			ratio = math.Sin(x) / x
		}
	} else {
		y := x * x
		if wk < 0 {
			y = -y
		}
		ratio = 1 + y/6 + y*y/120
	}
	dcmt := ratio * dcmr
	da := az * dcmt
	dl := da / (az * az)

	var vr float64
	if x > 0.1 {
		if wk > 0 {
			vr = (0.125*(math.Exp(2*x)-math.Exp(-2*x)) - x/2) / (x * x * x / 3)
		} else {
			vr = (x/2 - math.Sin(2*x)/4) / (x * x * x / 3)
		}
	} else {
		y := x * x
		if wk < 0 {
			y = -y
		}
		vr = 1 + y/5 + (2.0/105)*y*y
	}
	vcm := vr * dcmr * dcmr * dcmr / 3

	tH := hubbleTimeGyr / c.H0
	dH := SpeedOfLightKilometresPerSecond / c.H0
	return CosmologyDistances{
		Z:                  z,
		Age:                tH * (dtt + zage),
		AgeAtZ:             tH * zage,
		LookbackTime:       tH * dtt,
		ComovingRadial:     dH * dcmr,
		ComovingTransverse: dH * dcmt,
		AngularSize:        dH * da,
		Luminosity:         dH * dl,
		Scale:              dH * da / 206.264806,
		ComovingVolume:     4 * math.Pi * math.Pow(0.001*dH, 3) * vcm,
	}, nil
}

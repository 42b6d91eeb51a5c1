package aa

import (
	"math"
	"testing"
)

// The figures aa/README.md states about aa-js 4.2.4, measured against
// testdata/claims_aajs.json (generator: testdata/claims_gen_aajs.js).
// Run with -v to print them.

type claimsVectors struct {
	Sites map[string]struct{ Longitude, Latitude, Height float64 } `json:"sites"`
	Sun   map[string][]struct {
		JD        float64
		Rise, Set *float64
	} `json:"sun"`
	Moon map[string][]struct {
		JD        float64
		Rise, Set *float64
	} `json:"moon"`
	PJDs  []float64            `json:"pjds"`
	Phase map[string][]float64 `json:"phase"`
	Ring  []struct {
		JD, B, Minor, Major float64
	} `json:"ring"`
	Cosmology []struct {
		H0, OmegaM, OmegaV, Z, Dcmr, Vol float64
	} `json:"cosmology"`
}

// maxEventDiff returns the largest difference in days between an aa-js
// event and the nearest of our events of the same kind on the day before,
// the day and the day after (aa-js may report the event of a neighbouring
// day).
func maxEventDiff(rts func(UT) RiseTransitSetTimes, days []float64, theirs [][2]*float64) float64 {
	worst := 0.0
	for i, d := range days {
		for k := range 2 {
			w := theirs[i][k]
			if w == nil {
				continue
			}
			best := math.Inf(1)
			for _, dd := range []float64{-1, 0, 1} {
				r := rts(UT(d + dd))
				if r.Status != RisesAndSets {
					continue
				}
				ev := [2]UT{r.Rise, r.Set}[k]
				best = min(best, math.Abs(float64(ev)-*w))
			}
			if best < 0.5 { // else an event where ours has none (polar day or night)
				worst = max(worst, best)
			}
		}
	}
	return worst
}

func TestAAJSClaims(t *testing.T) {
	var v claimsVectors
	loadJSON(t, "testdata/claims_aajs.json", &v)
	bounds := map[string][2]float64{ // measured figure must lie in [lo, hi]
		"sun quito s": {0, 90}, "sun tenerife s": {0, 90}, "sun paris s": {60, 120}, "sun tromso s": {120, 1200},
		"moon quito h": {0.5, 2.5}, "moon tenerife h": {0.5, 2.5}, "moon paris h": {0.5, 2.5}, "moon tromso h": {0.5, 12},
	}
	for name, s := range v.Sites {
		site := Geographic{Lat: Deg(s.Latitude), Lon: Deg(s.Longitude), HeightMetres: s.Height}
		var days []float64
		var theirs [][2]*float64
		for _, d := range v.Sun[name] {
			days = append(days, d.JD)
			theirs = append(theirs, [2]*float64{d.Rise, d.Set})
		}
		sun := maxEventDiff(func(j UT) RiseTransitSetTimes { r, _ := Sun.RiseTransitSet(site, j); return r }, days, theirs) * 86400
		days, theirs = days[:0], theirs[:0]
		for _, d := range v.Moon[name] {
			days = append(days, d.JD)
			theirs = append(theirs, [2]*float64{d.Rise, d.Set})
		}
		moon := maxEventDiff(func(j UT) RiseTransitSetTimes { r, _ := Moon.RiseTransitSet(site, j); return r }, days, theirs) * 24
		t.Logf("%s (lat %.2f°): aa-js sunrise/sunset up to %.0f s off, moonrise/moonset up to %.2f h", name, s.Latitude, sun, moon)
		for k, got := range map[string]float64{"sun " + name + " s": sun, "moon " + name + " h": moon} {
			if b := bounds[k]; got < b[0] || got > b[1] {
				t.Errorf("%s = %.3g, README bound [%g, %g]", k, got, b[0], b[1])
			}
		}
	}
	for name, ph := range v.Phase {
		p := planetByName[name]
		worst := 0.0
		for i, jd := range v.PJDs {
			i2, _, _ := p.Phase(TT(jd))
			worst = max(worst, math.Abs(degDiff(i2.Deg(), ph[i])))
		}
		t.Logf("%s phase angle: aa-js up to %.3f° off", name, worst)
		if name == "Mercury" && (worst < 0.1 || worst > 0.2) {
			t.Errorf("Mercury phase angle difference %.3f°, README says up to 0.14°", worst)
		}
	}
	for _, w := range v.Ring {
		r := SaturnRingAspect(TT(w.JD), VSOP87Truncated)
		t.Logf("Saturn ring JD %.1f: B %.2f° (aa-js %.2f°, its minor axis %.2f″)", w.JD, r.B.Deg(), w.B, w.Minor)
	}
	if r := SaturnRingAspect(2451544.8, VSOP87Truncated); math.Abs(r.B.Deg()-v.Ring[0].B) > 0.05 || math.Abs(v.Ring[0].Minor-14.20) > 0.01 {
		t.Errorf("2000 Jan 1: B %.2f°, aa-js B %.2f°, minor axis %.2f″", r.B.Deg(), v.Ring[0].B, v.Ring[0].Minor)
	}
	// Over 1800–2200 (the p2 vectors) aa-js' B drifts far from the book's.
	p2 := loadP2(t)
	worst, at := 0.0, 0.0
	for i, jd := range p2.JDs {
		r := SaturnRingAspect(TT(jd), VSOP87Truncated)
		if d := math.Abs(r.B.Deg() - p2.SaturnRing[i].B); d > worst {
			worst, at = d, jd
		}
	}
	y, _, _ := JD(at).Gregorian()
	t.Logf("Saturn ring B: aa-js up to %.1f° off over 1800–2200 (year %d)", worst, y)
	for _, c := range v.Cosmology {
		d, err := Cosmology{c.H0, c.OmegaM, c.OmegaV}.At(c.Z)
		if err != nil {
			t.Fatal(err)
		}
		rd, rv := math.Abs(c.Dcmr/d.ComovingRadial-1), math.Abs(c.Vol/d.ComovingVolume-1)
		t.Logf("cosmology z = %g: aa-js DCMR %.2f Mpc (converged %.2f), relative %.2g; volume %.2g", c.Z, c.Dcmr, d.ComovingRadial, rd, rv)
		if c.Z == 1000 && (rd < 5e-5 || rd > 8e-5 || rv < 1.5e-4 || rv > 2.5e-4) {
			t.Errorf("z = 1000: DCMR difference %.2g, volume %.2g; README says 6.3e-5 and 1.9e-4", rd, rv)
		}
	}
}

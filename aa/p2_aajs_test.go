package aa

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

// Table tests against aa-js 4.2.4 over 1800–2200 (testdata/p2_aajs.json,
// written by testdata/p2_gen_aajs.js). Where aa-js deviates from Meeus
// the test asserts the size of the documented deviation instead of
// agreement.

type p2Vectors struct {
	JDs   []float64                       `json:"jds"`
	Pluto []struct{ JD, L, B, R float64 } `json:"pluto"`
	Sun   []struct {
		RA, Dec, Lon, Lat         float64
		MeanAnomaly, Eccentricity float64
		Variation                 float64
		EarthL, EarthB, EarthR    float64
	} `json:"sun"`
	SunRTS  []struct{ Rise, Transit, Set float64 } `json:"sunRTS"`
	Planets map[string][]struct {
		L, B, R               float64
		GeoLon, GeoLat, Delta float64
		AppRA, AppDec         float64
		Phase, Illum, Mag     float64
		Perihelion, Aphelion  float64
		Velocity, VPeri, VAph float64
	} `json:"planets"`
	Elements   map[string][]map[string][6]float64          `json:"elements"`
	SaturnRing []struct{ B, Bp, A, Bminor, P, DU float64 } `json:"saturnRing"`
	Mars       []struct{ DE, DS float64 }                  `json:"mars"`
	Jupiter    []struct{ DE, DS float64 }                  `json:"jupiter"`
}

func loadP2(t *testing.T) *p2Vectors {
	t.Helper()
	b, err := os.ReadFile("testdata/p2_aajs.json")
	if err != nil {
		t.Fatal(err)
	}
	var v p2Vectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.JDs) == 0 || len(v.Sun) != len(v.JDs) {
		t.Fatal("empty or inconsistent vectors")
	}
	return &v
}

func degDiff(a, b float64) float64 { return math.Abs(math.Remainder(a-b, 360)) }

var planetByName = map[string]Planet{"Mercury": Mercury, "Venus": Venus, "Mars": Mars, "Jupiter": Jupiter, "Saturn": Saturn, "Uranus": Uranus, "Neptune": Neptune}

func TestAAJSSun(t *testing.T) {
	v := loadP2(t)
	site := Geographic{Lat: Deg(48.8566), Lon: Deg(2.3522), HeightMetres: 35}
	neg := 0
	for i, jd := range v.JDs {
		j := TT(jd)
		w := v.Sun[i]
		e, r := Earth.Heliocentric(j)
		approx(t, "Earth L", degDiff(e.Lon.Deg(), w.EarthL), 0, 1e-9)
		approx(t, "Earth B", e.Lat.Deg()-w.EarthB, 0, 1e-9)
		approx(t, "Earth R", r-w.EarthR, 0, 1e-12)
		// aa-js adds T³/24490000 (the ch. 47 polynomial) to eq. 25.3.
		tt := j.Centuries()
		approx(t, "M", degDiff(SunMeanAnomaly(j).Deg()+tt*tt*tt/24490000, w.MeanAnomaly), 0, 1e-9)
		approx(t, "e", EarthEccentricity(j)-w.Eccentricity, 0, 1e-15)
		approx(t, "Δλ ″/day", SunLongitudeVariation(j)-w.Variation, 0, 1e-9)
		// aa-js adds Δψ through sexagesimal.getDecimalValue(0, 0, Δψ),
		// which drops its sign: where Δψ < 0 its apparent longitude is
		// too large by 2|Δψ| (up to 35″). Elsewhere the two agree.
		a, _ := Sun.Apparent(j)
		dpsi, _ := Nutation(j)
		want := a.Ecliptic.Lon.Deg()
		if dpsi < 0 {
			want -= 2 * dpsi.Deg()
			neg++
		}
		approx(t, "Sun λ (″)", degDiff(want, w.Lon)*3600, 0, 0.01)
		approx(t, "Sun β (″)", (a.Ecliptic.Lat.Deg()-w.Lat)*3600, 0, 0.001)
		if dpsi >= 0 {
			q, _ := Sun.apparentEquatorial(j)
			approx(t, "Sun α (″)", degDiff(q.RA.Deg(), w.RA)*3600, 0, 0.01)
			approx(t, "Sun δ (″)", (q.Dec.Deg()-w.Dec)*3600, 0, 0.01)
		}
		// aa-js Sun.getRiseTransitSet makes one pass with the position at
		// 0h TD; Meeus' interpolation and corrections move the events by
		// up to 40 s on these dates at Paris (96 s over 2024: TestAAJSClaims).
		rts, _ := Sun.RiseTransitSet(site, UT(jd))
		approx(t, "transit (s)", (float64(rts.Transit)-v.SunRTS[i].Transit)*86400, 0, 30)
		approx(t, "rise (s)", math.Remainder(float64(rts.Rise)-v.SunRTS[i].Rise, 1)*86400, 0, 60)
		approx(t, "set (s)", math.Remainder(float64(rts.Set)-v.SunRTS[i].Set, 1)*86400, 0, 60)
	}
	if neg == 0 || neg == len(v.JDs) {
		t.Errorf("vectors should cover both signs of Δψ (%d negative)", neg)
	}
}

func TestAAJSPlanets(t *testing.T) {
	v := loadP2(t)
	for name, p := range planetByName {
		for i, jd := range v.JDs {
			j := TT(jd)
			w := v.Planets[name][i]
			h, r := p.Heliocentric(j)
			approx(t, name+" L", degDiff(h.Lon.Deg(), w.L), 0, 1e-9)
			approx(t, name+" B", h.Lat.Deg()-w.B, 0, 1e-9)
			approx(t, name+" R", r-w.R, 0, 1e-12)
			// Light-time corrected geometric place (aa-js: no FK5).
			g, _ := p.geocentric(j)
			approx(t, name+" geocentric λ (″)", degDiff(g.Ecliptic.Lon.Deg(), w.GeoLon)*3600, 0, 0.01)
			approx(t, name+" geocentric β (″)", (g.Ecliptic.Lat.Deg()-w.GeoLat)*3600, 0, 0.01)
			approx(t, name+" Δ", g.Distance-w.Delta, 0, 1e-7)
			// aa-js loses the aberration (divides it by 3600 twice) and
			// flips a sign in the FK5 correction: removing our aberration
			// reproduces its apparent place within 0.2″.
			a, _ := p.Apparent(j)
			dl, db := AberrationEcliptic(g.Ecliptic, j)
			noAb := Ecliptic{a.Ecliptic.Lon - dl, a.Ecliptic.Lat - db}
			_, deps := Nutation(j)
			q := noAb.Equatorial(MeanObliquity(j) + deps)
			approx(t, name+" apparent α without aberration (″)", degDiff(q.RA.Deg(), w.AppRA)*3600*q.Dec.Cos(), 0, 0.2)
			approx(t, name+" apparent δ without aberration (″)", (q.Dec.Deg()-w.AppDec)*3600, 0, 0.2)
			// Phase from r at t − τ; aa-js takes r at t: 0.025° at most on
			// these dates, 0.14° for Mercury over 2000–2030 (TestAAJSClaims).
			ph, k, _ := p.Phase(j)
			approx(t, name+" phase angle", degDiff(ph.Deg(), w.Phase), 0, 0.03)
			approx(t, name+" illuminated fraction", k-w.Illum, 0, 1e-4)
			m, _ := p.Magnitude(j, AstronomicalAlmanac1984)
			tol := 0.003
			if p == Saturn {
				tol = 0.1 // aa-js's ring B and ΔU are wrong away from 1992 (see TestAAJSSaturnRing)
			}
			approx(t, name+" magnitude", m-w.Mag, 0, tol)
			// aa-js uses 42.1219 km/s instead of Meeus' 42.1218.
			vel, _ := p.InstantaneousVelocity(j)
			approx(t, name+" velocity", vel-w.Velocity, 0, 2e-4)
			vp, _ := p.VelocityAtPerihelion(j)
			approx(t, name+" v perihelion", vp-w.VPeri, 0, 1e-9)
			va, _ := p.VelocityAtAphelion(j)
			approx(t, name+" v aphelion", va-w.VAph, 0, 1e-9)
			// Table 38.A: aa-js truncates k toward zero where Meeus rounds,
			// so it may return the passage one period earlier or later.
			period := apsisTable[p.index()].c1
			for _, c := range []struct {
				got  func(Year) (TT, error)
				want float64
			}{{p.PerihelionApprox, w.Perihelion}, {p.AphelionApprox, w.Aphelion}} {
				ours, _ := c.got(j.JD().Year())
				d := float64(ours) - c.want
				if n := math.Round(d / period); math.Abs(n) > 1 || math.Abs(d-n*period) > 2 {
					t.Errorf("%s apsis: ours %.3f, aa-js %.3f", name, ours, c.want)
				}
			}
			for eq, get := range map[string]func(TT) (Elements, error){"MeanOfTheDate": p.MeanElements, "StandardJ2000": p.MeanElementsJ2000} {
				el, _ := get(j)
				ae := v.Elements[name][i][eq]
				for k, pair := range [][2]float64{{el.MeanLon.Deg(), ae[0]}, {el.Inc.Deg(), ae[3]}, {el.Node.Deg(), ae[4]}, {el.Peri.Deg(), ae[5]}} {
					approx(t, name+" "+eq+" angle", degDiff(pair[0], pair[1]), 0, 1e-9*float64(k+1))
				}
				approx(t, name+" a", el.Axis-ae[1], 0, 1e-12)
				approx(t, name+" e", el.Ecc-ae[2], 0, 1e-12)
			}
		}
	}
}

func TestAAJSMarsJupiter(t *testing.T) {
	v := loadP2(t)
	wrongDE := 0
	for i, jd := range v.JDs {
		m := MarsPhysical(TT(jd), VSOP87Truncated)
		approx(t, "Mars DE", m.DE.Deg()-v.Mars[i].DE, 0, 1e-6)
		approx(t, "Mars DS", m.DS.Deg()-v.Mars[i].DS, 0, 1e-6)
		j := JupiterPhysical(TT(jd), VSOP87Truncated)
		approx(t, "Jupiter DS", j.DS.Deg()-v.Jupiter[i].DS, 0, 2e-4)
		if math.Abs(j.DE.Deg()-v.Jupiter[i].DE) > 1 {
			wrongDE++
		}
	}
	// aa-js 4.2.4's Jupiter DE is wrong (−37.7° for Example 43.a).
	if wrongDE < len(v.JDs)/2 {
		t.Errorf("aa-js Jupiter DE expected to be off; only %d of %d differ", wrongDE, len(v.JDs))
	}
}

func TestAAJSSaturnRing(t *testing.T) {
	// aa-js agrees with the book (and this package) near Example 45.a
	// (B = 16.446° there, with its Ω typo 0.000412 + T²) and on 2000
	// January 1 (B = −19.10°; its minor axis is 14.20″), but its B drifts
	// away from the present (47.5° off in 2179: TestAAJSClaims). ΔU agrees
	// within 0.1°.
	v := loadP2(t)
	for i, jd := range v.JDs {
		r := SaturnRingAspect(TT(jd), VSOP87Truncated)
		approx(t, "ΔU", degDiff(r.DeltaU.Deg(), v.SaturnRing[i].DU), 0, 0.1)
	}
	r := SaturnRingAspect(2451544.8, VSOP87Truncated)
	if r.B.Deg() > -19 || r.B.Deg() < -20 {
		t.Errorf("B on 2000 Jan 1 = %.2f°", r.B.Deg())
	}
}

func TestAAJSPluto(t *testing.T) {
	// aa-js 4.2.4 divides the three sums of Table 37.A by 1e8 instead of
	// 1e6 (longitude, latitude) and 1e7 (radius): its periodic parts are
	// 100 and 10 times too small, e.g. l = 228.54° instead of 232.74° in
	// Example 37.a. Undoing that scaling reproduces this package exactly.
	v := loadP2(t)
	if len(v.Pluto) < 10 {
		t.Fatal("no Pluto vectors")
	}
	for _, w := range v.Pluto {
		pos, r, err := Pluto.Heliocentric(TT(w.JD))
		if err != nil {
			t.Fatal(w.JD, err)
		}
		tt := TT(w.JD).Centuries()
		l0 := 238.958116 + 144.96*tt
		approx(t, "l", degDiff(pos.Lon.Deg(), l0+100*math.Remainder(w.L-l0, 360)), 0, 1e-6)
		approx(t, "b", pos.Lat.Deg(), -3.908239+100*(w.B+3.908239), 1e-6)
		approx(t, "r", r, 40.7241346+10*(w.R-40.7241346), 1e-7)
		if degDiff(pos.Lon.Deg(), w.L) < 0.5 && math.Abs(r-w.R) < 0.5 {
			t.Errorf("JD %.1f: aa-js Pluto unexpectedly close", w.JD)
		}
	}
}

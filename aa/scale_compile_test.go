package aa_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// TestTimeScaleMixupsDoNotCompile asks the Go type checker, not this
// package, whether a time scale mixed up is caught: each snippet passes an
// instant of one scale where the other is due, and must be rejected, while
// the same calls with the right scale must compile. The same holds for the
// Earth's orbit used as a body seen from the Earth and for a routine of one
// planet called on another.
func TestTimeScaleMixupsDoNotCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks package aa from source")
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	check := func(body string) error {
		src := "package p\nimport (\"time\"; \"github.com/arcsecond-go/arcsecond/aa\")\nvar _ = time.Now\nfunc f(site aa.Geographic, q aa.Equatorial, jd aa.JD, tt aa.TT, ut aa.UT) {\n" + body + "\n}\n"
		f, err := parser.ParseFile(fset, "p.go", src, 0)
		if err != nil {
			t.Fatalf("snippet %q: %v", body, err)
		}
		conf := types.Config{Importer: imp}
		_, err = conf.Check("p", fset, []*ast.File{f}, nil)
		return err
	}
	for _, c := range []struct{ wrong, right string }{
		{"aa.Sun.Apparent(ut)", "aa.Sun.Apparent(tt)"},
		{"aa.Nutation(ut)", "aa.Nutation(ut.TT())"},
		{"aa.Precess(q, aa.J2000, ut)", "aa.Precess(q, aa.J2000, tt)"},
		{"aa.MeanSidereal(tt)", "aa.MeanSidereal(tt.UT())"},
		{"q.Horizontal(site, tt)", "q.Horizontal(site, ut)"},
		{"aa.Sun.RiseTransitSet(site, tt)", "aa.Sun.RiseTransitSet(site, ut)"},
		{"aa.NextRise(aa.Moon, site, tt)", "aa.NextRise(aa.Moon, site, ut)"},
		{"aa.Moon.Apparent(jd)", "aa.Moon.Apparent(aa.TT(jd))"},
		{"aa.ApparentSidereal(jd)", "aa.ApparentSidereal(aa.UT(jd))"},
		{"var r aa.RiseTransitSetTimes; aa.Sun.Apparent(r.Rise)", "var r aa.RiseTransitSetTimes; aa.Sun.Apparent(r.Rise.TT())"},
		{"m, _ := aa.MoonPhase(2026, aa.NewMoon); aa.MeanSidereal(m)", "m, _ := aa.MoonPhase(2026, aa.NewMoon); aa.MeanSidereal(m.UT())"},
		{"_ = tt - ut", "_ = tt - ut.TT()"},
		{"y := 2026.5; aa.MoonPhase(y, aa.NewMoon)", "y := aa.Year(2026.5); aa.MoonPhase(y, aa.NewMoon)"},
		// The Earth's orbit is not a body seen from the Earth.
		{"aa.Earth.Apparent(tt)", "aa.Venus.Apparent(tt)"},
		{"aa.Earth.RiseTransitSet(site, ut)", "aa.Mars.RiseTransitSet(site, ut)"},
		{"aa.NextRise(aa.Earth, site, ut)", "aa.NextRise(aa.Mars, site, ut)"},
		{"aa.Earth.Phase(tt)", "aa.Earth.Perihelion(2026)"},
		// Planet-specific routines name their planet.
		{"aa.Venus.MarsDisk(tt)", "aa.MarsPhysical(tt, aa.VSOP87Truncated)"},
	} {
		if err := check(c.right); err != nil {
			t.Errorf("%s: does not compile: %v", c.right, err)
		}
		err := check(c.wrong)
		if err == nil {
			t.Errorf("%s: compiles", c.wrong)
		} else if !strings.Contains(err.Error(), "cannot use") && !strings.Contains(err.Error(), "mismatched types") &&
			!strings.Contains(err.Error(), "has no field or method") {
			t.Errorf("%s: rejected for another reason: %v", c.wrong, err)
		}
	}
}

package night

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// checkPlacement asserts the invariants of a placement: every label inside
// the area, beside a point of its own curve, crossed by no curve and
// overlapping no other label (each with its padding).
func checkPlacement(t *testing.T, area box, lines [][]pt, specs []labelSpec, got []placement) {
	t.Helper()
	if len(got) != len(specs) {
		t.Fatalf("%d placements for %d labels", len(got), len(specs))
	}
	for i, p := range got {
		b := p.Box
		if !p.Clear {
			t.Errorf("label %d is not clear: %+v", i, p)
		}
		if !b.inside(area) {
			t.Errorf("label %d %+v is outside the area %+v", i, b, area)
		}
		if w, h := b.MaxX-b.MinX, b.MaxY-b.MinY; math.Abs(w-specs[i].w) > 1e-9 || math.Abs(h-specs[i].h) > 1e-9 {
			t.Errorf("label %d is %gx%g, want %gx%g", i, w, h, specs[i].w, specs[i].h)
		}
		if n := crossings(b.grow(labelPad), lines, math.MaxInt); n != 0 {
			t.Errorf("label %d %+v is crossed by %d segments", i, b, n)
		}
		onLine := false
		for _, q := range along(lines[specs[i].line], candStep) {
			onLine = onLine || q == p.Anchor
		}
		// Beside the anchor: labelGap away from the box (in the larger of x and y).
		dx := max(b.MinX-p.Anchor.X, 0, p.Anchor.X-b.MaxX)
		dy := max(b.MinY-p.Anchor.Y, 0, p.Anchor.Y-b.MaxY)
		if !onLine || math.Abs(max(dx, dy)-labelGap) > 1e-9 {
			t.Errorf("label %d %+v is not beside a point of its curve (anchor %+v)", i, b, p.Anchor)
		}
		for j := range i {
			if b.grow(labelPad).overlaps(got[j].Box) {
				t.Errorf("labels %d %+v and %d %+v overlap", j, got[j].Box, i, b)
			}
		}
	}
}

func sampled(f func(x float64) float64, x0, x1, dx float64) []pt {
	var l []pt
	for x := x0; x <= x1+1e-9; x += dx {
		l = append(l, pt{x, f(x)})
	}
	return l
}

// Two curves that peak at the same point (where the old chart put both
// names on top of each other), a third crossing them there, and a flat
// line through the middle: every label finds a free spot.
func TestPlaceLabelsCrowdedPeak(t *testing.T) {
	area := box{0, 0, 600, 400}
	lines := [][]pt{
		sampled(func(x float64) float64 { return 350 - math.Abs(x-300) }, 0, 600, 4),
		sampled(func(x float64) float64 { return 350 - 0.6*math.Abs(x-300) }, 0, 600, 4),
		sampled(func(x float64) float64 { return 50 + x/2 }, 0, 600, 4),
		{{0, 200}, {600, 200}},
	}
	specs := []labelSpec{{0, 60, 14}, {1, 60, 14}, {2, 80, 14}, {3, 70, 14}}
	got := placeLabels(area, lines, specs)
	checkPlacement(t, area, lines, specs, got)
}

// A label wider than any free gap is still placed (inside the area, at
// the least crowded spot) and reported as not clear.
func TestPlaceLabelsNoRoom(t *testing.T) {
	area := box{0, 0, 200, 100}
	var lines [][]pt
	for y := 5.0; y < 100; y += 10 {
		lines = append(lines, []pt{{0, y}, {200, y}})
	}
	got := placeLabels(area, lines, []labelSpec{{0, 50, 14}, {9, 500, 14}})
	if got[0].Clear || got[1].Clear {
		t.Errorf("clear placements among lines 10 units apart: %+v", got)
	}
	if !got[0].Box.inside(area) {
		t.Errorf("label 0 outside the area: %+v", got[0].Box)
	}
}

func TestSegmentCrosses(t *testing.T) {
	b := box{0, 0, 10, 10}
	for _, c := range []struct {
		p, q pt
		want bool
	}{
		{pt{-5, 5}, pt{15, 5}, true},   // through
		{pt{5, 5}, pt{6, 6}, true},     // inside
		{pt{-5, -5}, pt{15, 15}, true}, // diagonal
		{pt{-5, 5}, pt{-1, 5}, false},  // left of it
		{pt{-5, 12}, pt{15, 12}, false},
		{pt{-5, 4}, pt{4, 13}, true},    // cuts the corner
		{pt{-5, 6}, pt{4, 16}, false},   // misses the corner
		{pt{10, -5}, pt{10, 15}, true},  // along an edge
		{pt{11, -5}, pt{11, 15}, false}, // vertical, right of it
	} {
		if got := segmentCrosses(c.p, c.q, b); got != c.want {
			t.Errorf("%v–%v: %v, want %v", c.p, c.q, got, c.want)
		}
	}
}

// paranalChart is the chart of seven targets, the Moon and the 30° limit
// at Paranal on the 20th of month 2026, drawn at width×height pixels.
func paranalChart(tb testing.TB, month, width, height int) *chart {
	tb.Helper()
	site := &arcsecond.ObservingSite{Name: "Paranal Observatory"}
	site.Coordinates.Latitude, site.Coordinates.Longitude, site.Coordinates.Height = -24.6275, -70.4044, 2635
	geo := aa.Geographic{Lat: aa.Deg(-24.6275), Lon: aa.Deg(-70.4044), HeightMetres: 2635}
	var targets []aa.NightTarget
	for _, o := range []struct {
		name    string
		ra, dec float64
	}{{"Sgr A*", 266.4168, -29.0078}, {"NGC 5139", 201.697, -47.4795}, {"Antares", 247.3519, -26.432},
		{"M 13", 250.4218, 36.4599}, {"Vega", 279.2347, 38.7837}, {"LMC", 80.8938, -69.7561}, {"NGC 253", 11.888, -25.2883}} {
		targets = append(targets, aa.NightTarget{Name: o.name, J2000: aa.Equatorial{RA: aa.Deg(o.ra), Dec: aa.Deg(o.dec)}})
	}
	loc, err := time.LoadLocation("America/Santiago")
	if err != nil {
		tb.Fatal(err)
	}
	n, err := aa.Night(geo, 2026, month, 20, targets, aa.NightOptions{MinAltitude: aa.Deg(30)})
	if err != nil {
		tb.Fatal(err)
	}
	ch := &chart{site: site, day: time.Date(2026, time.Month(month), 20, 0, 0, 0, 0, loc), loc: loc, n: n, minAlt: 30, width: width, height: height}
	p, err := ch.plot()
	if err != nil {
		tb.Fatal(err)
	}
	p.Draw(draw.New(vgimg.New(vg.Length(width)*vg.Inch/96, vg.Length(height)*vg.Inch/96)))
	return ch
}

// The labels of real charts: seven targets, the Moon and the limit at
// Paranal on nights of the year, drawn at two sizes.
func TestChartLabelsDoNotCollide(t *testing.T) {
	for _, month := range []int{1, 5, 9} {
		for _, size := range [][2]int{{1200, 700}, {900, 500}} {
			t.Run(fmt.Sprintf("%d-%dx%d", month, size[0], size[1]), func(t *testing.T) {
				l := paranalChart(t, month, size[0], size[1]).labels
				if len(l.Placed) < 8 {
					t.Fatalf("%d labels placed", len(l.Placed))
				}
				checkPlacement(t, l.Area, l.Lines, specsOf(l.Placed), l.Placed)
			})
		}
	}
}

func specsOf(placed []placement) []labelSpec {
	specs := make([]labelSpec, len(placed))
	for i, p := range placed {
		specs[i] = labelSpec{line: i, w: p.Box.MaxX - p.Box.MinX, h: p.Box.MaxY - p.Box.MinY}
	}
	return specs
}

// BenchmarkPlaceLabels times the placement of the nine labels of a
// 1200×700 chart (7 targets, the Moon, the limit; 421 points a curve).
func BenchmarkPlaceLabels(b *testing.B) {
	l := paranalChart(b, 5, 1200, 700).labels
	specs := specsOf(l.Placed)
	b.ResetTimer()
	for b.Loop() {
		placeLabels(l.Area, l.Lines, specs)
	}
}

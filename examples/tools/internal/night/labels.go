package night

import (
	"image/color"
	"math"
	"slices"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Label placement for the chart: each curve's name goes beside a point of
// its own curve, in a box that no curve crosses and that overlaps no other
// label, preferring the highest points (where the curve is best seen).
// Geometry is in canvas units (points, y upwards).

type pt struct{ X, Y float64 }

type box struct{ MinX, MinY, MaxX, MaxY float64 }

func (b box) overlaps(o box) bool {
	return b.MinX < o.MaxX && o.MinX < b.MaxX && b.MinY < o.MaxY && o.MinY < b.MaxY
}

func (b box) inside(o box) bool {
	return b.MinX >= o.MinX && b.MaxX <= o.MaxX && b.MinY >= o.MinY && b.MaxY <= o.MaxY
}

func (b box) grow(d float64) box { return box{b.MinX - d, b.MinY - d, b.MaxX + d, b.MaxY + d} }

// labelSpec is one label to place: the curve it names (an index into the
// lines given to placeLabels) and its size.
type labelSpec struct {
	line int
	w, h float64
}

// placement is where a label went. Clear is false when no position was
// free of curves and labels and the least crowded one was taken.
type placement struct {
	Box    box
	Anchor pt // the point of the curve the label is attached to
	Clear  bool
}

const (
	labelGap = 3.0 // between a curve and its label
	labelPad = 2.0 // kept free around a label
	candStep = 4.0 // distance along x between the points of a curve tried
)

// placeLabels places labels inside area beside their curves. Lines must
// have increasing X (they are time series); their segments are what a
// label must not cross. Labels with fewer free positions are placed first
// so that the easy ones do not take their only spots.
func placeLabels(area box, lines [][]pt, labels []labelSpec) []placement {
	type cand struct {
		b       box
		anchor  pt
		cost    float64
		crossed bool // a curve crosses b (with its padding)
	}
	cands := make([][]cand, len(labels))
	free := make([]int, len(labels))
	for i, l := range labels {
		line := lines[l.line]
		peak := math.Inf(-1)
		for _, p := range line {
			if p.Y <= area.MaxY {
				peak = max(peak, p.Y)
			}
		}
		for _, p := range along(line, candStep) {
			if p.Y < area.MinY || p.Y > area.MaxY || p.X < area.MinX || p.X > area.MaxX {
				continue
			}
			var boxes [16]struct {
				b    box
				cost float64
			}
			k := 0
			// Above and below the point, centred or shifted sideways…
			for _, off := range []struct{ dx, cost float64 }{{-l.w / 2, 0}, {-l.w / 4, l.w / 8}, {-3 * l.w / 4, l.w / 8}, {0, l.w / 4}, {-l.w, l.w / 4}} {
				boxes[k].b, boxes[k].cost = box{p.X + off.dx, p.Y + labelGap, p.X + off.dx + l.w, p.Y + labelGap + l.h}, off.cost
				boxes[k+1].b, boxes[k+1].cost = box{p.X + off.dx, p.Y - labelGap - l.h, p.X + off.dx + l.w, p.Y - labelGap}, off.cost+l.h
				k += 2
			}
			// …or beside it, or diagonally off it (for steep curves).
			g, w, h := labelGap, l.w, l.h
			for _, b := range []box{
				{p.X + g, p.Y - h/2, p.X + g + w, p.Y + h/2}, {p.X - g - w, p.Y - h/2, p.X - g, p.Y + h/2},
				{p.X + g, p.Y + g, p.X + g + w, p.Y + g + h}, {p.X - g - w, p.Y + g, p.X - g, p.Y + g + h},
				{p.X + g, p.Y - g - h, p.X + g + w, p.Y - g}, {p.X - g - w, p.Y - g - h, p.X - g, p.Y - g},
			} {
				boxes[k].b, boxes[k].cost = b, w/2
				k++
			}
			for _, bc := range boxes {
				if !bc.b.inside(area) {
					continue
				}
				c := cand{b: bc.b, anchor: p, cost: (peak - p.Y) + bc.cost, crossed: crossings(bc.b.grow(labelPad), lines, 1) > 0}
				cands[i] = append(cands[i], c)
				if !c.crossed {
					free[i]++
				}
			}
		}
		slices.SortStableFunc(cands[i], func(a, b cand) int {
			switch {
			case a.cost < b.cost:
				return -1
			case a.cost > b.cost:
				return 1
			}
			return 0
		})
	}
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return free[order[a]] < free[order[b]] })

	out := make([]placement, len(labels))
	var taken []box
	for _, i := range order {
		// The cheapest candidate crossed by no curve and clear of the
		// labels placed so far (candidates are sorted by cost)…
		best, bestBad := -1, math.MaxInt
		for k, c := range cands[i] {
			if !c.crossed && !overlapsAny(c.b.grow(labelPad), taken) {
				best, bestBad = k, 0
				break
			}
		}
		// …or else the least crowded one.
		if best < 0 {
			for k, c := range cands[i] {
				g := c.b.grow(labelPad)
				bad := 0
				for _, t := range taken {
					if g.overlaps(t) {
						bad += 1000
					}
				}
				if bad >= bestBad {
					continue
				}
				if bad += crossings(g, lines, bestBad-bad); bad < bestBad {
					best, bestBad = k, bad
				}
			}
		}
		if best < 0 {
			// No position inside the area (the curve is below the horizon
			// or the label is wider than the chart): pin it to the corner.
			b := box{area.MinX, area.MaxY - labels[i].h, area.MinX + labels[i].w, area.MaxY}
			out[i] = placement{Box: b, Anchor: pt{b.MinX, b.MinY}}
			taken = append(taken, b.grow(labelPad))
			continue
		}
		c := cands[i][best]
		out[i] = placement{Box: c.b, Anchor: c.anchor, Clear: bestBad == 0}
		taken = append(taken, c.b.grow(labelPad))
	}
	return out
}

func overlapsAny(b box, taken []box) bool {
	for _, t := range taken {
		if b.overlaps(t) {
			return true
		}
	}
	return false
}

// along returns points of line every step along x, and its vertices.
func along(line []pt, step float64) []pt {
	var out []pt
	for k, p := range line {
		out = append(out, p)
		if k+1 == len(line) {
			break
		}
		q := line[k+1]
		for x := p.X + step; x < q.X; x += step {
			out = append(out, pt{x, p.Y + (q.Y-p.Y)*(x-p.X)/(q.X-p.X)})
		}
	}
	return out
}

// crossings counts the segments of lines that cross b, stopping at limit.
func crossings(b box, lines [][]pt, limit int) int {
	n := 0
	for _, line := range lines {
		// The first segment that can reach b: its end is at or right of b.MinX.
		k := sort.Search(len(line), func(j int) bool { return line[j].X >= b.MinX })
		if k > 0 {
			k--
		}
		for ; k+1 < len(line) && line[k].X <= b.MaxX; k++ {
			if segmentCrosses(line[k], line[k+1], b) {
				if n++; n >= limit {
					return n
				}
			}
		}
		if len(line) == 1 && pointIn(line[0], b) {
			n++
		}
	}
	return n
}

func pointIn(p pt, b box) bool {
	return p.X >= b.MinX && p.X <= b.MaxX && p.Y >= b.MinY && p.Y <= b.MaxY
}

// segmentCrosses reports whether the segment pq meets b (Liang–Barsky).
func segmentCrosses(p, q pt, b box) bool {
	// Most segments near a label pass wholly above or below it.
	if min(p.Y, q.Y) > b.MaxY || max(p.Y, q.Y) < b.MinY || min(p.X, q.X) > b.MaxX || max(p.X, q.X) < b.MinX {
		return false
	}
	t0, t1 := 0.0, 1.0
	dx, dy := q.X-p.X, q.Y-p.Y
	for _, e := range [4][2]float64{{-dx, p.X - b.MinX}, {dx, b.MaxX - p.X}, {-dy, p.Y - b.MinY}, {dy, b.MaxY - p.Y}} {
		pe, qe := e[0], e[1]
		if pe == 0 {
			if qe < 0 {
				return false
			}
			continue
		}
		r := qe / pe
		if pe < 0 {
			if r > t1 {
				return false
			}
			t0 = max(t0, r)
		} else {
			if r < t0 {
				return false
			}
			t1 = min(t1, r)
		}
	}
	return t0 <= t1
}

// labelLayer draws the curves' names where placeLabels puts them. It is
// added last so that it knows the data area and draws over the curves.
type labelLayer struct {
	font   font.Font
	curves []plotter.XYs
	names  []string
	colors []color.Color

	// Area, Lines and Placed are the geometry of the last drawing.
	Area   box
	Lines  [][]pt
	Placed []placement
}

func (l *labelLayer) add(xy plotter.XYs, name string, col color.Color) {
	l.curves = append(l.curves, xy)
	l.names = append(l.names, name)
	l.colors = append(l.colors, col)
}

func (l *labelLayer) style(i int) draw.TextStyle {
	return draw.TextStyle{Color: l.colors[i], Font: l.font, Handler: plot.DefaultTextHandler, XAlign: draw.XLeft, YAlign: draw.YBottom}
}

// Plot implements plot.Plotter.
func (l *labelLayer) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	l.Area = box{float64(c.Min.X), float64(c.Min.Y), float64(c.Max.X), float64(c.Max.Y)}
	l.Lines = make([][]pt, len(l.curves))
	specs := make([]labelSpec, len(l.curves))
	rects := make([]vg.Rectangle, len(l.curves))
	for i, xy := range l.curves {
		line := make([]pt, len(xy))
		for k, v := range xy {
			line[k] = pt{float64(trX(v.X)), float64(trY(v.Y))}
		}
		l.Lines[i] = line
		rects[i] = l.style(i).Rectangle(l.names[i])
		specs[i] = labelSpec{line: i, w: float64(rects[i].Max.X - rects[i].Min.X), h: float64(rects[i].Max.Y - rects[i].Min.Y)}
	}
	l.Placed = placeLabels(l.Area, l.Lines, specs)
	for i, pl := range l.Placed {
		// The text's anchor is offset from its box by the box's corner.
		at := vg.Point{X: vg.Length(pl.Box.MinX) - rects[i].Min.X, Y: vg.Length(pl.Box.MinY) - rects[i].Min.Y}
		c.FillText(l.style(i), at, l.names[i])
	}
}

package night

import (
	"fmt"
	"image/color"
	"os"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

type chart struct {
	site          *arcsecond.ObservingSite
	day           time.Time
	loc           *time.Location
	n             *aa.NightSummary
	minAlt        float64
	width, height int

	labels *labelLayer // the labels of the last plot, for tests
}

// sky colours from daylight to astronomical night, and the Sun altitudes
// that separate them.
var (
	skyColours = []color.RGBA{
		{0xf4, 0xf7, 0xfb, 0xff}, {0xd5, 0xe1, 0xf0, 0xff}, {0xaa, 0xbf, 0xdc, 0xff},
		{0x7f, 0x98, 0xc0, 0xff}, {0x55, 0x6c, 0x99, 0xff},
	}
	skyLimits = []float64{-0.8333, -6, -12, -18}
	palette   = []color.RGBA{
		{0xf5, 0xa6, 0x00, 0xff}, {0x3f, 0xc1, 0xf0, 0xff}, {0xff, 0x5c, 0xb8, 0xff}, {0x2e, 0xd1, 0x8a, 0xff},
		{0xff, 0x70, 0x43, 0xff}, {0xb3, 0x88, 0xff, 0xff}, {0xc0, 0xca, 0x33, 0xff}, {0x00, 0xe5, 0xd4, 0xff},
	}
	limitColour = color.RGBA{0xd3, 0x2f, 0x2f, 0xff}
	moonColour  = color.RGBA{0x9e, 0x9e, 0x9e, 0xff}
	sans        = font.Font{Typeface: "Liberation", Variant: "Sans"}
)

const sampleMinutes = 2

func skyClass(sunAlt float64) int {
	for i, l := range skyLimits {
		if sunAlt > l {
			return i
		}
	}
	return len(skyLimits)
}

// span is the part of the window drawn: an hour either side of sunset and
// sunrise, or the whole window in polar day or night.
func (c *chart) span() (aa.UT, aa.UT) {
	start, end := c.n.Start, c.n.End
	if c.n.Sun.HasDusk {
		start = max(start, c.n.Sun.Dusk-1.0/24)
	}
	if c.n.Sun.HasDawn {
		end = min(end, c.n.Sun.Dawn+1.0/24)
	}
	return start, end
}

// x is hours since the start of the window.
func (c *chart) x(jd aa.UT) float64 { return float64(jd-c.n.Start) * 24 }
func (c *chart) jd(x float64) aa.UT { return c.n.Start + aa.UT(x/24) }

func (c *chart) plot() (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("%s — night of %s — Moon %.0f%% lit", c.site.Name, c.day.Format("2 January 2006"), 100*c.n.Moon.Illuminated)
	p.Title.TextStyle.Font = font.From(sans, 15)
	p.Title.Padding = vg.Points(8)
	p.Y.Label.Text = "Altitude (°)"
	p.X.Label.Text = fmt.Sprintf("Local time (%s), UT below", c.loc)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, 12)
		a.Tick.Label.Font = font.From(sans, 10)
	}
	start, end := c.span()
	p.X.Tick.Marker = plot.TickerFunc(c.hourTicks)
	p.Y.Tick.Marker = plot.TickerFunc(func(_, _ float64) []plot.Tick {
		var t []plot.Tick
		for a := 0; a <= 90; a += 10 {
			t = append(t, plot.Tick{Value: float64(a), Label: fmt.Sprintf("%d°", a)})
		}
		return t
	})

	if err := c.addSky(p, start, end); err != nil {
		return nil, err
	}
	grid := plotter.NewGrid()
	grid.Vertical.Color = color.NRGBA{0xff, 0xff, 0xff, 0x50}
	grid.Horizontal.Color = grid.Vertical.Color
	p.Add(grid)

	limit, err := plotter.NewLine(plotter.XYs{{X: c.x(start), Y: c.minAlt}, {X: c.x(end), Y: c.minAlt}})
	if err != nil {
		return nil, err
	}
	limit.Color, limit.Width, limit.Dashes = limitColour, vg.Points(1.5), []vg.Length{vg.Points(6), vg.Points(4)}
	p.Add(limit)

	labels := &labelLayer{font: font.From(sans, 12)}
	labels.font.Weight = xfont.WeightBold
	labels.add(plotter.XYs{{X: c.x(start), Y: c.minAlt}, {X: c.x(end), Y: c.minAlt}}, fmt.Sprintf("limit %g°", c.minAlt), limitColour)
	moon := c.curve(start, end, func(jd aa.UT) float64 { return c.n.MoonAltitude(jd).Deg() })
	if len(moon) > 0 {
		l, err := plotter.NewLine(moon)
		if err != nil {
			return nil, err
		}
		l.Color, l.Width, l.Dashes = moonColour, vg.Points(2), []vg.Length{vg.Points(2), vg.Points(3)}
		p.Add(l)
		labels.add(moon, "Moon", moonColour)
	}
	for i, t := range c.n.Targets {
		xy := c.curve(start, end, func(jd aa.UT) float64 { a, _ := c.n.TargetAltitude(i, jd); return a.Deg() })
		if len(xy) == 0 {
			continue
		}
		l, err := plotter.NewLine(xy)
		if err != nil {
			return nil, err
		}
		col := palette[i%len(palette)]
		l.Color, l.Width = col, vg.Points(2.5)
		p.Add(l)
		labels.add(xy, t.Name, col)
	}
	p.Add(labels)
	c.labels = labels
	p.X.Min, p.X.Max = c.x(start), c.x(end)
	p.Y.Min, p.Y.Max = 0, 90
	return p, nil
}

// curve samples an altitude function over [start, end]; the plot clips
// it at the horizon. It is nil if the body stays below the horizon.
func (c *chart) curve(start, end aa.UT, alt func(aa.UT) float64) plotter.XYs {
	var xy plotter.XYs
	up := false
	for jd := start; jd <= end+1e-9; jd += sampleMinutes / 1440.0 {
		a := alt(jd)
		up = up || a > 0
		xy = append(xy, plotter.XY{X: c.x(jd), Y: a})
	}
	if !up {
		return nil
	}
	return xy
}

func (c *chart) addSky(p *plot.Plot, start, end aa.UT) error {
	step := aa.UT(sampleMinutes / 1440.0)
	from, cls := start, skyClass(c.n.SunAltitude(start).Deg())
	flush := func(to aa.UT) error {
		poly, err := plotter.NewPolygon(plotter.XYs{{X: c.x(from), Y: 0}, {X: c.x(to), Y: 0}, {X: c.x(to), Y: 90}, {X: c.x(from), Y: 90}})
		if err != nil {
			return err
		}
		poly.Color = skyColours[cls]
		poly.LineStyle.Width = 0
		p.Add(poly)
		return nil
	}
	for jd := start + step; jd < end; jd += step {
		if k := skyClass(c.n.SunAltitude(jd).Deg()); k != cls {
			if err := flush(jd); err != nil {
				return err
			}
			from, cls = jd, k
		}
	}
	return flush(end)
}

// hourTicks puts a tick on each whole local hour, labelled in local time
// with UT below.
func (c *chart) hourTicks(lo, hi float64) []plot.Tick {
	var ticks []plot.Tick
	t := c.jd(lo).Time().In(c.loc).Truncate(time.Hour)
	every := 1
	if hi-lo > 16 {
		every = 2
	}
	for ; c.x(aa.UTFromTime(t)) <= hi; t = t.Add(time.Hour) {
		x := c.x(aa.UTFromTime(t))
		if x < lo {
			continue
		}
		tick := plot.Tick{Value: x}
		if t.In(c.loc).Hour()%every == 0 {
			tick.Label = t.In(c.loc).Format("15:04") + "\n" + t.UTC().Format("15:04")
		}
		ticks = append(ticks, tick)
	}
	return ticks
}

func (c *chart) write(path, format string) (err error) {
	p, err := c.plot()
	if err != nil {
		return err
	}
	dpi := vg.Length(96)
	wt, err := p.WriterTo(vg.Length(c.width)*vg.Inch/dpi, vg.Length(c.height)*vg.Inch/dpi, format)
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	_, err = wt.WriteTo(f)
	return err
}

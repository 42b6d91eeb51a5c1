// Command nightplan plans a night at an observatory: for an observing site
// (fetched from the Arcsecond API by name, acronym, IAU code or uuid) and a
// date, it prints the twilights, the Moon and, for each target, its rise,
// transit and set and when it stands above an altitude limit in the dark;
// and it draws the night as an altitude-versus-time chart (PNG and/or SVG)
// with the twilights shaded, the Moon and the limit.
//
// Targets come from a target list of the API (-list), from a file (-targets,
// one per line: a name to resolve, or "name, RA, Dec" with RA in degrees or
// h:m:s and Dec in degrees or d:m:s), or from names resolved through the
// API's object search (-objects, the default).
//
// Without ARCSECOND_API_KEY it uses the in-process reference server
// (arcsecond/arcsecondtest) and needs no network; with it (and optionally
// ARCSECOND_API_URL, ARCSECOND_ORGANISATION) it asks the real API. From
// examples/tools:
//
//	go run ./nightplan -site Paranal -date 2026-03-15 -png night.png
//	go run ./nightplan -site "La Silla" -targets my-targets.txt -min-alt 25 -svg night.svg
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
)

const usage = `Usage: nightplan [flags]

Prints the night at an observing site (twilights, Moon, and when each target is
above -min-alt in the dark) and writes an altitude-versus-time chart.
Offline (in-process reference server) unless ARCSECOND_API_KEY is set.
`

func main() { exampleenv.Main("nightplan", run) }

type config struct {
	site, date, list, targets, objects string
	minAlt                             float64
	png, svg                           string
	width, height                      int
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("nightplan", flag.ContinueOnError)
	fs.StringVar(&c.site, "site", "Paranal", "observing site: name (or a unique part of it), acronym, IAU code or uuid")
	fs.StringVar(&c.date, "date", "", "local date of the evening, YYYY-MM-DD (default: tonight at the site)")
	fs.StringVar(&c.list, "list", "", "target list of the API, by name or uuid")
	fs.StringVar(&c.targets, "targets", "", "`file` of targets, one per line: name, or name, RA, Dec (degrees or h:m:s, d:m:s); # comments")
	fs.StringVar(&c.objects, "objects", "M 42,Sirius,NGC 5139,Antares,Sgr A*,NGC 253,LMC", "comma-separated object names resolved by the API (when neither -list nor -targets)")
	fs.Float64Var(&c.minAlt, "min-alt", 30, "altitude limit in degrees (30° is airmass 2)")
	fs.StringVar(&c.png, "png", "nightplan.png", "`file` to write the chart to as PNG (empty: none)")
	fs.StringVar(&c.svg, "svg", "", "`file` to write the chart to as SVG (empty: none)")
	fs.IntVar(&c.width, "width", 1200, "chart width in pixels")
	fs.IntVar(&c.height, "height", 700, "chart height in pixels")
	if err := exampleenv.Parse(fs, args, stderr, usage); err != nil {
		return c, err
	}
	switch {
	case c.minAlt < 0 || c.minAlt >= 90 || math.IsNaN(c.minAlt):
		return c, fmt.Errorf("-min-alt %g: want an altitude in [0, 90)", c.minAlt)
	case c.width < 300 || c.height < 200 || c.width > 8000 || c.height > 8000:
		return c, fmt.Errorf("-width %d -height %d: want 300–8000 by 200–8000 pixels", c.width, c.height)
	case c.list != "" && c.targets != "":
		return c, errors.New("-list and -targets: give one of them")
	}
	if c.date != "" {
		if _, err := time.Parse("2006-01-02", c.date); err != nil {
			return c, fmt.Errorf("-date %q: want YYYY-MM-DD", c.date)
		}
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return exampleenv.Help(err)
	}
	env, err := exampleenv.Open(stderr, "arcsecond-nightplan")
	if err != nil {
		return err
	}
	defer env.Close()
	return plan(ctx, env.Client, cfg, stdout, stderr)
}

func plan(ctx context.Context, c *arcsecond.Client, cfg config, stdout, stderr io.Writer) error {
	site, err := exampleenv.FindSite(ctx, c, cfg.site)
	if err != nil {
		return err
	}
	loc := exampleenv.Location(site)
	day := tonight(time.Now().In(loc))
	if cfg.date != "" {
		day, _ = time.ParseInLocation("2006-01-02", cfg.date, loc)
	}
	targets, err := loadTargets(ctx, c, cfg)
	if err != nil {
		return err
	}
	n, err := aa.Night(exampleenv.Geographic(site), day.Year(), int(day.Month()), day.Day(), targets,
		aa.NightOptions{MinAltitude: aa.Deg(cfg.minAlt)})
	if err != nil {
		return fmt.Errorf("site %s: %w", site.Name, err)
	}
	printNight(stdout, site, day, loc, n, cfg.minAlt)
	ch := chart{site: site, day: day, loc: loc, n: n, minAlt: cfg.minAlt, width: cfg.width, height: cfg.height}
	for _, out := range []struct{ path, format string }{{cfg.png, "png"}, {cfg.svg, "svg"}} {
		if out.path == "" {
			continue
		}
		if err := ch.write(out.path, out.format); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "chart written to %s\n", out.path)
	}
	return nil
}

// tonight is the date of the evening the night of now began on: before
// noon, the night is still that of the day before.
func tonight(now time.Time) time.Time {
	if now.Hour() < 12 {
		now = now.AddDate(0, 0, -1)
	}
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
}

func loadTargets(ctx context.Context, c *arcsecond.Client, cfg config) ([]aa.NightTarget, error) {
	var (
		out []aa.NightTarget
		err error
	)
	switch {
	case cfg.list != "":
		out, err = listTargets(ctx, c, cfg.list)
	case cfg.targets != "":
		out, err = fileTargets(ctx, c, cfg.targets)
	default:
		for name := range strings.SplitSeq(cfg.objects, ",") {
			if name = strings.TrimSpace(name); name == "" {
				continue
			}
			pos, canonical, err := exampleenv.Object(ctx, c, name)
			if err != nil {
				return nil, err
			}
			out = append(out, aa.NightTarget{Name: canonical, J2000: pos})
		}
	}
	if err == nil && len(out) == 0 {
		err = errors.New("no targets: give -list, -targets or -objects")
	}
	return out, err
}

func listTargets(ctx context.Context, c *arcsecond.Client, key string) ([]aa.NightTarget, error) {
	var list *arcsecond.TargetList
	for l, err := range c.TargetLists.All(ctx, nil) {
		if err != nil {
			return nil, fmt.Errorf("listing target lists: %w", err)
		}
		if l.UUID == key || l.Name == key {
			list = l
			break
		}
	}
	if list == nil {
		return nil, fmt.Errorf("no target list is named %q", key)
	}
	var out []aa.NightTarget
	for _, t := range list.Targets {
		q := t.EquatorialCoordinates
		if (q == nil || q.RightAscension == nil || q.Declination == nil) && t.Object != nil {
			q = t.Object.EquatorialCoordinates
		}
		if q != nil && q.RightAscension != nil && q.Declination != nil {
			out = append(out, aa.NightTarget{Name: t.Name, J2000: aa.Equatorial{RA: aa.Deg(*q.RightAscension), Dec: aa.Deg(*q.Declination)}})
			continue
		}
		pos, _, err := exampleenv.Object(ctx, c, t.Name)
		if err != nil {
			return nil, fmt.Errorf("target list %q: %w", list.Name, err)
		}
		out = append(out, aa.NightTarget{Name: t.Name, J2000: pos})
	}
	return out, nil
}

func fileTargets(ctx context.Context, c *arcsecond.Client, path string) ([]aa.NightTarget, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []aa.NightTarget
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		if strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, ",")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		switch len(fields) {
		case 1:
			pos, name, err := exampleenv.Object(ctx, c, fields[0])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			out = append(out, aa.NightTarget{Name: name, J2000: pos})
		case 3:
			ra, err1 := parseAngle(fields[1], 15, 360)
			dec, err2 := parseAngle(fields[2], 1, 90)
			if err := errors.Join(err1, err2); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			if ra >= 360 {
				return nil, fmt.Errorf("%s:%d: RA %q is not below 24h (360°)", path, line, fields[1])
			}
			out = append(out, aa.NightTarget{Name: fields[0], J2000: aa.Equatorial{RA: aa.Deg(ra), Dec: aa.Deg(dec)}})
		default:
			return nil, fmt.Errorf("%s:%d: want \"name\" or \"name, RA, Dec\", got %q", path, line, sc.Text())
		}
	}
	return out, sc.Err()
}

// parseAngle reads degrees ("83.82", "-5.39") or sexagesimal units of
// scale degrees ("5:35:17.3" hours with scale 15, "-05:23:28" degrees with
// scale 1), and checks the result against ±limit degrees.
func parseAngle(s string, scale, limit float64) (float64, error) {
	var v float64
	if strings.Contains(s, ":") {
		neg := strings.HasPrefix(s, "-")
		parts := strings.Split(strings.TrimLeft(s, "+-"), ":")
		if len(parts) > 3 {
			return 0, fmt.Errorf("angle %q: too many fields", s)
		}
		for i, p := range parts {
			x, err := strconv.ParseFloat(p, 64)
			if err != nil || x < 0 || (i > 0 && x >= 60) {
				return 0, fmt.Errorf("angle %q: bad field %q", s, p)
			}
			v += x / math.Pow(60, float64(i))
		}
		if neg {
			v = -v
		}
		v *= scale
	} else {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, fmt.Errorf("angle %q: not degrees or sexagesimal", s)
		}
		v = x
	}
	if math.IsNaN(v) || math.Abs(v) > limit {
		return 0, fmt.Errorf("angle %q: out of range ±%g°", s, limit)
	}
	return v, nil
}

func printNight(w io.Writer, site *arcsecond.ObservingSite, day time.Time, loc *time.Location, n *aa.NightSummary, minAlt float64) {
	at := func(jd aa.JD) string {
		t := jd.Time()
		return fmt.Sprintf("%s (%s UT)", t.In(loc).Format("15:04"), t.Format("15:04"))
	}
	fmt.Fprintf(w, "%s, %.4f°, %.4f°, %.0f m\nNight of %s, local time %s (UT in brackets)\n\n",
		site.Name, site.Coordinates.Latitude, site.Coordinates.Longitude, site.Coordinates.Height, day.Format("Mon 2 Jan 2006"), loc)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SUN\tDUSK\tDAWN")
	for _, l := range []struct {
		name string
		lvl  aa.SunLevel
	}{{"sunset/sunrise", n.Sun}, {"civil (−6°)", n.Civil}, {"nautical (−12°)", n.Nautical}, {"astronomical (−18°)", n.Astronomical}} {
		dusk, dawn := "-", "-"
		switch l.lvl.Status {
		case aa.Circumpolar:
			dusk, dawn = "Sun stays above", ""
		case aa.NeverRises:
			dusk, dawn = "Sun stays below", ""
		}
		if l.lvl.HasDusk {
			dusk = at(l.lvl.Dusk)
		}
		if l.lvl.HasDawn {
			dawn = at(l.lvl.Dawn)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", l.name, dusk, dawn)
	}
	tw.Flush()
	var dark float64
	for _, d := range n.Dark {
		dark += d.Hours()
	}
	fmt.Fprintf(w, "astronomical night: %.1f h\n", dark)

	m := n.Moon
	fmt.Fprintf(w, "\nMoon: %s, %.0f%% illuminated", m.Phase, 100*m.Illuminated)
	switch m.Status {
	case aa.Circumpolar:
		fmt.Fprint(w, ", up all night")
	case aa.NeverRises:
		fmt.Fprint(w, ", down all night")
	}
	if m.HasRise {
		fmt.Fprintf(w, ", rises %s", at(m.Rise))
	}
	if m.HasSet {
		fmt.Fprintf(w, ", sets %s", at(m.Set))
	}
	fmt.Fprintln(w)

	fmt.Fprintf(w, "\nTargets (above %g° in the dark):\n", minAlt)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TARGET\tRISE\tTRANSIT\tMAX ALT\tSET\tOBSERVABLE")
	for _, t := range n.Targets {
		rise, set := "-", "-"
		switch t.Events.Status {
		case aa.Circumpolar:
			rise, set = "circumpolar", ""
		case aa.NeverRises:
			rise, set = "never rises", ""
		default:
			rise, set = at(t.Events.Rise), at(t.Events.Set)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.0f°\t%s\t%s\n", t.Name, rise, at(t.Events.Transit), t.Events.TransitAltitude.Deg(), set, intervals(t.AboveDark, loc))
	}
	tw.Flush()
}

func intervals(iv []aa.Interval, loc *time.Location) string {
	if len(iv) == 0 {
		return "no"
	}
	var parts []string
	var total float64
	for _, i := range iv {
		parts = append(parts, i.Start.Time().In(loc).Format("15:04")+"–"+i.End.Time().In(loc).Format("15:04"))
		total += i.Hours()
	}
	return fmt.Sprintf("%s (%.1f h)", strings.Join(parts, ", "), total)
}

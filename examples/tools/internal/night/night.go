// Package night is `arcsecond night`: the night at an observing site
// (fetched from the API by name, acronym, IAU code or uuid) for a date: the
// twilights, the Moon during the night and, for each target, its rise,
// transit and set and when it stands above an altitude limit in the dark,
// as a table (or JSON) and as an altitude-versus-time chart (PNG and/or
// SVG) with the twilights shaded, the Moon and the limit.
//
// Targets come from a target list of the API (--list), from a file
// (--targets, one per line: a name to resolve, or "name, RA, Dec" with RA in
// degrees or h:m:s and Dec in degrees or d:m:s), or from names resolved
// through the API's object search (--objects, the default).
package night

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
)

// options are the command's flags.
type options struct {
	site, date, list, targets string
	objects                   []string
	minAlt                    float64
	png, svg                  string
	noChart                   bool
	width, height             int
}

var defaultObjects = []string{"M 42", "Sirius", "NGC 5139", "Antares", "Sgr A*", "NGC 253", "LMC"}

func (o *options) check() error {
	switch {
	case o.minAlt < 0 || o.minAlt >= 90 || math.IsNaN(o.minAlt):
		return fmt.Errorf("--min-alt %g: want an altitude in [0, 90)", o.minAlt)
	case o.width < 300 || o.height < 200 || o.width > 8000 || o.height > 8000:
		return fmt.Errorf("--width %d --height %d: want 300–8000 by 200–8000 pixels", o.width, o.height)
	case o.list != "" && o.targets != "":
		return errors.New("--list and --targets: give one of them")
	case o.noChart && (o.png != "" || o.svg != ""):
		return errors.New("--no-chart with --png or --svg: give one or the other")
	}
	if o.date != "" {
		if _, err := time.Parse(time.DateOnly, o.date); err != nil {
			return fmt.Errorf("--date %q: want YYYY-MM-DD", o.date)
		}
	}
	return nil
}

// env is what a run needs from the command line around it.
type env struct {
	client   *arcsecond.Client
	out, err io.Writer
	json     bool
	// inProcess is true when the API is an in-process arcsecondtest
	// server, which knows only its seeded objects.
	inProcess bool
	now       func() time.Time
	tempDir   string // where the chart goes when no path is given
}

func run(ctx context.Context, e env, o options) error {
	site, err := exampleenv.FindSite(ctx, e.client, o.site)
	if err != nil {
		return err
	}
	loc := exampleenv.Location(site)
	day := tonight(e.now().In(loc))
	if o.date != "" {
		day, _ = time.ParseInLocation(time.DateOnly, o.date, loc)
	}
	targets, err := loadTargets(ctx, e, o)
	if err != nil {
		return err
	}
	geo, ok := site.Coordinates.Geographic()
	if !ok {
		return fmt.Errorf("site %s has no usable coordinates", site.Name)
	}
	n, err := aa.Night(geo, day.Year(), int(day.Month()), day.Day(), targets,
		aa.NightOptions{MinAltitude: aa.Deg(o.minAlt)})
	if err != nil {
		return fmt.Errorf("site %s: %w", site.Name, err)
	}
	r := report{site: site, day: day, loc: loc, n: n, minAlt: o.minAlt}
	if e.json {
		err = r.writeJSON(e.out)
	} else {
		err = r.writeText(e.out)
	}
	if err != nil || o.noChart {
		return err
	}
	ch := chart{site: site, day: day, loc: loc, n: n, minAlt: o.minAlt, width: o.width, height: o.height}
	outs := []struct{ path, format string }{{o.png, "png"}, {o.svg, "svg"}}
	if o.png == "" && o.svg == "" {
		outs[0].path = filepath.Join(e.tempDir, fmt.Sprintf("arcsecond-night-%s-%s.png", slug(site.Name), day.Format(time.DateOnly)))
	}
	for _, out := range outs {
		if out.path == "" {
			continue
		}
		if err := ch.write(out.path, out.format); err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		fmt.Fprintf(e.err, "chart written to %s\n", out.path)
	}
	return nil
}

// slug keeps the letters and digits of s, lower-cased, joined by dashes.
func slug(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
	if len(f) == 0 {
		return "site"
	}
	return strings.Join(f, "-")
}

// tonight is the date of the evening the night of now began on: before
// noon, the night is still that of the day before.
func tonight(now time.Time) time.Time {
	if now.Hour() < 12 {
		now = now.AddDate(0, 0, -1)
	}
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
}

// defaultTempDir is where charts go when no path is given: never the
// current directory, which may be a checkout.
func defaultTempDir() string { return os.TempDir() }

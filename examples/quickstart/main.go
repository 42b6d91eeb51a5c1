// Command quickstart shows arcsecond-go in one screen: the observatories
// nearest to a position, the telescopes of the nearest one that has any, and
// tonight's rise, transit and set of an object seen from there.
//
// Without ARCSECOND_API_KEY or ARCSECOND_API it starts the in-process
// reference server (arcsecond/arcsecondtest) and needs no network, even if
// the CLI saved a login; with ARCSECOND_API_KEY (and optionally
// ARCSECOND_API_URL, ARCSECOND_ORGANISATION), or ARCSECOND_API=cloud to use
// the CLI's saved login, it asks the real API.
//
//	go run ./examples/quickstart
//	go run ./examples/quickstart -lat 19.82 -lon -155.47 -object "M 31" -date 2026-12-01
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
)

func main() {
	lat := flag.Float64("lat", -29.9027, "latitude of your position, degrees north")
	lon := flag.Float64("lon", -71.2519, "longitude of your position, degrees east")
	object := flag.String("object", "M 42", "object whose rise, transit and set to compute")
	date := flag.String("date", "", "local date of the night, YYYY-MM-DD (default: today)")
	n := flag.Int("n", 5, "number of observatories to list")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: quickstart [flags]\n\n"+
			"Lists the observatories nearest to a position, the telescopes of the nearest one,\n"+
			"and tonight's rise/transit/set of an object there. Offline unless ARCSECOND_API_KEY or ARCSECOND_API is set.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout, *lat, *lon, *object, *date, *n); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

type nearSite struct {
	site *arcsecond.ObservingSite
	km   float64
}

func run(ctx context.Context, w io.Writer, lat, lon float64, object, date string, n int) error {
	env, err := exampleenv.Open(w, "arcsecond-quickstart")
	if err != nil {
		return err
	}
	defer env.Close()
	c := env.Client

	here := aa.Geographic{Lat: aa.Deg(lat), Lon: aa.Deg(lon)}
	var sites []nearSite
	for s, err := range c.ObservingSites.All(ctx, &arcsecond.ListOptions{PageSize: 100}) {
		if err != nil {
			return fmt.Errorf("listing observing sites: %w", err)
		}
		there := aa.Geographic{Lat: aa.Deg(s.Coordinates.Latitude), Lon: aa.Deg(s.Coordinates.Longitude)}
		sites = append(sites, nearSite{s, aa.WGS84.Distance(here, there)})
	}
	if len(sites) == 0 {
		return fmt.Errorf("the API knows no observing site")
	}
	slices.SortFunc(sites, func(a, b nearSite) int { return cmp.Compare(a.km, b.km) })

	fmt.Fprintf(w, "\nObservatories nearest to %.4f°, %.4f°:\n", lat, lon)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, s := range sites[:min(n, len(sites))] {
		fmt.Fprintf(tw, "  %s\t%s\t%7.0f km\t%+9.4f°\t%+10.4f°\t%5.0f m\n", s.site.Name, s.site.IAUCode, s.km,
			s.site.Coordinates.Latitude, s.site.Coordinates.Longitude, s.site.Coordinates.Height)
	}
	tw.Flush()

	var telescopes []*arcsecond.Telescope
	for t, err := range c.Telescopes.All(ctx, &arcsecond.ListOptions{PageSize: 100}) {
		if err != nil {
			return fmt.Errorf("listing telescopes: %w", err)
		}
		telescopes = append(telescopes, t)
	}
	var site *arcsecond.ObservingSite
	var its []*arcsecond.Telescope
	for _, s := range sites {
		for _, t := range telescopes {
			if t.ObservingSite == s.site.UUID {
				its = append(its, t)
			}
		}
		if len(its) > 0 {
			site = s.site
			break
		}
	}
	if site == nil {
		site = sites[0].site
	}
	fmt.Fprintf(w, "\nTelescopes at %s (%d):\n", site.Name, len(its))
	for _, t := range its {
		fmt.Fprintf(w, "  %s\n", t.Name)
	}

	pos, name, err := exampleenv.Object(ctx, c, object)
	if err != nil {
		return err
	}
	return printNight(w, site, pos, name, date)
}

// printNight finds the object's transit in the night that starts at local
// noon of date at the site, the rise before it and the set after it, with
// the event searches of package aa (no stitching of UT days).
func printNight(w io.Writer, site *arcsecond.ObservingSite, j2000 aa.Equatorial, name, date string) error {
	loc := exampleenv.Location(site)
	day := time.Now().In(loc)
	if date != "" {
		d, err := time.ParseInLocation("2006-01-02", date, loc)
		if err != nil {
			return fmt.Errorf("-date: %w", err)
		}
		day = d
	}
	geo, ok := site.Coordinates.Geographic()
	if !ok {
		return fmt.Errorf("site %s has no usable coordinates", site.Name)
	}
	star := aa.Star{Pos: j2000, Epoch: aa.J2000}
	noon := time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, loc)
	transit, err := aa.NextTransit(star, geo, aa.UTFromTime(noon))
	if err != nil {
		return fmt.Errorf("transit of %s: %w", name, err)
	}
	// A star rises less than 12 sidereal hours before its transit and sets
	// less than 12 after it.
	rise, riseErr := aa.NextRise(star, geo, transit-0.5)
	set, setErr := aa.NextSet(star, geo, transit)
	alt := aa.ApparentPlace(star, transit.TT()).Horizontal(geo, transit).Alt

	fmt.Fprintf(w, "\n%s (RA %s, Dec %s J2000) at %s, night of %s (%s):\n",
		name, j2000.RA.HMSString(1), j2000.Dec.DMSString(0), site.Name, day.Format("2006-01-02"), loc)
	show := func(label string, t aa.UT, err error) error {
		switch {
		case errors.Is(err, aa.ErrNoEvent):
			return nil
		case err != nil:
			return fmt.Errorf("%s of %s: %w", label, name, err)
		}
		tm := t.Time()
		fmt.Fprintf(w, "  %-8s %s UT   %s local\n", label, tm.Format("2006-01-02 15:04"), tm.In(loc).Format("15:04 MST"))
		return nil
	}
	if errors.Is(riseErr, aa.ErrNoEvent) {
		if alt > 0 {
			fmt.Fprintln(w, "  circumpolar: above the horizon all day")
		} else {
			fmt.Fprintln(w, "  never rises here")
		}
	}
	if err := show("rise", rise, riseErr); err != nil {
		return err
	}
	if err := show("transit", transit, nil); err != nil {
		return err
	}
	if err := show("set", set, setErr); err != nil {
		return err
	}
	fmt.Fprintf(w, "  altitude at transit %.1f°\n", alt.Deg())
	return nil
}

package main

import (
	"context"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// column is one column of a list's table.
type column[T any] struct {
	title string
	value func(*T) string
}

// listSpec describes one list command.
type listSpec[T any] struct {
	use, short, long string
	plural           string // "datasets", for messages
	portal           bool   // has -p/--portal
	all              func(ctx context.Context, c *arcsecond.Client) iter.Seq2[*T, error]
	columns          []column[T]
}

// listCommand builds a command that lists records as an aligned table,
// or as a JSON array with -o json.
func listCommand[T any](app cliapp.App, s listSpec[T]) *cobra.Command {
	var portal string
	var limit int
	cmd := &cobra.Command{
		Use:   s.use,
		Short: s.short,
		Long:  s.long,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit < 0 {
				return cliapp.Usagef("--limit %d: want 0 (all) or more", limit)
			}
			ctx := cmd.Context()
			c, err := app.Client(ctx)
			if err != nil {
				return err
			}
			if c, err = scoped(c, portal); err != nil {
				return err
			}
			rows := []*T{}
			for r, err := range s.all(ctx, c) {
				if err != nil {
					return fmt.Errorf("listing %s%s: %w", s.plural, portalSuffix(portal), err)
				}
				rows = append(rows, r)
				if limit > 0 && len(rows) == limit {
					break
				}
			}
			if app.JSON() {
				return writeJSON(app.Out(), rows)
			}
			if len(rows) == 0 {
				fmt.Fprintf(app.Err(), "no %s%s\n", s.plural, portalSuffix(portal))
				return nil
			}
			return writeTable(app.Out(), s.columns, rows)
		},
	}
	if s.portal {
		portalFlag(cmd, &portal)
	}
	cmd.Flags().IntVar(&limit, "limit", 0, "list at most `n` records (0: all)")
	return cmd
}

// portalFlag adds -p/--portal, as the Python CLI names it.
func portalFlag(cmd *cobra.Command, portal *string) {
	cmd.Flags().StringVarP(portal, "portal", "p", "", "organisation `subdomain` (an observatory portal); personal data without it")
}

// scoped returns c scoped to the organisation portal, or c itself.
func scoped(c *arcsecond.Client, portal string) (*arcsecond.Client, error) {
	if portal == "" {
		return c, nil
	}
	sc, err := c.With(arcsecond.WithOrganisation(portal))
	if err != nil {
		return nil, cliapp.Usagef("-p %q: %v", portal, err)
	}
	return sc, nil
}

func portalSuffix(portal string) string {
	if portal == "" {
		return ""
	}
	return " of " + portal
}

// writeTable writes rows as columns aligned with spaces, a header first.
func writeTable[T any](w interface{ Write([]byte) (int, error) }, cols []column[T], rows []*T) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, c := range cols {
		if i > 0 {
			fmt.Fprint(tw, "\t")
		}
		fmt.Fprint(tw, c.title)
	}
	fmt.Fprintln(tw)
	for _, r := range rows {
		for i, c := range cols {
			if i > 0 {
				fmt.Fprint(tw, "\t")
			}
			fmt.Fprint(tw, cell(c.value(r)))
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// cell makes a value safe for one table cell on a terminal: control
// characters (tabs, line breaks, escape sequences a hostile server could
// send) are shown quoted instead of acted upon; empty is "-".
func cell(s string) string {
	if s == "" {
		return "-"
	}
	if strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) }) {
		q := strconv.Quote(s)
		return q[1 : len(q)-1]
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func degrees(f *float64, prec int) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', prec, 64)
}

// listCommands are the list commands of the Python CLI and the others the
// issue asks for.
func listCommands(app cliapp.App) []*cobra.Command {
	return []*cobra.Command{
		listCommand(app, listSpec[arcsecond.Dataset]{
			use: "datasets", short: "List your datasets, or an organisation's with -p", plural: "datasets", portal: true,
			long: "Lists datasets with their uuid (for upload -d), telescope and number of files.",
			all: func(ctx context.Context, c *arcsecond.Client) iter.Seq2[*arcsecond.Dataset, error] {
				return c.Datasets.All(ctx, nil)
			},
			columns: []column[arcsecond.Dataset]{
				{"NAME", func(d *arcsecond.Dataset) string { return d.Name }},
				{"UUID", func(d *arcsecond.Dataset) string { return d.UUID }},
				{"TELESCOPE", func(d *arcsecond.Dataset) string { return d.Telescope }},
				{"FILES", func(d *arcsecond.Dataset) string { return strconv.Itoa(d.DataFilesCount) }},
			},
		}),
		listCommand(app, listSpec[arcsecond.Telescope]{
			use: "telescopes", short: "List your telescopes, or an organisation's with -p", plural: "telescopes", portal: true,
			long: "Lists telescopes with their uuid (for upload -t) and observing site.",
			all: func(ctx context.Context, c *arcsecond.Client) iter.Seq2[*arcsecond.Telescope, error] {
				return c.Telescopes.All(ctx, nil)
			},
			columns: []column[arcsecond.Telescope]{
				{"NAME", func(t *arcsecond.Telescope) string { return t.Name }},
				{"UUID", func(t *arcsecond.Telescope) string { return t.UUID }},
				{"OBSERVING SITE", func(t *arcsecond.Telescope) string { return t.ObservingSite }},
			},
		}),
		listCommand(app, listSpec[arcsecond.ObservingSite]{
			use: "observingsites", short: "List observing sites (an organisation's with -p)", plural: "observing sites", portal: true,
			long: "Lists observing sites with their uuid and position (degrees, east-positive longitude; metres).",
			all: func(ctx context.Context, c *arcsecond.Client) iter.Seq2[*arcsecond.ObservingSite, error] {
				return c.ObservingSites.All(ctx, nil)
			},
			columns: []column[arcsecond.ObservingSite]{
				{"NAME", func(s *arcsecond.ObservingSite) string { return s.Name }},
				{"UUID", func(s *arcsecond.ObservingSite) string { return s.UUID }},
				{"LAT", func(s *arcsecond.ObservingSite) string { return degrees(&s.Coordinates.Latitude, 4) }},
				{"LON", func(s *arcsecond.ObservingSite) string { return degrees(&s.Coordinates.Longitude, 4) }},
				{"HEIGHT", func(s *arcsecond.ObservingSite) string { return degrees(&s.Coordinates.Height, 0) }},
			},
		}),
		listCommand(app, listSpec[arcsecond.AllSkyCamera]{
			use: "allskycameras", short: "List your all-sky cameras, or an organisation's with -p", plural: "all-sky cameras", portal: true,
			long: "Lists all-sky cameras with their uuid (for allsky upload -c).",
			all: func(ctx context.Context, c *arcsecond.Client) iter.Seq2[*arcsecond.AllSkyCamera, error] {
				return c.AllSkyCameras.All(ctx, nil)
			},
			columns: []column[arcsecond.AllSkyCamera]{
				{"NAME", func(a *arcsecond.AllSkyCamera) string { return a.Name }},
				{"UUID", func(a *arcsecond.AllSkyCamera) string { return a.UUID }},
				{"OBSERVING SITE", func(a *arcsecond.AllSkyCamera) string { return deref(a.ObservingSite) }},
			},
		}),
		listCommand(app, listSpec[arcsecond.Target]{
			use: "targets", short: "List your targets, or an organisation's with -p", plural: "targets", portal: true,
			long: "Lists targets with their id, list and J2000 position (degrees).",
			all: func(ctx context.Context, c *arcsecond.Client) iter.Seq2[*arcsecond.Target, error] {
				return c.Targets.All(ctx, nil)
			},
			columns: []column[arcsecond.Target]{
				{"NAME", func(t *arcsecond.Target) string { return t.Name }},
				{"ID", func(t *arcsecond.Target) string { return strconv.Itoa(t.ID) }},
				{"CLASS", func(t *arcsecond.Target) string { return string(t.TargetClass) }},
				{"RA", func(t *arcsecond.Target) string { return targetCoord(t, true) }},
				{"DEC", func(t *arcsecond.Target) string { return targetCoord(t, false) }},
				{"LIST", func(t *arcsecond.Target) string { return deref(t.List) }},
			},
		}),
		listCommand(app, listSpec[arcsecond.NightLog]{
			use: "nightlogs", short: "List your night logs, or an organisation's with -p", plural: "night logs", portal: true,
			long: "Lists night logs with their date (local date of the night's start), uuid and telescope.",
			all: func(ctx context.Context, c *arcsecond.Client) iter.Seq2[*arcsecond.NightLog, error] {
				return c.NightLogs.All(ctx, nil)
			},
			columns: []column[arcsecond.NightLog]{
				{"DATE", func(n *arcsecond.NightLog) string { return n.Date.String() }},
				{"UUID", func(n *arcsecond.NightLog) string { return n.UUID }},
				{"TELESCOPE", func(n *arcsecond.NightLog) string { return n.Telescope }},
				{"OBSERVATIONS", func(n *arcsecond.NightLog) string { return strconv.Itoa(len(n.Observations)) }},
				{"CALIBRATIONS", func(n *arcsecond.NightLog) string { return strconv.Itoa(len(n.Calibrations)) }},
			},
		}),
	}
}

// targetCoord is a target's right ascension or declination, its own or
// its object's.
func targetCoord(t *arcsecond.Target, ra bool) string {
	eq := t.EquatorialCoordinates
	if eq == nil && t.Object != nil {
		eq = t.Object.EquatorialCoordinates
	}
	if eq == nil {
		return ""
	}
	if ra {
		return degrees(eq.RightAscension, 5)
	}
	return degrees(eq.Declination, 5)
}

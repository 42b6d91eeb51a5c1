package night

import (
	"time"

	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// Command returns `arcsecond night`.
func Command(app cliapp.App) *cobra.Command {
	o := options{objects: defaultObjects}
	cmd := &cobra.Command{
		Use:   "night",
		Short: "Plan a night at a site: twilights, the Moon, when targets are up; table and chart",
		Long: `Prints the night at an observing site: the twilights, the Moon during the
night (up or down at sunset, its rises and sets until sunrise, with dates), and
for each target its rise, transit and set and when it is above --min-alt in
the dark (-o json: the same as JSON, times in UTC). It also draws the night as an
altitude-versus-time chart: to --png and/or --svg, or, without either, to a PNG in
the temporary directory (never the current one), whose path it prints; --no-chart
for none.

Targets come from a target list of the API (--list), from a file (--targets: one
per line, a name to resolve or "name, RA, Dec" with RA in degrees or h:m:s and Dec
in degrees or d:m:s; # comments), or from names resolved by the API (--objects).
Sites and objects are public: no login is needed.`,
		Example: `  arcsecond night --site Paranal --date 2026-05-20 --png night.png
  arcsecond night --site "La Silla" --targets my-targets.txt --min-alt 25 --svg night.svg
  arcsecond night --offline --objects "Sgr A*,NGC 5139,Antares" -o json --no-chart`,
		Args: cliapp.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.check(); err != nil {
				return &cliapp.UsageError{Err: err}
			}
			ctx := cmd.Context()
			c, err := app.PublicClient(ctx)
			if err != nil {
				return err
			}
			e := env{client: c, out: app.Out(), err: app.Err(), json: app.JSON(), inProcess: app.Server() != nil,
				now: time.Now, tempDir: defaultTempDir()}
			return run(ctx, e, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.site, "site", "Paranal", "observing site: name (or a unique part of it), acronym, IAU code or uuid")
	f.StringVar(&o.date, "date", "", "local date of the evening, YYYY-MM-DD (default: tonight at the site)")
	f.StringVar(&o.list, "list", "", "target list of the API, by `name or uuid` (needs a login)")
	f.StringVar(&o.targets, "targets", "", "`file` of targets, one per line: name, or name, RA, Dec")
	f.StringSliceVar(&o.objects, "objects", defaultObjects, "object `names` resolved by the API, comma-separated (when neither --list nor --targets)")
	f.Float64Var(&o.minAlt, "min-alt", 30, "altitude limit in `degrees` (30° is airmass 2)")
	f.StringVar(&o.png, "png", "", "`file` to write the chart to as PNG")
	f.StringVar(&o.svg, "svg", "", "`file` to write the chart to as SVG")
	f.BoolVar(&o.noChart, "no-chart", false, "write no chart")
	f.IntVar(&o.width, "width", 1200, "chart width in `pixels`")
	f.IntVar(&o.height, "height", 700, "chart height in `pixels`")
	return cmd
}

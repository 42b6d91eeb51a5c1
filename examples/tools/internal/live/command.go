package live

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// Command returns `arcsecond live`.
func Command(app cliapp.App) *cobra.Command {
	var o options
	cmd := &cobra.Command{
		Use:   "live",
		Short: "Watch the live observing activity, filtered; notify, POST or run a command per match",
		Long: `Prints the live activity stream, one line per activity matching the filters
(-o json: one JSON object per line), with optional notification lines
(--notify), webhook POSTs (--webhook) and a command run per match (--exec: no
shell is involved; the command gets the activity as JSON on its standard input
and its id, date, title, target, satellite, organisation, site and telescope in
ARCSECOND_ACTIVITY_* variables). Connections, reconnections and backfills are
logged to stderr. It stops after --count matches, after --duration, or on Ctrl-C
(exit 0 in each case); with --offline, once the synthetic night (--demo
activities) has been printed.`,
		Example: `  arcsecond live --site Paranal --cone 83.8,-5.4,10 --webhook https://example.org/hook
  arcsecond live --satellite HST --exec 'notify-send "HST observing"'
  arcsecond live --offline --demo 20 --satellite HST`,
		Args: cliapp.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			argv, err := o.parse()
			if err != nil {
				return &cliapp.UsageError{Err: err}
			}
			ctx := cmd.Context()
			c, err := app.Client(ctx)
			if err != nil {
				return err
			}
			log := newLogger(app.Err(), app.Logger().Enabled(ctx, slog.LevelDebug))
			c, err = observe(c, log)
			if err != nil {
				return err
			}
			w := &watcher{c: c, o: o, argv: argv, out: app.Out(), err: app.Err(), json: app.JSON(), log: log,
				hook: &http.Client{Timeout: 10 * time.Second}}
			return w.run(ctx, app.Server())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.site, "site", "", "observing site: name, acronym, IAU code or uuid")
	f.StringVar(&o.filter.Telescope, "telescope", "", "telescope `uuid or alias` (e.g. UT4)")
	f.StringVar(&o.filter.Instrument, "instrument", "", "instrument `uuid`")
	f.StringVar(&o.filter.Programme, "programme", "", "programme id, code, identifier or name")
	f.StringVar(&o.filter.Satellite, "satellite", "", "satellite name (e.g. HST)")
	f.StringVar(&o.filter.TargetName, "target", "", "target name (case and spaces ignored)")
	f.StringVar(&o.filter.Organisation, "organisation", "", "organisation `subdomain`")
	f.StringVar(&o.cone, "cone", "", "sky cone `RA,Dec,radius` in degrees (ICRS)")
	f.BoolVar(&o.notify, "notify", false, "also print a tab-separated \"notify<TAB>title<TAB>body\" line per match, for a desktop notifier")
	f.StringVar(&o.webhook, "webhook", "", "`URL` to POST each matching activity to, as JSON")
	f.StringVar(&o.exec, "exec", "", "`command` to run per match, without a shell (words split as a shell would, nothing expanded)")
	f.DurationVar(&o.execTimeout, "exec-timeout", 30*time.Second, "kill an --exec command still running after this long")
	f.IntVar(&o.since, "since", 0, "resume after this activity id (negative: replay the whole history first)")
	f.IntVarP(&o.count, "count", "n", 0, "stop after this many matching activities (0: no limit)")
	f.DurationVar(&o.duration, "duration", 0, "stop after this long, e.g. 8h (0: no limit)")
	f.IntVar(&o.demo, "demo", 40, "with --offline: activities of the synthetic night the in-process server plays")
	return cmd
}

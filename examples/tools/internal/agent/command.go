package agent

import (
	"log/slog"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// Command returns `arcsecond agent`.
func Command(app cliapp.App) *cobra.Command {
	cfg := config{now: time.Now}
	cmd := &cobra.Command{
		Use:   "agent",
		Short: "Run a Hub agent that points a telescope (center_on_coordinates), refusing targets too low",
		Long: `Runs an Arcsecond Hub agent for a telescope at --site: it enrols its Ed25519 key
(--key, created on first run; the agent uuid is kept beside it in FILE.uuid),
connects to the Hub and answers center_on_coordinates with the target's apparent
place, altitude, azimuth and airmass, refusing targets below --min-alt. It serves
until Ctrl-C (exit 0). With --offline it connects to the in-process server's Hub, sends
itself a few demo commands (one below the horizon), prints the results and exits.`,
		Example: `  arcsecond agent --site Paranal --key ~/.config/arcsecond/agent.pem
  arcsecond agent --offline`,
		Args: cliapp.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cfg.check(); err != nil {
				return &cliapp.UsageError{Err: err}
			}
			ctx := cmd.Context()
			c, err := app.Client(ctx)
			if err != nil {
				return err
			}
			level := slog.LevelInfo
			if app.Logger().Enabled(ctx, slog.LevelDebug) {
				level = slog.LevelDebug
			}
			log := slog.New(slog.NewTextHandler(app.Err(), &slog.HandlerOptions{Level: level}))
			if c, err = c.With(arcsecond.WithLogger(log)); err != nil {
				return err
			}
			srv := app.Server()
			if srv != nil && cfg.hub == "" {
				cfg.hub = srv.HubURL()
			}
			a, err := newAgent(ctx, c, cfg, log)
			if err != nil {
				return err
			}
			if srv == nil {
				log.Info("serving the Hub; Ctrl-C to stop", "hub", cfg.hub)
				if err := a.Run(ctx); err != nil {
					return err
				}
				log.Info("stopped")
				return nil
			}
			return demo(ctx, srv, a, app.Out())
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.site, "site", "Paranal", "observing site of the telescope: name, acronym, IAU code or uuid")
	f.StringVar(&cfg.keyPath, "key", "", "`file` of the agent's Ed25519 key (PKCS #8 PEM), created if missing (default: a new key each run)")
	f.StringVar(&cfg.agentUUID, "agent", "", "enrolled agent `uuid` (default: read from FILE.uuid, or enrol)")
	f.StringVar(&cfg.hub, "hub", "", "Hub `URL` or host (default: "+arcsecond.DefaultHubURL+", or the in-process server's)")
	f.StringVar(&cfg.profile, "profile", "", "enrol in the personal scope of this `username` instead of the client's organisation")
	f.Float64Var(&cfg.minAlt, "min-alt", 0, "refuse targets below this altitude, `degrees`")
	return cmd
}

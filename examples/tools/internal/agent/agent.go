// Package agent is `arcsecond agent`: an Arcsecond Hub agent for a
// telescope. It enrols an Ed25519 key (kept in --key, created on first run),
// connects to the Hub and answers center_on_coordinates by computing the
// target's apparent place and its current altitude and azimuth at the
// agent's observing site with package aa, reporting progress as it goes
// (the slew itself is where a mount driver would go). A target below
// --min-alt (the horizon by default) is refused with a clear error result.
//
// With --offline it uses the in-process server and its Hub endpoint, sends
// the agent a few demo commands (one of them below the horizon), prints
// the results and exits; otherwise it serves the Hub until Ctrl-C.
package agent

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"strings"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
)

type config struct {
	site, keyPath, agentUUID, hub, profile string
	minAlt                                 float64
	now                                    func() time.Time
}

func (c *config) check() error {
	if !(c.minAlt >= -10 && c.minAlt < 90) {
		return fmt.Errorf("--min-alt %g: want −10 to 90 degrees", c.minAlt)
	}
	return nil
}

// demo runs the agent against the in-process Hub and sends it commands.
func demo(ctx context.Context, srv *arcsecondtest.Server, a *arcsecond.HubAgent, stdout io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() { cancel(); <-done }()

	wait, stop := context.WithTimeout(ctx, 10*time.Second)
	defer stop()
	for a.UUID() == "" || srv.WaitHubAgent(wait, a.UUID()) != nil {
		select {
		case err := <-done:
			done <- err
			return fmt.Errorf("agent stopped before connecting: %w", err)
		case <-wait.Done():
			return errors.New("the agent did not connect to the in-process Hub")
		case <-time.After(20 * time.Millisecond):
		}
	}
	for _, t := range []struct {
		name     string
		ra, dec  float64
		deadline time.Duration
	}{
		{"near the south celestial pole (always up from the south)", 6, -85, 5 * time.Second},
		{"Polaris (never up from the south)", 2.53, 89.26, 5 * time.Second},
	} {
		cctx, ccancel := context.WithTimeout(ctx, t.deadline)
		r, err := srv.HubCommand(cctx, a.UUID(), "center_on_coordinates", map[string]any{"target_ra_hours": t.ra, "target_dec_deg": t.dec})
		ccancel()
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "center_on_coordinates %s:\n", t.name)
		for _, p := range r.Progress {
			fmt.Fprintf(stdout, "  progress: %s\n", p)
		}
		if r.OK {
			fmt.Fprintf(stdout, "  result: %s\n", r.Result)
		} else {
			fmt.Fprintf(stdout, "  refused: %s\n", r.Error)
		}
	}
	return nil
}

func newAgent(ctx context.Context, c *arcsecond.Client, cfg config, log *slog.Logger) (*arcsecond.HubAgent, error) {
	site, err := exampleenv.FindSite(ctx, c, cfg.site)
	if err != nil {
		return nil, err
	}
	key, uuid, err := loadKey(cfg)
	if err != nil {
		return nil, err
	}
	a, err := c.NewHubAgent(key, &arcsecond.HubAgentOptions{
		HubURL: cfg.hub, AgentUUID: uuid, Profile: cfg.profile,
		OnEnroll: func(uuid string) {
			log.Info("enrolled", "agent", uuid)
			if cfg.keyPath != "" {
				if err := os.WriteFile(cfg.keyPath+".uuid", []byte(uuid+"\n"), 0o600); err != nil {
					log.Error("saving the agent uuid", "err", err)
				}
			}
		},
	})
	if err != nil {
		return nil, err
	}
	log.Info("agent ready", "site", site.Name, "min_alt", cfg.minAlt)
	a.Handle("center_on_coordinates", centerHandler(site, cfg.minAlt, cfg.now))
	return a, nil
}

// loadKey reads the key and agent uuid of cfg.keyPath, creating the key if
// the file does not exist; without a path, the key is new and not kept.
func loadKey(cfg config) (ed25519.PrivateKey, string, error) {
	if cfg.keyPath == "" {
		k, err := arcsecond.GenerateAgentKey()
		return k, cfg.agentUUID, err
	}
	key, err := arcsecond.LoadAgentKey(cfg.keyPath)
	if errors.Is(err, fs.ErrNotExist) {
		if key, err = arcsecond.GenerateAgentKey(); err == nil {
			err = arcsecond.SaveAgentKey(cfg.keyPath, key)
		}
	}
	if err != nil {
		return nil, "", fmt.Errorf("agent key %s: %w", cfg.keyPath, err)
	}
	uuid := cfg.agentUUID
	if b, err := os.ReadFile(cfg.keyPath + ".uuid"); uuid == "" && err == nil {
		uuid = strings.TrimSpace(string(b))
	}
	return key, uuid, nil
}

// pointing is the result of center_on_coordinates.
type pointing struct {
	Site        string  `json:"site"`
	Time        string  `json:"time"`
	RAHours     float64 `json:"apparent_ra_hours"`
	DecDeg      float64 `json:"apparent_dec_deg"`
	AltitudeDeg float64 `json:"altitude_deg"`
	AzimuthDeg  float64 `json:"azimuth_deg"`
	Airmass     float64 `json:"airmass"`
}

func centerHandler(site *arcsecond.ObservingSite, minAlt float64, now func() time.Time) arcsecond.CommandHandler {
	geo, geoOK := site.Coordinates.Geographic()
	return func(ctx context.Context, cmd *arcsecond.Command, progress func(string)) (any, error) {
		p, err := cmd.CenterOnCoordinates()
		if err != nil {
			return nil, err
		}
		if !geoOK {
			return nil, fmt.Errorf("site %s has no usable coordinates", site.Name)
		}
		t := now().UTC()
		ut := aa.UTFromTime(t)
		app := aa.ApparentPlace(aa.Star{Pos: p.Position, Epoch: aa.J2000}, ut.TT())
		progress(fmt.Sprintf("apparent place RA %s Dec %s", app.RA.HMSString(1), app.Dec.DMSString(0)))
		h := app.Horizontal(geo, ut)
		alt := h.Alt.Deg()
		progress(fmt.Sprintf("altitude %.2f°, azimuth %.2f° at %s, %s UT", alt, h.Az.Deg(), site.Name, t.Format("15:04:05")))
		if alt < minAlt {
			what := "below the horizon"
			if minAlt != 0 {
				what = fmt.Sprintf("below the %g° limit", minAlt)
			}
			return nil, fmt.Errorf("target RA %.4fh Dec %+.4f° is %s at %s (altitude %.2f°)", p.Position.RA.Hours(), p.Position.Dec.Deg(), what, site.Name, alt)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		progress("slewing")
		progress("centred")
		return pointing{Site: site.Name, Time: t.Format(time.RFC3339), RAHours: app.RA.Deg() / 15, DecDeg: app.Dec.Deg(),
			AltitudeDeg: alt, AzimuthDeg: h.Az.Deg(), Airmass: airmass(alt)}, nil
	}
}

// airmass is Pickering's (2002) formula, good down to the horizon.
func airmass(alt float64) float64 {
	return 1 / aa.Deg(alt+244/(165+47*math.Pow(alt, 1.1))).Sin()
}

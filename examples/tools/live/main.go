// Command live watches the worldwide observing activity of Arcsecond as it
// happens and prints one line per event that matches its filters (site,
// telescope, instrument, programme, satellite, target, a cone on the sky). For
// each match it can also print a notification line for a desktop notifier
// and POST the activity as JSON to a webhook. Its log (stderr) shows the
// connections, reconnections and the backfills that recover the events
// missed while disconnected.
//
// Without ARCSECOND_API_KEY it uses the in-process reference server
// (arcsecond/arcsecondtest), which plays a synthetic night of activity
// (-demo); with it (and optionally ARCSECOND_API_URL, ARCSECOND_ORGANISATION)
// it watches the real feed. From examples/tools:
//
//	go run ./live
//	go run ./live -site Paranal -cone 83.8,-5.4,10 -webhook https://example.org/hook
//	go run ./live -satellite HST -notify | while IFS=$'\t' read -r _ t b; do notify-send "$t" "$b"; done
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
)

const usage = `Usage: live [flags]

Prints the live activity stream, one line per event matching the filters, with
optional notification lines (-notify) and webhook POSTs (-webhook). Ctrl-C stops.
Offline (in-process reference server playing a synthetic night) unless
ARCSECOND_API_KEY is set.
`

func main() { exampleenv.Main("live", run) }

type config struct {
	site, webhook string
	filter        arcsecond.ActivityFilter
	notify        bool
	since, count  int
	demo          int
	verbose       bool
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	var cone string
	fs := flag.NewFlagSet("live", flag.ContinueOnError)
	fs.StringVar(&c.site, "site", "", "observing site: name, acronym, IAU code or uuid")
	fs.StringVar(&c.filter.Telescope, "telescope", "", "telescope `uuid`")
	fs.StringVar(&c.filter.Instrument, "instrument", "", "instrument `uuid`")
	fs.StringVar(&c.filter.Programme, "programme", "", "programme id, code, identifier or name")
	fs.StringVar(&c.filter.Satellite, "satellite", "", "satellite name (e.g. HST)")
	fs.StringVar(&c.filter.TargetName, "target", "", "target name (case and spaces ignored)")
	fs.StringVar(&c.filter.Organisation, "org", "", "organisation subdomain")
	fs.StringVar(&cone, "cone", "", "sky cone `RA,Dec,radius` in degrees (ICRS)")
	fs.BoolVar(&c.notify, "notify", false, "also print a tab-separated \"notify<TAB>title<TAB>body\" line per match, for a desktop notifier")
	fs.StringVar(&c.webhook, "webhook", "", "`URL` to POST each matching activity to, as JSON")
	fs.IntVar(&c.since, "since", 0, "resume after this activity id (negative: replay the whole history first)")
	fs.IntVar(&c.count, "n", 0, "stop after this many matching events (0: run until Ctrl-C)")
	fs.IntVar(&c.demo, "demo", 40, "offline only: activities of the synthetic night the reference server plays")
	fs.BoolVar(&c.verbose, "v", false, "debug logs (every skipped frame)")
	if err := exampleenv.Parse(fs, args, stderr, usage); err != nil {
		return c, err
	}
	if cone != "" {
		cc, err := parseCone(cone)
		if err != nil {
			return c, err
		}
		c.filter.Cone = cc
	}
	if c.webhook != "" {
		u, err := url.Parse(c.webhook)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return c, fmt.Errorf("-webhook %q: want an http or https URL", c.webhook)
		}
	}
	if c.count < 0 || c.demo < 0 {
		return c, errors.New("-n and -demo cannot be negative")
	}
	return c, nil
}

func parseCone(s string) (*arcsecond.Cone, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return nil, fmt.Errorf("-cone %q: want RA,Dec,radius in degrees", s)
	}
	var v [3]float64
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, fmt.Errorf("-cone %q: %q is not a number", s, p)
		}
		v[i] = x
	}
	if v[0] < 0 || v[0] >= 360 || v[1] < -90 || v[1] > 90 || v[2] <= 0 || v[2] > 180 {
		return nil, fmt.Errorf("-cone %q: want 0 ≤ RA < 360, |Dec| ≤ 90, 0 < radius ≤ 180", s)
	}
	return &arcsecond.Cone{Center: aa.Equatorial{RA: aa.Deg(v[0]), Dec: aa.Deg(v[1])}, Radius: aa.Deg(v[2])}, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return exampleenv.Help(err)
	}
	log := newLogger(stderr, cfg.verbose)
	obs := &observer{log: log, next: http.DefaultTransport}
	env, err := exampleenv.Open(stderr, "arcsecond-live",
		arcsecond.WithHTTPClient(&http.Client{Transport: obs}), arcsecond.WithLogger(log))
	if err != nil {
		return err
	}
	defer env.Close()
	if env.Server != nil && cfg.demo > 0 {
		var once sync.Once
		obs.onStream = func() {
			once.Do(func() { go env.Server.LiveNight(cfg.demo, time.Now().UTC()) })
		}
	}
	return watch(ctx, env.Client, cfg, log, stdout)
}

// newLogger logs the example's own messages, and the SDK's debug messages
// about the live connection (lost, polling) at info level.
func newLogger(w io.Writer, verbose bool) *slog.Logger {
	level := slog.LevelInfo
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(raise{slog.NewTextHandler(w, &slog.HandlerOptions{Level: level})})
}

type raise struct{ slog.Handler }

func (h raise) Enabled(context.Context, slog.Level) bool { return true }

func (h raise) Handle(ctx context.Context, r slog.Record) error {
	if r.Level == slog.LevelDebug && (strings.Contains(r.Message, "live activities: connection lost") || strings.Contains(r.Message, "polling")) {
		r.Level = slog.LevelWarn
	}
	if !h.Handler.Enabled(ctx, r.Level) {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h raise) WithAttrs(a []slog.Attr) slog.Handler { return raise{h.Handler.WithAttrs(a)} }
func (h raise) WithGroup(g string) slog.Handler      { return raise{h.Handler.WithGroup(g)} }

// observer logs the requests that tell the stream's story: the WebSocket
// (re)connections and the reads of /activities/ that fill gaps.
type observer struct {
	log      *slog.Logger
	next     http.RoundTripper
	dials    atomic.Int32
	onStream func()
}

func (o *observer) RoundTrip(r *http.Request) (*http.Response, error) {
	switch p := r.URL.Path; {
	case strings.HasSuffix(p, "/activities/live/"):
		if n := o.dials.Add(1); n == 1 {
			o.log.Info("connecting to the live feed", "url", r.URL.Host+p)
		} else {
			o.log.Warn("reconnecting to the live feed", "attempt", n-1)
		}
		if o.onStream != nil {
			o.onStream()
		}
	case strings.HasSuffix(p, "/activities/") && r.URL.RawQuery == "page_size=1":
		o.log.Info("finding the newest activity")
	case strings.HasSuffix(p, "/activities/") && r.Method == http.MethodGet:
		o.log.Info("backfill: reading the activities created while disconnected", "query", r.URL.RawQuery)
	}
	return o.next.RoundTrip(r)
}

func watch(ctx context.Context, c *arcsecond.Client, cfg config, log *slog.Logger, stdout io.Writer) error {
	if cfg.site != "" {
		site, err := exampleenv.FindSite(ctx, c, cfg.site)
		if err != nil {
			return err
		}
		cfg.filter.ObservingSite = site.UUID
		log.Info("filter", "site", site.Name, "uuid", site.UUID)
	}
	hook := &http.Client{Timeout: 10 * time.Second}
	matched := 0
	for a, err := range c.Activities.Live(ctx, &cfg.filter, &arcsecond.LiveOptions{Since: cfg.since}) {
		if err != nil {
			return err
		}
		matched++
		fmt.Fprintln(stdout, line(a))
		if cfg.notify {
			fmt.Fprintf(stdout, "notify\t%s\t%s\n", clean(a.Title), clean(where(a)))
		}
		if cfg.webhook != "" {
			if err := post(ctx, hook, cfg.webhook, a); err != nil {
				log.Error("webhook", "activity", a.ID, "err", err)
			}
		}
		if cfg.count > 0 && matched >= cfg.count {
			break
		}
	}
	log.Info("stopped", "matched", matched)
	return nil
}

func line(a *arcsecond.Activity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  #%d  %s", a.Date.UTC().Format("2006-01-02 15:04:05Z"), a.ID, clean(a.Title))
	if w := where(a); w != "" {
		b.WriteString("  [" + w + "]")
	}
	if pos, ok := a.Position(); ok {
		fmt.Fprintf(&b, "  RA %.3f° Dec %+.3f°", pos.RA.Deg(), pos.Dec.Deg())
	}
	return b.String()
}

func where(a *arcsecond.Activity) string {
	var parts []string
	for _, s := range []string{a.TargetName, a.Satellite, a.Organisation} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func post(ctx context.Context, hc *http.Client, u string, a *arcsecond.Activity) error {
	body, err := json.Marshal(a)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("POST %s: %s", u, resp.Status)
	}
	return nil
}

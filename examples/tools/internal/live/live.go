// Package live is `arcsecond live`: the worldwide observing activity of
// Arcsecond as it happens, one line per event that matches its filters
// (site, telescope, instrument, programme, satellite, target, organisation,
// a cone on the sky). For each match it can also print a notification line
// for a desktop notifier, POST the activity as JSON to a webhook and run a
// command with the activity as JSON on its standard input. Its log (stderr)
// shows the connections, reconnections and the backfills that recover the
// events missed while disconnected.
//
// With --offline the in-process reference server plays a synthetic night
// (--demo activities) and the command exits once all of its matching
// activities are printed.
package live

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
)

// options are the command's flags.
type options struct {
	site, cone, webhook, exec string
	filter                    arcsecond.ActivityFilter
	notify                    bool
	since, count, demo        int
	duration                  time.Duration
	execTimeout               time.Duration
}

// parse checks the options and completes the filter's cone; argv is the
// --exec command split into words.
func (o *options) parse() (argv []string, err error) {
	if o.cone != "" {
		c, err := parseCone(o.cone)
		if err != nil {
			return nil, err
		}
		o.filter.Cone = c
	}
	if o.webhook != "" {
		u, err := url.Parse(o.webhook)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("--webhook %q: want an http or https URL", o.webhook)
		}
	}
	if o.exec != "" {
		if argv, err = splitCommand(o.exec); err != nil {
			return nil, fmt.Errorf("--exec: %w", err)
		}
		// A command that cannot be found is refused now, not at each match.
		if _, err := exec.LookPath(argv[0]); err != nil {
			return nil, fmt.Errorf("--exec: %w", err)
		}
	}
	if o.count < 0 || o.demo < 0 || o.duration < 0 || o.execTimeout <= 0 {
		return nil, errors.New("--count, --demo and --duration cannot be negative, --exec-timeout must be positive")
	}
	return argv, nil
}

func parseCone(s string) (*arcsecond.Cone, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return nil, fmt.Errorf("--cone %q: want RA,Dec,radius in degrees", s)
	}
	var v [3]float64
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, fmt.Errorf("--cone %q: %q is not a number", s, p)
		}
		v[i] = x
	}
	if !(v[0] >= 0 && v[0] < 360 && v[1] >= -90 && v[1] <= 90 && v[2] > 0 && v[2] <= 180) {
		return nil, fmt.Errorf("--cone %q: want 0 ≤ RA < 360, |Dec| ≤ 90, 0 < radius ≤ 180", s)
	}
	return &arcsecond.Cone{Center: aa.Equatorial{RA: aa.Deg(v[0]), Dec: aa.Deg(v[1])}, Radius: aa.Deg(v[2])}, nil
}

// watcher runs one watch: the client, where the output goes and what to do
// with each match.
type watcher struct {
	c        *arcsecond.Client
	o        options
	argv     []string
	out, err io.Writer
	json     bool
	log      *slog.Logger
	hook     *http.Client
}

// newLogger logs the command's own messages at info level (debug with -v)
// and the SDK's debug messages about the live connection (lost, polling)
// as warnings.
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
	log   *slog.Logger
	next  http.RoundTripper
	dials atomic.Int32
}

func (o *observer) RoundTrip(r *http.Request) (*http.Response, error) {
	switch p := r.URL.Path; {
	case strings.HasSuffix(p, "/activities/live/"):
		if n := o.dials.Add(1); n == 1 {
			o.log.Info("connecting to the live feed", "url", r.URL.Host+p)
		} else {
			o.log.Warn("reconnecting to the live feed", "attempt", n-1)
		}
	case strings.HasSuffix(p, "/activities/") && r.Method == http.MethodGet && o.dials.Load() == 0:
		o.log.Info("reading the newest activities (the starting point)", "query", r.URL.RawQuery)
	case strings.HasSuffix(p, "/activities/") && r.Method == http.MethodGet:
		o.log.Info("backfill: reading the activities the feed may have missed", "query", r.URL.RawQuery)
	}
	return o.next.RoundTrip(r)
}

// observe returns c with its requests observed and its messages logged to log.
func observe(c *arcsecond.Client, log *slog.Logger) (*arcsecond.Client, error) {
	return c.With(arcsecond.WithHTTPClient(&http.Client{Transport: &observer{log: log, next: c.HTTPClient().Transport}}), arcsecond.WithLogger(log))
}

// errDemoOver ends an offline demo once its matching activities are out.
var errDemoOver = errors.New("the synthetic night is over")

// run watches the feed until ctx ends (Ctrl-C), --count matches,
// --duration passes or, with srv (offline), the synthetic night has been
// printed; each is a normal end.
func (w *watcher) run(ctx context.Context, srv *arcsecondtest.Server) error {
	if w.o.site != "" {
		site, err := exampleenv.FindSite(ctx, w.c, w.o.site)
		if err != nil {
			return err
		}
		w.o.filter.ObservingSite = site.UUID
		w.log.Info("filter", "site", site.Name, "uuid", site.UUID)
	}
	if key := w.o.filter.Telescope; key != "" {
		// By uuid or alias (UT4, NTT): the activities name the uuid.
		t, _, err := w.c.Telescopes.Get(ctx, key)
		if err != nil {
			return fmt.Errorf("--telescope %q: %w", key, err)
		}
		w.o.filter.Telescope = t.UUID
		w.log.Info("filter", "telescope", t.Name, "uuid", t.UUID)
	}
	parent := ctx
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	elapsed := fmt.Errorf("--duration %s elapsed", w.o.duration)
	if w.o.duration > 0 {
		var stop context.CancelFunc
		ctx, stop = context.WithTimeoutCause(ctx, w.o.duration, elapsed)
		defer stop()
	}
	var demo *demoNight
	if srv != nil && w.o.demo > 0 {
		// The night starts after the newest activity: read from there,
		// the feed misses none of it, however soon it begins.
		if w.o.since == 0 {
			newest, err := newestID(ctx, w.c)
			if err != nil {
				return err
			}
			w.o.since = newest
		}
		demo = &demoNight{delivered: map[int]bool{}, changed: make(chan struct{})}
		done := make(chan struct{})
		defer func() { cancel(nil); <-done }()
		go func() {
			defer close(done)
			if err := demo.play(ctx, srv, w.c, &w.o.filter, w.o.demo); err != nil {
				cancel(err)
				return
			}
			cancel(errDemoOver)
		}()
	}

	matched := 0
	for a, err := range w.c.Activities.Live(ctx, &w.o.filter, &arcsecond.LiveOptions{Since: w.o.since}) {
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return err
		}
		matched++
		if err := w.emit(ctx, a); err != nil {
			return err
		}
		if demo != nil {
			demo.deliver(a.ID)
		}
		if w.o.count > 0 && matched >= w.o.count {
			break
		}
	}
	// Ctrl-C (the parent context ending) is the normal way to stop
	// watching: like the end of the demo or of --duration, not an error.
	switch cause := context.Cause(ctx); {
	case cause == nil:
		w.log.Info("stopped", "matched", matched)
	case cause == errDemoOver || cause == elapsed:
		w.log.Info("stopped: "+cause.Error(), "matched", matched)
	case parent.Err() != nil:
		w.log.Info("stopped: interrupted", "matched", matched)
	default:
		return cause
	}
	return nil
}

// emit prints a match and runs its webhook and command.
func (w *watcher) emit(ctx context.Context, a *arcsecond.Activity) error {
	if w.json {
		b, err := json.Marshal(a)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w.out, "%s\n", b); err != nil {
			return err
		}
	} else if _, err := fmt.Fprintln(w.out, line(a)); err != nil {
		return err
	}
	if w.o.notify {
		fmt.Fprintf(w.out, "notify\t%s\t%s\n", clean(a.Title), clean(where(a)))
	}
	if w.o.webhook != "" {
		if err := post(ctx, w.hook, w.o.webhook, a); err != nil {
			w.log.Error("webhook", "activity", a.ID, "err", err)
		}
	}
	if w.argv != nil {
		if err := runCommand(ctx, w.argv, a, w.o.execTimeout, w.err); err != nil {
			w.log.Error("--exec", "activity", a.ID, "err", err)
		}
	}
	return nil
}

// demoNight plays the in-process server's synthetic night once the feed
// is connected, and knows when its matching activities have all been
// printed.
type demoNight struct {
	mu        sync.Mutex
	delivered map[int]bool
	changed   chan struct{} // closed and replaced at each delivery
}

func (d *demoNight) deliver(id int) {
	d.mu.Lock()
	d.delivered[id] = true
	close(d.changed)
	d.changed = make(chan struct{})
	d.mu.Unlock()
}

func (d *demoNight) play(ctx context.Context, srv *arcsecondtest.Server, c *arcsecond.Client, f *arcsecond.ActivityFilter, n int) error {
	// Played once the feed is subscribed, the night arrives as live
	// frames (Since makes the backfill cover any frame missed anyway).
	if err := srv.WaitLiveSubscriber(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	ids := srv.LiveNight(n, time.Now().UTC())
	var want []int
	for _, id := range ids {
		a, _, err := c.Activities.Get(ctx, id)
		if err != nil {
			return fmt.Errorf("reading synthetic activity %d: %w", id, err)
		}
		if f.Match(a) {
			want = append(want, id)
		}
	}
	for {
		d.mu.Lock()
		missing, changed := 0, d.changed
		for _, id := range want {
			if !d.delivered[id] {
				missing++
			}
		}
		d.mu.Unlock()
		if missing == 0 {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return nil
		}
	}
}

// newestID is the id of the newest activity, -1 if there is none (Since
// then replays the whole, empty, history).
func newestID(ctx context.Context, c *arcsecond.Client) (int, error) {
	newest := -1
	for a, err := range c.Activities.All(ctx, nil) {
		if err != nil {
			return 0, fmt.Errorf("reading the activities: %w", err)
		}
		newest = max(newest, a.ID)
	}
	return newest, nil
}

func line(a *arcsecond.Activity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  #%d  %s", a.Date.UTC().Format("2006-01-02 15:04:05Z"), a.ID, clean(a.Title))
	if w := where(a); w != "" {
		b.WriteString("  [" + clean(w) + "]")
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

// clean keeps a line a line: control characters (tabs, newlines, escape
// sequences a terminal would obey) become spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
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

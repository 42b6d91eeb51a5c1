package arcsecond_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// noLeak fails the test if goroutines started during it are still running
// once its other cleanups (the server's Close) have run.
func noLeak(t testing.TB) {
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(3 * time.Second)
		for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if n := runtime.NumGoroutine(); n > before {
			buf := make([]byte, 1<<16)
			t.Errorf("%d goroutines left running (%d before):\n%s", n, before, buf[:runtime.Stack(buf, true)])
		}
	})
}

func liveServer(t testing.TB) (*arcsecondtest.Server, *arcsecond.Client) {
	noLeak(t)
	s := arcsecondtest.NewServer(arcsecondtest.WithSeedData(false))
	t.Cleanup(s.Close)
	c, err := s.Client()
	if err != nil {
		t.Fatal(err)
	}
	return s, c
}

var fastBackoff = arcsecond.Backoff{MinWait: 2 * time.Millisecond, MaxWait: 20 * time.Millisecond}

func createActivity(t testing.TB, c *arcsecond.Client, title string, ra, dec float64) int {
	t.Helper()
	a, _, err := c.Activities.Create(context.Background(), &arcsecond.ActivityCreate{
		Title: title, TargetName: title,
		Coordinates: &arcsecond.ActivityCoordinates{RightAscension: &ra, Declination: &dec},
	})
	if err != nil {
		t.Fatal(err)
	}
	return a.ID
}

// collector ranges over a live stream in its own goroutine, handing each
// activity over an unbuffered channel (the consumer's pace).
type collector struct {
	items  chan *arcsecond.Activity
	errs   chan error
	cancel context.CancelFunc
	done   chan struct{}
}

func collect(t testing.TB, live func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error]) *collector {
	ctx, cancel := context.WithCancel(context.Background())
	col := &collector{items: make(chan *arcsecond.Activity), errs: make(chan error, 1), cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(col.done)
		for a, err := range live(ctx) {
			if err != nil {
				col.errs <- err
				return
			}
			select {
			case col.items <- a:
			case <-ctx.Done():
			}
		}
	}()
	t.Cleanup(func() { cancel(); <-col.done })
	return col
}

func (col *collector) take(t testing.TB, n int) []int {
	t.Helper()
	var ids []int
	timeout := time.After(10 * time.Second)
	for len(ids) < n {
		select {
		case a := <-col.items:
			ids = append(ids, a.ID)
		case err := <-col.errs:
			t.Fatalf("after %v: %v", ids, err)
		case <-timeout:
			t.Fatalf("got %d of %d activities: %v", len(ids), n, ids)
		}
	}
	return ids
}

// quiet fails if anything more arrives within d.
func (col *collector) quiet(t testing.TB, d time.Duration) {
	t.Helper()
	select {
	case a := <-col.items:
		t.Errorf("unexpected extra activity %d", a.ID)
	case err := <-col.errs:
		t.Errorf("unexpected error %v", err)
	case <-time.After(d):
	}
}

// createPaced creates n activities, one every pause, in the background.
func createPaced(t testing.TB, c *arcsecond.Client, n int, pause time.Duration) <-chan []int {
	out := make(chan []int, 1)
	go func() {
		var ids []int
		for i := range n {
			a, _, err := c.Activities.Create(context.Background(), &arcsecond.ActivityCreate{Title: fmt.Sprintf("paced %d", i)})
			if err != nil {
				t.Error(err) // not Fatal: this is not the test's goroutine
				break
			}
			ids = append(ids, a.ID)
			time.Sleep(pause)
		}
		out <- ids
	}()
	return out
}

func TestLiveDropAndRestartLoseNothing(t *testing.T) {
	s, c := liveServer(t)
	since := createActivity(t, c, "before", 0, 0)
	s.InjectFault(arcsecondtest.Fault{Route: "/activities/live/", DropAfterFrames: 2, Times: 3})
	s.InjectFault(arcsecondtest.Fault{Route: "/activities/live/", Status: 503, Times: 2})
	col := collect(t, func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error] {
		return c.Activities.Live(ctx, nil, &arcsecond.LiveOptions{Since: since, Backoff: fastBackoff})
	})
	pending := createPaced(t, c, 30, 5*time.Millisecond)
	got := col.take(t, 30)
	want := <-pending
	if !slices.Equal(got, want) {
		t.Errorf("delivered %v\nwant      %v", got, want)
	}
	col.quiet(t, 100*time.Millisecond)
	if n := s.Hits("GET", "/activities/live/"); n < 6 {
		t.Errorf("%d connections; the faults need 3 drops, 2 refusals and a good one", n)
	}
}

func TestLiveDuplicateFramesDeliveredOnce(t *testing.T) {
	s, c := liveServer(t)
	since := createActivity(t, c, "before", 0, 0)
	s.InjectFault(arcsecondtest.Fault{Route: "/activities/live/", DuplicateFrames: true})
	col := collect(t, func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error] {
		return c.Activities.Live(ctx, nil, &arcsecond.LiveOptions{Since: since, Backoff: fastBackoff})
	})
	waitConnected(t, s)
	pending := createPaced(t, c, 10, time.Millisecond)
	if got, want := col.take(t, 10), <-pending; !slices.Equal(got, want) {
		t.Errorf("delivered %v, want %v", got, want)
	}
	col.quiet(t, 100*time.Millisecond)
	if n := s.Hits("GET", "/activities/live/"); n != 1 {
		t.Errorf("%d connections, want 1 (the frames must have come live)", n)
	}
}

// waitConnected waits until the live client is subscribed, so that every
// activity created afterwards reaches it as a frame.
func waitConnected(t testing.TB, s *arcsecondtest.Server) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.WaitLiveSubscriber(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestLivePollingFallback(t *testing.T) {
	for _, status := range []int{404, 426} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			s, c := liveServer(t)
			since := createActivity(t, c, "before", 0, 0)
			s.InjectFault(arcsecondtest.Fault{Route: "/activities/live/", Status: status})
			col := collect(t, func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error] {
				return c.Activities.Live(ctx, nil, &arcsecond.LiveOptions{Since: since, PollInterval: 10 * time.Millisecond, PageSize: 3, Backoff: fastBackoff})
			})
			pending := createPaced(t, c, 12, 3*time.Millisecond)
			if got, want := col.take(t, 12), <-pending; !slices.Equal(got, want) {
				t.Errorf("delivered %v, want %v", got, want)
			}
			col.quiet(t, 60*time.Millisecond)
			if n := s.Hits("GET", "/activities/live/"); n != 1 {
				t.Errorf("%d upgrade attempts, want 1 then polling", n)
			}
		})
	}
}

func TestLivePollingTriesTheWebSocketAgain(t *testing.T) {
	s, c := liveServer(t)
	since := createActivity(t, c, "before", 0, 0)
	s.InjectFault(arcsecondtest.Fault{Route: "/activities/live/", Status: 404, Times: 1})
	col := collect(t, func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error] {
		return c.Activities.Live(ctx, nil, &arcsecond.LiveOptions{Since: since, PollInterval: 5 * time.Millisecond, RetryUpgrade: 40 * time.Millisecond, Backoff: fastBackoff})
	})
	first := createPaced(t, c, 3, time.Millisecond)
	if got, want := col.take(t, 3), <-first; !slices.Equal(got, want) {
		t.Fatalf("while polling: delivered %v, want %v", got, want)
	}
	// The second upgrade, RetryUpgrade after the first, is accepted.
	for deadline := time.Now().Add(5 * time.Second); s.Hits("GET", "/activities/live/") < 2; time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the upgrade was not tried again")
		}
	}
	time.Sleep(50 * time.Millisecond)
	later := createPaced(t, c, 5, time.Millisecond)
	if got, want := col.take(t, 5), <-later; !slices.Equal(got, want) {
		t.Errorf("after the upgrade: delivered %v, want %v", got, want)
	}
	col.quiet(t, 60*time.Millisecond)
	if n := s.Hits("GET", "/activities/live/"); n != 2 {
		t.Errorf("%d upgrade attempts, want 2 (refused, then accepted)", n)
	}
}

// haversine is an independent great-circle distance in degrees.
func haversine(ra1, dec1, ra2, dec2 float64) float64 {
	r := math.Pi / 180
	h := math.Pow(math.Sin((dec2-dec1)*r/2), 2) + math.Cos(dec1*r)*math.Cos(dec2*r)*math.Pow(math.Sin((ra2-ra1)*r/2), 2)
	return 2 * math.Asin(math.Sqrt(h)) / r
}

func TestLiveConeFilter(t *testing.T) {
	s, c := liveServer(t)
	since := createActivity(t, c, "before", 150, 20)
	cone := &arcsecond.Cone{Center: aa.Equatorial{RA: aa.Hours(10), Dec: aa.Deg(20)}, Radius: aa.Deg(30)}
	col := collect(t, func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error] {
		return c.Activities.Live(ctx, &arcsecond.ActivityFilter{Cone: cone}, &arcsecond.LiveOptions{Since: since, Backoff: fastBackoff})
	})
	waitConnected(t, s)
	night := s.LiveNight(300, time.Date(2026, 3, 1, 20, 0, 0, 0, time.UTC))
	var want []int
	for a, err := range c.Activities.All(context.Background(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		if a.ID > since && haversine(150, 20, *a.Coordinates.RightAscension, *a.Coordinates.Declination) <= 30 {
			want = append(want, a.ID)
		}
	}
	slices.Sort(want)
	if len(want) < 10 || len(want) > len(night)/2 {
		t.Fatalf("%d of %d activities in the cone: the test needs some in and most out", len(want), len(night))
	}
	if got := col.take(t, len(want)); !slices.Equal(got, want) {
		t.Errorf("delivered %v\nwant      %v", got, want)
	}
	col.quiet(t, 100*time.Millisecond)

	m, err := arcsecond.NewActivityMatcher(arcsecond.ActivityFilter{Cone: cone})
	if err != nil {
		t.Fatal(err)
	}
	var hist []int
	for a, err := range m.Filter(c.Activities.All(context.Background(), nil)) {
		if err != nil {
			t.Fatal(err)
		}
		if a.ID > since {
			hist = append(hist, a.ID)
		}
	}
	slices.Sort(hist)
	if !slices.Equal(hist, want) {
		t.Errorf("matcher over the history: %v, want %v", hist, want)
	}
}

func TestLiveLargeFrame(t *testing.T) {
	s, c := liveServer(t)
	since := createActivity(t, c, "before", 0, 0)
	col := collect(t, func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error] {
		return c.Activities.Live(ctx, nil, &arcsecond.LiveOptions{Since: since, Backoff: fastBackoff})
	})
	waitConnected(t, s)
	a, _, err := c.Activities.Create(context.Background(), &arcsecond.ActivityCreate{Title: "long", Content: strings.Repeat("x", 100<<10)})
	if err != nil {
		t.Fatal(err)
	}
	if got := col.take(t, 1); got[0] != a.ID {
		t.Errorf("got %v, want %d", got, a.ID)
	}
	if n := s.Hits("GET", "/activities/live/"); n != 1 {
		t.Errorf("%d connections: the 100 KiB frame broke the first one", n)
	}
}

func TestLiveRefusedCredentials(t *testing.T) {
	s, _ := liveServer(t)
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(s.URL+"/"), arcsecond.WithAPIKey("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	for _, since := range []int{0, 1} { // the REST head, then the handshake
		var got error
		for _, err := range c.Activities.Live(context.Background(), nil, &arcsecond.LiveOptions{Since: since, Backoff: fastBackoff}) {
			got = err
		}
		if !errors.Is(got, arcsecond.ErrUnauthorized) {
			t.Errorf("since %d: %v, want ErrUnauthorized", since, got)
		}
		if got != nil && strings.Contains(got.Error(), "0123456789abcdef") {
			t.Errorf("the key leaked into %q", got)
		}
	}
}

func TestLiveInvalidFilterAndGiveUp(t *testing.T) {
	s, c := liveServer(t)
	bad := &arcsecond.ActivityFilter{Cone: &arcsecond.Cone{Radius: aa.Deg(200)}}
	for _, err := range c.Activities.Live(context.Background(), bad, nil) {
		if err == nil || !strings.Contains(err.Error(), "radius") {
			t.Errorf("bad cone: %v", err)
		}
	}
	s.InjectFault(arcsecondtest.Fault{Route: "/activities/live/", Status: 502})
	n := 0
	for _, err := range c.Activities.Live(context.Background(), nil, &arcsecond.LiveOptions{Since: 1, Backoff: arcsecond.Backoff{MinWait: time.Millisecond, MaxWait: 2 * time.Millisecond, MaxFailures: 3}}) {
		n++
		if !errors.Is(err, arcsecond.ErrServer) {
			t.Errorf("after MaxFailures: %v, want ErrServer", err)
		}
	}
	if n != 1 || s.Hits("GET", "/activities/live/") != 3 {
		t.Errorf("%d errors, %d attempts; want 1 error after 3", n, s.Hits("GET", "/activities/live/"))
	}
}

func TestLiveStopsWithContextAndBreak(t *testing.T) {
	s, c := liveServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		var last error
		for _, err := range c.Activities.Live(ctx, nil, nil) {
			last = err
		}
		done <- last
	}()
	waitConnected(t, s)
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("cancelled: %v, want a quiet end", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Live did not end with its context")
	}
	s.LiveNight(3, time.Now())
	for a, err := range c.Activities.Live(context.Background(), nil, &arcsecond.LiveOptions{Since: 1}) {
		if err != nil || a == nil {
			t.Fatal(a, err)
		}
		break
	}
}

func ExampleActivityMatcher() {
	hst := arcsecond.ActivityFilter{Satellite: "HST"}
	orion := arcsecond.ActivityFilter{Cone: &arcsecond.Cone{
		Center: aa.Equatorial{RA: aa.HMS(false, 5, 35, 17), Dec: aa.DMS(true, 5, 23, 28)},
		Radius: aa.Deg(2),
	}}
	m, err := arcsecond.NewActivityMatcher(hst, orion)
	if err != nil {
		panic(err)
	}
	ra, dec := 83.9, -5.1
	for _, a := range []*arcsecond.Activity{
		{ID: 1, Satellite: "hst"},
		{ID: 2, Coordinates: &arcsecond.ActivityCoordinates{RightAscension: &ra, Declination: &dec}},
		{ID: 3, Satellite: "JWST"},
	} {
		fmt.Println(a.ID, m.Match(a), m.Which(a))
	}
	// Output:
	// 1 true 0
	// 2 true 1
	// 3 false -1
}

func ExampleActivitiesService_Live() {
	s := arcsecondtest.NewServer(arcsecondtest.WithSeedData(false))
	defer s.Close()
	c, _ := s.Client()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	hst := &arcsecond.ActivityFilter{Satellite: "HST"}
	// LiveNight's activities are numbered from 1; Since: 0 would start at
	// the newest one when Live is called.
	go s.LiveNight(8, time.Date(2026, 3, 1, 20, 0, 0, 0, time.UTC))
	n := 0
	for a, err := range c.Activities.Live(ctx, hst, &arcsecond.LiveOptions{Since: -1}) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(a.ID, a.Satellite, a.TargetName)
		if n++; n == 2 {
			break
		}
	}
	// Output:
	// 3 HST NGC 1002
	// 7 HST NGC 1006
}

func TestLiveSlowConsumerLosesNothing(t *testing.T) {
	s, c := liveServer(t)
	since := createActivity(t, c, "before", 0, 0)
	col := collect(t, func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error] {
		return c.Activities.Live(ctx, nil, &arcsecond.LiveOptions{Since: since, PageSize: 100, Backoff: fastBackoff})
	})
	waitConnected(t, s)
	// The consumer reads nothing while the night is published: Live reads
	// no further than the frame it is handing over, so the socket and then
	// the server's bounded queue fill (a server that then drops the client
	// leaves a gap that the backfill fills).
	want := s.LiveNight(1500, time.Date(2026, 3, 1, 20, 0, 0, 0, time.UTC))
	if got := col.take(t, len(want)); !slices.Equal(got, want) {
		t.Errorf("delivered %d activities, want %d in order", len(got), len(want))
	}
	col.quiet(t, 50*time.Millisecond)
}

// TestStreamHandshakeHeaders checks what each handshake carries: the live
// feed, on the API's host, gets the key; the Hub, on another host, never
// does. Both get an Origin naming their own host and the User-Agent.
func TestStreamHandshakeHeaders(t *testing.T) {
	noLeak(t)
	seen := make(chan http.Header, 4)
	rec := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			seen <- r.Header.Clone()
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"count": 0, "next": null, "previous": null, "results": []}`)
	}))
	defer rec.Close()
	const key = "0123456789abcdef0123456789abcdef"
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(rec.URL+"/"), arcsecond.WithAPIKey(key))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	go func() {
		for range c.Activities.Live(ctx, nil, &arcsecond.LiveOptions{Since: 1, PollInterval: time.Hour}) {
		}
	}()
	h := <-seen
	host := strings.TrimPrefix(rec.URL, "http://")
	if h.Get("X-Arcsecond-API-Authorization") != "Key "+key || h.Get("Origin") != "http://"+host || !strings.HasPrefix(h.Get("User-Agent"), "arcsecond-go/") {
		t.Errorf("live handshake headers %v", h)
	}
	cancel()

	s, _ := liveServer(t)
	sc, _ := s.Client()
	hub := strings.Replace(rec.URL, "127.0.0.1", "localhost", 1) // another host than the API's
	key2, _ := arcsecond.GenerateAgentKey()
	a, err := sc.NewHubAgent(key2, &arcsecond.HubAgentOptions{HubURL: hub})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Run(context.Background()); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("Run against a Hub without /ws/agent: %v", err)
	}
	h = <-seen
	if h.Get("X-Arcsecond-API-Authorization") != "" || h.Get("Authorization") != "" || h.Get("Origin") == "" {
		t.Errorf("Hub handshake headers %v", h)
	}
}

// TestLivePollingFiltersOnTheClient: the backfill must not let the
// server's exact target_name filter hide "M31" from a filter for "m 31".
func TestLivePollingFiltersOnTheClient(t *testing.T) {
	s, c := liveServer(t)
	since := createActivity(t, c, "before", 0, 0)
	s.InjectFault(arcsecondtest.Fault{Route: "/activities/live/", Status: 404})
	col := collect(t, func(ctx context.Context) iter.Seq2[*arcsecond.Activity, error] {
		return c.Activities.Live(ctx, &arcsecond.ActivityFilter{TargetName: "m 31"}, &arcsecond.LiveOptions{Since: since, PollInterval: 5 * time.Millisecond})
	})
	var want []int
	for _, name := range []string{"M31", "NGC 224", "m31", "M 33"} {
		id := createActivity(t, c, name, 10.7, 41.3)
		if strings.EqualFold(strings.ReplaceAll(name, " ", ""), "m31") {
			want = append(want, id)
		}
	}
	if got := col.take(t, len(want)); !slices.Equal(got, want) {
		t.Errorf("delivered %v, want %v", got, want)
	}
	col.quiet(t, 30*time.Millisecond)
}

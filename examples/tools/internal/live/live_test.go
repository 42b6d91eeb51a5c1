package live

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/examples/tools/internal/clitest"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
)

// cli runs `arcsecond <args>` against srv (nil: no server) with this
// package's command, as the arcsecond binary does.
func cli(t *testing.T, ctx context.Context, srv *arcsecondtest.Server, args ...string) (string, string, error) {
	t.Helper()
	return clitest.Run(ctx, srv, Command, args...)
}

// matching returns the ids, oldest first, of the server's activities that f matches.
func matching(t *testing.T, srv *arcsecondtest.Server, f *arcsecond.ActivityFilter) []int {
	t.Helper()
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	var ids []int
	for a, err := range c.Activities.All(context.Background(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		if f.Match(a) {
			ids = append(ids, a.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

// lineIDs returns the activity ids of the event lines of out, in order.
func lineIDs(t *testing.T, out string) []int {
	t.Helper()
	var ids []int
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" || strings.HasPrefix(l, "notify\t") {
			continue
		}
		_, rest, ok := strings.Cut(l, "  #")
		id, err := strconv.Atoi(strings.Fields(rest + " ")[0])
		if !ok || err != nil {
			t.Fatalf("not an event line: %q", l)
		}
		ids = append(ids, id)
	}
	return ids
}

// The offline demo ends by itself once every activity of its synthetic
// night that the filter matches has been printed, each once, in order.
func TestOfflineDemoExits(t *testing.T) {
	for _, args := range [][]string{{}, {"--satellite", "hst"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			srv := arcsecondtest.NewServer()
			defer srv.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			f := arcsecond.ActivityFilter{}
			if len(args) > 0 {
				f.Satellite = "hst"
			}
			before := matching(t, srv, &f) // seeded activities, not part of the night
			out, logs, err := cli(t, ctx, srv, append([]string{"live", "--offline", "--demo", "24"}, args...)...)
			if err != nil {
				t.Fatalf("%v\n%s", err, logs)
			}
			var want []int
			for _, id := range matching(t, srv, &f) {
				if !slices.Contains(before, id) {
					want = append(want, id)
				}
			}
			if len(want) == 0 || (len(args) > 0 && len(want) >= 24) {
				t.Fatalf("the synthetic night has %d matching activities", len(want))
			}
			if got := lineIDs(t, out); !slices.Equal(got, want) {
				t.Errorf("printed %v, want %v", got, want)
			}
			for _, w := range []string{"connecting to the live feed", "stopped: the synthetic night is over"} {
				if !strings.Contains(logs, w) {
					t.Errorf("log lacks %q:\n%s", w, logs)
				}
			}
		})
	}
}

// The synthetic night happens at seeded sites: a site filter resolved
// through the API matches some of it, and only activities at that site.
func TestOfflineDemoSite(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, logs, err := cli(t, ctx, srv, "live", "--offline", "--demo", "24", "--site", "Paranal", "-o", "json")
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	var paranal string
	for s, err := range c.ObservingSites.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(s.Name, "Paranal") {
			paranal = s.UUID
		}
	}
	dec := json.NewDecoder(strings.NewReader(out))
	n := 0
	for dec.More() {
		var a arcsecond.Activity
		if err := dec.Decode(&a); err != nil {
			t.Fatal(err)
		}
		if a.ObservingSite != paranal {
			t.Errorf("activity %d at site %q, want Paranal %q", a.ID, a.ObservingSite, paranal)
		}
		n++
	}
	if n == 0 || n >= 24 || !strings.Contains(logs, "filter") {
		t.Errorf("%d activities at Paranal out of 24:\n%s", n, logs)
	}
}

// --telescope takes an alias, resolved through the API to the uuid the
// activities carry.
func TestOfflineDemoTelescope(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	ut4, _, err := c.Telescopes.Get(ctx, "UT4")
	if err != nil {
		t.Fatal(err)
	}
	out, logs, err := cli(t, ctx, srv, "live", "--offline", "--demo", "24", "--telescope", "UT4", "-o", "json")
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	n := 0
	for dec := json.NewDecoder(strings.NewReader(out)); dec.More(); n++ {
		var a arcsecond.Activity
		if err := dec.Decode(&a); err != nil {
			t.Fatal(err)
		}
		if a.Telescope != ut4.UUID {
			t.Errorf("activity %d on telescope %q, want UT4 %q", a.ID, a.Telescope, ut4.UUID)
		}
	}
	if n == 0 {
		t.Errorf("no activity on UT4:\n%s", logs)
	}
	if _, _, err := cli(t, ctx, srv, "live", "--offline", "--telescope", "No such scope"); err == nil || !strings.Contains(err.Error(), `--telescope "No such scope"`) {
		t.Errorf("unknown telescope: %v", err)
	}
}

// A filter that matches nothing ends the demo too, with nothing printed.
func TestOfflineDemoNoMatch(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, logs, err := cli(t, ctx, srv, "live", "--offline", "--demo", "8", "--target", "No such target")
	if err != nil || out != "" || !strings.Contains(logs, "matched=0") {
		t.Errorf("err %v, out %q, logs:\n%s", err, out, logs)
	}
}

type hook struct {
	mu  sync.Mutex
	ids []int
}

func (h *hook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var a arcsecond.Activity
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" || json.NewDecoder(r.Body).Decode(&a) != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	h.mu.Lock()
	h.ids = append(h.ids, a.ID)
	h.mu.Unlock()
}

// TestExecHelper is the command --exec runs in these tests (the test
// binary itself): it saves its standard input and environment in
// $LIVE_EXEC_DIR/<activity id>.{json,env}.
func TestExecHelper(t *testing.T) {
	dir := os.Getenv("LIVE_EXEC_DIR")
	if dir == "" {
		t.Skip("run by --exec in the other tests")
	}
	in, _ := io.ReadAll(os.Stdin)
	id := os.Getenv("ARCSECOND_ACTIVITY_ID")
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "ARCSECOND_ACTIVITY_") || strings.HasPrefix(kv, arcsecond.EnvAPIKey+"=") || strings.HasPrefix(kv, arcsecond.EnvUploadKey+"=") {
			env = append(env, kv)
		}
	}
	slices.Sort(env)
	os.WriteFile(filepath.Join(dir, id+".json"), in, 0o600)
	os.WriteFile(filepath.Join(dir, id+".env"), []byte(strings.Join(env, "\n")), 0o600)
	os.Exit(0)
}

// Each match is printed, notified, POSTed to the webhook and given to the
// --exec command, in order; an activity whose text is shell syntax stays
// text: the command receives it on stdin and in its environment, and no
// shell runs it.
func TestMatchesReachWebhookAndCommand(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	srv.LiveNight(16, time.Date(2026, 11, 27, 22, 0, 0, 0, time.UTC))
	c, err := srv.Client()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pwned := filepath.Join(dir, "pwned")
	hostile := fmt.Sprintf("HST $(touch %s) `touch %s`; touch %s\nline two\x1b[31m", pwned, pwned, pwned)
	ra, dec := 10.0, 5.0
	if _, _, err := c.Activities.Create(context.Background(), &arcsecond.ActivityCreate{Title: hostile, TargetName: hostile,
		Coordinates: &arcsecond.ActivityCoordinates{RightAscension: &ra, Declination: &dec}}); err != nil {
		t.Fatal(err)
	}
	h := &hook{}
	hs := httptest.NewServer(h)
	defer hs.Close()
	execDir := t.TempDir()
	t.Setenv("LIVE_EXEC_DIR", execDir)
	t.Setenv(arcsecond.EnvAPIKey, "secret-access-key") // never passed on to the command
	t.Setenv(arcsecond.EnvUploadKey, "secret-upload-key")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// Only the hostile activity is at RA 10°, Dec 5°.
	out, logs, err := cli(t, ctx, srv, "live", "--demo", "0", "--since", "-1", "--cone", "10,5,0.01", "--notify", "--webhook", hs.URL,
		"--exec", fmt.Sprintf("'%s' -test.run '^TestExecHelper$'", os.Args[0]), "-n", "1")
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	ids := lineIDs(t, out)
	if len(ids) != 1 {
		t.Fatalf("printed %v:\n%s", ids, out)
	}
	id := ids[0]
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || strings.ContainsAny(lines[0], "\x1b\t") || !strings.HasPrefix(lines[1], "notify\tHST $(touch") || strings.Count(lines[1], "\t") != 2 {
		t.Errorf("output lines %q", lines)
	}
	if _, err := os.Stat(pwned); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the activity's text was run by a shell: %v", err)
	}
	var got arcsecond.Activity
	stdin, err := os.ReadFile(filepath.Join(execDir, strconv.Itoa(id)+".json"))
	if err != nil || json.Unmarshal(stdin, &got) != nil || got.ID != id || got.Title != hostile {
		t.Errorf("the command's stdin: %v, %q", err, stdin)
	}
	env, _ := os.ReadFile(filepath.Join(execDir, strconv.Itoa(id)+".env"))
	if strings.Contains(string(env), "secret-") {
		t.Errorf("the command got an API key:\n%s", env)
	}
	for _, w := range []string{"ARCSECOND_ACTIVITY_ID=" + strconv.Itoa(id), "ARCSECOND_ACTIVITY_TITLE=HST $(touch " + pwned + ") `touch"} {
		if !strings.Contains(string(env), w) {
			t.Errorf("the command's environment lacks %q:\n%s", w, env)
		}
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if !slices.Equal(h.ids, []int{id}) {
		t.Errorf("webhook got %v, want [%d]", h.ids, id)
	}
}

// Replaying the history with a filter prints every match once, oldest
// first, and each reaches the webhook.
func TestReplayToWebhook(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	srv.LiveNight(40, time.Date(2026, 11, 27, 22, 0, 0, 0, time.UTC))
	f := arcsecond.ActivityFilter{Satellite: "hst"}
	want := matching(t, srv, &f)
	if len(want) < 2 || len(want) >= 40 {
		t.Fatalf("%d HST activities in the synthetic night", len(want))
	}
	h := &hook{}
	hs := httptest.NewServer(h)
	defer hs.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, logs, err := cli(t, ctx, srv, "live", "--demo", "0", "--since", "-1", "--satellite", "HST", "--webhook", hs.URL, "-n", strconv.Itoa(len(want)), "-o", "json")
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	var got []int
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var a arcsecond.Activity
		if err := dec.Decode(&a); err != nil {
			t.Fatal(err)
		}
		got = append(got, a.ID)
	}
	if !slices.Equal(got, want) || strings.Count(out, "\n") != len(want) {
		t.Errorf("-o json printed %v (%d lines), want %v", got, strings.Count(out, "\n"), want)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if !slices.Equal(h.ids, want) {
		t.Errorf("webhook got %v, want %v", h.ids, want)
	}
}

// --duration stops a quiet feed, and so does Ctrl-C (the command's
// context ending): neither is an error.
func TestDurationAndInterrupt(t *testing.T) {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	start := time.Now()
	_, logs, err := cli(t, context.Background(), srv, "live", "--demo", "0", "--duration", "400ms")
	if err != nil || !strings.Contains(logs, "stopped: --duration 400ms elapsed") {
		t.Errorf("--duration: %v\n%s", err, logs)
	}
	if d := time.Since(start); d < 400*time.Millisecond || d > 10*time.Second {
		t.Errorf("--duration 400ms took %s", d)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if _, logs, err := cli(t, ctx, srv, "live", "--demo", "0"); err != nil || !strings.Contains(logs, "stopped: interrupted") {
		t.Errorf("ended context: %v\n%s", err, logs)
	}
}

// A dropped connection is logged as such, and the backfill after the
// reconnection loses nothing.
func TestReconnectIsLogged(t *testing.T) {
	srv := arcsecondtest.NewServer(arcsecondtest.WithFault(arcsecondtest.Fault{DropAfterFrames: 3}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	since := slices.Max(append(matching(t, srv, &arcsecond.ActivityFilter{}), 0))
	night := make(chan []int, 1)
	go func() {
		// Five activities once the feed is subscribed: the connection drops
		// after three frames. The other fifteen once it is back.
		if err := srv.WaitLiveSubscriber(ctx); err != nil {
			t.Error(err)
		}
		ids := srv.LiveNight(5, time.Now().UTC())
		for srv.Hits(http.MethodGet, "/activities/live/") < 2 && ctx.Err() == nil {
			time.Sleep(5 * time.Millisecond)
		}
		if err := srv.WaitLiveSubscriber(ctx); err != nil {
			t.Error(err)
		}
		night <- append(ids, srv.LiveNight(15, time.Now().UTC())...)
	}()
	out, logs, err := cli(t, ctx, srv, "live", "--demo", "0", "--since", strconv.Itoa(since), "-n", "20")
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	if got, want := lineIDs(t, out), <-night; !slices.Equal(got, want) {
		t.Errorf("printed %v after reconnections, want %v", got, want)
	}
	for _, w := range []string{"connection lost", "reconnecting to the live feed", "backfill"} {
		if !strings.Contains(logs, w) {
			t.Errorf("log lacks %q:\n%s", w, logs)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"--cone", "1,2"}, {"--cone", "400,0,1"}, {"--cone", "a,b,c"}, {"--webhook", "ftp://x"},
		{"-n", "-1"}, {"--exec", "'unterminated"}, {"--exec", " "}, {"--exec", "no-such-command-anywhere --flag"}, {"--duration", "-1s"}} {
		_, _, err := cli(t, context.Background(), nil, append([]string{"live"}, args...)...)
		var u *cliapp.UsageError
		if !errors.As(err, &u) {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
	if _, _, err := cli(t, context.Background(), nil, "live", "stray"); err == nil {
		t.Error("a positional argument was accepted")
	}
}

func TestSplitCommand(t *testing.T) {
	for in, want := range map[string][]string{
		`notify-send "HST observing" now`:     {"notify-send", "HST observing", "now"},
		`a 'b c' "d \"e\" \$f" g\ h`:          {"a", "b c", `d "e" $f`, "g h"},
		`  cmd   `:                            {"cmd"},
		`x "" ''`:                             {"x", "", ""},
		`sh -c 'echo $(id)'`:                  {"sh", "-c", "echo $(id)"},
		"tab\tsep":                            {"tab", "sep"},
		`/path/with\ space/bin --flag=a"b c"`: {"/path/with space/bin", "--flag=ab c"},
	} {
		got, err := splitCommand(in)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("splitCommand(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "   ", `'open`, `"open`, `trailing\`} {
		if got, err := splitCommand(in); err == nil {
			t.Errorf("splitCommand(%q) = %q, want an error", in, got)
		}
	}
}

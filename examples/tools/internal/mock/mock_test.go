package mock

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/examples/tools/internal/syncbuf"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/tools/internal/cliapp"
	"github.com/spf13/cobra"
)

// start runs `arcsecond <args>` in the background until the returned
// stop is called; stop returns the command's error.
func start(t *testing.T, out, errOut *syncbuf.Buffer, args ...string) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	env := cliapp.New(out, errOut, "test")
	root := &cobra.Command{Use: "arcsecond", SilenceErrors: true, SilenceUsage: true}
	env.AddFlags(root)
	root.AddCommand(Command(env))
	root.SetArgs(args)
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	return func() error {
		cancel()
		defer env.Close()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			t.Fatal("the command did not stop when its context ended")
			return nil
		}
	}
}

// waitFor polls out until re matches it.
func waitFor(t *testing.T, out *syncbuf.Buffer, re *regexp.Regexp) []string {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			return m
		}
	}
	t.Fatalf("no %v in:\n%s", re, out.String())
	return nil
}

// The JSON announcement names a URL and keys that work: a client made from
// them alone reads the organisation's data and the public catalogue.
func TestMockJSON(t *testing.T) {
	var out, errOut syncbuf.Buffer
	stop := start(t, &out, &errOut, "mock", "--addr", "127.0.0.1:0", "--seed", "3", "-o", "json")
	line := waitFor(t, &out, regexp.MustCompile(`(?m)^(\{.*\})\n`))[1]
	var doc struct {
		URL          string `json:"url"`
		Organisation string `json:"organisation"`
		HubURL       string `json:"hub_url"`
		Users        []struct {
			Username, Role, Email, Password string
			AccessKey                       string `json:"access_key"`
			UploadKey                       string `json:"upload_key"`
		} `json:"users"`
	}
	dec := json.NewDecoder(strings.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
	if !regexp.MustCompile(`^http://127\.0\.0\.1:\d+/$`).MatchString(doc.URL) || doc.HubURL != "ws"+strings.TrimSuffix(doc.URL, "/")[4:]+"/ws/agent" || len(doc.Users) < 3 {
		t.Fatalf("%+v", doc)
	}
	var key string
	for _, u := range doc.Users {
		if u.Role == "member" {
			key = u.AccessKey
		}
		if len(u.AccessKey) != 32 || len(u.UploadKey) != 32 {
			t.Errorf("user %+v", u)
		}
	}
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(doc.URL), arcsecond.WithAPIKey(key), arcsecond.WithOrganisation(doc.Organisation))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, _, err := c.NightLogs.List(ctx, nil); err != nil {
		t.Errorf("a member's night logs with the printed key: %v", err)
	}
	n := 0
	for s, err := range c.ForOrganisation("").ObservingSites.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		n += strings.Count(s.Name, "Paranal")
	}
	if n == 0 {
		t.Error("the seeded catalogue has no Paranal")
	}
	c.HTTPClient().CloseIdleConnections()
	if err := stop(); err != nil || !strings.Contains(errOut.String(), "stopped") {
		t.Errorf("stop: %v, %q", err, errOut.String())
	}
}

// The table names the URL, the users and the login command for this CLI;
// the same seed gives the same keys.
func TestMockTableAndSeed(t *testing.T) {
	var keys []string
	for range 2 {
		var out, errOut syncbuf.Buffer
		stop := start(t, &out, &errOut, "mock", "--addr", "127.0.0.1:0", "--seed", "9", "--clock", "2026-03-01T12:00:00Z")
		m := waitFor(t, &out, regexp.MustCompile(`arcsecond login --api mock --username (\S+) --type access --key ([0-9a-f]{32})\n`))
		if err := stop(); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Arcsecond mock API on http://127.0.0.1:", "USERNAME   ROLE", m[2], "arcsecond api mock http://127.0.0.1:"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("output lacks %q:\n%s", want, out.String())
			}
		}
		keys = append(keys, m[2])
	}
	if keys[0] != keys[1] {
		t.Errorf("--seed 9 gave keys %q", keys)
	}
}

func TestMockErrors(t *testing.T) {
	var out, errOut syncbuf.Buffer
	stop := start(t, &out, &errOut, "mock", "--clock", "yesterday")
	if err := stop(); cliapp.ExitCode(err) != cliapp.ExitUsage {
		t.Errorf("--clock yesterday: %v", err)
	}
	var out2, errOut2 syncbuf.Buffer
	stop = start(t, &out2, &errOut2, "mock", "--addr", "127.0.0.1:0")
	base := waitFor(t, &out2, regexp.MustCompile(`on http://(127\.0\.0\.1:\d+)/`))[1]
	var out3, errOut3 syncbuf.Buffer
	taken := start(t, &out3, &errOut3, "mock", "--addr", base)
	time.Sleep(100 * time.Millisecond)
	if err := taken(); err == nil || !strings.Contains(err.Error(), "address already in use") {
		t.Errorf("a taken address: %v", err)
	}
	if err := stop(); err != nil {
		t.Error(err)
	}
}

package arcsecond_test

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

type runningAgent struct {
	agent   *arcsecond.HubAgent
	uuid    string
	done    chan error
	cancel  context.CancelFunc
	enrolls chan string
}

// startAgent enrols a new key and runs an agent against s until the test
// ends.
func startAgent(t *testing.T, s *arcsecondtest.Server, c *arcsecond.Client, opts arcsecond.HubAgentOptions) *runningAgent {
	t.Helper()
	key, err := arcsecond.GenerateAgentKey()
	if err != nil {
		t.Fatal(err)
	}
	ra := &runningAgent{done: make(chan error, 1), enrolls: make(chan string, 4)}
	opts.HubURL = s.HubURL()
	opts.OnEnroll = func(uuid string) { ra.enrolls <- uuid }
	opts.Backoff = fastBackoff
	if ra.agent, err = c.NewHubAgent(key, &opts); err != nil {
		t.Fatal(err)
	}
	ra.agent.Handle("center_on_coordinates", func(ctx context.Context, cmd *arcsecond.Command, progress func(string)) (any, error) {
		p, err := cmd.CenterOnCoordinates()
		if err != nil {
			return nil, err
		}
		progress("slewing")
		progress("centred")
		return map[string]float64{"ra_hours": p.Position.RA.Hours(), "dec_deg": p.Position.Dec.Deg()}, nil
	})
	ra.agent.Handle("explode", func(context.Context, *arcsecond.Command, func(string)) (any, error) {
		panic("boom")
	})
	var ctx context.Context
	ctx, ra.cancel = context.WithCancel(context.Background())
	go func() { ra.done <- ra.agent.Run(ctx) }()
	t.Cleanup(func() {
		ra.cancel()
		if err := <-ra.done; err != nil {
			t.Errorf("Run after cancel: %v", err)
		}
	})
	select {
	case ra.uuid = <-ra.enrolls:
	case err := <-ra.done:
		t.Fatalf("Run ended before enrolling: %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("no enrolment")
	}
	wctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.WaitHubAgent(wctx, ra.uuid); err != nil {
		t.Fatal(err)
	}
	return ra
}

func TestHubAgentSession(t *testing.T) {
	s, c := liveServer(t)
	ra := startAgent(t, s, c, arcsecond.HubAgentOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.HubPing(ctx, ra.uuid); err != nil {
		t.Fatalf("ping: %v", err)
	}

	res, err := s.HubCommand(ctx, ra.uuid, "center_on_coordinates", map[string]any{"target_ra_hours": 5.5, "dec_deg": -5.4})
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]float64
	if !res.OK || json.Unmarshal(res.Result, &got) != nil || got["ra_hours"] != 5.5 || got["dec_deg"] != -5.4 {
		t.Errorf("center: %+v (%s)", res, res.Result)
	}
	if !slices.Equal(res.Progress, []string{"slewing", "centred"}) {
		t.Errorf("progress %q", res.Progress)
	}

	for _, tc := range []struct {
		name string
		args map[string]any
		want string
	}{
		{"nope", nil, "Unknown command: 'nope'"},
		{"explode", nil, "handler panicked: boom"},
		{"center_on_coordinates", map[string]any{"ra_hours": 25, "dec_deg": 0}, "out of range"},
		{"center_on_coordinates", map[string]any{"dec_deg": 0}, "missing target_ra_hours"},
	} {
		res, err := s.HubCommand(ctx, ra.uuid, tc.name, tc.args)
		if err != nil {
			t.Fatal(err)
		}
		if res.OK || !strings.Contains(res.Error, tc.want) {
			t.Errorf("%s %v: %+v, want ok:false with %q", tc.name, tc.args, res, tc.want)
		}
	}
	if err := s.HubPing(ctx, ra.uuid); err != nil {
		t.Errorf("ping after a panic: %v", err)
	}
	ra.cancel()
	if err := <-ra.done; err != nil {
		t.Errorf("Run after cancel: %v", err)
	}
	ra.done <- nil // for the cleanup
	for i := 0; i < 200 && s.HubLastClose(ra.uuid) == ""; i++ {
		time.Sleep(5 * time.Millisecond) // the server notes the close after echoing it
	}
	if got := s.HubLastClose(ra.uuid); got != "1000 Relay stopped locally" {
		t.Errorf("close %q, want 1000 Relay stopped locally", got)
	}
}

func TestHubAgentReconnects(t *testing.T) {
	s, c := liveServer(t)
	ra := startAgent(t, s, c, arcsecond.HubAgentOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.HubDrop(ra.uuid)
	for s.HubSessions(ra.uuid) < 2 {
		if ctx.Err() != nil {
			t.Fatal("no second session after the drop")
		}
		time.Sleep(2 * time.Millisecond)
	}
	if err := s.WaitHubAgent(ctx, ra.uuid); err != nil {
		t.Fatal(err)
	}
	res, err := s.HubCommand(ctx, ra.uuid, "center_on_coordinates", map[string]any{"ra_hours": 1, "dec_deg": 2})
	if err != nil || !res.OK {
		t.Fatalf("command after reconnecting: %+v %v", res, err)
	}
	if n := s.Hits("POST", "/agent/mint/"); n != 1 {
		t.Errorf("%d mints; the token was still valid", n)
	}
	if len(ra.enrolls) != 0 {
		t.Errorf("enrolled again: %v", <-ra.enrolls)
	}
}

func TestHubAgentRemintsExpiredToken(t *testing.T) {
	noLeak(t)
	s := arcsecondtest.NewServer(arcsecondtest.WithSeedData(false), arcsecondtest.WithTokenLifetimes(20*time.Second, time.Hour))
	t.Cleanup(s.Close)
	c, err := s.Client()
	if err != nil {
		t.Fatal(err)
	}
	ra := startAgent(t, s, c, arcsecond.HubAgentOptions{})
	s.HubDrop(ra.uuid)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for s.HubSessions(ra.uuid) < 2 {
		if ctx.Err() != nil {
			t.Fatal("no second session after the drop")
		}
		time.Sleep(2 * time.Millisecond)
	}
	// A 20 s token is inside the 30 s margin: each connection mints anew.
	if n := s.Hits("POST", "/agent/mint/"); n != 2 {
		t.Errorf("%d mints for 2 sessions, want 2", n)
	}
}

func TestHubAgentReenrolsOn403(t *testing.T) {
	s, c := liveServer(t)
	stale := "00000000-0000-4000-8000-000000000000"
	ra := startAgent(t, s, c, arcsecond.HubAgentOptions{AgentUUID: stale})
	if ra.uuid == stale || ra.agent.UUID() != ra.uuid {
		t.Errorf("uuid %q after re-enrolment (agent says %q)", ra.uuid, ra.agent.UUID())
	}
	if n := s.Hits("POST", "/agent/mint/"); n != 2 {
		t.Errorf("%d mints, want the refused one and one after enrolling", n)
	}
}

func TestHubAgentRefusesBadChallenge(t *testing.T) {
	s, c := liveServer(t)
	key, _ := arcsecond.GenerateAgentKey()
	s.HubBadChallenge(1)
	a, err := c.NewHubAgent(key, &arcsecond.HubAgentOptions{HubURL: s.HubURL(), Backoff: fastBackoff})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = a.Run(ctx)
	if !errors.Is(err, arcsecond.ErrBadChallenge) || !errors.Is(err, arcsecond.ErrStreamProtocol) {
		t.Fatalf("Run: %v, want ErrBadChallenge", err)
	}
	if ctx.Err() != nil || s.HubSessions(a.UUID()) != 0 {
		t.Errorf("Run went on after the bad challenge")
	}
	for _, secret := range []string{s.UserWithRole("superadmin").AccessKey} {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("secret in %q", err)
		}
	}
}

func TestHubAgentWrongKeyIsFatal(t *testing.T) {
	s, c := liveServer(t)
	key, _ := arcsecond.GenerateAgentKey()
	other, _ := arcsecond.GenerateAgentKey()
	ag, _, err := c.Agents.Enroll(context.Background(), &arcsecond.AgentEnroll{PublicKey: arcsecond.AgentPublicKey(other)})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := c.NewHubAgent(key, &arcsecond.HubAgentOptions{HubURL: s.HubURL(), AgentUUID: ag.UUID, Backoff: fastBackoff})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = a.Run(ctx)
	var he *arcsecond.HubError
	if !errors.As(err, &he) || he.Code != "bad_signature" {
		t.Fatalf("Run with the wrong key: %v", err)
	}
}

func TestAgentKeyFiles(t *testing.T) {
	dir := t.TempDir()
	key, err := arcsecond.GenerateAgentKey()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "agent.pem")
	if err := arcsecond.SaveAgentKey(path, key); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v %v", fi.Mode(), err)
	}
	back, err := arcsecond.LoadAgentKey(path)
	if err != nil || !back.Equal(key) {
		t.Fatalf("round trip: %v", err)
	}
	if len(arcsecond.AgentPublicKey(key)) != 44 {
		t.Errorf("public key %q is not 32 bytes of base64", arcsecond.AgentPublicKey(key))
	}
	bad := filepath.Join(dir, "bad.pem")
	_ = os.WriteFile(bad, []byte("not a key"), 0o600)
	for _, p := range []string{bad, filepath.Join(dir, "missing.pem")} {
		if _, err := arcsecond.LoadAgentKey(p); err == nil {
			t.Errorf("%s loaded", p)
		}
	}
	if err := arcsecond.SaveAgentKey(path, ed25519.PrivateKey{1, 2}); err == nil {
		t.Error("saved a 2-byte key")
	}
}

func TestNormalizeHubURL(t *testing.T) {
	for in, want := range map[string]string{
		"":                                 "wss://hub.arcsecond.io/ws/agent",
		"hub.arcsecond.dev":                "wss://hub.arcsecond.dev/ws/agent",
		"https://hub.focale.space":         "wss://hub.focale.space/ws/agent",
		"http://localhost:8002/":           "ws://localhost:8002/ws/agent",
		"ws://localhost:8002/ws/agent":     "ws://localhost:8002/ws/agent",
		"wss://hub.arcsecond.io/custom/ws": "wss://hub.arcsecond.io/custom/ws",
	} {
		if got, err := arcsecond.NormalizeHubURL(in); err != nil || got != want {
			t.Errorf("%q: %q %v, want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"ftp://hub", "wss://", "http://[::1"} {
		if got, err := arcsecond.NormalizeHubURL(in); err == nil {
			t.Errorf("%q: %q, want an error", in, got)
		}
	}
	c, _ := arcsecond.NewClient()
	key, _ := arcsecond.GenerateAgentKey()
	if _, err := c.NewHubAgent(key, &arcsecond.HubAgentOptions{HubURL: "ws://hub.example.org"}); !errors.Is(err, arcsecond.ErrInsecureTransport) {
		t.Errorf("plain ws to a remote Hub: %v", err)
	}
	if _, err := c.NewHubAgent(ed25519.PrivateKey{1}, nil); err == nil {
		t.Error("a 1-byte key was accepted")
	}
}

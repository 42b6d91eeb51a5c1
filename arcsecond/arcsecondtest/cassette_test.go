package arcsecondtest

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dnaeon/go-vcr/v2/cassette"
	"github.com/dnaeon/go-vcr/v2/recorder"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// Cassettes recorded from two servers built with the same seed and clock
// are byte-identical once the recording's own variables (the loopback port,
// the measured durations) are filtered out as any cassette tool does.
func TestCassettesAreByteStable(t *testing.T) {
	fixed := func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }
	record := func(name string) []byte {
		s := NewServer(WithSeed(5), WithClock(fixed))
		defer s.Close()
		path := filepath.Join(t.TempDir(), name)
		rec, err := recorder.NewAsMode(path, recorder.ModeRecording, http.DefaultTransport)
		if err != nil {
			t.Fatal(err)
		}
		rec.AddSaveFilter(func(i *cassette.Interaction) error {
			i.Request.URL = strings.ReplaceAll(i.Request.URL, s.URL, "https://api.arcsecond.io")
			i.Response.Body = strings.ReplaceAll(i.Response.Body, s.URL, "https://api.arcsecond.io")
			i.Response.Duration = 0
			delete(i.Request.Headers, "X-Arcsecond-Api-Authorization")
			return nil
		})
		c := clientAs(t, s, "vera", arcsecond.WithHTTPClient(&http.Client{Transport: rec}))
		for _, p := range []string{"observingsites/?page_size=3", "telescopes/UT2/", SeedOrganisation + "/members/"} {
			wantStatus(t, p, send(t, c, http.MethodGet, p, nil), http.StatusOK)
		}
		wantStatus(t, "create", send(t, c, http.MethodPost, SeedOrganisation+"/datasets/", map[string]any{"name": "stable"}), http.StatusCreated)
		if err := rec.Stop(); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := record("a"), record("b")
	if !bytes.Equal(a, b) {
		t.Fatalf("cassettes differ:\n%s\n---\n%s", a, b)
	}
	if !bytes.Contains(a, []byte("Fri, 02 Jan 2026 03:04:05 GMT")) {
		t.Error("the Date header does not follow the server's clock")
	}
}

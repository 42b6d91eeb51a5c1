package arcsecondtest

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/internal/openapi"
)

// getJSON reads a URL of the server anonymously, as an outsider would.
func getJSON(t *testing.T, s *Server, path string) (int, any) {
	t.Helper()
	resp, raw := rawGet(t, s.URL+path)
	var v any
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	return resp.StatusCode, v
}

// TestLiveNightRefersToSeededRecords checks, through the REST API, that
// every synthetic activity validates against the document's Activity
// schema and names records that exist and agree with each other (the
// telescope stands at the activity's site, the instrument is on that
// telescope), so that filters built from the catalogue, like the live
// tool's -site Paranal, match offline.
func TestLiveNightRefersToSeededRecords(t *testing.T) {
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	vr := &openapi.Validator{Doc: doc, Response: true}
	activity := &openapi.Schema{Ref: "#/components/schemas/Activity"}

	for _, seeded := range []bool{true, false} {
		t.Run("seed data "+strconv.FormatBool(seeded), func(t *testing.T) {
			s := newTestServer(t, WithSeedData(seeded))
			ids := s.LiveNight(40, time.Date(2026, 3, 20, 23, 0, 0, 0, time.UTC))
			sites := map[string]int{}
			orgs := map[string]int{}
			for _, id := range ids {
				status, body := getJSON(t, s, "/activities/"+strconv.Itoa(id)+"/")
				if status != http.StatusOK {
					t.Fatalf("activity %d: %d", id, status)
				}
				for _, v := range vr.Validate(body, activity) {
					t.Errorf("activity %d: %s", id, v)
				}
				a := body.(map[string]any)
				site, tel, ins := a["observing_site"], a["telescope"], a["instrument"]
				if a["satellite"] != "" || !seeded {
					if site != nil || tel != nil || ins != nil {
						t.Errorf("activity %d (satellite %q, seed data %v) names site %v, telescope %v, instrument %v", id, a["satellite"], seeded, site, tel, ins)
					}
					continue
				}
				if _, sb := getJSON(t, s, "/observingsites/"+str(site)+"/"); sb == nil {
					t.Errorf("activity %d: site %v is not served", id, site)
				} else {
					sites[str(sb.(map[string]any)["name"])]++
				}
				if _, tb := getJSON(t, s, "/telescopes/"+str(tel)+"/"); tb == nil || tb.(map[string]any)["observing_site"] != site {
					t.Errorf("activity %d: telescope %v is not at site %v: %v", id, tel, site, tb)
				}
				if _, ib := getJSON(t, s, "/instruments/"+str(ins)+"/"); ib == nil || ib.(map[string]any)["telescope"] != tel {
					t.Errorf("activity %d: instrument %v is not on telescope %v: %v", id, ins, tel, ib)
				}
				if org := str(a["organisation"]); org != "" {
					orgs[org]++
					if st, _ := getJSON(t, s, "/organisations/"+org+"/"); st != http.StatusOK {
						t.Errorf("activity %d: organisation %q answers %d", id, org, st)
					}
					p, _ := a["programme"].(map[string]any)
					if _, pb := getJSON(t, s, "/programmes/"); p == nil || !strings.Contains(mustJSON(t, pb), `"identifier":"`+str(p["identifier"])+`"`) {
						t.Errorf("activity %d: programme %v not listed by /programmes/", id, a["programme"])
					}
				}
			}
			if !seeded {
				return
			}
			// Each of the five sites and the seed organisation's OHP get a share.
			for _, name := range []string{"Paranal Observatory", "La Silla Observatory", "Maunakea Observatories", "Cerro Pachón", "Observatoire de Haute-Provence"} {
				if sites[name] == 0 {
					t.Errorf("no activity at %s: %v", name, sites)
				}
			}
			if len(orgs) != 1 || orgs[SeedOrganisation] == 0 {
				t.Errorf("organisations named: %v, want only %q", orgs, SeedOrganisation)
			}

			// The live tool's -site Paranal: the site found by name, its
			// uuid as the filter, applied to the history.
			c := anonymous(t, s)
			var paranal string
			for site, err := range c.ObservingSites.All(t.Context(), nil) {
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasPrefix(site.Name, "Paranal") {
					paranal = site.UUID
				}
			}
			m, err := arcsecond.NewActivityMatcher(arcsecond.ActivityFilter{ObservingSite: paranal})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for a, err := range m.Filter(c.Activities.All(t.Context(), nil)) {
				if err != nil {
					t.Fatal(err)
				}
				n++
				if a.ObservingSite != paranal {
					t.Errorf("matched activity %d at %s", a.ID, a.ObservingSite)
				}
			}
			if n != sites["Paranal Observatory"] || n == 0 {
				t.Errorf("-site Paranal matched %d activities, want the %d at Paranal", n, sites["Paranal Observatory"])
			}
		})
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWaitLiveSubscriber: WaitLiveSubscriber returns once a WebSocket
// client has its hello frame, after which every activity reaches it, in the
// shape GET /activities/{id}/ gives (bare for odd ids, in a DCRF envelope
// for even ones); it fails with the context, or when the server closes.
func TestWaitLiveSubscriber(t *testing.T) {
	s := newTestServer(t)
	short, cancel := context.WithTimeout(t.Context(), 30*time.Millisecond)
	defer cancel()
	if err := s.WaitLiveSubscriber(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("without a subscriber: %v, want DeadlineExceeded", err)
	}

	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.URL, "http")+"/activities/live/", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	if err := s.WaitLiveSubscriber(ctx); err != nil {
		t.Fatal(err)
	}
	ids := s.LiveNight(4, time.Date(2026, 3, 20, 23, 0, 0, 0, time.UTC))
	var frames []any
	for len(frames) < 1+len(ids) {
		_, b, err := conn.Read(ctx)
		if err != nil {
			t.Fatalf("after %d frames: %v", len(frames), err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		frames = append(frames, v)
	}
	if frames[0].(map[string]any)["type"] != "hello" {
		t.Errorf("first frame %v", frames[0])
	}
	for i, id := range ids {
		f := frames[1+i].(map[string]any)
		if id%2 == 0 {
			f, _ = f["data"].(map[string]any)
		}
		_, rest := getJSON(t, s, "/activities/"+strconv.Itoa(id)+"/")
		if !reflect.DeepEqual(f, rest) {
			t.Errorf("activity %d pushed as\n%v\nGET gives\n%v", id, f, rest)
		}
	}
	conn.Close(websocket.StatusNormalClosure, "")

	done := make(chan error, 1)
	s2 := NewServer(WithSeedData(false))
	go func() { done <- s2.WaitLiveSubscriber(context.Background()) }()
	s2.Close()
	select {
	case err := <-done:
		if err == nil {
			t.Error("WaitLiveSubscriber on a closed server: nil")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("WaitLiveSubscriber outlived its server")
	}
}

// TestLiveFirehoseFrames: the benchmark frames are Activity objects too,
// of the seed organisation at its telescope.
func TestLiveFirehoseFrames(t *testing.T) {
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	vr := &openapi.Validator{Doc: doc, Response: true}
	s := newTestServer(t)
	s.LiveFirehose(2)
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.URL, "http")+"/activities/live/", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	for i := range 3 {
		_, b, err := conn.Read(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			continue // hello
		}
		var f map[string]any
		if err := json.Unmarshal(b, &f); err != nil {
			t.Fatal(err)
		}
		if d, ok := f["data"].(map[string]any); ok {
			f = d
		}
		for _, v := range vr.Validate(f, &openapi.Schema{Ref: "#/components/schemas/Activity"}) {
			t.Errorf("firehose frame %d: %s", i, v)
		}
		if f["organisation"] != SeedOrganisation {
			t.Errorf("firehose frame %d: organisation %v", i, f["organisation"])
		}
		if st, tel := getJSON(t, s, "/telescopes/"+str(f["telescope"])+"/"); st != http.StatusOK || tel.(map[string]any)["alias"] != "T193" {
			t.Errorf("firehose frame %d: telescope %v answers %d", i, f["telescope"], st)
		}
	}
}

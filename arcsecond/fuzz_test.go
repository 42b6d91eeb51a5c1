package arcsecond_test

// Fuzz targets for everything the SDK reads from a server: list pages (one
// page and a walk over next links), error bodies, date-times and dates,
// satellites' two-line elements, and Hub frames. Each target talks to a
// loopback server through the public API, so it checks what a caller sees.
// `go test` runs the seeds; `go test -fuzz FuzzX -parallel 1` explores.

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// fuzzSecret is the client's API key in the fuzz targets: it must never
// appear in an error, whatever the server echoes.
const fuzzSecret = "fuzz-secret-key-0123456789abcdef"

// maxFuzzErr bounds an error's text: errors quote excerpts, not bodies.
const maxFuzzErr = 4 << 10

// bodyServer answers every request with the status and body that the
// current fuzz input sets. {n} in the body is replaced by the number of the
// request (1, 2, …), so one input can describe an endless walk of pages.
type bodyServer struct {
	*httptest.Server
	mu       sync.Mutex
	status   int
	body     []byte
	requests atomic.Int64
}

func newBodyServer(tb testing.TB) *bodyServer {
	s := &bodyServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := s.requests.Add(1)
		s.mu.Lock()
		status, body := s.status, s.body
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write(bytes.ReplaceAll(body, []byte("{n}"), []byte(strconv.FormatInt(n, 10))))
	}))
	tb.Cleanup(s.Close)
	return s
}

func (s *bodyServer) set(status int, body []byte) {
	s.mu.Lock()
	s.status, s.body = status, body
	s.mu.Unlock()
	s.requests.Store(0)
}

func (s *bodyServer) client(tb testing.TB) *arcsecond.Client {
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(s.URL+"/"), arcsecond.WithAPIKey(fuzzSecret),
		arcsecond.WithRetry(arcsecond.RetryPolicy{}))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func checkErrorText(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	msg := err.Error()
	if len(msg) > maxFuzzErr {
		t.Fatalf("error of %d bytes: %.200s…", len(msg), msg)
	}
	if strings.Contains(msg, fuzzSecret) {
		t.Fatalf("the API key leaked into an error: %s", msg)
	}
}

var listSeeds = []string{
	`{"count": 2, "next": "http://x/satellites/?page=2", "previous": null, "results": [{"name": "ISS (ZARYA)", "norad_catalog_number": "25544",
	  "line_1": "1 25544U 98067A   26338.50000000  .00016717  00000-0  10270-3 0  9005", "line_2": "2 25544  51.6400 208.9163 0006317  69.9862  25.2906 15.50000000    07"}, {"name": "B"}]}`,
	`[{"name": "A"}, {"name": "B", "date_updated": "2026-01-02T03:04:05Z"}]`,
	`{"name": "only one"}`,
	`{"count": 0, "results": []}`,
	`{"count": null, "results": null}`,
	`{"count": 99999999999999999999999, "results": [{"name": "A"}]}`,
	`{"count": -1, "results": [null]}`,
	`{"count": 1.5, "results": [{}]}`,
	`  [null, {}, {"name": 5}]`,
	`"a string"`,
	`12`,
	``,
	`{"results": {"name": "object, not list"}}`,
	`{"next": "?page=2", "previous": "?page=0", "results": [{"name": "A", "elements": {"epoch": "1"}}]}`,
	`{"results": [{"name": "A", "name": "B"}], "RESULTS": []}`,
	"[{\"name\": \"ISS\\n1 25544U\"}]",
	`{"results": [{"date_updated": "not a date"}]}`,
	`[` + strings.Repeat(`[`, 100) + strings.Repeat(`]`, 100) + `]`,
}

// refEnvelope is the DRF envelope as encoding/json reads it, the reference
// for the SDK's decoder.
type refEnvelope struct {
	Count    json.RawMessage        `json:"count"`
	Next     *string                `json:"next"`
	Previous *string                `json:"previous"`
	Results  []*arcsecond.Satellite `json:"results"`
}

// FuzzListPage decodes one list page and checks it against encoding/json:
// the same items in the same order, the count the envelope gives, an error
// exactly when encoding/json has one (a count too large for an int may go
// either way), a bounded error text without the key.
func FuzzListPage(f *testing.F) {
	for _, s := range listSeeds {
		f.Add([]byte(s))
	}
	s := newBodyServer(f)
	c := s.client(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		s.set(http.StatusOK, body)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		items, resp, err := c.Satellites.List(ctx, nil)
		checkErrorText(t, err)
		if n := s.requests.Load(); n != 1 {
			t.Fatalf("one page took %d requests", n)
		}
		want, wantCount, countOK, wantErr := referenceList(bytes.ReplaceAll(body, []byte("{n}"), []byte("1")))
		if wantErr != nil {
			if err == nil {
				t.Fatalf("encoding/json refuses the page (%v) but the SDK decoded %d items", wantErr, len(items))
			}
			return
		}
		if err != nil {
			if !countOK {
				return // a count the SDK may refuse
			}
			t.Fatalf("encoding/json reads the page but the SDK fails: %v", err)
		}
		if !reflect.DeepEqual(items, want) {
			t.Fatalf("items differ from encoding/json's:\n got %#v\nwant %#v", items, want)
		}
		if countOK && resp.Count != wantCount {
			t.Fatalf("Count %d, want %d", resp.Count, wantCount)
		}
		for _, it := range items {
			if it != nil {
				checkTLE(t, it)
			}
		}
	})
}

// referenceList decodes a page with encoding/json alone. countOK is false
// when the envelope's count is not a non-negative int (then any Count is
// accepted).
func referenceList(body []byte) (items []*arcsecond.Satellite, count int, countOK bool, err error) {
	b := bytes.TrimLeft(body, " \t\r\n")
	if len(b) == 0 {
		return nil, 0, true, errors.New("empty")
	}
	switch b[0] {
	case '[':
		err = json.Unmarshal(b, &items)
		return items, len(items), true, err
	case '{':
		var env refEnvelope
		if err = json.Unmarshal(b, &env); err != nil {
			return nil, 0, true, err
		}
		hasCount := len(env.Count) > 0 && string(env.Count) != "null"
		if env.Results == nil && !hasCount {
			one := new(arcsecond.Satellite)
			err = json.Unmarshal(b, one)
			return []*arcsecond.Satellite{one}, 1, true, err
		}
		count, countOK = len(env.Results), true
		if hasCount {
			n, perr := strconv.Atoi(string(env.Count))
			count, countOK = n, perr == nil && n >= 0 // a negative count is unusable too
		}
		return env.Results, count, countOK, nil
	}
	return nil, 0, true, errors.New("neither an array nor an object")
}

// checkTLE: the three lines SGP4 libraries read are three lines, whatever
// the server put in the name or the elements.
func checkTLE(t *testing.T, s *arcsecond.Satellite) {
	t.Helper()
	tle := s.TLE()
	if !strings.HasSuffix(tle, "\n") || strings.Count(tle, "\n") != 3 || strings.Contains(tle, "\r") {
		t.Fatalf("TLE of %q / %q / %q is not three lines: %q", s.Name, s.Line1, s.Line2, tle)
	}
}

// FuzzListAll walks next links over pages the input describes ({n} is the
// request number, so "?page={n}" is an endless walk): the walk always ends
// (or the caller stops it), each page is fetched once per item yielded or
// within a bounded run of empty pages, and a failure is one clear error.
func FuzzListAll(f *testing.F) {
	for _, s := range listSeeds {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		`{"count": 1000, "next": "?page={n}", "results": [{"name": "p{n}"}]}`,
		`{"count": 1000, "next": "?page={n}", "results": []}`,
		`{"next": "/satellites/?page=1", "results": [{"name": "A"}]}`,
		`{"next": "?page=2", "results": []}`,
		`{"next": "http://elsewhere.example/satellites/?page=2", "results": [{"name": "A"}]}`,
		`{"next": "%zz", "results": [{"name": "A"}]}`,
		`{"next": "?page={n}&page_size=0", "results": [{"name": "A"}, null]}`,
	} {
		f.Add([]byte(s))
	}
	const maxItems = 300
	s := newBodyServer(f)
	c := s.client(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		s.set(http.StatusOK, body)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		items, errs := 0, 0
		for it, err := range c.Satellites.All(ctx, nil) {
			if err != nil {
				checkErrorText(t, err)
				if it != nil {
					t.Fatal("an item came with an error")
				}
				errs++
				continue
			}
			if errs > 0 {
				t.Fatal("items after the error")
			}
			if items++; items == maxItems {
				break
			}
		}
		if ctx.Err() != nil {
			t.Fatalf("walk still running after 10 s (%d requests)", s.requests.Load())
		}
		if errs > 1 {
			t.Fatalf("%d errors; a failed walk yields one", errs)
		}
		// Each request either yielded an item or was one of a bounded
		// run of empty pages (or the last, failing one).
		if n := s.requests.Load(); n > int64(items)+16 {
			t.Fatalf("%d requests for %d items", n, items)
		}
	})
}

// FuzzErrorBody decodes error answers of every 4xx/5xx status: always an
// *ErrorResponse with the status, a bounded excerpt, a bounded text without
// the client's key even when the server echoes it, the sentinels by status,
// and DRF's "detail" string read as encoding/json reads it.
func FuzzErrorBody(f *testing.F) {
	for _, s := range []struct {
		status uint16
		body   string
	}{
		{400, `{"name": ["This field is required."], "non_field_errors": ["x"]}`},
		{401, `{"detail": "Invalid token."}`},
		{403, `{"detail": ["a", {"b": ["c"]}]}`},
		{404, `<html><body>Not found</body></html>`},
		{409, `{"error": "duplicate"}`},
		{429, `{"detail": "Request was throttled. Expected available in 3 seconds."}`},
		{500, ``},
		{502, `"bare string"`},
		{400, `{"detail": "key ` + fuzzSecret + ` is not valid"}`},
		{400, `{"detail": "already exists in dataset"}`},
		{503, strings.Repeat("x", 5000)},
		{418, `{"detail": null, "error": 5, "x": {"y": {"z": [1, true, null]}}}`},
		{400, `[1, "two", [3]]`},
	} {
		f.Add(s.status, []byte(s.body))
	}
	s := newBodyServer(f)
	c := s.client(f)
	f.Fuzz(func(t *testing.T, status uint16, body []byte) {
		code := 400 + int(status)%200
		s.set(code, body)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, _, err := c.Satellites.Get(ctx, "25544")
		checkErrorText(t, err)
		var er *arcsecond.ErrorResponse
		if !errors.As(err, &er) {
			t.Fatalf("status %d gave %T %v, not an *ErrorResponse", code, err, err)
		}
		if er.StatusCode != code {
			t.Fatalf("StatusCode %d, want %d", er.StatusCode, code)
		}
		if len(er.Body) > 2<<10 {
			t.Fatalf("Body keeps %d bytes", len(er.Body))
		}
		if bytes.Contains(er.Body, []byte(fuzzSecret)) || strings.Contains(fmt.Sprint(er.Detail, er.NonFieldErrors, er.FieldErrors, er.Message), fuzzSecret) {
			t.Fatal("the API key leaked into the error's fields")
		}
		if errors.Is(err, arcsecond.ErrNotFound) != (code == 404) || errors.Is(err, arcsecond.ErrServer) != (code >= 500) ||
			errors.Is(err, arcsecond.ErrUnauthorized) != (code == 401) || errors.Is(err, arcsecond.ErrRateLimited) != (code == 429) {
			t.Fatalf("sentinels do not follow status %d", code)
		}
		var rl *arcsecond.RateLimitError
		if errors.As(err, &rl) != (code == 429) {
			t.Fatalf("RateLimitError for status %d: %v", code, errors.As(err, &rl))
		}
		// DRF's key is "detail", exactly (encoding/json alone would also
		// take "Detail" for it).
		var ref map[string]json.RawMessage
		var detail string
		if json.Unmarshal(bytes.TrimSpace(body), &ref) == nil && bytes.HasPrefix(ref["detail"], []byte(`"`)) &&
			json.Unmarshal(ref["detail"], &detail) == nil && !strings.Contains(detail, fuzzSecret) {
			if len(er.Detail) != 1 || er.Detail[0] != detail {
				t.Fatalf("detail %q read as %q", detail, er.Detail)
			}
		}
	})
}

// FuzzTimestamp reads a date-time and a date from a JSON string as the API
// sends them: the SDK reads exactly the strings one of its layouts parses
// (or null and ""), and what it reads survives a round trip.
func FuzzTimestamp(f *testing.F) {
	for _, s := range []string{
		`"2026-11-28T03:14:15.926Z"`, `"2026-11-28T03:14:15"`, `"2026-11-28T03:14:15.123456+05:30"`, `"2026-11-28"`,
		`"2026-11-28T03:14:15.123456789-0800"`, `null`, `""`, `"yesterday"`, `12`, `"2026-02-30"`, `"0000-01-01T00:00:00Z"`,
		`"9999-12-31T23:59:59.999999999+23:59"`, `"2026-11-28T24:00:00Z"`, `"\u0032026-01-01"`, `" 2026-01-01"`, `true`,
	} {
		f.Add(s)
	}
	layouts := []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05.999999999Z0700", time.DateOnly}
	f.Fuzz(func(t *testing.T, raw string) {
		var v struct {
			T arcsecond.Timestamp `json:"t"`
			D arcsecond.Date      `json:"d"`
		}
		doc := `{"t": ` + raw + `, "d": ` + raw + `}`
		err := json.Unmarshal([]byte(doc), &v)
		checkErrorText(t, err)
		if !json.Valid([]byte(raw)) {
			if err == nil && !json.Valid([]byte(doc)) {
				t.Fatalf("invalid JSON %s accepted", doc)
			}
			return
		}
		var s *string
		var want time.Time
		known := false
		if json.Unmarshal([]byte(raw), &s) == nil {
			if s == nil || *s == "" {
				known = true
			}
			for _, l := range layouts {
				if s != nil && !known {
					if tm, perr := time.Parse(l, *s); perr == nil {
						want, known = tm, true
					}
				}
			}
		}
		if !known {
			if err == nil {
				t.Fatalf("%s read as %v, but no layout parses it", raw, v.T)
			}
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		if !v.T.Equal(want) {
			t.Fatalf("%s read as %v, want %v", raw, v.T.Time, want)
		}
		wantDate := time.Time{}
		if !want.IsZero() {
			wantDate = time.Date(want.Year(), want.Month(), want.Day(), 0, 0, 0, 0, time.UTC)
		}
		if !v.D.Equal(wantDate) {
			t.Fatalf("%s read as date %v, want %v", raw, v.D.Time, wantDate)
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s read as %v, which does not encode: %v", raw, v.T.Time, err)
		}
		var back struct {
			T arcsecond.Timestamp `json:"t"`
			D arcsecond.Date      `json:"d"`
		}
		if err := json.Unmarshal(out, &back); err != nil || !back.T.Equal(v.T.Time) || !back.D.Equal(v.D.Time) {
			t.Fatalf("%s → %s → %v %v (%v)", raw, out, back.T.Time, back.D.Time, err)
		}
	})
}

// fuzzHub is a Hub that runs the handshake, sends the input frame once,
// then a probe command, and records what the agent sends back.
type fuzzHub struct {
	*httptest.Server
	handlers sync.WaitGroup
	mu       sync.Mutex
	cur      *hubExec
}

// hubExec is the state of one fuzz input.
type hubExec struct {
	frame   []byte
	probe   string
	sent    atomic.Bool // the input frame went out (once per input)
	results chan string // correlation ids of command_result frames
	bad     chan string // frames the agent should not have sent
}

func newFuzzHub(tb testing.TB) *fuzzHub {
	h := &fuzzHub{}
	h.Server = httptest.NewServer(http.HandlerFunc(h.serve))
	tb.Cleanup(func() {
		h.Close()
		h.handlers.Wait()
	})
	return h
}

func (h *fuzzHub) serve(w http.ResponseWriter, r *http.Request) {
	h.handlers.Add(1)
	defer h.handlers.Done()
	h.mu.Lock()
	ex := h.cur
	h.mu.Unlock()
	conn, err := websocket.Accept(w, r, nil)
	if err != nil || ex == nil {
		return
	}
	defer conn.CloseNow()
	conn.SetReadLimit(1 << 20)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	type frame struct {
		V       int             `json:"v"`
		Type    string          `json:"type"`
		ID      string          `json:"id"`
		TS      int64           `json:"ts"`
		Payload json.RawMessage `json:"payload"`
	}
	send := func(typ, id string, payload any) error {
		p, _ := json.Marshal(payload)
		return wsjson.Write(ctx, conn, frame{V: 1, Type: typ, ID: id, TS: time.Now().Unix(), Payload: p})
	}
	var hello frame
	if wsjson.Read(ctx, conn, &hello) != nil || hello.Type != "hello" {
		return
	}
	if send("challenge", "c1", map[string]string{"nonce": base64.StdEncoding.EncodeToString([]byte("fuzz nonce"))}) != nil {
		return
	}
	var resp frame
	if wsjson.Read(ctx, conn, &resp) != nil || resp.Type != "challenge_response" {
		return
	}
	if send("welcome", "w1", map[string]any{"session_id": "s1", "keepalive_s": 0}) != nil {
		return
	}
	if ex.sent.CompareAndSwap(false, true) {
		if conn.Write(ctx, websocket.MessageText, ex.frame) != nil {
			return
		}
	}
	if send("command", ex.probe, map[string]string{"command": "echo"}) != nil {
		return
	}
	for {
		var f frame
		if err := wsjson.Read(ctx, conn, &f); err != nil {
			return
		}
		switch f.Type {
		case "command_result":
			var p struct {
				CorrelationID string `json:"correlation_id"`
			}
			if json.Unmarshal(f.Payload, &p) != nil {
				ex.bad <- "command_result without a correlation id: " + string(f.Payload)
			}
			ex.results <- p.CorrelationID
		case "pong", "progress":
		default:
			ex.bad <- "unexpected frame " + f.Type
		}
		if f.V != 1 || f.ID == "" {
			ex.bad <- fmt.Sprintf("frame without version or id: %+v", f)
		}
	}
}

// FuzzHubFrame sends one arbitrary frame to a running Hub agent after the
// handshake. Whatever it is, the agent does not crash, answers a command
// that encoding/json reads as one, keeps serving (a probe command sent
// next is answered, on this session or the next), sends nothing but
// protocol frames, and stops within a second of its context's end.
func FuzzHubFrame(f *testing.F) {
	for _, s := range []string{
		`{"v": 1, "type": "command", "id": "c-1", "ts": 1, "payload": {"command": "center_on_coordinates", "target_ra_hours": 5.5, "target_dec_deg": -5}}`,
		`{"v": 1, "type": "command", "id": "c-2", "ts": 1, "payload": {"command": "center_on_coordinates", "ra_hours": 24, "dec_deg": "x"}}`,
		`{"v": 1, "type": "command", "id": "c-3", "ts": 1, "payload": {"name": "explode"}}`,
		`{"v": 1, "type": "command", "id": "c-4", "payload": null}`,
		`{"v": 1, "type": "command", "id": "", "payload": {"command": "nope"}}`,
		`{"v": 1, "type": "ping", "id": "p", "ts": 1, "payload": {}}`,
		`{"v": 1, "type": "error", "id": "e", "payload": {"message": "session revoked", "code": 4001}}`,
		`{"v": 1, "type": "error", "payload": {"code": {"x": 1}}}`,
		`{"v": 1, "type": "welcome", "payload": {"keepalive_s": 1e300}}`,
		`{"v": "1", "type": "command", "id": "c-5"}`,
		`{"type": "command", "id": 7}`,
		`[]`,
		`null`,
		`not json`,
		``,
		`{"v": 1, "type": "command", "id": "c-6", "ts": 1e30, "payload": {"command": "echo", "big": "` + strings.Repeat("x", 1000) + `"}}`,
	} {
		f.Add([]byte(s))
	}
	srv := arcsecondtest.NewServer(arcsecondtest.WithSeedData(false))
	f.Cleanup(srv.Close)
	c, err := srv.Client()
	if err != nil {
		f.Fatal(err)
	}
	hub := newFuzzHub(f)
	key, err := arcsecond.GenerateAgentKey()
	if err != nil {
		f.Fatal(err)
	}
	agent, err := c.NewHubAgent(key, &arcsecond.HubAgentOptions{HubURL: "ws" + strings.TrimPrefix(hub.URL, "http") + "/ws/agent",
		Backoff: arcsecond.Backoff{MinWait: time.Millisecond, MaxWait: 5 * time.Millisecond}})
	if err != nil {
		f.Fatal(err)
	}
	echo := func(ctx context.Context, cmd *arcsecond.Command, progress func(string)) (any, error) {
		progress("echo")
		return map[string]json.RawMessage{"payload": cmd.Payload}, nil
	}
	agent.Handle("echo", echo)
	agent.Handle("center_on_coordinates", func(ctx context.Context, cmd *arcsecond.Command, progress func(string)) (any, error) {
		p, err := cmd.CenterOnCoordinates()
		if err != nil {
			return nil, err
		}
		if ra, dec := p.Position.RA.Hours(), p.Position.Dec.Deg(); ra < 0 || ra >= 24 || dec < -90 || dec > 90 {
			return nil, fmt.Errorf("out of range %v %v accepted", ra, dec)
		}
		return p, nil
	})
	agent.Handle("explode", func(context.Context, *arcsecond.Command, func(string)) (any, error) { panic("boom") })
	var execs atomic.Int64
	f.Fuzz(func(t *testing.T, frame []byte) {
		ex := &hubExec{frame: frame, probe: fmt.Sprintf("probe\x00%d", execs.Add(1)),
			results: make(chan string, 64), bad: make(chan string, 64)}
		hub.mu.Lock()
		hub.cur = ex
		hub.mu.Unlock()
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- agent.Run(ctx) }()
		stop := func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run after cancel: %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not return within 5 s of cancel")
			}
		}
		defer stop()

		var ref struct {
			Type string `json:"type"`
			ID   string `json:"id"`
			V    int    `json:"v"`
			TS   int64  `json:"ts"`
		}
		wantCmd := ""
		if json.Unmarshal(frame, &ref) == nil && ref.Type == "command" && json.Valid(frame) {
			wantCmd = ref.ID
		}
		gotProbe, gotCmd := false, wantCmd == ""
		timeout := time.After(10 * time.Second)
		for !gotProbe || !gotCmd {
			select {
			case id := <-ex.results:
				switch id {
				case ex.probe:
					gotProbe = true
				case wantCmd:
					gotCmd = true
				default:
					if id != "" || wantCmd != "" {
						t.Fatalf("command_result for %q, which the Hub never sent", id)
					}
				}
			case msg := <-ex.bad:
				t.Fatal(msg)
			case err := <-done:
				t.Fatalf("Run ended: %v", err)
			case <-timeout:
				t.Fatalf("after frame %q: probe answered %v, command %q answered %v, within 10 s", frame, gotProbe, wantCmd, gotCmd)
			}
		}
	})
}

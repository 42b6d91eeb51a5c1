package arcsecond

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// basePath is a non-empty prefix under which the test server serves the API,
// so that tests catch paths built with a leading slash.
const basePath = "/api/"

const testKey = "0123456789abcdef0123456789abcdef"

// setup starts a test server and a client pointed at it, with fast retries.
func setup(t testing.TB, opts ...Option) (*Client, *http.ServeMux, *httptest.Server) {
	t.Helper()
	mux := http.NewServeMux()
	api := http.NewServeMux()
	api.Handle(basePath, http.StripPrefix(strings.TrimSuffix(basePath, "/"), mux))
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	all := append([]Option{
		WithBaseURL(srv.URL + basePath),
		WithRetry(RetryPolicy{MaxRetries: 3, MinWait: time.Millisecond, MaxWait: 5 * time.Millisecond, MaxRetryAfter: 2 * time.Second}),
	}, opts...)
	c, err := NewClient(all...)
	if err != nil {
		t.Fatal(err)
	}
	return c, mux, srv
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func TestNewClientOptions(t *testing.T) {
	tests := []struct {
		name    string
		opts    []Option
		wantErr string
		wantURL string
	}{
		{name: "default is production", wantURL: ProductionURL},
		{name: "staging", opts: []Option{WithBaseURL(StagingURL)}, wantURL: StagingURL},
		{name: "slash added", opts: []Option{WithBaseURL("https://example.org/prefix")}, wantURL: "https://example.org/prefix/"},
		{name: "bad scheme", opts: []Option{WithBaseURL("ftp://example.org/")}, wantErr: "must be http or https"},
		{name: "no host", opts: []Option{WithBaseURL("https:///x")}, wantErr: "no host"},
		{name: "user info refused", opts: []Option{WithBaseURL("https://u:p@example.org/")}, wantErr: "must not carry credentials"},
		{name: "insecure remote with key", opts: []Option{WithBaseURL("http://192.0.2.7:8800/"), WithAPIKey(testKey)}, wantErr: "plain http"},
		{name: "insecure remote opted in", opts: []Option{WithBaseURL("http://192.0.2.7:8800/"), WithAPIKey(testKey), WithInsecureHTTP()}, wantURL: "http://192.0.2.7:8800/"},
		{name: "insecure remote anonymous", opts: []Option{WithBaseURL("http://192.0.2.7:8800/")}, wantURL: "http://192.0.2.7:8800/"},
		{name: "loopback http with key", opts: []Option{WithBaseURL("http://localhost:8800"), WithAPIKey(testKey)}, wantURL: "http://localhost:8800/"},
		{name: "token and jwt exclusive", opts: []Option{WithToken("t"), WithJWT(JWT{Access: "a"}, nil)}, wantErr: "mutually exclusive"},
		{name: "bad organisation", opts: []Option{WithOrganisation("a/b")}, wantErr: "slash"},
		{name: "negative retries", opts: []Option{WithRetry(RetryPolicy{MaxRetries: -1})}, wantErr: "negative"},
		{name: "nil http client", opts: []Option{WithHTTPClient(nil)}, wantErr: "nil"},
		{name: "multi-line user agent", opts: []Option{WithUserAgent("a\nb")}, wantErr: "single line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewClient(tt.opts...)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := c.BaseURL().String(); got != tt.wantURL {
				t.Errorf("base URL = %q, want %q", got, tt.wantURL)
			}
		})
	}
}

func TestWithLocal(t *testing.T) {
	c, err := NewClient(WithLocal("http://127.0.0.1:8800"), WithAPIKey(testKey))
	if err != nil {
		t.Fatal(err)
	}
	u, err := c.ObservingSites.ep.url(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := u.String(), "http://127.0.0.1:8800/local/observingsites/"; got != want {
		t.Errorf("url = %s, want %s", got, want)
	}
}

func TestNewClientFromEnv(t *testing.T) {
	t.Setenv(EnvAPIURL, "https://api.arcsecond.dev")
	t.Setenv(EnvAPIKey, testKey)
	t.Setenv(EnvUploadKey, "")
	t.Setenv(EnvOrganisation, "saao")
	c, err := NewClientFromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if c.BaseURL().String() != StagingURL || c.Organisation() != "saao" || c.cfg.creds.accessKey != testKey {
		t.Errorf("client from env = %s org %q", c.BaseURL(), c.Organisation())
	}
}

func TestHTTPClientNotMutated(t *testing.T) {
	hc := &http.Client{Timeout: 5 * time.Second}
	if _, err := NewClient(WithHTTPClient(hc)); err != nil {
		t.Fatal(err)
	}
	if hc.Transport != nil || hc.CheckRedirect != nil || hc.Timeout != 5*time.Second {
		t.Errorf("caller's http.Client was modified: %+v", hc)
	}
}

func TestURLShapes(t *testing.T) {
	c, err := NewClient(WithBaseURL("https://api.example.org/v/"))
	if err != nil {
		t.Fatal(err)
	}
	type opts struct {
		ListOptions
		Name   string    `url:"name,omitempty"`
		Radius float64   `url:"radius,omitempty"`
		Tiny   float64   `url:"tiny,omitempty"`
		Around []float64 `url:"around,comma,omitempty"`
	}
	ep := endpoint{client: c, path: "datasets/", scope: Scoped}
	global := endpoint{client: c, path: "profiles/", scope: Global}
	orgOnly := endpoint{client: c, path: "members/", scope: OrgOnly}
	tests := []struct {
		name string
		c    *Client
		ep   endpoint
		key  any
		opts any
		want string
		err  error
	}{
		{name: "personal list", ep: ep, want: "https://api.example.org/v/datasets/"},
		{name: "org list", c: c.ForOrganisation("saao"), ep: ep, want: "https://api.example.org/v/saao/datasets/"},
		{name: "org detail", c: c.ForOrganisation("saao"), ep: ep, key: "c2f1-9a", want: "https://api.example.org/v/saao/datasets/c2f1-9a/"},
		{name: "global never scoped", c: c.ForOrganisation("saao"), ep: global, key: "jane", want: "https://api.example.org/v/profiles/jane/"},
		{name: "org only without org", ep: orgOnly, err: ErrNoOrganisation},
		{name: "org only", c: c.ForOrganisation("saao"), ep: orgOnly, want: "https://api.example.org/v/saao/members/"},
		{name: "integer id", ep: ep, key: 42, want: "https://api.example.org/v/datasets/42/"},
		{name: "escaped name", ep: global, key: "NGC 1234 é", want: "https://api.example.org/v/profiles/NGC%201234%20%C3%A9/"},
		{name: "dot dot refused", ep: ep, key: "..", err: errAny},
		{name: "slash refused", ep: ep, key: "a/b", err: errAny},
		{name: "empty refused", ep: ep, key: "", err: errAny},
		{name: "options", ep: ep, opts: &opts{ListOptions: ListOptions{Page: 2, PageSize: 50}, Name: "M 31", Radius: 12345678.9, Tiny: 0.0000001, Around: []float64{10.5, -0.00001}},
			want: "https://api.example.org/v/datasets/?around=10.5%2C-0.00001&name=M+31&page=2&page_size=50&radius=12345678.9&tiny=0.0000001"},
		{name: "nil options", ep: ep, opts: (*opts)(nil), want: "https://api.example.org/v/datasets/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.ep
			if tt.c != nil {
				e.client = tt.c
			}
			u, err := e.url(tt.key, tt.opts)
			if tt.err != nil {
				if err == nil || (tt.err != errAny && !errors.Is(err, tt.err)) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if u.String() != tt.want {
				t.Errorf("url =\n %s\nwant\n %s", u, tt.want)
			}
		})
	}
}

var errAny = errors.New("any error")

func TestOptionsMergeIntoExistingQuery(t *testing.T) {
	c, _ := NewClient()
	req, err := c.NewRequest(t.Context(), "GET", "objects/?format=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := addOptions(req.URL, &ListOptions{Page: 3}); err != nil {
		t.Fatal(err)
	}
	if got := req.URL.RawQuery; got != "format=json&page=3" {
		t.Errorf("query = %q", got)
	}
	for _, bad := range []string{"/abs/", "https://evil.example/x/", "a/../b/", "./x/"} {
		if _, err := c.NewRequest(t.Context(), "GET", bad, nil); err == nil {
			t.Errorf("NewRequest(%q) accepted", bad)
		}
	}
}

type item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// itemList is a list of items on a test route, over the generic functions
// that generated List and All methods call.
type itemList struct{ ep endpoint }

func (l itemList) List(ctx context.Context, opts *ListOptions) ([]*item, *Response, error) {
	return fetchPage[item](ctx, l.ep, opts)
}

func (l itemList) All(ctx context.Context, opts *ListOptions) iter.Seq2[*item, error] {
	return listAll[item](ctx, l.ep, opts)
}

func newLister(c *Client, path string) itemList {
	return itemList{endpoint{client: c, path: path, scope: Scoped}}
}

func TestListShapes(t *testing.T) {
	c, mux, srv := setup(t)
	mux.HandleFunc("GET /envelope/", func(w http.ResponseWriter, r *http.Request) {
		next := srv.URL + basePath + "envelope/?page=3&page_size=2"
		writeJSON(w, 200, map[string]any{"count": 7, "next": next, "previous": srv.URL + basePath + "envelope/?page_size=2",
			"results": []item{{1, "a"}, {2, "b"}}})
	})
	mux.HandleFunc("GET /bare/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, []item{{1, "a"}, {2, "b"}, {3, "c"}})
	})
	mux.HandleFunc("GET /single/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, item{9, "only"})
	})
	mux.HandleFunc("GET /broken/", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"count": 1, "results": [{"id": `))
	})

	items, resp, err := newLister(c, "envelope/").List(t.Context(), &ListOptions{Page: 2, PageSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[1].Name != "b" || resp.Count != 7 || resp.NextPage != 3 || resp.PrevPage != 1 {
		t.Errorf("envelope: %d items, resp %+v", len(items), resp)
	}
	items, resp, err = newLister(c, "bare/").List(t.Context(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 || resp.Count != 3 || resp.Next != "" {
		t.Errorf("bare: %d items, resp %+v", len(items), resp)
	}
	items, _, err = newLister(c, "single/").List(t.Context(), nil)
	if err != nil || len(items) != 1 || items[0].ID != 9 {
		t.Errorf("single: %v %v", items, err)
	}
	if _, _, err = newLister(c, "broken/").List(t.Context(), nil); err == nil || !strings.Contains(err.Error(), "decoding") {
		t.Errorf("truncated JSON: err = %v", err)
	}
}

// pagedServer serves n items in pages of size, with next links.
func pagedServer(t *testing.T, mux *http.ServeMux, srvURL func() string, n, size int, calls *atomic.Int32) {
	mux.HandleFunc("GET /paged/", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		page := 1
		fmt.Sscan(r.URL.Query().Get("page"), &page)
		var res []item
		for i := (page - 1) * size; i < min(page*size, n); i++ {
			res = append(res, item{ID: i + 1})
		}
		var next any
		if page*size < n {
			next = fmt.Sprintf("%s%spaged/?page=%d", srvURL(), basePath, page+1)
		}
		writeJSON(w, 200, map[string]any{"count": n, "next": next, "previous": nil, "results": res})
	})
}

func TestAllAcrossPages(t *testing.T) {
	c, mux, srv := setup(t)
	var calls atomic.Int32
	pagedServer(t, mux, func() string { return srv.URL }, 10, 3, &calls)
	l := newLister(c, "paged/")

	var ids []int
	for it, err := range l.All(t.Context(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, it.ID)
	}
	if len(ids) != 10 || ids[0] != 1 || ids[9] != 10 || calls.Load() != 4 {
		t.Fatalf("ids %v after %d calls, want 1..10 after 4", ids, calls.Load())
	}

	// Stopping early fetches no further page.
	calls.Store(0)
	n := 0
	for _, err := range l.All(t.Context(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n == 4 {
			break
		}
	}
	if calls.Load() != 2 {
		t.Errorf("stopping at item 4 made %d calls, want 2", calls.Load())
	}

	// The sequence is stateless: ranging again starts again.
	seq := l.All(t.Context(), &ListOptions{Page: 3})
	for range 2 {
		var got []int
		for it, err := range seq {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, it.ID)
		}
		if len(got) != 4 || got[0] != 7 {
			t.Errorf("from page 3: %v", got)
		}
	}
}

func TestAllYieldsOneErrorAndStops(t *testing.T) {
	c, mux, srv := setup(t, WithRetry(RetryPolicy{}))
	mux.HandleFunc("GET /fails/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("page") == "2" {
			writeJSON(w, 500, map[string]string{"detail": "boom"})
			return
		}
		writeJSON(w, 200, map[string]any{"count": 4, "next": srv.URL + basePath + "fails/?page=2", "results": []item{{ID: 1}, {ID: 2}}})
	})
	mux.HandleFunc("GET /elsewhere/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"count": 4, "next": "https://evil.example/steal/?page=2", "results": []item{{ID: 1}}})
	})
	mux.HandleFunc("GET /loop/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"count": 4, "next": srv.URL + basePath + "loop/", "results": []item{{ID: 1}}})
	})
	for _, tc := range []struct{ path, want string }{
		{"fails/", "boom"},
		{"elsewhere/", "another host"},
		{"loop/", "already read"},
	} {
		var items, errs int
		var last error
		for it, err := range newLister(c, tc.path).All(t.Context(), nil) {
			if err != nil {
				errs++
				last = err
				if it != nil {
					t.Error("error yielded with an item")
				}
				continue
			}
			items++
		}
		if errs != 1 || last == nil || !strings.Contains(last.Error(), tc.want) {
			t.Errorf("%s: %d items, %d errors, last %v; want one error with %q", tc.path, items, errs, last, tc.want)
		}
	}
}

func TestNextLinkDowngradedByProxyIsUpgraded(t *testing.T) {
	c, err := NewClient(WithBaseURL("https://api.arcsecond.io/"))
	if err != nil {
		t.Fatal(err)
	}
	u, err := c.followLink("http://api.arcsecond.io/telescopes/?page=2")
	if err != nil || u.String() != "https://api.arcsecond.io/telescopes/?page=2" {
		t.Errorf("followLink = %v, %v", u, err)
	}
	if _, err := c.followLink("http://api.arcsecond.io:8080/telescopes/?page=2"); err == nil {
		t.Error("a link to another port was followed")
	}
}

func TestDoDecodesAndEmptyBodies(t *testing.T) {
	c, mux, _ := setup(t)
	mux.HandleFunc("DELETE /things/1/", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	mux.HandleFunc("POST /things/", func(w http.ResponseWriter, r *http.Request) {
		if ct := r.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("content type %q", ct)
		}
		var in item
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			t.Error(err)
		}
		in.ID = 1
		writeJSON(w, 201, in)
	})
	ep := endpoint{client: c, path: "things/", scope: Scoped}
	got, resp, err := writeItem[item](t.Context(), ep, http.MethodPost, nil, &item{Name: "M31 <&>"})
	if err != nil || got.ID != 1 || got.Name != "M31 <&>" || resp.StatusCode != 201 {
		t.Fatalf("create = %+v, %v", got, err)
	}
	if _, _, err := writeItem[item, item](t.Context(), ep, http.MethodPost, nil, nil); err == nil {
		t.Error("nil body accepted")
	}
	resp, err = ep.call(t.Context(), http.MethodDelete, 1, nil, nil, nil)
	if err != nil || resp.StatusCode != 204 {
		t.Fatalf("delete = %v, %v", resp, err)
	}
}

func TestContextCancelledBeforeSending(t *testing.T) {
	c, mux, _ := setup(t)
	mux.HandleFunc("GET /x/", func(w http.ResponseWriter, r *http.Request) { t.Error("request sent") })
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, _, err := newLister(c, "x/").List(ctx, nil)
	if !errors.Is(err, context.Canceled) || err != context.Canceled {
		t.Errorf("err = %#v, want context.Canceled itself", err)
	}
}

func TestUserAgent(t *testing.T) {
	c, mux, _ := setup(t, WithUserAgent("nightplan/1.0"))
	got := make(chan string, 1)
	mux.HandleFunc("GET /ua/", func(w http.ResponseWriter, r *http.Request) {
		got <- r.UserAgent()
		writeJSON(w, 200, []item{})
	})
	if _, _, err := newLister(c, "ua/").List(t.Context(), nil); err != nil {
		t.Fatal(err)
	}
	if ua := <-got; !strings.HasPrefix(ua, "nightplan/1.0 arcsecond-go/"+Version+" (go") {
		t.Errorf("User-Agent = %q", ua)
	}
}

func TestStreamedBodyIsNotBuffered(t *testing.T) {
	c, mux, _ := setup(t)
	var n atomic.Int64
	var calls atomic.Int32
	mux.HandleFunc("POST /upload/", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		m, _ := io.Copy(io.Discard, r.Body)
		n.Store(m)
		writeJSON(w, 503, map[string]string{"detail": "busy"})
	})
	pr, pw := io.Pipe()
	go func() {
		buf := make([]byte, 32<<10)
		for range 64 {
			if _, err := pw.Write(buf); err != nil {
				return
			}
		}
		pw.Close()
	}()
	req, err := c.NewRequest(t.Context(), "POST", "upload/", pr)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Do(req, nil)
	var er *ErrorResponse
	if !errors.As(err, &er) || er.StatusCode != 503 {
		t.Fatalf("err = %v", err)
	}
	if calls.Load() != 1 || n.Load() != 64*32<<10 || er.Attempts != 1 {
		t.Errorf("stream sent %d times (%d bytes, %d attempts); want once, not retried", calls.Load(), n.Load(), er.Attempts)
	}
}

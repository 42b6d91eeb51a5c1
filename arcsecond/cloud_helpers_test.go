package arcsecond_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"reflect"
	"strconv"
	"sync"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// sent is one request as it left the client.
type sent struct {
	Method, Path, Query string
	JSON                any               // decoded JSON body, nil if none
	Form                map[string]string // multipart fields (file parts: the file name)
}

// recorder is a RoundTripper that remembers every request it passes on.
type recorder struct {
	mu   sync.Mutex
	reqs []sent
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	s := sent{Method: req.Method, Path: req.URL.Path, Query: req.URL.RawQuery}
	if req.Body != nil && req.Body != http.NoBody {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(b))
		mt, params, _ := mime.ParseMediaType(req.Header.Get("Content-Type"))
		switch mt {
		case "application/json":
			_ = json.Unmarshal(b, &s.JSON)
		case "multipart/form-data":
			s.Form = map[string]string{}
			mr := multipart.NewReader(bytes.NewReader(b), params["boundary"])
			for p, err := mr.NextPart(); err == nil; p, err = mr.NextPart() {
				v, _ := io.ReadAll(p)
				if p.FileName() != "" {
					s.Form[p.FormName()] = "@" + p.FileName()
				} else {
					s.Form[p.FormName()] = string(v)
				}
			}
		}
	}
	r.mu.Lock()
	r.reqs = append(r.reqs, s)
	r.mu.Unlock()
	return http.DefaultTransport.RoundTrip(req)
}

// last returns the last request sent.
func (r *recorder) last(t *testing.T) sent {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.reqs) == 0 {
		t.Fatal("no request was sent")
	}
	return r.reqs[len(r.reqs)-1]
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.reqs)
}

// env is a test server and a recorded client of one of its users.
type env struct {
	srv *arcsecondtest.Server
	c   *arcsecond.Client
	rec *recorder
}

// newEnv starts a server (no catalogue data) and a client of the seeded user
// with role ("superadmin", "admin", "member", "observer", "" for none).
func newEnv(t *testing.T, role string, opts ...arcsecond.Option) *env {
	t.Helper()
	srv := arcsecondtest.NewServer(arcsecondtest.WithSeedData(false))
	t.Cleanup(srv.Close)
	rec := &recorder{}
	all := append([]arcsecond.Option{arcsecond.WithHTTPClient(&http.Client{Transport: rec}), arcsecond.WithRetry(arcsecond.RetryPolicy{})}, opts...)
	c, err := srv.ClientAs(srv.UserWithRole(role).Username, all...)
	if err != nil {
		t.Fatal(err)
	}
	return &env{srv: srv, c: c, rec: rec}
}

// expect checks the last request: method, path, raw query and, when body is
// not nil, its JSON (compared after a JSON round trip of body).
func (e *env) expect(t *testing.T, method, path, query string, body any) {
	t.Helper()
	got := e.rec.last(t)
	if got.Method != method || got.Path != path || got.Query != query {
		t.Errorf("sent %s %s?%s, want %s %s?%s", got.Method, got.Path, got.Query, method, path, query)
	}
	if body == nil {
		return
	}
	var want any
	b, _ := json.Marshal(body)
	_ = json.Unmarshal(b, &want)
	if !reflect.DeepEqual(got.JSON, want) {
		t.Errorf("%s %s body = %v, want %v", method, path, got.JSON, want)
	}
}

// res holds a call's result for ok: check(c.X.Get(ctx, k)).ok(t).
type res[T any] struct {
	v   T
	err error
}

func check[T any](v T, _ *arcsecond.Response, err error) res[T] { return res[T]{v, err} }

func (r res[T]) ok(t *testing.T) T {
	t.Helper()
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.v
}

// siteAndTelescope creates an observing site and a telescope in the client's
// scope and returns their uuids.
func (e *env) siteAndTelescope(t *testing.T) (site, telescope string) {
	t.Helper()
	s := check(e.c.ObservingSites.Create(t.Context(), &arcsecond.ObservingSiteCreate{Name: "Pic du Midi", Coordinates: arcsecond.GeoCoordinates{Longitude: 0.1423, Latitude: 42.9364, Height: 2877}})).ok(t)
	tel := check(e.c.Telescopes.Create(t.Context(), &arcsecond.TelescopeCreate{Name: "T1M", ObservingSite: s.UUID, Alias: "t1m", OwnershipMode: "owner"})).ok(t)
	return s.UUID, tel.UUID
}

func bytesReader(s string) io.Reader { return bytes.NewReader([]byte(s)) }

func itoa(n int) string { return strconv.Itoa(n) }

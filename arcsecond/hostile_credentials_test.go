package arcsecond_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// The credential part of the hostile-server suite: an API that redirects
// every kind of request to another origin (other host, other port, other
// scheme) with every redirect status, for every kind of credential. The
// other origin records every header, body and WebSocket frame it gets, and
// no secret may be among them.

// Secrets of the hostile suite, one per credential and per body secret.
const (
	hostileAccessKey = "hostile-access-key-5c1e2d3f4a5b6c7d"
	hostileUploadKey = "hostile-upload-key-8e9f0a1b2c3d4e5f"
	hostileDRFToken  = "hostile-drf-token-6a7b8c9d0e1f2a3b"
	hostileJWTAccess = "hostile.jwt-access.4c5d6e7f8a9b0c1d"
	hostileRefresh   = "hostile.jwt-refresh.2e3f4a5b6c7d8e9f"
	hostilePassword  = "hostile-password-0a1b2c3d4e5f"
	hostileBodyKey   = "hostile-body-key-9f8e7d6c5b4a"
	hostileHubJWT    = "hostile.hub-jwt.7a6b5c4d3e2f1a0b"
	hostileMarker    = "hostile-body-marker-3d2c1b0a"
	// What the other origin offers in exchange: it must never be adopted.
	evilAccess  = "evil.access.token"
	evilRefresh = "evil.refresh.token"
)

var hostileSecrets = []string{hostileAccessKey, hostileUploadKey, hostileDRFToken, hostileJWTAccess, hostileRefresh,
	hostilePassword, hostileBodyKey, hostileHubJWT, hostileMarker}

// hostileAuth is one way of authenticating.
type hostileAuth struct {
	name string
	opts func(expired bool) []arcsecond.Option
}

var hostileAuths = []hostileAuth{
	{"access key", func(bool) []arcsecond.Option { return []arcsecond.Option{arcsecond.WithAPIKey(hostileAccessKey)} }},
	{"upload key", func(bool) []arcsecond.Option { return []arcsecond.Option{arcsecond.WithUploadKey(hostileUploadKey)} }},
	{"JWT session", func(expired bool) []arcsecond.Option {
		exp := time.Now().Add(time.Hour)
		if expired {
			exp = time.Now().Add(-time.Minute)
		}
		return []arcsecond.Option{arcsecond.WithJWT(arcsecond.JWT{Access: hostileJWTAccess, Refresh: hostileRefresh, AccessExpiry: exp}, nil)}
	}},
	{"legacy token", func(bool) []arcsecond.Option { return []arcsecond.Option{arcsecond.WithToken(hostileDRFToken)} }},
}

// record is what the other origin received.
type record struct {
	mu   sync.Mutex
	seen []string // one entry per request: method, URL, headers, body, frames
	n    int
}

func (r *record) add(s string) {
	r.mu.Lock()
	r.seen = append(r.seen, s)
	r.n++
	r.mu.Unlock()
}

func (r *record) requests() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n
}

// leaks returns the secrets found in anything received.
func (r *record) leaks() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var found []string
	for _, s := range hostileSecrets {
		for _, got := range r.seen {
			if strings.Contains(got, s) {
				found = append(found, s)
				break
			}
		}
	}
	return found
}

// evilHandler records every request in full and answers like a server that
// wants the client to go on: tokens on the auth routes, an accepted
// WebSocket (whose first frames it reads), an empty list elsewhere.
func evilHandler(rec *record) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s %s\n", r.Method, r.Host, r.URL)
		for k, vs := range r.Header {
			fmt.Fprintf(&b, "%s: %s\n", k, strings.Join(vs, ", "))
		}
		body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		b.Write(body)
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			conn, err := websocket.Accept(w, r, &websocket.AcceptOptions{InsecureSkipVerify: true})
			if err != nil {
				rec.add(b.String())
				return
			}
			ctx, cancel := context.WithTimeout(r.Context(), time.Second)
			for range 2 {
				_, frame, err := conn.Read(ctx)
				if err != nil {
					break
				}
				b.Write(frame)
			}
			cancel()
			conn.CloseNow()
			rec.add(b.String())
			return
		}
		rec.add(b.String())
		w.Header().Set("Content-Type", "application/json")
		if strings.Contains(r.URL.Path, "/auth/") {
			fmt.Fprintf(w, `{"access":%q,"refresh":%q}`, evilAccess, evilRefresh)
			return
		}
		fmt.Fprint(w, `{"count":0,"next":null,"previous":null,"results":[]}`)
	}
}

// splitListener serves TLS and plain HTTP on one port, so that the "other
// scheme" origin differs from the API's by its scheme alone.
type splitListener struct {
	ln         net.Listener
	tls, plain *sideListener
	wg         sync.WaitGroup
}

type sideListener struct {
	addr   net.Addr
	conns  chan net.Conn
	closed chan struct{}
	once   sync.Once
}

func (s *sideListener) Accept() (net.Conn, error) {
	select {
	case c := <-s.conns:
		return c, nil
	case <-s.closed:
		return nil, net.ErrClosed
	}
}

func (s *sideListener) Close() error   { s.once.Do(func() { close(s.closed) }); return nil }
func (s *sideListener) Addr() net.Addr { return s.addr }

// peekedConn gives back the byte read to classify the connection.
type peekedConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *peekedConn) Read(b []byte) (int, error) { return c.r.Read(b) }

func newSplitListener(t *testing.T) *splitListener {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	side := func() *sideListener {
		return &sideListener{addr: ln.Addr(), conns: make(chan net.Conn), closed: make(chan struct{})}
	}
	s := &splitListener{ln: ln, tls: side(), plain: side()}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
				br := bufio.NewReader(c)
				first, err := br.Peek(1)
				_ = c.SetReadDeadline(time.Time{})
				if err != nil {
					c.Close()
					return
				}
				to := s.plain
				if first[0] == 0x16 { // a TLS handshake record
					to = s.tls
				}
				select {
				case to.conns <- &peekedConn{Conn: c, r: br}:
				case <-to.closed:
					c.Close()
				}
			}()
		}
	}()
	return s
}

func (s *splitListener) close() {
	s.ln.Close()
	s.tls.Close()
	s.plain.Close()
	s.wg.Wait()
}

// hostileEnv is an API on http://127.0.0.1:P that redirects the requests
// trigger matches to the other origin, and that other origin.
type hostileEnv struct {
	api      string // http://127.0.0.1:P
	evil     string // the other origin
	nextBase string // where the first list page's next link points (default: api)
	rec      record
	hits     atomic.Int32 // redirects sent
	apiCalls atomic.Int32
	tr       *http.Transport
}

// hostileOrigins are the ways an origin can differ from the API's.
var hostileOrigins = []string{"other host", "other port", "other scheme"}

func newHostileEnv(t *testing.T, originKind string, status int, trigger func(*http.Request) bool) *hostileEnv {
	e := &hostileEnv{}
	evil := evilHandler(&e.rec)
	split := newSplitListener(t)
	apiHandler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.TLS != nil || !strings.HasPrefix(r.Host, "127.0.0.1:") {
			evil(w, r) // the same port under another scheme or host name
			return
		}
		e.apiCalls.Add(1)
		if trigger(r) {
			e.hits.Add(1)
			http.Redirect(w, r, e.evil+r.URL.RequestURI(), status)
			return
		}
		e.serveAPI(w, r)
	})
	plain := httptest.NewUnstartedServer(apiHandler)
	plain.Listener.Close()
	plain.Listener = split.plain
	plain.Start()
	secure := httptest.NewUnstartedServer(apiHandler)
	secure.Listener.Close()
	secure.Listener = split.tls
	secure.StartTLS()
	other := httptest.NewServer(evil)
	e.tr = secure.Client().Transport.(*http.Transport).Clone()
	// Every host name resolves to the loopback address: "evil.example"
	// is another host on the API's port.
	dialer := &net.Dialer{Timeout: 2 * time.Second}
	e.tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		_, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		return dialer.DialContext(ctx, network, net.JoinHostPort("127.0.0.1", port))
	}
	t.Cleanup(func() {
		e.tr.CloseIdleConnections()
		plain.Close()
		secure.Close()
		other.Close()
		split.close()
	})
	e.api = plain.URL
	e.nextBase = e.api
	_, port, _ := net.SplitHostPort(split.ln.Addr().String())
	switch originKind {
	case "other host":
		e.evil = "http://evil.example:" + port
	case "other port":
		e.evil = other.URL
	case "other scheme":
		e.evil = "https://127.0.0.1:" + port
	default:
		t.Fatalf("unknown origin kind %q", originKind)
	}
	return e
}

// serveAPI answers the requests that are not redirected.
func (e *hostileEnv) serveAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.URL.Path == "/agent/mint/":
		fmt.Fprintf(w, `{"jwt":%q,"exp":%d}`, hostileHubJWT, time.Now().Add(time.Hour).Unix())
	case r.URL.Path == "/auth/token/refresh/":
		fmt.Fprintf(w, `{"access":%q,"refresh":%q}`, hostileJWTAccess, hostileRefresh)
	case r.URL.Path == "/datasets/" && r.URL.Query().Get("page") == "":
		fmt.Fprintf(w, `{"count":2,"next":%q,"previous":null,"results":[{"uuid":"d1","name":"one"}]}`, e.nextBase+"/datasets/?page=2")
	default:
		fmt.Fprint(w, `{"count":0,"next":null,"previous":null,"results":[]}`)
	}
}

func (e *hostileEnv) client(t *testing.T, opts []arcsecond.Option) *arcsecond.Client {
	all := append([]arcsecond.Option{
		arcsecond.WithBaseURL(e.api + "/"),
		arcsecond.WithHTTPClient(&http.Client{Transport: e.tr}),
		arcsecond.WithRetry(arcsecond.RetryPolicy{}),
	}, opts...)
	c, err := arcsecond.NewClient(all...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// hostilePath is one way the SDK sends a request.
type hostilePath struct {
	name    string
	trigger func(*http.Request) bool // the request the API redirects
	// bodyOrSocket: the request sends a body or opens a WebSocket, so
	// the other origin must get nothing at all.
	bodyOrSocket bool
	jwtOnly      bool // only for a JWT session (whose access token has expired)
	run          func(ctx context.Context, c *arcsecond.Client, e *hostileEnv) error
}

func route(method, path string) func(*http.Request) bool {
	return func(r *http.Request) bool { return r.Method == method && r.URL.Path == path }
}

// adopted fails when a token of the other origin made it into the client.
func adopted(c *arcsecond.Client, j *arcsecond.JWT) error {
	if j != nil && (j.Access == evilAccess || j.Refresh == evilRefresh) {
		return fmt.Errorf("tokens of the other origin returned: %v", *j)
	}
	if s, ok := c.Session(); ok && (s.Access == evilAccess || s.Refresh == evilRefresh) {
		return fmt.Errorf("the session adopted the other origin's tokens")
	}
	return nil
}

var hostilePaths = []hostilePath{
	{name: "REST GET", trigger: route("GET", "/datasets/"), run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		_, _, err := c.Datasets.List(ctx, nil)
		return err
	}},
	{name: "REST POST with body", trigger: route("POST", "/datasets/"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		_, _, err := c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: hostileMarker})
		return err
	}},
	{name: "profile key PATCH", trigger: route("PATCH", "/profiles/alice/uploadkey/"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		_, _, err := c.Profiles.UpdateUploadKey(ctx, "alice", &arcsecond.UploadKey{UploadKey: hostileBodyKey})
		return err
	}},
	{name: "streamed upload", trigger: route("POST", "/datafiles/"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		content := strings.Repeat(hostileMarker, 64)
		_, _, err := c.DataFiles.Upload(ctx, "d1", arcsecond.File{Name: "a.fits", Content: strings.NewReader(content), Size: int64(len(content))}, nil)
		return err
	}},
	{name: "download", trigger: route("GET", "/files/a.fits"), run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		_, err := c.Download(ctx, "files/a.fits", io.Discard, nil)
		return err
	}},
	{name: "next link", trigger: func(r *http.Request) bool { return r.URL.Path == "/datasets/" && r.URL.Query().Get("page") == "2" },
		run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
			for _, err := range c.Datasets.All(ctx, nil) {
				if err != nil {
					return err
				}
			}
			return nil
		}},
	{name: "Live", trigger: route("GET", "/activities/live/"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		for _, err := range c.Activities.Live(ctx, nil, &arcsecond.LiveOptions{Backoff: arcsecond.Backoff{MinWait: time.Millisecond, MaxWait: 10 * time.Millisecond, MaxFailures: 2}}) {
			if err != nil {
				return err
			}
		}
		return nil
	}},
	{name: "Hub", trigger: route("GET", "/ws/agent"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, e *hostileEnv) error {
		key, err := arcsecond.GenerateAgentKey()
		if err != nil {
			return err
		}
		a, err := c.NewHubAgent(key, &arcsecond.HubAgentOptions{HubURL: "ws" + strings.TrimPrefix(e.api, "http") + "/ws/agent", AgentUUID: "agent-1",
			Backoff: arcsecond.Backoff{MinWait: time.Millisecond, MaxWait: 10 * time.Millisecond, MaxFailures: 2}})
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		return a.Run(ctx)
	}},
	{name: "Auth.Login", trigger: route("POST", "/auth/token/"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		res, _, err := c.Auth.Login(ctx, "alice", hostilePassword)
		if res != nil {
			if e := adopted(c, res.JWT); e != nil {
				return e
			}
		}
		return err
	}},
	{name: "Auth.Refresh", trigger: route("POST", "/auth/token/refresh/"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		j, _, err := c.Auth.Refresh(ctx, hostileRefresh)
		if e := adopted(c, j); e != nil {
			return e
		}
		return err
	}},
	{name: "Auth.VerifyKey", trigger: route("POST", "/auth/key/verify/"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		_, err := c.Auth.VerifyKey(ctx, "alice", hostileBodyKey)
		return err
	}},
	{name: "Auth.ChangePassword", trigger: route("POST", "/auth/password/change/"), bodyOrSocket: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		_, _, err := c.Auth.ChangePassword(ctx, hostilePassword, hostilePassword)
		return err
	}},
	{name: "automatic JWT refresh", trigger: route("POST", "/auth/token/refresh/"), bodyOrSocket: true, jwtOnly: true, run: func(ctx context.Context, c *arcsecond.Client, _ *hostileEnv) error {
		_, _, err := c.Datasets.List(ctx, nil)
		if e := adopted(c, nil); e != nil {
			return e
		}
		return err
	}},
}

var redirectStatuses = []int{http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect}

// TestHostileRedirectsKeepSecrets: for every redirect status, other origin,
// credential kind and request path, no secret reaches the other origin, a
// request that sends a body or opens a WebSocket does not reach it at all,
// and no token it offers is adopted.
func TestHostileRedirectsKeepSecrets(t *testing.T) {
	for _, p := range hostilePaths {
		t.Run(p.name, func(t *testing.T) {
			for _, status := range redirectStatuses {
				for _, o := range hostileOrigins {
					for _, auth := range hostileAuths {
						if p.jwtOnly && auth.name != "JWT session" {
							continue
						}
						t.Run(fmt.Sprintf("%d/%s/%s", status, o, auth.name), func(t *testing.T) {
							hostileCase(t, p, status, o, auth)
						})
					}
				}
			}
		})
	}
}

func hostileCase(t *testing.T, p hostilePath, status int, originKind string, auth hostileAuth) {
	e := newHostileEnv(t, originKind, status, p.trigger)
	c := e.client(t, auth.opts(p.jwtOnly))
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	start := time.Now()
	err := p.run(ctx, c, e)
	elapsed := time.Since(start)
	if e.hits.Load() == 0 {
		t.Fatalf("the API never redirected (err %v)", err)
	}
	if leaks := e.rec.leaks(); len(leaks) > 0 {
		t.Errorf("secrets reached %s: %q", e.evil, leaks)
	}
	if p.bodyOrSocket && e.rec.requests() > 0 {
		t.Errorf("%d request(s) followed the redirect to %s", e.rec.requests(), e.evil)
	}
	// A streamed body cannot be sent twice: net/http hands back the 307
	// or 308 itself, which the client reports as an *ErrorResponse.
	var re *arcsecond.RedirectError
	var er *arcsecond.ErrorResponse
	refused := errors.As(err, &re) || errors.As(err, &er) && (er.StatusCode == 307 || er.StatusCode == 308)
	if p.bodyOrSocket && !refused {
		t.Errorf("err = %v, want a *RedirectError", err)
	}
	if err != nil && strings.Contains(err.Error(), "adopt") {
		t.Error(err)
	}
	if elapsed > 4*time.Second {
		t.Errorf("took %s", elapsed)
	}
	if n := e.apiCalls.Load() + int32(e.rec.requests()); n > 20 {
		t.Errorf("%d requests", n)
	}
}

// TestHostileNextLinkToAnotherOrigin: a list page whose next link names
// another origin is refused before any request goes there.
func TestHostileNextLinkToAnotherOrigin(t *testing.T) {
	for _, o := range hostileOrigins {
		for _, auth := range hostileAuths {
			t.Run(o+"/"+auth.name, func(t *testing.T) {
				e := newHostileEnv(t, o, http.StatusFound, func(*http.Request) bool { return false })
				e.nextBase = e.evil
				c := e.client(t, auth.opts(false))
				ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
				defer cancel()
				var err error
				n := 0
				for _, e2 := range c.Datasets.All(ctx, nil) {
					if e2 != nil {
						err = e2
						break
					}
					n++
				}
				if n != 1 || err == nil {
					t.Errorf("got %d items and err %v, want the first page then an error", n, err)
				}
				if e.rec.requests() > 0 {
					t.Errorf("%d request(s) sent to %s", e.rec.requests(), e.evil)
				}
			})
		}
	}
}

// TestHostileRecordCatchesLeaks checks the suite's recorder: it would
// notice a secret.
func TestHostileRecordCatchesLeaks(t *testing.T) {
	var r record
	r.add("GET / \nX-Arcsecond-Api-Authorization: Key " + hostileAccessKey)
	if got := r.leaks(); len(got) != 1 || got[0] != hostileAccessKey {
		t.Errorf("leaks = %q", got)
	}
}

// syncBuffer is a log destination safe for concurrent handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestHubCommandTextRedacted: the text a command handler produces (its
// error, its panic, its progress messages) reaches neither the Hub nor the
// debug log with the client's key in it.
func TestHubCommandTextRedacted(t *testing.T) {
	noLeak(t)
	s := arcsecondtest.NewServer(arcsecondtest.WithSeedData(false))
	t.Cleanup(s.Close)
	key := s.UserWithRole("superadmin").AccessKey
	var logs syncBuffer
	c, err := s.Client(arcsecond.WithLogger(slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	if err != nil {
		t.Fatal(err)
	}
	ra := startAgent(t, s, c, arcsecond.HubAgentOptions{})
	ra.agent.Handle("fail", func(context.Context, *arcsecond.Command, func(string)) (any, error) {
		return nil, fmt.Errorf("request with X-Arcsecond-API-Authorization: Key %s refused", key)
	})
	ra.agent.Handle("panic", func(context.Context, *arcsecond.Command, func(string)) (any, error) {
		panic("bad key " + key)
	})
	ra.agent.Handle("chatty", func(_ context.Context, _ *arcsecond.Command, progress func(string)) (any, error) {
		progress("trying key " + key)
		return nil, nil
	})
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	for _, name := range []string{"fail", "panic", "chatty"} {
		res, err := s.HubCommand(ctx, ra.uuid, name, nil)
		if err != nil {
			t.Fatal(err)
		}
		sent := res.Error + strings.Join(res.Progress, "\n")
		if strings.Contains(sent, key) {
			t.Errorf("%s: the Hub got the key: %+v", name, res)
		}
		if !strings.Contains(sent, "REDACTED") {
			t.Errorf("%s: nothing redacted in %+v", name, res)
		}
	}
	if l := logs.String(); !strings.Contains(l, "panicked") || strings.Contains(l, key) {
		t.Errorf("debug log (panic logged: %v) holds the key:\n%s", strings.Contains(l, "panicked"), l)
	}
}

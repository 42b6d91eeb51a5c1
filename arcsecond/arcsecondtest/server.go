package arcsecondtest

//go:generate go run ./internal/gen -out openapi_gen.go

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"time"
)

// Server is an in-memory Arcsecond API listening on a loopback port.
type Server struct {
	// URL is the base URL of the server, "http://127.0.0.1:port", without a
	// trailing slash.
	URL string

	ts     *httptest.Server
	cfg    config
	ids    *idGen
	db     *store
	api    *api // routes, collections, handlers and schemas (routes.go)
	secret []byte
	faults faultSet

	mu       sync.Mutex
	accounts map[string]*account // by username
	byKey    map[string]*account // access keys, upload keys and legacy tokens
	rotated  map[string]bool     // refresh-token ids already used (rotation)

	blobMu sync.Mutex
	blobs  map[string]storedBlob // uploaded files by storage path

	streams streamState // WebSocket endpoints' state (live.go, hub.go)
}

// NewServer starts a server on a loopback port, with the seed organisation,
// its members and (unless WithSeedData(false)) the catalogue data.
// Close it when done.
func NewServer(opts ...Option) *Server {
	s := NewUnstartedServer(opts...)
	s.Start()
	return s
}

// NewUnstartedServer builds a server, seeded, without listening: call Start,
// or serve its Handler on a listener of one's own (as examples/mockserver
// does). Close it when done either way.
func NewUnstartedServer(opts ...Option) *Server {
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}
	s := &Server{
		cfg:      cfg,
		ids:      newIDGen(cfg.seed, cfg.seeded),
		db:       newStore(),
		accounts: map[string]*account{},
		byKey:    map[string]*account{},
		rotated:  map[string]bool{},
		blobs:    map[string]storedBlob{},
	}
	s.secret = s.ids.bytes(32)
	s.api = newAPI(cfg.streams)
	for _, f := range cfg.faults {
		s.faults.add(f)
	}
	s.seed()
	return s
}

// Start listens on a loopback port and sets URL. It panics if the server
// is already started.
func (s *Server) Start() {
	if s.ts != nil {
		panic("arcsecondtest: Server started twice")
	}
	s.ts = httptest.NewServer(s.Handler())
	s.URL = s.ts.URL
}

// Handler returns the server's HTTP handler (fault injection, API routes,
// file downloads), for mounting it on a listener of one's own, as the
// mockserver example does.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/_storage/", s.serveDownload)
	for p, h := range s.api.streams {
		mux.Handle(p, h(s))
	}
	mux.HandleFunc("/", s.serveAPI)
	inner := s.faults.middleware(s, s.logged(mux))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The Date header follows the server's clock, so that a fixed clock
		// gives byte-identical answers.
		w.Header().Set("Date", s.now().Format(http.TimeFormat))
		inner.ServeHTTP(w, r)
	})
}

// Close shuts the server down and blocks until all its requests are done.
func (s *Server) Close() {
	s.streams.close()
	if s.ts != nil {
		s.ts.CloseClientConnections()
		s.ts.Close()
	}
}

func (s *Server) now() time.Time { return s.cfg.clock().UTC() }

func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		s.cfg.logger.Debug("arcsecondtest request", "method", r.Method, "path", r.URL.Path, "status", rec.status)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// baseURL is the scheme and host absolute links are built on.
func (s *Server) baseURL(r *http.Request) string {
	if s.cfg.publicURL != "" {
		return strings.TrimSuffix(s.cfg.publicURL, "/")
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// serveAPI resolves the route of a request and runs it: trailing-slash
// redirect, Django's HTML 404 for unknown URLs, authentication, 405,
// permissions, then the route's handler.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	if strings.HasSuffix(path, ".json") { // DRF format suffix: /datasets.json
		path = strings.TrimSuffix(path, ".json") + "/"
	}
	rt, params := s.api.router.find(path)
	if rt == nil {
		writeDjango404(w, r.URL.Path)
		return
	}
	if !strings.HasSuffix(path, "/") {
		// Django's APPEND_SLASH: a permanent redirect to the slashed URL.
		target := path + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	c := &call{s: s, w: w, r: r, rt: rt, params: params}
	if e := c.run(); e != nil {
		writeError(w, e)
	}
}

// applyRouteVariant applies a declared route variant (variants.go) to the
// route specs. A variant the document makes redundant, or one whose
// methods the twin route lacks, is a programming error (panic): no variant
// is applied silently.
func applyRouteVariant(specs []routeSpec, v routeVariant) []routeSpec {
	i := slices.IndexFunc(specs, func(r routeSpec) bool { return r.path == v.path })
	switch {
	case v.replacedBy != "":
		if i < 0 {
			panic("arcsecondtest: variant of a route the document lacks: " + v.path)
		}
		specs[i] = routeSpec{path: v.path, ops: []opSpec{{method: http.MethodPost, anon: true, body: v.replacedBy, resp: v.replacedBy}}, source: v.evidence}
		return specs
	case len(v.methods) == 0:
		return specs // answer variants change no route
	}
	ti := slices.IndexFunc(specs, func(r routeSpec) bool { return r.path == v.twin() })
	if ti < 0 {
		panic("arcsecondtest: variant without a personal twin: " + v.path)
	}
	twin := specs[ti]
	if i < 0 {
		specs = append(specs, routeSpec{path: v.path, lookup: twin.lookup, org: true, paginated: twin.paginated})
		i = len(specs) - 1
	}
	spec := &specs[i]
	spec.ops = slices.Clone(spec.ops)
	spec.source = v.evidence
	for _, m := range v.methods {
		if slices.ContainsFunc(spec.ops, func(o opSpec) bool { return o.method == m }) {
			panic("arcsecondtest: variant adds " + m + " that the document already gives " + v.path)
		}
		j := slices.IndexFunc(twin.ops, func(o opSpec) bool { return o.method == m })
		if j < 0 {
			panic("arcsecondtest: variant adds " + m + " to " + v.path + " but " + twin.path + " has none")
		}
		spec.ops = append(spec.ops, twin.ops[j])
	}
	return specs
}

// buildRouter compiles the OpenAPI routes, the hand-declared Cloud/Hub
// routes the document lacks and the route variants, and binds each route to
// its resource or special handler. A Cloud route that the document has is a
// programming error (panic): a changed route is a variant, with evidence.
func (a *api) buildRouter(cloudRoutes []routeSpec) router {
	specs := openAPIRoutes()
	for _, h := range cloudRoutes {
		if slices.ContainsFunc(specs, func(r routeSpec) bool { return r.path == h.path }) {
			panic("arcsecondtest: Cloud route in the document (declare a variant): " + h.path)
		}
		specs = append(specs, h)
	}
	for _, v := range routeVariants {
		specs = applyRouteVariant(specs, v)
	}
	var rr router
	for _, spec := range specs {
		rr.routes = append(rr.routes, a.bindRoute(spec))
	}
	return rr
}

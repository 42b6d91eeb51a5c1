package arcsecondtest

import (
	"context"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Fault makes the server misbehave on some requests, for reliability tests
// of clients. The zero Fault does nothing; set one or more knobs.
type Fault struct {
	// Route selects the requests: "" for every request, otherwise an
	// optional method and a path, either a route of the API as the OpenAPI
	// document writes it ("GET /observingsites/",
	// "/{organisation}/datasets/{uuid}/") or a concrete path
	// ("POST /myorg/datafiles/").
	Route string
	// Times is how many matching requests the fault applies to; 0 means
	// every one until it is removed.
	Times int

	// Latency delays the answer (the request's context still cancels it).
	Latency time.Duration
	// Status answers with this status and a DRF-shaped body instead of
	// serving the request: 429 (with "Request was throttled.") or a 5xx.
	Status int
	// RetryAfter sets the Retry-After header, in whole seconds rounded up.
	RetryAfter time.Duration
	// HTML answers Status (502 when unset) with an HTML error page, as a
	// reverse proxy or load balancer in front of the API does.
	HTML bool
	// ResetMidBody serves the real response's headers and half its body,
	// then resets the connection.
	ResetMidBody bool
	// TruncateJSON serves the real response cut in half, with a
	// Content-Length that matches the cut, so only decoding fails.
	TruncateJSON bool

	// DropAfterFrames closes a WebSocket stream after that many frames, and
	// DuplicateFrames sends each frame twice; the stream endpoints read
	// them with StreamFault.
	DropAfterFrames int
	DuplicateFrames bool
}

type activeFault struct {
	Fault
	method, path string
	left         int // remaining uses, -1 for unlimited
}

type faultSet struct {
	mu     sync.Mutex
	faults []*activeFault
	counts map[string]int // requests seen, by "METHOD /path"
}

func (fs *faultSet) add(f Fault) *activeFault {
	af := &activeFault{Fault: f, left: -1}
	if f.Times > 0 {
		af.left = f.Times
	}
	route := strings.TrimSpace(f.Route)
	if m, p, ok := strings.Cut(route, " "); ok {
		af.method, af.path = strings.ToUpper(m), strings.TrimSpace(p)
	} else {
		af.path = route
	}
	fs.mu.Lock()
	fs.faults = append(fs.faults, af)
	fs.mu.Unlock()
	return af
}

// InjectFault installs a fault while the server runs; faults apply in the
// order they were added, one per request. The returned function removes it.
func (s *Server) InjectFault(f Fault) (remove func()) {
	af := s.faults.add(f)
	return func() {
		s.faults.mu.Lock()
		defer s.faults.mu.Unlock()
		for i, x := range s.faults.faults {
			if x == af {
				s.faults.faults = append(s.faults.faults[:i], s.faults.faults[i+1:]...)
				return
			}
		}
	}
}

// ClearFaults removes every fault.
func (s *Server) ClearFaults() {
	s.faults.mu.Lock()
	s.faults.faults = nil
	s.faults.mu.Unlock()
}

// Hits reports how many requests the server received for a method and a
// concrete path ("GET", "/observingsites/"), faulted or not, so that tests
// can count a client's retries.
func (s *Server) Hits(method, path string) int {
	s.faults.mu.Lock()
	defer s.faults.mu.Unlock()
	return s.faults.counts[method+" "+path]
}

// take returns the first fault that applies to r, using it up once.
func (fs *faultSet) take(s *Server, r *http.Request) (Fault, bool) {
	var pattern string
	if rt, _ := s.api.router.find(r.URL.Path); rt != nil {
		pattern = rt.path
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.counts == nil {
		fs.counts = map[string]int{}
	}
	fs.counts[r.Method+" "+r.URL.Path]++
	for i, f := range fs.faults {
		if f.method != "" && f.method != r.Method {
			continue
		}
		if f.path != "" && f.path != r.URL.Path && f.path != r.URL.EscapedPath() && f.path != pattern {
			continue
		}
		if f.left > 0 {
			f.left--
			if f.left == 0 {
				fs.faults = append(fs.faults[:i:i], fs.faults[i+1:]...)
			}
		}
		return f.Fault, true
	}
	return Fault{}, false
}

type streamFaultKey struct{}

// StreamFault returns the WebSocket knobs of the fault that applies to a
// stream request, for the stream endpoints.
func StreamFault(ctx context.Context) (dropAfter int, duplicate bool) {
	f, _ := ctx.Value(streamFaultKey{}).(Fault)
	return f.DropAfterFrames, f.DuplicateFrames
}

func (fs *faultSet) middleware(s *Server, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, ok := fs.take(s, r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		if f.Latency > 0 {
			t := time.NewTimer(f.Latency)
			select {
			case <-t.C:
			case <-r.Context().Done():
				t.Stop()
				return
			}
		}
		if f.RetryAfter > 0 {
			w.Header().Set("Retry-After", fmt.Sprint(int(math.Ceil(f.RetryAfter.Seconds()))))
		}
		switch {
		case f.HTML:
			writeProxyPage(w, f.Status)
		case f.Status != 0:
			writeFaultStatus(w, f)
		case f.ResetMidBody || f.TruncateJSON:
			serveBroken(w, r, next, f.ResetMidBody)
		default:
			if f.DropAfterFrames > 0 || f.DuplicateFrames {
				r = r.WithContext(context.WithValue(r.Context(), streamFaultKey{}, f))
			}
			next.ServeHTTP(w, r)
		}
	})
}

func writeFaultStatus(w http.ResponseWriter, f Fault) {
	msg := http.StatusText(f.Status)
	if f.Status == http.StatusTooManyRequests {
		msg = "Request was throttled."
		if f.RetryAfter > 0 {
			msg = fmt.Sprintf("Request was throttled. Expected available in %d seconds.", int(math.Ceil(f.RetryAfter.Seconds())))
		}
	}
	writeJSON(w, f.Status, map[string]any{"detail": msg})
}

func writeProxyPage(w http.ResponseWriter, status int) {
	if status == 0 {
		status = http.StatusBadGateway
	}
	text := fmt.Sprintf("%d %s", status, http.StatusText(status))
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(status)
	fmt.Fprintf(w, "<html>\r\n<head><title>%s</title></head>\r\n<body>\r\n<center><h1>%s</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n", text, text)
}

// serveBroken runs the real handler, then delivers half of its body: with a
// matching Content-Length (truncated JSON), or with the full one followed by
// a connection reset.
func serveBroken(w http.ResponseWriter, r *http.Request, next http.Handler, reset bool) {
	rec := httptest.NewRecorder()
	next.ServeHTTP(rec, r)
	body := rec.Body.Bytes()
	half := body[:len(body)/2]
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	if !reset {
		w.Header().Set("Content-Length", fmt.Sprint(len(half)))
		w.WriteHeader(rec.Code)
		_, _ = w.Write(half)
		return
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(rec.Code)
	_, _ = w.Write(half)
	if fl, ok := w.(http.Flusher); ok {
		fl.Flush()
	}
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	_ = conn.Close()
}

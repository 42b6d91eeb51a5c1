package arcsecondtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/coder/websocket"
)

// The live activity feed (no public client or document shows the real one,
// so this is the SDK's reading of the issue): GET
// /activities/live/ upgrades to a WebSocket (anonymous or authenticated;
// bad credentials are a 401 before the upgrade) that pushes every activity
// created afterwards, through the REST API or LiveNight, as a text frame:
// activities with an odd id as the bare REST object, even ids inside a
// Channels/DCRF envelope {"action": "create", "data": {…}, "request_id":
// null, "response_status": 201, "errors": []}. Each connection starts with a
// {"type": "hello"} frame that is neither, which clients must skip. The
// query string (filters) is ignored: clients filter.
//
// Fault knobs (StreamFault): DropAfterFrames closes the connection abruptly
// after that many activity frames; DuplicateFrames sends each frame twice.
// A subscriber that falls more than liveQueue frames behind is
// disconnected, as a real server would, and must backfill from
// /activities/.

// liveQueue is how many frames a subscriber may fall behind before it is
// disconnected.
const liveQueue = 1024

// streamState is the state of the WebSocket endpoints of one server.
type streamState struct {
	once   sync.Once
	ctx    context.Context // ends at Close
	cancel context.CancelFunc

	mu       sync.Mutex
	subs     map[*liveSub]struct{}
	firehose int // synthetic frames for the next live connection
	hub      hubState
}

type liveSub struct {
	ch       chan []byte
	overflow chan struct{}
	once     sync.Once
}

func (st *streamState) init() {
	st.once.Do(func() {
		st.ctx, st.cancel = context.WithCancel(context.Background())
		st.subs = map[*liveSub]struct{}{}
	})
}

func (st *streamState) close() {
	st.init()
	st.cancel()
}

// context returns a context that ends with the request or with Close.
func (st *streamState) context(r *http.Request) (context.Context, context.CancelFunc) {
	st.init()
	ctx, cancel := context.WithCancel(r.Context())
	stop := context.AfterFunc(st.ctx, cancel)
	return ctx, func() { stop(); cancel() }
}

// created is called for every record created through the REST API.
func (s *Server) created(resource string, rec record) {
	if resource == "activities" {
		s.publishActivity(rec)
	}
}

func (s *Server) publishActivity(rec record) {
	id, _ := intOf(rec["id"])
	frame := encodeLiveFrame(id, rec)
	st := &s.streams
	st.init()
	st.mu.Lock()
	defer st.mu.Unlock()
	for sub := range st.subs {
		select {
		case sub.ch <- frame:
		default:
			sub.once.Do(func() { close(sub.overflow) })
		}
	}
}

func encodeLiveFrame(id int, rec any) []byte {
	var v any = rec
	if id%2 == 0 {
		v = map[string]any{"action": "create", "data": rec, "request_id": nil, "response_status": 201, "errors": []any{}}
	}
	b, _ := json.Marshal(v)
	return b
}

// LiveNight creates n activities of a synthetic observing night starting at
// start, one every 90 seconds, across a few observatories, telescopes,
// programmes and satellites, with coordinates spread evenly over the sky;
// they are stored (so /activities/ lists them) and pushed to the live feed.
// It returns their ids, in creation order.
func (s *Server) LiveNight(n int, start time.Time) []int {
	orgs := []string{"eso", "noirlab", "stsci", "keck"}
	sites := []string{"c5e0f1a2-0000-4000-8000-000000000001", "c5e0f1a2-0000-4000-8000-000000000002", "c5e0f1a2-0000-4000-8000-000000000003"}
	sats := []string{"", "", "HST", "JWST"}
	ids := make([]int, 0, n)
	coll := s.db.coll("activities")
	for i := range n {
		ra, dec := skyPoint(i)
		k := i % len(orgs)
		rec := record{
			"date":           start.Add(time.Duration(i) * 90 * time.Second).UTC().Format(dateTimeLayout),
			"creation_date":  s.now().Format(dateTimeLayout),
			"title":          fmt.Sprintf("Observation %d of the night", i+1),
			"content":        "",
			"label":          "observation",
			"links":          []any{},
			"profile":        nil,
			"satellite":      sats[i%len(sats)],
			"observing_site": sites[i%len(sites)],
			"telescope":      fmt.Sprintf("7e1e5c0e-0000-4000-8000-%012d", k+1),
			"instrument":     fmt.Sprintf("1a5e0000-0000-4000-8000-%012d", i%5+1),
			"programme":      map[string]any{"id": 100 + i%3, "name": fmt.Sprintf("Programme %c", 'A'+i%3)},
			"programme_type": "GO",
			"target_name":    fmt.Sprintf("NGC %d", 1000+i),
			"coordinates":    map[string]any{"right_ascension": ra, "declination": dec, "epoch": 2000.0},
			"organisation":   orgs[k],
			"collaboration":  nil,
		}
		stored := coll.insert(rec, idID)
		id, _ := intOf(stored["id"])
		ids = append(ids, id)
		s.publishActivity(stored)
	}
	return ids
}

// skyPoint is the i-th point of the R2 low-discrepancy sequence mapped to
// equal areas of the sphere: right ascension and declination in degrees.
func skyPoint(i int) (ra, dec float64) {
	const a1, a2 = 0.7548776662466927, 0.5698402909980532 // 1/ρ, 1/ρ² (plastic number)
	ra = 360 * math.Mod(0.5+float64(i)*a1, 1)
	dec = math.Asin(2*math.Mod(0.5+float64(i)*a2, 1)-1) * 180 / math.Pi
	return ra, dec
}

// LiveFirehose makes the next live connection start with n synthetic
// activity frames sent as fast as the client reads them (n < 0: until it
// disconnects), for throughput benchmarks. They are not stored, and their
// ids start at 1<<32 so that they never meet a stored activity's.
func (s *Server) LiveFirehose(n int) {
	st := &s.streams
	st.init()
	st.mu.Lock()
	st.firehose = n
	st.mu.Unlock()
}

func (st *streamState) subscribe() (*liveSub, int) {
	st.init()
	sub := &liveSub{ch: make(chan []byte, liveQueue), overflow: make(chan struct{})}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.subs[sub] = struct{}{}
	n := st.firehose
	st.firehose = 0
	return sub, n
}

func (st *streamState) unsubscribe(sub *liveSub) {
	st.mu.Lock()
	delete(st.subs, sub)
	st.mu.Unlock()
}

func (s *Server) serveLive() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, e := s.authenticate(r); e != nil {
			writeError(w, e)
			return
		}
		dropAfter, duplicate := StreamFault(r.Context())
		// Subscribe before the upgrade: what is created from now on is
		// pushed; what was created before is in /activities/.
		sub, firehose := s.streams.subscribe()
		defer s.streams.unsubscribe(sub)
		conn, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer conn.CloseNow()
		ctx, cancel := s.streams.context(r)
		defer cancel()
		ctx = conn.CloseRead(ctx)
		if conn.Write(ctx, websocket.MessageText, []byte(`{"type":"hello","stream":"activities"}`)) != nil {
			return
		}
		sent := 0
		send := func(frame []byte) bool {
			for range 1 + btoi(duplicate) {
				if dropAfter > 0 && sent >= dropAfter {
					return false
				}
				if conn.Write(ctx, websocket.MessageText, frame) != nil {
					return false
				}
				sent++
			}
			return true
		}
		if firehose != 0 && !s.sendFirehose(ctx, firehose, send) {
			return
		}
		for {
			select {
			case frame := <-sub.ch:
				if !send(frame) {
					return
				}
			case <-sub.overflow:
				return
			case <-ctx.Done():
				return
			}
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sendFirehose sends n synthetic frames (n < 0: until ctx ends) built from
// two pre-encoded templates, bare and enveloped, around the id.
func (s *Server) sendFirehose(ctx context.Context, n int, send func([]byte) bool) bool {
	ra, dec := skyPoint(7)
	tmpl := map[string]any{
		"id": 0, "date": s.now().Format(dateTimeLayout), "creation_date": s.now().Format(dateTimeLayout),
		"title": "Synthetic observation", "content": "Firehose frame for throughput tests.", "label": "observation",
		"links": []any{map[string]any{"title": "log", "url": "https://example.org/log"}}, "profile": nil, "satellite": "",
		"observing_site": "c5e0f1a2-0000-4000-8000-000000000001", "telescope": "7e1e5c0e-0000-4000-8000-000000000001",
		"instrument": "1a5e0000-0000-4000-8000-000000000001", "programme": map[string]any{"id": 100, "name": "Programme A"},
		"programme_type": "GO", "target_name": "NGC 1007", "organisation": "eso", "collaboration": nil,
		"coordinates": map[string]any{"right_ascension": ra, "declination": dec, "epoch": 2000.0},
	}
	var parts [2][2][]byte // [even/odd][prefix/suffix]
	for p := range 2 {
		b := encodeLiveFrame(p+1, tmpl) // 1: bare, 2: envelope
		i := bytes.Index(b, []byte(`"id":0`))
		parts[(p+1)%2] = [2][]byte{b[:i+5], b[i+6:]}
	}
	buf := make([]byte, 0, 2048)
	for i := 0; n < 0 || i < n; i++ {
		if ctx.Err() != nil {
			return false
		}
		id := 1<<32 + i
		p := parts[id%2]
		buf = append(strconv.AppendInt(append(buf[:0], p[0]...), int64(id), 10), p[1]...)
		if !send(buf) {
			return false
		}
	}
	return true
}

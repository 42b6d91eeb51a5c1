package arcsecondtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
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
	live     int           // live connections past their hello frame
	liveSeen chan struct{} // closed and replaced when live changes
	firehose int           // synthetic frames for the next live connection
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
		st.liveSeen = make(chan struct{})
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
// start, one every 90 seconds, with coordinates spread evenly over the sky;
// they are stored (so /activities/ lists them) and pushed to the live feed.
// Every fourth activity (ids ≡ 3 mod 4 on a fresh server) is an HST
// observation; the others happen, in turn, at seeded telescopes of Paranal,
// La Silla, Maunakea, Cerro Pachón and the seed organisation's OHP (see
// liveScenes), so that a filter on a site, telescope, instrument or
// organisation found through the API matches offline. Without seed data
// they name no site, telescope or instrument. It returns their ids, in
// creation order.
func (s *Server) LiveNight(n int, start time.Time) []int {
	scenes := s.liveScenes()
	ids := make([]int, 0, n)
	coll := s.db.coll("activities")
	ground := 0
	for i := range n {
		ra, dec := skyPoint(i)
		rec := record{
			"date":          start.Add(time.Duration(i) * 90 * time.Second).UTC().Format(dateTimeLayout),
			"creation_date": s.now().Format(dateTimeLayout),
			"title":         fmt.Sprintf("Observation %d of the night", i+1),
			"content":       "",
			"label":         "observation",
			"links":         []any{},
			"target_name":   fmt.Sprintf("NGC %d", 1000+i),
			"coordinates":   map[string]any{"right_ascension": ra, "declination": dec, "epoch": 2000.0},
			"collaboration": nil,
			"satellite":     "",
			"organisation":  "",
		}
		if i%4 == 2 {
			rec["satellite"] = "HST"
			rec["observing_site"], rec["telescope"], rec["instrument"] = nil, nil, nil
		} else if len(scenes) > 0 {
			sc := scenes[ground%len(scenes)]
			ground++
			rec["observing_site"], rec["telescope"], rec["instrument"] = sc.site, sc.telescope, sc.instrument
			rec["organisation"] = sc.organisation
			if sc.programme != nil {
				rec["programme"] = clone(sc.programme)
			}
		} else {
			rec["observing_site"], rec["telescope"], rec["instrument"] = nil, nil, nil
		}
		stored := coll.insert(rec, idID)
		id, _ := intOf(stored["id"])
		ids = append(ids, id)
		// Pushed as GET /activities/{id}/ renders it, as the REST API's
		// creations are.
		s.publishActivity((&call{s: s}).renderAs(s.resource("activities"), stored, "Activity"))
	}
	return ids
}

// liveScene is where a synthetic activity happens: a seeded site, one of
// its telescopes, one of that telescope's instruments, the organisation
// owning the telescope ("" for none) and, there, its programme.
type liveScene struct {
	site, telescope, instrument, organisation string
	programme                                 record
}

// liveScenes looks the scenes of LiveNight up in the seeded catalogue: a
// telescope alias and one of its instruments each. None without seed data.
func (s *Server) liveScenes() []liveScene {
	var out []liveScene
	for _, sc := range [...]struct{ alias, instrument string }{
		{"UT1", "FORS2"}, {"UT4", "MUSE"}, {"NTT", "SOFI"}, {"KeckI", "HIRES"}, {"GeminiS", "GMOS-S"}, {"T193", "SOPHIE"},
	} {
		tel, ok := s.db.coll("telescopes").first(func(r record) bool { return r["alias"] == sc.alias })
		if !ok {
			continue
		}
		ins, ok := s.db.coll("instruments").first(func(r record) bool { return r["name"] == sc.instrument && r["telescope"] == tel["uuid"] })
		if !ok {
			continue
		}
		scene := liveScene{site: str(tel["observing_site"]), telescope: str(tel["uuid"]), instrument: str(ins["uuid"]), organisation: str(tel["organisation"])}
		if scene.organisation == SeedOrganisation {
			scene.programme, _ = s.db.coll("programmes").first(func(r record) bool { return r["identifier"] == sampleProgramme })
		}
		out = append(out, scene)
	}
	return out
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
// disconnects), for throughput benchmarks: activities of SeedOrganisation
// at its OHP telescope (no site or telescope without seed data). They are
// not stored, and their ids start at 1<<32 so that they never meet a
// stored activity's.
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

// connected counts a live connection in (+1) or out (-1) and wakes
// WaitLiveSubscriber.
func (st *streamState) connected(delta int) {
	st.mu.Lock()
	st.live += delta
	close(st.liveSeen)
	st.liveSeen = make(chan struct{})
	st.mu.Unlock()
}

// WaitLiveSubscriber waits until a client is connected to /activities/live/:
// its handshake done and its first ({"type": "hello"}) frame sent, so that
// every activity created from then on reaches it. It fails when ctx ends or
// the server is closed first.
func (s *Server) WaitLiveSubscriber(ctx context.Context) error {
	st := &s.streams
	st.init()
	for {
		st.mu.Lock()
		n, seen := st.live, st.liveSeen
		st.mu.Unlock()
		if n > 0 {
			return nil
		}
		select {
		case <-seen:
		case <-ctx.Done():
			return fmt.Errorf("arcsecondtest: no live subscriber: %w", ctx.Err())
		case <-st.ctx.Done():
			return errors.New("arcsecondtest: no live subscriber: server closed")
		}
	}
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
		s.streams.connected(1)
		defer s.streams.connected(-1)
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
		"links": []any{map[string]any{"title": "log", "url": "https://example.org/log"}}, "profile": "", "satellite": "",
		"observing_site": nil, "telescope": nil, "instrument": nil, "programme_type": "", "target_name": "NGC 1007",
		"organisation": SeedOrganisation, "collaboration": nil,
		"coordinates": map[string]any{"right_ascension": ra, "declination": dec, "epoch": 2000.0},
	}
	// At the seed organisation's telescope (the seed organisation exists
	// without seed data too; its telescope does not).
	for _, sc := range s.liveScenes() {
		if sc.organisation == SeedOrganisation {
			tmpl["observing_site"], tmpl["telescope"], tmpl["instrument"] = sc.site, sc.telescope, sc.instrument
		}
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

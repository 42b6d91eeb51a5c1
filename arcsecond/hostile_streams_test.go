package arcsecond_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/coder/websocket"
)

// hostileLive is an activities API written to misbehave, for Live's
// zero-loss promise. Ids are assigned in order but committed in any order
// (an activity may commit long after higher ids were pushed and listed);
// the WebSocket pushes each activity when it commits, with the fault the
// test chose for that frame (dropped connection before or after it,
// duplicated, swapped with the next frame, sent as a binary frame, sent
// truncated so that it does not decode); /activities/ lists the committed
// activities newest first, page_size at a time, and can answer 503; the
// upgrade can be refused with 503; junk frames that are not activities can
// be pushed at any time.
type hostileLive struct {
	srv *httptest.Server

	mu        sync.Mutex
	nextID    int
	created   map[int]time.Time // assigned ids and their creation dates
	committed []int             // committed ids, ascending
	subs      map[*hostileSub]struct{}
	conns     int // upgrades accepted
	lists     int // list requests answered
	failLists int // list requests left to answer 503
	refuse    int // upgrades left to refuse with 503
}

type frameFault int

const (
	frameOK frameFault = iota
	frameDuplicate
	frameSwap    // held back and sent after the next frame
	frameBinary  // sent as a binary frame
	frameCorrupt // sent cut in half
	frameDropBefore
	frameDropAfter
	frameFaults
)

type hostileMsg struct {
	id    int
	fault frameFault
	junk  bool // a frame that is no activity
}

type hostileSub struct {
	ch   chan hostileMsg
	once sync.Once
	kill chan struct{}
}

func (s *hostileSub) drop() { s.once.Do(func() { close(s.kill) }) }

func newHostileLive(t testing.TB) *hostileLive {
	h := &hostileLive{nextID: 100, created: map[int]time.Time{}, subs: map[*hostileSub]struct{}{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/activities/live/", h.serveLive)
	mux.HandleFunc("/activities/", h.serveList)
	h.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		h.dropAll()
		h.srv.Close()
	})
	return h
}

func (h *hostileLive) client(t testing.TB) *arcsecond.Client {
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(h.srv.URL+"/"), arcsecond.WithRetry(arcsecond.RetryPolicy{}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// assign gives the next id to an activity not yet committed.
func (h *hostileLive) assign() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.nextID++
	h.created[h.nextID] = time.Now().UTC()
	return h.nextID
}

// commit makes id visible in the list and pushes it to every subscriber
// with the given fault.
func (h *hostileLive) commit(id int, fault frameFault) {
	h.mu.Lock()
	defer h.mu.Unlock()
	i, _ := slices.BinarySearch(h.committed, id)
	h.committed = slices.Insert(h.committed, i, id)
	for sub := range h.subs {
		select {
		case sub.ch <- hostileMsg{id: id, fault: fault}:
		default:
			sub.drop() // a subscriber too far behind is cut off
		}
	}
}

func (h *hostileLive) junk() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for sub := range h.subs {
		select {
		case sub.ch <- hostileMsg{junk: true}:
		default:
		}
	}
}

func (h *hostileLive) dropAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for sub := range h.subs {
		sub.drop()
	}
}

func (h *hostileLive) counts() (subs, conns, lists int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs), h.conns, h.lists
}

func (h *hostileLive) activity(id int) map[string]any {
	return map[string]any{
		"id": id, "creation_date": h.created[id].Format(time.RFC3339Nano),
		"title": fmt.Sprintf("activity %d", id), "label": "observation",
	}
}

func (h *hostileLive) serveList(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lists++
	if h.failLists > 0 {
		h.failLists--
		http.Error(w, `{"detail":"unavailable"}`, http.StatusServiceUnavailable)
		return
	}
	size, _ := strconv.Atoi(r.URL.Query().Get("page_size"))
	if size <= 0 {
		size = 3
	}
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	page = max(page, 1)
	n := len(h.committed)
	var results []any
	for i := n - 1 - (page-1)*size; i >= 0 && i > n-1-page*size; i-- {
		results = append(results, h.activity(h.committed[i]))
	}
	env := map[string]any{"count": n, "next": nil, "previous": nil, "results": results}
	if page*size < n {
		env["next"] = fmt.Sprintf("%s/activities/?page=%d&page_size=%d", h.srv.URL, page+1, size)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(env)
}

func (h *hostileLive) serveLive(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	if h.refuse > 0 {
		h.refuse--
		h.mu.Unlock()
		http.Error(w, `{"detail":"unavailable"}`, http.StatusServiceUnavailable)
		return
	}
	// Subscribe before the upgrade: what commits from now on is pushed.
	sub := &hostileSub{ch: make(chan hostileMsg, 4096), kill: make(chan struct{})}
	h.subs[sub] = struct{}{}
	h.conns++
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		delete(h.subs, sub)
		h.mu.Unlock()
	}()
	conn, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer conn.CloseNow()
	ctx := conn.CloseRead(r.Context())
	write := func(typ websocket.MessageType, b []byte) bool {
		select {
		case <-sub.kill:
			return false
		default:
		}
		return conn.Write(ctx, typ, b) == nil
	}
	var held []byte // a frame swapped with the next one
	for {
		var idle <-chan time.Time
		if held != nil {
			idle = time.After(2 * time.Millisecond)
		}
		var m hostileMsg
		select {
		case m = <-sub.ch:
		case <-idle:
			if !write(websocket.MessageText, held) {
				return
			}
			held = nil
			continue
		case <-sub.kill:
			return
		case <-ctx.Done():
			return
		}
		if m.junk {
			if !write(websocket.MessageText, []byte(`{"type":"hello","stream":"activities"}`)) {
				return
			}
			continue
		}
		h.mu.Lock()
		frame, _ := json.Marshal(h.activity(m.id))
		h.mu.Unlock()
		if m.id%2 == 0 {
			frame, _ = json.Marshal(map[string]any{"action": "create", "data": json.RawMessage(frame), "errors": []any{}})
		}
		ok := true
		switch m.fault {
		case frameOK:
			ok = write(websocket.MessageText, frame)
		case frameDuplicate:
			ok = write(websocket.MessageText, frame)
			ok = ok && write(websocket.MessageText, frame) // the same frame again
		case frameSwap:
			if held == nil {
				held = frame
				continue
			}
			ok = write(websocket.MessageText, frame)
		case frameBinary:
			ok = write(websocket.MessageBinary, frame)
		case frameCorrupt:
			ok = write(websocket.MessageText, frame[:len(frame)/2])
		case frameDropBefore:
			return
		case frameDropAfter:
			write(websocket.MessageText, frame)
			return
		}
		if !ok {
			return
		}
		if held != nil && m.fault != frameSwap {
			if !write(websocket.MessageText, held) {
				return
			}
			held = nil
		}
	}
}

// liveRecorder ranges over Live and records every delivered id.
type liveRecorder struct {
	mu   sync.Mutex
	ids  []int
	errs []error
	done chan struct{}
}

func recordLive(t testing.TB, c *arcsecond.Client, opts *arcsecond.LiveOptions) *liveRecorder {
	ctx, cancel := context.WithCancel(context.Background())
	rec := &liveRecorder{done: make(chan struct{})}
	go func() {
		defer close(rec.done)
		for a, err := range c.Activities.Live(ctx, nil, opts) {
			rec.mu.Lock()
			if err != nil {
				rec.errs = append(rec.errs, err)
			} else {
				rec.ids = append(rec.ids, a.ID)
			}
			rec.mu.Unlock()
		}
	}()
	t.Cleanup(func() { cancel(); <-rec.done })
	return rec
}

func (rec *liveRecorder) snapshot() ([]int, []error) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return slices.Clone(rec.ids), slices.Clone(rec.errs)
}

// waitFor polls cond every millisecond until it holds or d has passed.
func waitFor(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(time.Millisecond)
	}
	return true
}

// TestLiveLateCommitAcrossReconnect is the reported case: with PageSize 1,
// the socket pushes 102, drops, then 101 commits; both must be delivered.
func TestLiveLateCommitAcrossReconnect(t *testing.T) {
	noLeak(t)
	h := newHostileLive(t)
	first := h.assign() // 101
	second := h.assign()
	rec := recordLive(t, h.client(t), &arcsecond.LiveOptions{Since: 100, PageSize: 1, Backoff: fastBackoff})
	if !waitFor(5*time.Second, func() bool { s, _, l := h.counts(); return s == 1 && l == 1 }) {
		t.Fatal("Live never subscribed and backfilled")
	}
	h.commit(second, frameDropAfter)
	if !waitFor(5*time.Second, func() bool { s, c, l := h.counts(); return s == 1 && c == 2 && l == 2 }) {
		t.Fatal("no reconnection and backfill")
	}
	h.commit(first, frameDropBefore)
	if !waitFor(5*time.Second, func() bool { ids, _ := rec.snapshot(); return len(ids) >= 2 }) {
		ids, errs := rec.snapshot()
		t.Fatalf("delivered %v (errors %v), want [%d %d]", ids, errs, second, first)
	}
	if ids, _ := rec.snapshot(); !slices.Equal(ids, []int{second, first}) {
		t.Errorf("delivered %v, want [%d %d]", ids, second, first)
	}
}

// TestLiveSkippedFramesAreFetched: an activity whose frame is binary or
// does not decode is fetched from /activities/ without waiting for a
// reconnection; a frame that is no activity costs nothing.
func TestLiveSkippedFramesAreFetched(t *testing.T) {
	for name, fault := range map[string]frameFault{"binary": frameBinary, "corrupt": frameCorrupt} {
		t.Run(name, func(t *testing.T) {
			noLeak(t)
			h := newHostileLive(t)
			rec := recordLive(t, h.client(t), &arcsecond.LiveOptions{Since: 100, PageSize: 1, Backoff: fastBackoff})
			if !waitFor(5*time.Second, func() bool { s, _, _ := h.counts(); return s == 1 }) {
				t.Fatal("Live never subscribed")
			}
			_, _, lists := h.counts()
			h.junk()
			a, b := h.assign(), h.assign()
			h.commit(a, fault)
			h.commit(b, frameOK)
			if !waitFor(5*time.Second, func() bool { ids, _ := rec.snapshot(); return len(ids) >= 2 }) {
				ids, errs := rec.snapshot()
				t.Fatalf("delivered %v (errors %v), want %d and %d", ids, errs, a, b)
			}
			ids, _ := rec.snapshot()
			slices.Sort(ids)
			if !slices.Equal(ids, []int{a, b}) {
				t.Errorf("delivered %v, want [%d %d]", ids, a, b)
			}
			if _, conns, l := h.counts(); conns != 1 || l-lists > 2 {
				t.Errorf("%d connections and %d list requests; want 1 connection and a backfill", conns, l-lists)
			}
		})
	}
}

// TestLiveZeroLossProperty drives Live against hostileLive through many
// random interleavings of late commits, dropped connections, duplicated,
// swapped, binary and undecodable frames, junk frames, refused upgrades
// and failing list pages, for page sizes 1 to 6 and the three ways of
// starting (Since > 0, Since < 0, Since = 0), and checks that every
// activity committed after the start is delivered exactly once and nothing
// else is.
func TestLiveZeroLossProperty(t *testing.T) {
	runs := 120
	if testing.Short() {
		runs = 12
	}
	var delivered, lost, frames int
	for run := range runs {
		pageSize := 1 + run/3%6
		mode := run % 3 // 0: Since > 0, 1: Since < 0, 2: Since = 0
		t.Run(fmt.Sprintf("seed%d/page%d/mode%d", run, pageSize, mode), func(t *testing.T) {
			n, l, f := liveInterleaving(t, uint64(run), pageSize, mode)
			delivered, lost, frames = delivered+n, lost+l, frames+f
		})
	}
	t.Logf("%d interleavings, %d frames pushed, %d activities delivered, %d lost or repeated", runs, frames, delivered, lost)
}

func liveInterleaving(t *testing.T, seed uint64, pageSize, mode int) (delivered, lost, frames int) {
	noLeak(t)
	rng := rand.New(rand.NewPCG(seed, 13))
	h := newHostileLive(t)
	var inflight []int
	commitRandom := func(fault frameFault) {
		i := rng.IntN(len(inflight))
		id := inflight[i]
		inflight = slices.Delete(inflight, i, i+1)
		h.commit(id, fault)
		frames++
	}
	// History before the start: some committed, some still in flight.
	for range 2 + rng.IntN(4) {
		inflight = append(inflight, h.assign())
	}
	for range 1 + rng.IntN(len(inflight)) {
		commitRandom(frameOK)
	}
	for range rng.IntN(3) {
		inflight = append(inflight, h.assign())
	}
	h.mu.Lock()
	before := slices.Clone(h.committed)
	h.mu.Unlock()
	opts := &arcsecond.LiveOptions{PageSize: pageSize, Backoff: fastBackoff}
	var want []int // filled at the end: every committed id but these
	var excluded []int
	switch mode {
	case 0:
		opts.Since = before[len(before)/2]
		for id := range h.nextID + 1 {
			if id <= opts.Since {
				excluded = append(excluded, id)
			}
		}
	case 1:
		opts.Since = -1
	case 2:
		excluded = before
	}
	rec := recordLive(t, h.client(t), opts)
	if !waitFor(5*time.Second, func() bool { s, _, _ := h.counts(); return s == 1 }) {
		t.Fatal("Live never subscribed")
	}
	for range 40 + rng.IntN(40) {
		switch k := rng.IntN(20); {
		case k < 6:
			inflight = append(inflight, h.assign())
		case k < 14 && len(inflight) > 0:
			commitRandom(frameFault(rng.IntN(int(frameFaults))))
		case k == 14:
			h.dropAll()
		case k == 15:
			h.mu.Lock()
			h.failLists = rng.IntN(3)
			h.mu.Unlock()
		case k == 16:
			h.mu.Lock()
			h.refuse = rng.IntN(2)
			h.mu.Unlock()
		case k == 17:
			h.junk()
		default:
			time.Sleep(time.Duration(rng.IntN(1500)) * time.Microsecond)
		}
	}
	for len(inflight) > 0 {
		commitRandom(frameFault(rng.IntN(int(frameFaults))))
	}
	h.mu.Lock()
	for _, id := range h.committed {
		if !slices.Contains(excluded, id) {
			want = append(want, id)
		}
	}
	h.mu.Unlock()
	complete := func() bool {
		ids, _ := rec.snapshot()
		for _, id := range want {
			if !slices.Contains(ids, id) {
				return false
			}
		}
		return true
	}
	ok := waitFor(10*time.Second, complete)
	// One more reconnection and backfill, for a late repeat to show up.
	_, conns, lists := h.counts()
	h.dropAll()
	waitFor(5*time.Second, func() bool { s, c, l := h.counts(); return c > conns && s == 1 && l > lists })
	time.Sleep(5 * time.Millisecond)
	ids, errs := rec.snapshot()
	got := slices.Clone(ids)
	slices.Sort(got)
	if !ok || !slices.Equal(got, want) || len(errs) > 0 {
		missing, extra := 0, 0
		for _, id := range want {
			if !slices.Contains(got, id) {
				missing++
			}
		}
		extra = len(got) - (len(want) - missing)
		t.Errorf("delivered %v\nwant (any order) %v\n%d missing, %d extra or repeated, errors %v", ids, want, missing, extra, errs)
		lost = missing + extra
	}
	return len(ids), lost, frames
}

// floodHub is a Hub written to misbehave: after the handshake (it checks
// no signature) it writes count command frames as fast as the agent reads
// them, pings every 20 ms throughout, and records, per command, the
// progress messages and command_results in the order they arrived.
type floodHub struct {
	srv   *httptest.Server
	count int

	mu       sync.Mutex
	sessions int
	frames   map[string][]string // by correlation id: "progress:<msg>", "ok", "error:<text>"
	pongMax  time.Duration       // the longest a pong took
	pings    int
	done     chan struct{} // closed when every command has a result
}

type hubWire struct {
	V       int             `json:"v"`
	Type    string          `json:"type"`
	ID      string          `json:"id"`
	TS      int64           `json:"ts"`
	Payload json.RawMessage `json:"payload"`
}

func newFloodHub(t testing.TB, count int) *floodHub {
	h := &floodHub{count: count, frames: map[string][]string{}, done: make(chan struct{})}
	h.srv = httptest.NewServer(http.HandlerFunc(h.serve))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *floodHub) serve(w http.ResponseWriter, r *http.Request) {
	conn, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer conn.CloseNow()
	conn.SetReadLimit(256 << 10)
	ctx := r.Context()
	send := func(typ, id string, payload any) error {
		p, _ := json.Marshal(payload)
		b, _ := json.Marshal(hubWire{V: 1, Type: typ, ID: id, TS: time.Now().Unix(), Payload: p})
		return conn.Write(ctx, websocket.MessageText, b)
	}
	read := func() (hubWire, error) {
		var f hubWire
		_, b, err := conn.Read(ctx)
		if err == nil {
			err = json.Unmarshal(b, &f)
		}
		return f, err
	}
	hello, err := read()
	var hp struct {
		AgentUUID string `json:"agent_uuid"`
	}
	if err != nil || json.Unmarshal(hello.Payload, &hp) != nil {
		return
	}
	if send("challenge", "c", map[string]string{"nonce": "bm9uY2U=", "agent_uuid": hp.AgentUUID}) != nil {
		return
	}
	if _, err := read(); err != nil {
		return
	}
	if send("welcome", "w", map[string]any{"agent_uuid": hp.AgentUUID, "session_id": "s", "keepalive_s": 1}) != nil {
		return
	}
	h.mu.Lock()
	h.sessions++
	h.mu.Unlock()
	go func() { // the flood, and pings all along
		for i := range h.count {
			if send("command", fmt.Sprintf("cmd-%05d", i), map[string]any{"command": "work", "n": i}) != nil {
				return
			}
		}
	}()
	var pingMu sync.Mutex
	var pingSent time.Time
	go func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
			case <-ctx.Done():
				return
			case <-h.done:
				return
			}
			pingMu.Lock()
			pingSent = time.Now()
			pingMu.Unlock()
			if send("ping", "p", map[string]any{}) != nil {
				return
			}
		}
	}()
	results := 0
	for {
		f, err := read()
		if err != nil {
			return
		}
		var p struct {
			CorrelationID string `json:"correlation_id"`
			Message       string `json:"message"`
			OK            bool   `json:"ok"`
			Error         string `json:"error"`
		}
		_ = json.Unmarshal(f.Payload, &p)
		h.mu.Lock()
		switch f.Type {
		case "pong":
			pingMu.Lock()
			h.pongMax = max(h.pongMax, time.Since(pingSent))
			pingMu.Unlock()
			h.pings++
		case "progress":
			h.frames[p.CorrelationID] = append(h.frames[p.CorrelationID], "progress:"+p.Message)
		case "command_result":
			res := "ok"
			if !p.OK {
				res = "error:" + p.Error
			}
			h.frames[p.CorrelationID] = append(h.frames[p.CorrelationID], res)
			if results++; results == h.count {
				close(h.done)
			}
		}
		h.mu.Unlock()
	}
}

// TestHubAgentCommandFlood floods an agent with 20,000 commands (2,000
// with -race or -short): at most
// MaxConcurrent handlers run at once, goroutines stay bounded, pings are
// answered throughout, and every command gets exactly one command_result,
// after its progress frames, which keep their order.
func TestHubAgentCommandFlood(t *testing.T) {
	for _, tc := range []struct {
		name      string
		opts      arcsecond.HubAgentOptions
		wantLimit int
	}{
		{"defaults", arcsecond.HubAgentOptions{}, 16},
		{"4 handlers, deep queue", arcsecond.HubAgentOptions{MaxConcurrent: 4, MaxQueued: 5000}, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			count := 20000
			if raceDetector || testing.Short() {
				count = 2000
			}
			_, c := liveServer(t)
			hub := newFloodHub(t, count)
			key, err := arcsecond.GenerateAgentKey()
			if err != nil {
				t.Fatal(err)
			}
			opts := tc.opts
			opts.HubURL = hub.srv.URL
			opts.Backoff = fastBackoff
			agent, err := c.NewHubAgent(key, &opts)
			if err != nil {
				t.Fatal(err)
			}
			var running, maxRunning, ran atomic.Int64
			agent.Handle("work", func(ctx context.Context, cmd *arcsecond.Command, progress func(string)) (any, error) {
				n := running.Add(1)
				defer running.Add(-1)
				for m := maxRunning.Load(); n > m && !maxRunning.CompareAndSwap(m, n); m = maxRunning.Load() {
				}
				ran.Add(1)
				progress("1")
				time.Sleep(200 * time.Microsecond)
				progress("2")
				go progress("late") // may race with the result: must never follow it
				return map[string]int{"done": 1}, nil
			})
			base := runtime.NumGoroutine()
			ctx, cancel := context.WithCancel(context.Background())
			runDone := make(chan error, 1)
			go func() { runDone <- agent.Run(ctx) }()
			defer func() {
				cancel()
				if err := <-runDone; err != nil {
					t.Errorf("Run: %v", err)
				}
			}()
			maxG := 0
			timeout := time.After(60 * time.Second)
		wait:
			for {
				select {
				case <-hub.done:
					break wait
				case err := <-runDone:
					t.Fatalf("Run ended: %v", err)
				case <-timeout:
					t.Fatal("not every command was answered within 60 s")
				case <-time.After(time.Millisecond):
					maxG = max(maxG, runtime.NumGoroutine())
				}
			}
			hub.mu.Lock()
			defer hub.mu.Unlock()
			busy := 0
			for i := range count {
				id := fmt.Sprintf("cmd-%05d", i)
				fr := hub.frames[id]
				results := 0
				for j, f := range fr {
					if f == "ok" || strings.HasPrefix(f, "error:") {
						results++
						if j != len(fr)-1 {
							t.Errorf("%s: frames after its result: %v", id, fr)
						}
						if strings.HasPrefix(f, "error:agent busy") {
							busy++
						}
					}
				}
				if results != 1 {
					t.Errorf("%s: %d command_results: %v", id, results, fr)
				}
				if fr[len(fr)-1] == "ok" && (len(fr) < 3 || fr[0] != "progress:1" || fr[1] != "progress:2") {
					t.Errorf("%s: progress out of order: %v", id, fr)
				}
			}
			if m := maxRunning.Load(); m > int64(tc.wantLimit) {
				t.Errorf("%d handlers ran at once, want at most %d", m, tc.wantLimit)
			}
			if int(ran.Load())+busy != count {
				t.Errorf("%d ran + %d busy != %d", ran.Load(), busy, count)
			}
			if hub.sessions != 1 || hub.pongMax > time.Second {
				t.Errorf("%d sessions, slowest pong %v: the session was not kept alive", hub.sessions, hub.pongMax)
			}
			t.Logf("%d commands: %d ran (at most %d at once), %d answered busy; goroutines %d before, at most %d during; %d pings, slowest pong %v",
				count, ran.Load(), maxRunning.Load(), busy, base, maxG, hub.pings, hub.pongMax)
		})
	}
}

package arcsecond

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/coder/websocket"
)

// LiveOptions tune Live. The zero value is usable.
type LiveOptions struct {
	// Since resumes after the activity with this id: the activities
	// created after it are fetched from /activities/ first. Zero starts at
	// the newest activity at the time of the call; a negative value
	// replays the whole history first.
	Since int
	// PollInterval is how often /activities/ is read when the server
	// refuses the WebSocket upgrade (404 or 426). Default 30 s.
	PollInterval time.Duration
	// RetryUpgrade is how long Live polls before it tries the WebSocket
	// upgrade again, in case the refusal was temporary (a proxy being
	// reconfigured). Default 5 min; negative: never.
	RetryUpgrade time.Duration
	// PageSize of the backfill and polling requests (default: the
	// server's).
	PageSize int
	// LateCommit is how long an activity may take to commit after a
	// higher id became visible and still be delivered: ids are assigned in
	// order, but transactions commit in any order. Until then, each
	// backfill reads back to the lowest id not seen. Default 2 min.
	LateCommit time.Duration
	// Backoff between reconnections (default 0.5 s to 30 s, unlimited).
	Backoff Backoff
}

// Live streams the worldwide observing activity as it happens, read-only: a
// WebSocket to /activities/live/ on the API host (ws or wss after the base
// URL's scheme; the client's credentials in the handshake headers, the filter
// as query parameters), evaluated again on the client. The backfill and polling
// read /activities/ without the filter and filter on the client, so that a
// server filtering differently (exact names, say) cannot hide activities the
// live feed would deliver. An organisation-scoped client's organisation is the
// filter's default Organisation.
//
// Frames are text JSON, either a bare Activity or a Channels/DCRF envelope
// ({"action", "data" | "body", …}); frames that are neither (binary, errors,
// deletions, other messages) are skipped with a debug log. Frames of up to 1
// MiB are accepted; a larger one breaks the connection, and the activity is
// then fetched by the backfill.
//
// No event is lost or repeated: after every (re)connection, and after a frame
// that may have held an activity but was skipped (binary, not JSON, not
// decodable; at most one such backfill per Backoff.MinWait),
// GET /activities/ is read newest first, page by page, down to the lowest id
// not yet seen (a lower id may commit after higher ones were pushed; an id
// missing for longer than LateCommit when a backfill starts is given up as
// never committed), and what is new is delivered oldest first; every id is
// checked against the 4,096 most recently seen. Broken connections are retried
// with capped, jittered backoff. When the upgrade is refused with 404 or 426,
// Live polls /activities/ every PollInterval, with the same de-duplication, and
// tries the upgrade again every RetryUpgrade. The iterator reads the connection
// itself, so a slow consumer slows the server down (TCP back-pressure) instead
// of growing a buffer.
//
// It ends when ctx ends (without an error) or when the loop breaks; otherwise
// it yields one error and stops for an invalid filter, refused credentials
// (ErrUnauthorized, ErrForbidden) or another 4xx, a 2xx answer to the upgrade
// (ErrStreamProtocol), or when Backoff.MaxFailures is reached.
//
// GET /activities/live/ (WebSocket upgrade), and GET /activities/ to backfill
// and poll; never organisation-prefixed.
func (s *ActivitiesService) Live(ctx context.Context, filter *ActivityFilter, opts *LiveOptions) iter.Seq2[*Activity, error] {
	return func(yield func(*Activity, error) bool) {
		var f ActivityFilter
		if filter != nil {
			f = *filter
		}
		var o LiveOptions
		if opts != nil {
			o = *opts
		}
		l, err := s.newLive(f, o)
		if err != nil {
			yield(nil, err)
			return
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		if err := l.run(ctx, yield); err != nil && ctx.Err() == nil {
			yield(nil, err)
		}
	}
}

type liveStream struct {
	c        *Client
	filter   ActivityFilter
	opts     LiveOptions
	wsURL    *url.URL
	listURL  *url.URL
	cur      *activityCursor
	lastFill time.Time // when the last backfill ended
}

func (s *ActivitiesService) newLive(f ActivityFilter, o LiveOptions) (*liveStream, error) {
	c := s.ep.client
	if c == nil {
		return nil, errors.New("arcsecond: Live on an ActivitiesService without a client")
	}
	if err := f.validate(); err != nil {
		return nil, err
	}
	if f.Organisation == "" {
		f.Organisation = c.cfg.org
	}
	if o.PollInterval <= 0 {
		o.PollInterval = 30 * time.Second
	}
	if o.RetryUpgrade == 0 {
		o.RetryUpgrade = 5 * time.Minute
	}
	if o.LateCommit <= 0 {
		o.LateCommit = 2 * time.Minute
	}
	o.Backoff = o.Backoff.withDefaults()
	q := url.Values{}
	f.query(q)
	ws := c.base.ResolveReference(&url.URL{Path: "activities/live/", RawQuery: q.Encode()})
	// The backfill reads /activities/ unfiltered: a server filtering more
	// strictly than the client (exact target names, programme objects)
	// would hide from the gap activities that the live feed delivers.
	lq := url.Values{}
	if o.PageSize > 0 {
		lq.Set("page_size", strconv.Itoa(o.PageSize))
	}
	list := c.base.ResolveReference(&url.URL{Path: "activities/", RawQuery: lq.Encode()})
	return &liveStream{c: c, filter: f, opts: o, wsURL: ws, listURL: list, cur: newActivityCursor(o.Since)}, nil
}

// errStop ends run when the consumer stops ranging.
var errStop = errors.New("stop")

func (l *liveStream) run(ctx context.Context, yield func(*Activity, error) bool) error {
	rc := reconnector{policy: l.opts.Backoff}
	if l.opts.Since == 0 {
		for {
			err := l.prime(ctx)
			if err == nil {
				rc.ok()
				break
			}
			if fatalStreamError(err) {
				return err
			}
			if err := rc.failed(ctx, err); err != nil {
				return err
			}
		}
	}
	polling := false
	var pollingSince time.Time
	for ctx.Err() == nil {
		if polling && l.opts.RetryUpgrade > 0 && time.Since(pollingSince) >= l.opts.RetryUpgrade {
			l.c.logger.DebugContext(ctx, "arcsecond: live activities: trying the WebSocket again")
			polling = false
		}
		if polling {
			if err := l.backfill(ctx, yield); err != nil {
				if errors.Is(err, errStop) {
					return nil
				}
				if fatalStreamError(err) {
					return err
				}
				if err := rc.failed(ctx, err); err != nil {
					return err
				}
				continue
			}
			rc.ok()
			if err := sleepCtx(ctx, l.opts.PollInterval); err != nil {
				return nil
			}
			continue
		}
		conn, err := l.c.dialStream(ctx, l.wsURL, kindLive, liveReadLimit)
		if err != nil {
			switch {
			case ctx.Err() != nil:
				return nil
			case upgradeRefused(err):
				l.c.logger.DebugContext(ctx, "arcsecond: live activities: WebSocket refused, polling", "error", err.Error())
				polling, pollingSince = true, time.Now()
				continue
			case fatalStreamError(err):
				return err
			}
			if err := rc.failed(ctx, err); err != nil {
				return err
			}
			continue
		}
		err = l.session(ctx, conn, yield, &rc)
		conn.CloseNow()
		if errors.Is(err, errStop) || ctx.Err() != nil {
			return nil
		}
		if fatalStreamError(err) {
			return err
		}
		l.c.logger.DebugContext(ctx, "arcsecond: live activities: connection lost", "error", err.Error())
		if err := rc.failed(ctx, err); err != nil {
			return err
		}
	}
	return nil
}

// session fills the gap since the last event, then delivers live frames
// until the connection fails.
func (l *liveStream) session(ctx context.Context, conn *websocket.Conn, yield func(*Activity, error) bool, rc *reconnector) error {
	if err := l.backfill(ctx, yield); err != nil {
		return err
	}
	rc.ok()
	var buf bytes.Buffer // reused: decoded activities copy what they keep
	for {
		typ, r, err := conn.Reader(ctx)
		if err != nil {
			return err
		}
		buf.Reset()
		if _, err := buf.ReadFrom(r); err != nil {
			return err
		}
		if typ != websocket.MessageText {
			l.c.logger.DebugContext(ctx, "arcsecond: live activities: binary frame skipped", "bytes", buf.Len())
			if err := l.refetch(ctx, yield); err != nil {
				return err
			}
			continue
		}
		a, err := decodeLiveFrame(buf.Bytes())
		if err != nil {
			l.c.logger.DebugContext(ctx, "arcsecond: live activities: frame skipped", "reason", err.Error())
			if !errors.Is(err, errNotActivity) {
				if err := l.refetch(ctx, yield); err != nil {
					return err
				}
			}
			continue
		}
		if !l.deliver(a, time.Now(), yield) {
			return errStop
		}
	}
}

// refetch runs the backfill after a skipped frame that may have held an
// activity, waiting first until Backoff.MinWait has passed since the
// last one, so that a stream of junk frames cannot turn into a stream of
// requests (the socket is not read meanwhile: TCP holds the frames back).
func (l *liveStream) refetch(ctx context.Context, yield func(*Activity, error) bool) error {
	if wait := time.Until(l.lastFill.Add(l.opts.Backoff.MinWait)); wait > 0 {
		if err := sleepCtx(ctx, wait); err != nil {
			return err
		}
	}
	return l.backfill(ctx, yield)
}

// deliver yields a once, if it is new and matches; it reports false when
// the consumer stopped.
func (l *liveStream) deliver(a *Activity, now time.Time, yield func(*Activity, error) bool) bool {
	if !l.cur.observe(a.ID, now) || !l.filter.Match(a) {
		return true
	}
	return yield(a, nil)
}

// prime starts the cursor of a Live without Since at the activities
// listed now: they are seen, and so is everything below the oldest read
// unless the list ended there; an id missing between them that commits
// later is new. It reads newest first down to the activities created
// LateCommit before the newest (by the server's creation dates; one page
// when they are missing), at most cursorWindow of them.
func (l *liveStream) prime(ctx context.Context) error {
	var got []*Activity
	var newest time.Time
	cut := false
	err := l.eachPage(ctx, func(items []*Activity) bool {
		older := false
		for _, a := range items {
			if newest.IsZero() {
				newest = a.CreationDate
			}
			if a.CreationDate.After(newest) {
				newest = a.CreationDate
			}
			older = older || !a.CreationDate.IsZero() && a.CreationDate.Before(newest.Add(-l.opts.LateCommit))
			if a.ID > 0 {
				got = append(got, a)
			}
		}
		cut = older || newest.IsZero() || len(got) >= cursorWindow
		return !cut && len(items) > 0
	})
	if err != nil {
		return err
	}
	if len(got) == 0 {
		l.cur = newActivityCursor(0)
		return nil
	}
	slices.SortFunc(got, func(a, b *Activity) int { return cmp.Compare(a.ID, b.ID) })
	l.cur = newActivityCursor(0)
	if cut {
		l.cur = newActivityCursor(got[0].ID - 1)
	}
	now := time.Now()
	for _, a := range got {
		l.cur.observe(a.ID, now)
	}
	return nil
}

// backfill reads /activities/ newest first until it reaches an id below the
// lowest one not seen, then delivers what is new oldest first, and gives up
// the ids still missing that a higher id had made visible LateCommit before
// it started.
func (l *liveStream) backfill(ctx context.Context, yield func(*Activity, error) bool) error {
	start := time.Now()
	low := l.cur.low()
	var gap []*Activity
	err := l.eachPage(ctx, func(items []*Activity) bool {
		reached := len(items) == 0
		for _, a := range items {
			if a.ID < low {
				reached = true
			} else if a.ID > l.cur.floor {
				gap = append(gap, a)
			}
		}
		return !reached
	})
	if err != nil {
		return err
	}
	slices.SortFunc(gap, func(a, b *Activity) int { return cmp.Compare(a.ID, b.ID) })
	now := time.Now()
	for _, a := range gap {
		if !l.deliver(a, now, yield) {
			return errStop
		}
	}
	l.cur.prune(start.Add(-l.opts.LateCommit))
	l.lastFill = time.Now()
	return nil
}

// eachPage gives the items of each page of /activities/, newest first, to
// page until it returns false or the pages end, through the shared page
// walker (next links on the API's origin only, no page read twice, no
// endless run of empty pages: *PaginationError).
func (l *liveStream) eachPage(ctx context.Context, page func([]*Activity) bool) error {
	for p, err := range walkPages[Activity](ctx, l.c, l.listURL) {
		if err != nil {
			return err
		}
		if !page(p.Items) {
			return nil
		}
	}
	return nil
}

// decodeLiveFrame reads a bare Activity object or a Channels/DCRF envelope
// {"action", "data" | "body", …} whose payload is one. It is Live's hot
// path: a frame without "action" is tried as a bare activity first,
// calling UnmarshalJSON directly (json.Unmarshal would validate the frame
// once more), and an envelope's members are found by a byte scan instead
// of a second decoding.
func decodeLiveFrame(data []byte) (*Activity, error) {
	if !bytes.Contains(data, []byte(`"action"`)) {
		if a, err := decodeActivity(data); err == nil {
			return a, nil
		}
	}
	if !json.Valid(data) {
		return nil, errors.New("not an activity or an envelope: invalid JSON")
	}
	env, ok := envelopeMembers(data)
	if !ok {
		return nil, errors.New("not an activity or an envelope: not a JSON object")
	}
	payload := env["data"]
	if !isObject(payload) {
		payload = env["body"]
	}
	if !isObject(payload) {
		return decodeActivity(data)
	}
	var action string
	_ = json.Unmarshal(env["action"], &action)
	if strings.Contains(strings.ToLower(action), "delete") {
		return nil, fmt.Errorf("%w: %q envelope", errNotActivity, action)
	}
	if e := env["errors"]; len(e) > 2 && !bytes.Equal(e, []byte("null")) {
		return nil, fmt.Errorf("%w: envelope with errors %s", errNotActivity, excerpt(e, 200))
	}
	return decodeValidActivity(payload)
}

// envelopeMembers returns the raw values of the members action, data, body
// and errors of the JSON object data, which must be valid JSON.
func envelopeMembers(data []byte) (map[string][]byte, bool) {
	out := make(map[string][]byte, 4)
	ok := eachMember(data, func(key, value []byte) bool {
		switch k := string(key); k {
		case "action", "data", "body", "errors":
			out[k] = value
		}
		return true
	})
	return out, ok
}

func decodeActivity(b []byte) (*Activity, error) {
	a := new(Activity)
	if err := a.UnmarshalJSON(b); err != nil {
		return nil, fmt.Errorf("activity: %w", err)
	}
	return checkActivity(a)
}

// decodeValidActivity is decodeActivity for a payload known to be valid JSON.
func decodeValidActivity(b []byte) (*Activity, error) {
	a := new(Activity)
	if !a.decodeFast(b) {
		if err := a.decodeSlow(b); err != nil {
			return nil, fmt.Errorf("activity: %w", err)
		}
	}
	return checkActivity(a)
}

func checkActivity(a *Activity) (*Activity, error) {
	if a.ID <= 0 {
		return nil, fmt.Errorf("%w: neither an activity with an id nor an envelope of one", errNotActivity)
	}
	return a, nil
}

// errNotActivity is wrapped by the errors of decodeLiveFrame for a frame
// that is well formed but holds no new activity (a greeting, a deletion, a
// failed request): no activity can have been lost in it.
var errNotActivity = errors.New("no activity")

func isObject(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '{'
}

// activityCursor remembers which activities were seen, so that neither the
// backfill after a reconnection nor duplicated frames repeat one, and which
// ids below the highest seen are still missing, so that the backfill reads
// back far enough.
//
// Activity ids come from one table, so they grow with creation, but not
// with the order of commits: an id may become visible after higher ones
// were pushed and listed. Every id above the highest seen that a new
// highest id skips is a hole, stamped with the time it appeared; holes
// fill as their ids are seen; the backfill reads down to the lowest hole,
// and gives up a hole that had been open for LateCommit when it started
// (such an activity, if it exists, would have been committed by then, so
// the backfill's list would hold it). Memory is bounded: the last window
// ids seen (a ring and a set) are admitted at most once, floor rises to
// each id that leaves the window (a frame older than the window is dropped
// rather than repeated), and past maxHoles holes the two lowest merge,
// which only widens what is read.
type activityCursor struct {
	floor, top int // ids ≤ floor are never delivered; top is the highest seen
	seen       map[int]struct{}
	ring       []int
	next       int
	holes      []idHole // ascending, disjoint, within (floor, top)
}

// idHole is the range of ids lo..hi (inclusive) not seen since a higher id
// was, at since.
type idHole struct {
	lo, hi int
	since  time.Time
}

const (
	cursorWindow = 4096
	maxHoles     = 4096
)

func newActivityCursor(since int) *activityCursor {
	since = max(since, 0)
	return &activityCursor{floor: since, top: since, seen: make(map[int]struct{}, cursorWindow), ring: make([]int, 0, cursorWindow)}
}

// fresh reports whether id would be admitted.
func (c *activityCursor) fresh(id int) bool {
	if id <= c.floor {
		return false
	}
	_, dup := c.seen[id]
	return !dup
}

// low returns the lowest id not yet seen above floor: the lowest hole's,
// or the one after the highest seen.
func (c *activityCursor) low() int {
	if len(c.holes) > 0 {
		return c.holes[0].lo
	}
	return c.top + 1
}

// observe records that id was seen at now (pushed or listed) and reports
// whether it is new.
func (c *activityCursor) observe(id int, now time.Time) bool {
	if id <= c.floor {
		return false
	}
	if id > c.top {
		if id-1 > c.top {
			c.holes = append(c.holes, idHole{lo: c.top + 1, hi: id - 1, since: now})
			if len(c.holes) > maxHoles {
				h0, h1 := c.holes[0], c.holes[1]
				c.holes[1] = idHole{lo: h0.lo, hi: h1.hi, since: later(h0.since, h1.since)}
				c.holes = c.holes[1:]
			}
		}
		c.top = id
	} else {
		c.fill(id)
	}
	return c.admit(id)
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// fill removes id from the holes.
func (c *activityCursor) fill(id int) {
	i, _ := slices.BinarySearchFunc(c.holes, id, func(h idHole, id int) int { return cmp.Compare(h.hi, id) })
	if i == len(c.holes) || c.holes[i].lo > id {
		return
	}
	h := &c.holes[i]
	switch {
	case h.lo == h.hi:
		c.holes = slices.Delete(c.holes, i, i+1)
	case id == h.lo:
		h.lo++
	case id == h.hi:
		h.hi--
	default:
		upper := idHole{lo: id + 1, hi: h.hi, since: h.since}
		h.hi = id - 1
		c.holes = slices.Insert(c.holes, i+1, upper)
	}
}

// prune gives up the holes that appeared at or before cutoff.
func (c *activityCursor) prune(cutoff time.Time) {
	c.holes = slices.DeleteFunc(c.holes, func(h idHole) bool { return !h.since.After(cutoff) })
}

// admit records id and reports whether it is fresh.
func (c *activityCursor) admit(id int) bool {
	if !c.fresh(id) {
		return false
	}
	if len(c.ring) < cursorWindow {
		c.ring = append(c.ring, id)
	} else {
		old := c.ring[c.next]
		delete(c.seen, old)
		c.ring[c.next] = id
		c.next = (c.next + 1) % cursorWindow
		if old > c.floor {
			c.floor = old
			for len(c.holes) > 0 && c.holes[0].hi <= old {
				c.holes = c.holes[1:]
			}
			if len(c.holes) > 0 {
				c.holes[0].lo = max(c.holes[0].lo, old+1)
			}
		}
	}
	c.seen[id] = struct{}{}
	return true
}

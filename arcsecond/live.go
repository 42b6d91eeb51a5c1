package arcsecond

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/coder/websocket"
)

// Cone is a region of the sky: the points within Radius of Center.
type Cone struct {
	Center aa.Equatorial
	Radius aa.Angle
}

// ActivityFilter selects activities. Every field that is set must match
// (strings compare case-insensitively; TargetName also ignores spaces, so
// "M 31" matches "m31"); the zero filter matches everything.
type ActivityFilter struct {
	Organisation  string // subdomain
	ObservingSite string // uuid
	Telescope     string // uuid
	Instrument    string // uuid
	Programme     string // the programme's id, code, identifier or name
	Satellite     string
	TargetName    string
	// Cone keeps activities whose coordinates lie within it (inclusive);
	// an activity without coordinates never matches a cone.
	Cone *Cone
}

func (f *ActivityFilter) validate() error {
	if f.Cone == nil {
		return nil
	}
	c := f.Cone
	r, ra, dec := c.Radius.Rad(), c.Center.RA.Rad(), c.Center.Dec.Rad()
	switch {
	case math.IsNaN(r) || math.IsNaN(ra) || math.IsNaN(dec) || math.IsInf(ra, 0):
		return errors.New("arcsecond: activity filter: cone with NaN or infinite coordinates")
	case r < 0 || r > math.Pi:
		return fmt.Errorf("arcsecond: activity filter: cone radius %g° outside [0°, 180°]", c.Radius.Deg())
	case math.Abs(dec) > math.Pi/2:
		return fmt.Errorf("arcsecond: activity filter: cone declination %g° outside [-90°, 90°]", c.Center.Dec.Deg())
	}
	return nil
}

// query is the filter as the query parameters of /activities/live/ (the
// cone as ra, dec and radius in degrees), for a server that filters; the
// client filters anyway.
func (f *ActivityFilter) query(q url.Values) {
	for _, p := range [...]struct{ k, v string }{
		{"organisation", f.Organisation}, {"observing_site", f.ObservingSite}, {"telescope", f.Telescope},
		{"instrument", f.Instrument}, {"programme", f.Programme}, {"satellite", f.Satellite}, {"target_name", f.TargetName},
	} {
		if p.v != "" {
			q.Set(p.k, p.v)
		}
	}
	if c := f.Cone; c != nil {
		q.Set("ra", strconv.FormatFloat(c.Center.RA.Deg(), 'f', -1, 64))
		q.Set("dec", strconv.FormatFloat(c.Center.Dec.Deg(), 'f', -1, 64))
		q.Set("radius", strconv.FormatFloat(c.Radius.Deg(), 'f', -1, 64))
	}
}

// Match reports whether a passes the filter.
func (f *ActivityFilter) Match(a *Activity) bool {
	if a == nil {
		return false
	}
	eq := strings.EqualFold
	if f.Organisation != "" && !eq(f.Organisation, a.Organisation) ||
		f.ObservingSite != "" && !eq(f.ObservingSite, a.ObservingSite) ||
		f.Telescope != "" && !eq(f.Telescope, a.Telescope) ||
		f.Instrument != "" && !eq(f.Instrument, a.Instrument) ||
		f.Satellite != "" && !eq(f.Satellite, a.Satellite) {
		return false
	}
	if f.TargetName != "" {
		want := compactName(f.TargetName)
		if want != compactName(a.TargetName) && want != compactName(a.Target) {
			return false
		}
	}
	if f.Programme != "" && !programmeMatches(a.Programme, f.Programme) {
		return false
	}
	if f.Cone != nil {
		pos, ok := a.Position()
		if !ok || aa.Separation(f.Cone.Center, pos) > f.Cone.Radius {
			return false
		}
	}
	return true
}

func compactName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

// programmeMatches compares a programme given as a string, a number or an
// object (its id, pk, uuid, code, identifier or name) with want.
func programmeMatches(raw json.RawMessage, want string) bool {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return strings.EqualFold(scalarString(raw), want)
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil {
		return false
	}
	for _, k := range [...]string{"id", "pk", "uuid", "code", "identifier", "name"} {
		if v, ok := obj[k]; ok && strings.EqualFold(scalarString(v), want) {
			return true
		}
	}
	return false
}

// Position returns the activity's equatorial coordinates: degrees, or hours
// of right ascension when the 2018 shape says so in right_ascension_units.
// ok is false without both coordinates.
func (a *Activity) Position() (pos aa.Equatorial, ok bool) {
	c := a.Coordinates
	if c == nil || c.RightAscension == nil || c.Declination == nil {
		return pos, false
	}
	ra, dec := *c.RightAscension, *c.Declination
	if math.IsNaN(ra) || math.IsNaN(dec) || math.IsInf(ra, 0) || math.Abs(dec) > 90 {
		return pos, false
	}
	pos.RA, pos.Dec = aa.Deg(ra), aa.Deg(dec)
	if u := strings.ToLower(c.RightAscensionUnits); strings.HasPrefix(u, "h") {
		pos.RA = aa.Hours(ra)
	}
	return pos, true
}

// ActivityMatcher is a set of interests ("HST", "my programme", "this
// region of the sky"), each an ActivityFilter; an activity matches when it
// passes any of them. Build it once and apply it to live and historical
// activities alike:
//
//	m, err := arcsecond.NewActivityMatcher(hst, mine)
//	for a, err := range m.Filter(c.Activities.Live(ctx, nil, nil)) { … }
//	for a, err := range m.Filter(c.Activities.All(ctx, nil)) { … }
type ActivityMatcher struct {
	filters []ActivityFilter
}

// NewActivityMatcher validates the filters (a cone needs a radius within
// [0°, 180°] and a declination within ±90°). Without filters it matches
// every activity.
func NewActivityMatcher(filters ...ActivityFilter) (*ActivityMatcher, error) {
	m := &ActivityMatcher{filters: slices.Clone(filters)}
	for i := range m.filters {
		if c := m.filters[i].Cone; c != nil {
			cp := *c
			m.filters[i].Cone = &cp
		}
		if err := m.filters[i].validate(); err != nil {
			return nil, fmt.Errorf("%w (interest %d)", err, i)
		}
	}
	return m, nil
}

// Which returns the index of the first interest a matches, or -1.
func (m *ActivityMatcher) Which(a *Activity) int {
	if len(m.filters) == 0 {
		if a == nil {
			return -1
		}
		return 0
	}
	for i := range m.filters {
		if m.filters[i].Match(a) {
			return i
		}
	}
	return -1
}

// Match reports whether a matches any interest.
func (m *ActivityMatcher) Match(a *Activity) bool { return m.Which(a) >= 0 }

// Filter passes on the matching activities of seq and every error.
func (m *ActivityMatcher) Filter(seq iter.Seq2[*Activity, error]) iter.Seq2[*Activity, error] {
	return func(yield func(*Activity, error) bool) {
		for a, err := range seq {
			if (err != nil || m.Match(a)) && !yield(a, err) {
				return
			}
		}
	}
}

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
	// Backoff between reconnections (default 0.5 s to 30 s, unlimited).
	Backoff Backoff
}

// Live streams the worldwide observing activity as it happens, read-only:
// a WebSocket to /activities/live/ on the API host (ws or wss after the
// base URL's scheme; the client's credentials in the handshake headers,
// the filter as query parameters), evaluated again on the client. The
// backfill and polling read /activities/ without the filter and filter on
// the client, so that a server filtering differently (exact names, say)
// cannot hide activities the live feed would deliver. An
// organisation-scoped client's organisation is the filter's default
// Organisation.
//
// Frames are text JSON, either a bare Activity or a Channels/DCRF envelope
// ({"action", "data" | "body", …}); frames that are neither (binary,
// errors, deletions, other messages) are skipped with a debug log. Frames
// of up to 1 MiB are accepted; a larger one breaks the connection, and the
// activity is then fetched by the backfill.
//
// No event is lost or repeated: after every (re)connection the activities
// created since the last one seen are fetched from GET /activities/
// (newest first, page by page, down to that id) and delivered oldest
// first, and every id is checked against the 4,096 most recently seen
// (ids are not always pushed in increasing order, so a lower id that
// arrives late is still delivered). Broken connections are retried with
// capped, jittered backoff. When the upgrade is refused with 404 or 426,
// Live polls /activities/ every PollInterval, with the same
// de-duplication, and tries the upgrade again every RetryUpgrade. The iterator reads the connection itself, so a slow
// consumer slows the server down (TCP back-pressure) instead of growing a
// buffer.
//
// It ends when ctx ends (without an error) or when the loop breaks;
// otherwise it yields one error and stops for an invalid filter, refused
// credentials (ErrUnauthorized, ErrForbidden) or another 4xx, a 2xx
// answer to the upgrade (ErrStreamProtocol), or when Backoff.MaxFailures
// is reached.
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
	c       *Client
	filter  ActivityFilter
	opts    LiveOptions
	wsURL   *url.URL
	listURL *url.URL
	cur     *activityCursor
}

func (s *ActivitiesService) newLive(f ActivityFilter, o LiveOptions) (*liveStream, error) {
	c := s.Lister.client
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
			head, err := l.head(ctx)
			if err == nil {
				l.cur = newActivityCursor(head)
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
			continue
		}
		a, err := decodeLiveFrame(buf.Bytes())
		if err != nil {
			l.c.logger.DebugContext(ctx, "arcsecond: live activities: frame skipped", "reason", err.Error())
			continue
		}
		if !l.deliver(a, yield) {
			return errStop
		}
	}
}

// deliver yields a once, if it is new and matches; it reports false when
// the consumer stopped.
func (l *liveStream) deliver(a *Activity, yield func(*Activity, error) bool) bool {
	if !l.cur.admit(a.ID) || !l.filter.Match(a) {
		return true
	}
	return yield(a, nil)
}

// head returns the id of the newest activity (0 when there is none).
func (l *liveStream) head(ctx context.Context) (int, error) {
	u := *l.listURL
	q := u.Query()
	q.Set("page_size", "1")
	u.RawQuery = q.Encode()
	items, _, err := l.c.Activities.Lister.page(ctx, &u)
	if err != nil || len(items) == 0 {
		return 0, err
	}
	return items[0].ID, nil
}

// backfill reads /activities/ newest first until it reaches an id at or
// below the last one seen, then delivers what is new oldest first.
func (l *liveStream) backfill(ctx context.Context, yield func(*Activity, error) bool) error {
	var gap []*Activity
	for p, err := range walkPages[Activity](ctx, l.c, l.listURL) {
		if err != nil {
			return err
		}
		reached := len(p.Items) == 0
		for _, a := range p.Items {
			if a.ID <= l.cur.last {
				reached = true
			}
			if l.cur.fresh(a.ID) {
				gap = append(gap, a)
			}
		}
		if reached {
			break
		}
	}
	slices.SortFunc(gap, func(a, b *Activity) int { return a.ID - b.ID })
	for _, a := range gap {
		if !l.deliver(a, yield) {
			return errStop
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
		return nil, fmt.Errorf("%q envelope", action)
	}
	if e := env["errors"]; len(e) > 2 && !bytes.Equal(e, []byte("null")) {
		return nil, fmt.Errorf("envelope with errors %s", excerpt(e, 200))
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

// eachMember calls f with the key (as written, without its quotes) and the
// raw value of each member of the JSON object data, which must be valid
// JSON (json.Valid). It reports false when data is not an object or f
// returns false.
func eachMember(data []byte, f func(key, value []byte) bool) bool {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	for i++; ; i++ {
		i = skipSpace(data, i)
		if data[i] == '}' {
			return true
		}
		end := skipValue(data, i)
		key := data[i+1 : end-1]
		i = skipSpace(data, end) + 1 // the colon
		i = skipSpace(data, i)
		end = skipValue(data, i)
		if !f(key, data[i:end]) {
			return false
		}
		i = skipSpace(data, end)
		if data[i] == '}' {
			return true
		}
	}
}

// eachElement calls f with each raw element of the JSON array data, which
// must be valid JSON. It reports false when data is not an array or f
// returns false.
func eachElement(data []byte, f func(elem []byte) bool) bool {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		return false
	}
	for i++; ; i++ {
		i = skipSpace(data, i)
		if data[i] == ']' {
			return true
		}
		end := skipValue(data, i)
		if !f(data[i:end]) {
			return false
		}
		i = skipSpace(data, end)
		if data[i] == ']' {
			return true
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the end of the valid JSON value starting at b[i].
func skipValue(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '"':
			for i++; b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
			if depth == 0 {
				return i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i // the end of a literal that closes its object
			}
			depth--
			if depth == 0 {
				return i + 1
			}
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return i
			}
		}
	}
	return i
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
		return nil, errors.New("neither an activity with an id nor an envelope of one")
	}
	return a, nil
}

func isObject(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '{'
}

// activityCursor remembers which activities were seen, so that neither the
// backfill after a reconnection nor duplicated frames repeat one.
//
// Activity ids come from one table, so they grow with creation, but not
// strictly with the order of publication: two activities saved at the same
// moment may be committed, and pushed, in the reverse order of their ids.
// "Drop every id ≤ the last" would then lose the later-committed lower id.
// The cursor therefore keeps the last window ids seen (a ring and a set,
// bounded memory) and admits any id above floor that is not among them;
// floor starts at the resume point (the newest id when Live started, or
// Since) and rises to each id that leaves the window, so a frame older than
// the window is dropped rather than repeated. last, the highest id seen,
// is where the backfill stops.
type activityCursor struct {
	floor, last int
	seen        map[int]struct{}
	ring        []int
	next        int
}

const cursorWindow = 4096

func newActivityCursor(since int) *activityCursor {
	return &activityCursor{floor: since, last: since, seen: make(map[int]struct{}, cursorWindow), ring: make([]int, 0, cursorWindow)}
}

// fresh reports whether id would be admitted.
func (c *activityCursor) fresh(id int) bool {
	if id <= c.floor {
		return false
	}
	_, dup := c.seen[id]
	return !dup
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
		c.floor = max(c.floor, old)
		c.ring[c.next] = id
		c.next = (c.next + 1) % cursorWindow
	}
	c.seen[id] = struct{}{}
	c.last = max(c.last, id)
	return true
}

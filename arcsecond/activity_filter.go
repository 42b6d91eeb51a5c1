package arcsecond

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"net/url"
	"slices"
	"strings"

	"github.com/arcsecond-go/arcsecond/aa"
)

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
	if err := f.Cone.validate(); err != nil {
		return fmt.Errorf("arcsecond: activity filter: %s", strings.TrimPrefix(err.Error(), "arcsecond: "))
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
		q.Set("ra", plain(raDeg(c.Center.RA)))
		q.Set("dec", degrees(c.Center.Dec))
		q.Set("radius", degrees(c.Radius))
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

// Position is the activity's sky position: a.Coordinates.Equatorial(),
// false when the activity has no coordinates.
func (a *Activity) Position() (pos aa.Equatorial, ok bool) {
	if a.Coordinates == nil {
		return pos, false
	}
	return a.Coordinates.Equatorial()
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

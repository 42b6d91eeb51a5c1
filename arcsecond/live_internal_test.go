package arcsecond

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestDecodeLiveFrame(t *testing.T) {
	for _, tc := range []struct {
		name, frame string
		id          int
		err         string
	}{
		{"bare", `{"id": 7, "title": "M31", "organisation": 12, "date": "2026-03-01T20:00:00Z"}`, 7, ""},
		{"bare mentioning action", `{"id": 8, "content": "\"action\" shot"}`, 8, ""},
		{"dcrf data", `{"action": "create", "data": {"id": 9}, "request_id": null, "response_status": 201, "errors": []}`, 9, ""},
		{"channels body", `{"action": "activity", "body": {"id": 10}}`, 10, ""},
		{"delete", `{"action": "delete", "data": {"id": 11}}`, 0, "delete"},
		{"errors", `{"action": "create", "data": {"id": 12}, "errors": ["Not found"]}`, 0, "errors"},
		{"hello", `{"type": "hello"}`, 0, "neither"},
		{"reply without data", `{"action": "subscribe", "data": null, "response_status": 201}`, 0, "neither"},
		{"array", `[1, 2]`, 0, "not an activity"},
		{"garbage", `{"id": `, 0, "not an activity"},
		{"bad id type", `{"id": "x"}`, 0, "activity"},
		{"spaced envelope", " {\n \"response_status\" : 201 , \"action\":\"create\",\"x\":[1,{\"a\":\"}\\\"\"}],\"data\" : {\"id\": 13} }", 13, ""},
		{"envelope, status last", `{"action": "create", "data": {"id": 14}, "response_status": 201}`, 14, ""},
		{"empty object", `{}`, 0, "neither"},
		{"truncated envelope", `{"action": "create", "data": {"id": 15}`, 0, "invalid JSON"},
	} {
		a, err := decodeLiveFrame([]byte(tc.frame))
		switch {
		case tc.err == "" && (err != nil || a.ID != tc.id):
			t.Errorf("%s: %+v %v, want id %d", tc.name, a, err, tc.id)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: %+v %v, want an error with %q", tc.name, a, err, tc.err)
		}
	}
	a, _ := decodeLiveFrame([]byte(`{"id": 7, "organisation": 12, "date": "2026-03-01T20:00:00Z", "content": null}`))
	if a.Organisation != "12" || a.Date.Hour() != 20 || a.Content != "" {
		t.Errorf("lenient fields: %+v", a)
	}
}

func TestActivityCursor(t *testing.T) {
	c := newActivityCursor(100)
	t0 := time.Unix(1e9, 0)
	for _, tc := range []struct {
		id   int
		want bool
	}{
		{100, false}, // the resume point itself
		{99, false},
		{102, true},
		{101, true}, // committed after 102: still new
		{102, false},
		{101, false},
		{150, true},
	} {
		if got := c.observe(tc.id, t0); got != tc.want {
			t.Errorf("observe(%d) = %v, want %v", tc.id, got, tc.want)
		}
	}
	if c.top != 150 || c.low() != 103 || !slices.Equal(c.holes, []idHole{{103, 149, t0}}) {
		t.Errorf("top %d, low %d, holes %v; want 150, 103, [103..149]", c.top, c.low(), c.holes)
	}
	c.observe(120, t0.Add(time.Second)) // splits the hole
	c.observe(103, t0.Add(time.Second))
	c.observe(149, t0.Add(time.Second))
	c.observe(160, t0.Add(2*time.Second))
	want := []idHole{{104, 119, t0}, {121, 148, t0}, {151, 159, t0.Add(2 * time.Second)}}
	if !slices.Equal(c.holes, want) || c.low() != 104 {
		t.Errorf("holes %v, want %v", c.holes, want)
	}
	c.prune(t0.Add(time.Second)) // the holes opened at t0 are given up
	if !slices.Equal(c.holes, want[2:]) || c.low() != 151 {
		t.Errorf("after prune: holes %v, want %v", c.holes, want[2:])
	}
	for id := 1000; id < 1000+cursorWindow; id++ {
		c.observe(id, t0)
	}
	if len(c.seen) != cursorWindow || len(c.ring) != cursorWindow {
		t.Errorf("window holds %d ids (ring %d), want %d", len(c.seen), len(c.ring), cursorWindow)
	}
	if c.observe(150, t0) || c.observe(120, t0) || c.floor != 160 {
		t.Errorf("ids that left the window are admitted again (floor %d)", c.floor)
	}
	if len(c.holes) != 1 || c.holes[0].lo != 161 || c.holes[0].hi != 999 {
		t.Errorf("holes below the floor are kept: %v", c.holes)
	}
	if !c.observe(1000+cursorWindow, t0) {
		t.Error("a new id was refused")
	}

	// Holes are bounded: past maxHoles the lowest two merge, and the
	// merged hole keeps the later time, so it is given up no sooner. (The
	// window's floor, 20 after 10 ids left it, trims the merged 1..21.)
	c = newActivityCursor(0)
	n := maxHoles + 10
	for i := range n {
		c.observe(2*i+2, t0.Add(time.Duration(n-i)*time.Second))
	}
	if len(c.holes) != maxHoles || c.low() != 21 || c.floor != 20 {
		t.Errorf("%d holes, low %d, floor %d; want %d, 21, 20", len(c.holes), c.low(), c.floor, maxHoles)
	}
	if h := c.holes[0]; h.hi != 21 || !h.since.Equal(t0.Add(time.Duration(n)*time.Second)) {
		t.Errorf("merged hole %+v", h)
	}
}

package arcsecond

import (
	"strings"
	"testing"
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
		if got := c.admit(tc.id); got != tc.want {
			t.Errorf("admit(%d) = %v, want %v", tc.id, got, tc.want)
		}
	}
	if c.last != 150 {
		t.Errorf("last %d, want 150", c.last)
	}
	for id := 1000; id < 1000+cursorWindow; id++ {
		c.admit(id)
	}
	if len(c.seen) != cursorWindow || len(c.ring) != cursorWindow {
		t.Errorf("window holds %d ids (ring %d), want %d", len(c.seen), len(c.ring), cursorWindow)
	}
	if c.admit(150) || c.admit(120) || c.floor != 150 {
		t.Errorf("ids that left the window are admitted again (floor %d)", c.floor)
	}
	if !c.admit(1000 + cursorWindow) {
		t.Error("a new id was refused")
	}
}

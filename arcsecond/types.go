package arcsecond

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
	"unicode/utf8"
)

// Timestamp is a date-time of the API. It decodes DRF's ISO 8601 forms
// (with or without fraction and zone), a bare date, and null or "" (the zero
// time); it encodes the zero time as null.
type Timestamp struct{ time.Time }

var timestampLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05.999999999Z0700", time.DateOnly}

// UnmarshalJSON accepts the API's date-time and date strings, null and "".
func (t *Timestamp) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		t.Time = time.Time{}
		return nil
	}
	s, ok := unquote(b)
	if !ok {
		return fmt.Errorf("arcsecond: date-time %s is not a string", excerpt(b, 64))
	}
	if s == "" {
		t.Time = time.Time{}
		return nil
	}
	for _, l := range timestampLayouts {
		if v, err := time.Parse(l, s); err == nil {
			t.Time = v
			return nil
		}
	}
	return fmt.Errorf("arcsecond: cannot read date-time %q", excerpt([]byte(s), 64))
}

// unquote returns the text of a JSON string, without a second pass of the
// JSON decoder when it holds no escape and is valid UTF-8 (encoding/json
// replaces invalid bytes with U+FFFD).
func unquote(b []byte) (string, bool) {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return "", false
	}
	if bytes.IndexByte(b, '\\') < 0 && utf8.Valid(b) {
		return string(b[1 : len(b)-1]), true
	}
	var s string
	return s, json.Unmarshal(b, &s) == nil
}

// flexString is a JSON string or number read as text ("" for null), for
// members the API sends as a name in one era and a primary key in another.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if s, ok := unquote(b); ok {
		*f = flexString(s)
		return nil
	}
	if isJSONNumber(b) {
		*f = flexString(b)
		return nil
	}
	*f = ""
	return nil
}

// MarshalJSON writes RFC 3339 with the fraction, or null for the zero time.
func (t Timestamp) MarshalJSON() ([]byte, error) {
	if t.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(t.Format(time.RFC3339Nano))
}

// UpdateLog is one change recorded on an observing site or a telescope
// (/observingsites/updates/, /telescopes/updates/).
type UpdateLog struct {
	PK            int       `json:"pk"`
	Date          Timestamp `json:"date"`
	Profile       string    `json:"profile"`
	Action        string    `json:"action"`
	PropertyName  string    `json:"property_name"`
	OldValue      string    `json:"old_value"`
	NewValue      string    `json:"new_value"`
	ActionMessage string    `json:"action_message"`
	Method        string    `json:"method"`
	// The changed resource: one of the two, depending on the route.
	ObservingSite *ObservingSite `json:"observing_site,omitempty"`
	Telescope     *Telescope     `json:"telescope,omitempty"`
}

// scalarString renders a JSON string or number as text ("" for anything
// else).
func scalarString(raw json.RawMessage) string {
	var f flexString
	_ = f.UnmarshalJSON(raw)
	return string(f)
}

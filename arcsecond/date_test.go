package arcsecond_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestDateDecodesTheAPIForms(t *testing.T) {
	for in, want := range map[string]string{
		`"2023-01-26"`:                  "2023-01-26",
		`"2023-01-26T23:59:59.123456Z"`: "2023-01-26",
		`null`:                          "0001-01-01",
		`""`:                            "0001-01-01",
	} {
		var d arcsecond.Date
		if err := json.Unmarshal([]byte(in), &d); err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		if got := d.String(); got != want {
			t.Errorf("%s decoded as %s, want %s", in, got, want)
		}
	}
	for _, bad := range []string{`"26/01/2023"`, `20230126`, `"2023-13-01"`} {
		var d arcsecond.Date
		if err := json.Unmarshal([]byte(bad), &d); err == nil {
			t.Errorf("%s decoded as %v", bad, d)
		}
	}
	b, err := json.Marshal(struct {
		A arcsecond.Date `json:"a"`
		B arcsecond.Date `json:"b"`
	}{A: arcsecond.Date{Time: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}})
	if err != nil || string(b) != `{"a":"2026-03-01","b":null}` {
		t.Errorf("encoded %s, %v", b, err)
	}
}

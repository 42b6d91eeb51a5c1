package arcsecond_test

import (
	"encoding/json"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestQuantityJSON(t *testing.T) {
	var q arcsecond.Quantity
	if err := json.Unmarshal([]byte(`{"value":1.27,"unit":"M_jup","error_max":0.1,"error_min":0.05,"bibcode":"2019A&A...625A..16D"}`), &q); err != nil {
		t.Fatal(err)
	}
	if !q.Known() || *q.Value != 1.27 || q.Unit != "M_jup" || *q.ErrorMax != 0.1 || *q.ErrorMin != 0.05 || q.Error != nil {
		t.Errorf("decoded %+v", q)
	}
	b, err := json.Marshal(arcsecond.Quantity{})
	if err != nil || string(b) != `{"value":null}` {
		t.Errorf("zero quantity encodes as %s, %v", b, err)
	}
}

func TestRequestTypesSendOnlySetFields(t *testing.T) {
	for want, body := range map[string]any{
		`{}`:                           arcsecond.ScheduleEventCreate{},
		`{"observing_site":[]}`:        arcsecond.ScheduleEventCreate{ObservingSite: []string{}},
		`{"title":"","all_day":false}`: arcsecond.ScheduleEventCreate{Title: arcsecond.Ptr(""), AllDay: arcsecond.Ptr(false)},
		`{"session":2}`:                arcsecond.VoteSessionCommentCreate{Session: 2},
	} {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustCanon(t, string(b)); got != mustCanon(t, want) {
			t.Errorf("%T encodes as %s, want %s", body, b, want)
		}
	}
}

// mustCanon re-encodes the JSON document s with sorted keys.
func mustCanon(t *testing.T, s string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

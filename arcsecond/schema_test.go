package arcsecond_test

import (
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestSchemaGet(t *testing.T) {
	c, last := recordingClient(t, `{"openapi":"3.0.3"}`)
	b, _, err := c.Schema.Get(t.Context(), &arcsecond.SchemaOptions{Format: arcsecond.SchemaJSON, Lang: "en"})
	if err != nil || *last != "GET /schema/?format=json&lang=en" || string(b) != `{"openapi":"3.0.3"}` {
		t.Errorf("sent %s, got %s, %v", *last, b, err)
	}
	if _, _, err := forbidSending(t).Schema.Get(t.Context(), &arcsecond.SchemaOptions{Format: "xml"}); err == nil {
		t.Error("format xml accepted")
	}
}

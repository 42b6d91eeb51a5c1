package arcsecondtest

import (
	"net/http"
	"testing"
)

// Each server builds its own route table; the generated tables are never
// changed, so servers do not depend on one another or on init order.
func TestRouteTablePerServer(t *testing.T) {
	a, b := newAPI(nil), newAPI(nil)
	if a.router.routes[0] == b.router.routes[0] || a.resources["datasets"] == b.resources["datasets"] {
		t.Fatal("two servers share a route table")
	}
	field := func(s schemaSpec) string {
		f, _ := s.field("object")
		return f.typ
	}
	if got := field(a.schemas["Target"]); got != "any" {
		t.Errorf("server's Target.object is %q, want the manual-mode patch (any)", got)
	}
	if got := field(openAPISchemas()["Target"]); got != "string" {
		t.Errorf("generated Target.object is %q: a server patched the generated table", got)
	}
	for _, p := range []string{"/objects/{name}/coordinates/", "/profiles/{username}/sharedkeys/", "/findingcharts/{input}/"} {
		if a.handlers[p] == nil {
			t.Errorf("no special handler for %s", p)
		}
	}
	for _, p := range []string{"/activities/live/", "/ws/agent"} {
		if a.streams[p] == nil {
			t.Errorf("no stream at %s", p)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a special handler declared twice did not panic")
		}
	}()
	a.handle("/schema/", func(*call) (int, any, *apiError) { return http.StatusOK, nil, nil })
}

package arcsecondtest

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond/internal/openapi"
)

// cloudSchema turns a Cloud-era schema of the server's table into an
// OpenAPI schema for the validator.
func cloudSchema(t *testing.T, s *Server, name string) *openapi.Schema {
	t.Helper()
	spec, ok := s.schemaOf(name)
	if !ok {
		t.Fatalf("no schema %s", name)
	}
	out := &openapi.Schema{Type: "object"}
	for _, f := range spec.fields {
		out.Properties = append(out.Properties, openapi.Property{Name: f.name, Schema: &openapi.Schema{
			Type: f.typ, Format: f.format, Nullable: f.nullable, ReadOnly: f.readOnly, WriteOnly: f.writeOnly}})
		if f.required {
			out.Required = append(out.Required, f.name)
		}
	}
	return out
}

// TestDeclaredVariants checks each route variant of variants.go against
// the document and the server: the document really says otherwise (a
// variant the server does not need is stale), and the server answers as
// the variant declares. The members' variants are applied by
// TestOpenAPIGetConformance and TestConformance, the added methods'
// answers validated by TestConformance against the personal twin's schema.
func TestDeclaredVariants(t *testing.T) {
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	s := newTestServer(t)
	vr := &openapi.Validator{Doc: doc, Response: true}
	annie := s.UserWithRole("superadmin")
	admin := clientAs(t, s, annie.Username)
	for _, v := range routeVariants {
		if strings.TrimSpace(v.evidence) == "" {
			t.Errorf("%s: variant without evidence", v.path)
		}
		item := doc.Paths[v.path]
		switch {
		case v.arrayOf != "":
			r := send(t, admin, http.MethodGet, strings.ReplaceAll(strings.TrimPrefix(v.path, "/"), "{organisation}", SeedOrganisation), nil)
			status, body := r.status, r.body
			sch, _ := item["get"].SuccessSchema()
			if status != http.StatusOK || len(vr.Validate(body, sch)) == 0 {
				t.Errorf("GET %s: %d; the document's schema would do (%v)", v.path, status, body)
			}
			if vs := vr.Validate(body, &openapi.Schema{Type: "array", Items: &openapi.Schema{Ref: "#/components/schemas/" + v.arrayOf}}); len(vs) > 0 {
				t.Errorf("GET %s against the variant: %v", v.path, vs)
			}
		case v.replacedBy != "":
			r := send(t, anonymous(t, s), http.MethodPost, strings.TrimPrefix(v.path, "/"), map[string]any{"username": annie.Username, "password": annie.Password})
			sch, _ := item["post"].SuccessSchema()
			if r.status != http.StatusOK || len(vr.Validate(r.body, sch)) == 0 {
				t.Errorf("POST %s: %d; the document's schema would do (%v)", v.path, r.status, r.body)
			}
			if vs := vr.Validate(r.body, cloudSchema(t, s, v.replacedBy)); len(vs) > 0 {
				t.Errorf("POST %s against the variant: %v", v.path, vs)
			}
		case len(v.methods) > 0:
			twin := doc.Paths[v.twin()]
			for _, m := range v.methods {
				lm := strings.ToLower(m)
				if item[lm] != nil || twin[lm] == nil {
					t.Errorf("%s %s: the document has it (%v) or its twin %s lacks it (%v)", m, v.path, item[lm] != nil, v.twin(), twin[lm] == nil)
				}
				i := slices.IndexFunc(s.api.router.routes, func(rt *route) bool { return rt.path == v.path })
				if i < 0 || !slices.ContainsFunc(s.api.router.routes[i].ops, func(o opSpec) bool { return o.method == m }) {
					t.Errorf("%s %s: not served", m, v.path)
				}
			}
		default:
			t.Errorf("%s: variant that changes nothing", v.path)
		}
	}
}

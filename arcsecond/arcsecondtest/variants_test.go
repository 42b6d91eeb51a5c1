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

// TestSchemaVariantsAreNeeded shows, for each member variant of
// variants.go, an exchange whose body the document's schema refuses at
// that member and the variant accepts: a variant nothing needs is stale.
func TestSchemaVariantsAreNeeded(t *testing.T) {
	orig, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	patched, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	applySchemaVariants(t, patched)
	s := newTestServer(t)
	c := clientAs(t, s, "edwin")
	const org = SeedOrganisation + "/"
	items := func(r result) []any {
		t.Helper()
		list, _ := r.body.([]any)
		if env, ok := r.body.(map[string]any); ok {
			list, _ = env["results"].([]any)
		}
		if len(list) == 0 {
			t.Fatalf("empty listing: %d %v", r.status, r.body)
		}
		return list
	}
	created := func(what string, r result) map[string]any {
		t.Helper()
		wantStatus(t, what, r, http.StatusCreated)
		return r.object()
	}
	// The organisation's GET answers with the OrganisationObservation (or
	// …Calibration) schema; the POST answers with the personal twin's.
	reread := func(collection string, rec map[string]any) map[string]any {
		t.Helper()
		r := send(t, c, http.MethodGet, collection+str(rec["uuid"])+"/", nil)
		wantStatus(t, "GET "+collection, r, http.StatusOK)
		return r.object()
	}
	nightLog := str(items(send(t, c, http.MethodGet, org+"nightlogs/", nil))[0].(map[string]any)["uuid"])
	var instrument map[string]any // one without an archive
	for _, it := range items(send(t, c, http.MethodGet, "instruments/", nil)) {
		if m := it.(map[string]any); m["archive"] == nil {
			instrument = m
			break
		}
	}
	manual := map[string]any{"name": "M 42", "equatorial_coordinates": map[string]any{"right_ascension": 83.82, "declination": -5.39}}
	target := created("manual target", send(t, c, http.MethodPost, "targets/", map[string]any{"name": "M 42", "object": manual}))
	patch := map[string]any{"object": manual}
	wantStatus(t, "manual target PATCH", send(t, c, http.MethodPatch, "targets/"+str(target["id"])+"/", patch), http.StatusOK)

	demos := map[string]struct {
		body     any
		response bool
	}{
		"OrganisationObservation": {reread(org+"observations/", created("observation without file", send(t, c, http.MethodPost, org+"observations/", map[string]any{"night_log": nightLog, "target_name": "51 Peg"}))), true},
		"OrganisationCalibration": {reread(org+"calibrations/", created("calibration without file", send(t, c, http.MethodPost, org+"calibrations/", map[string]any{"night_log": nightLog, "name": "bias"}))), true},
		"Instrument":              {instrument, true},
		"Target":                  {target, true},
		"PatchedTarget":           {patch, false}, // a request schema: the PATCH above was accepted
	}
	for _, v := range schemaVariants {
		demo, ok := demos[v.schema]
		if !ok || demo.body == nil {
			t.Errorf("%s.%s: no exchange shows the variant is needed", v.schema, v.member)
			continue
		}
		sch := &openapi.Schema{Ref: "#/components/schemas/" + v.schema}
		at := func(doc *openapi.Document) int {
			n := 0
			for _, vi := range (&openapi.Validator{Doc: doc, Response: demo.response}).Validate(demo.body, sch) {
				if vi.Path == "$."+v.member || strings.HasPrefix(vi.Path, "$."+v.member+".") || vi.Path == "$" && strings.Contains(vi.Message, `"`+v.member+`"`) {
					n++
				}
			}
			return n
		}
		if n := at(orig); n == 0 {
			t.Errorf("%s.%s: the document accepts %v: the variant is stale", v.schema, v.member, demo.body)
		}
		if n := at(patched); n != 0 {
			t.Errorf("%s.%s: the variant does not accept %v", v.schema, v.member, demo.body)
		}
	}
}

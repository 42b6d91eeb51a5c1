package arcsecondtest

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/internal/openapi"
)

// The conformance test drives every route the server implements through the
// SDK's generic request path, as the superadmin, an anonymous caller and a
// non-member, and checks status codes, response shapes (object answers
// strictly against the document's schemas) and permissions against the
// route table (the 2023 OpenAPI document plus the Cloud/Hub
// table). Typed SDK services get their own tests as resource issues add them.

type conformance struct {
	t         *testing.T
	doc       *openapi.Document
	vr        *openapi.Validator
	s         *Server
	created   map[string][]string // "org|resource" → keys of records created here
	checked   int
	validated int
	newUser   string
	siteUUID  string
}

func scopeKey(rt *route) string {
	return fmt.Sprintf("%v|%s", rt.org, rt.res.name)
}

// implemented lists the routes served by the generic CRUD or a special
// handler, collections before items and parents before children.
func implemented(s *Server) []*route {
	var out []*route
	for _, rt := range s.api.router.routes {
		if rt.res != nil || rt.handler != nil {
			out = append(out, rt)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.lookup != "") != (b.lookup != "") {
			return a.lookup == ""
		}
		return len(a.segs) < len(b.segs)
	})
	return out
}

func TestConformance(t *testing.T) {
	s := newTestServer(t)
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	applySchemaVariants(t, doc)
	cf := &conformance{t: t, s: s, created: map[string][]string{}, doc: doc, vr: &openapi.Validator{Doc: doc, Response: true}}
	admin := clientAs(t, s, "annie")
	anon := anonymous(t, s)
	outsider := clientAs(t, s, "carl")

	// A fresh user to make a member of the organisation through the API.
	reg := send(t, anon, http.MethodPost, "auth/registration/", map[string]any{"username": "williamina", "email": "w@example.org", "password1": "correct horse battery", "password2": "correct horse battery"})
	wantStatus(t, "registration", reg, http.StatusCreated)
	cf.newUser = "williamina"
	site, _ := s.db.coll("observingsites").first(func(r record) bool { return true })
	cf.siteUUID = str(site["uuid"])

	routes := implemented(s)
	for _, rt := range routes {
		if rt.handler != nil {
			continue
		}
		for _, op := range rt.ops {
			if op.method == http.MethodDelete {
				continue
			}
			cf.checkOp(admin, anon, outsider, rt, op)
		}
		cf.checkNotAllowed(admin, rt)
	}
	for _, rt := range routes {
		if rt.handler != nil || rt.lookup == "" {
			continue
		}
		if op, ok := rt.op(http.MethodDelete); ok {
			cf.checkDelete(admin, rt, op)
		}
	}
	cf.checkSpecialRoutes(admin, anon, routes)
	t.Logf("conformance: %d routes, %d checks, %d object answers (item GETs and writes) validated against their schema", len(routes), cf.checked, cf.validated)
}

// concrete fills a route's parameters: the seed organisation, and keys of
// records the caller can see (created by this test first, else seeded).
func (cf *conformance) concrete(rt *route) (path string, found bool) {
	found = true
	parts := make([]string, 0, len(rt.segs))
	var parentKey string
	for i, sg := range rt.segs {
		if sg.param == "" {
			parts = append(parts, sg.prefix)
			continue
		}
		var v string
		switch {
		case sg.param == "organisation":
			v = SeedOrganisation
		case rt.parent != nil && sg.param == rt.parentP:
			v = cf.keyOf(rt, rt.parent, rt.parentP, "")
			parentKey = v
		case i == len(rt.segs)-1:
			v = cf.keyOf(rt, rt.res, rt.lookup, parentKey)
		}
		if v == "" {
			found = false
			v = bogusKey(sg.param)
		}
		parts = append(parts, sg.prefix+v)
	}
	return strings.Join(parts, "/") + "/", found
}

func bogusKey(param string) string {
	switch param {
	case "id", "table_index":
		return "987654"
	case "uuid":
		return "00000000-0000-4000-8000-000000000000"
	}
	return "no-such-thing"
}

// keyOf finds a record of res visible through rt and returns the value its
// URL parameter takes.
func (cf *conformance) keyOf(rt *route, res *resource, param, parentKey string) string {
	field := lookupFields(param)[0]
	inScope := func(r record) bool {
		if rt.org {
			return str(r["organisation"]) == SeedOrganisation
		}
		if res.personal {
			return str(r["profile"]) == "annie" && str(r["organisation"]) == ""
		}
		return true
	}
	under := func(r record) bool {
		if parentKey == "" || rt.parent == nil || res != rt.res {
			return true
		}
		p, _ := cf.s.db.coll(rt.parent.name).first(func(pr record) bool { return cf.matchAny(rt.parent, pr, rt.parentP, parentKey) })
		return p != nil && str(r[parentField(rt.parent.name)]) == str(p[rt.parent.primary()])
	}
	if res.name == "profiles" {
		return "annie"
	}
	if res.name == "organisations" {
		return SeedOrganisation
	}
	keys := cf.created[fmt.Sprintf("%v|%s", rt.org, res.name)]
	for i := len(keys) - 1; i >= 0; i-- {
		if r, ok := cf.s.db.coll(res.name).first(func(r record) bool { return str(r[res.primary()]) == keys[i] && under(r) }); ok && r[field] != nil {
			return str(r[field])
		}
	}
	r, ok := cf.s.db.coll(res.name).first(func(r record) bool { return inScope(r) && under(r) && r[field] != nil && str(r[field]) != "" })
	if !ok {
		return ""
	}
	return str(r[field])
}

func (cf *conformance) matchAny(res *resource, r record, param, v string) bool {
	for _, f := range lookupFields(param) {
		if str(r[f]) == v {
			return true
		}
	}
	return false
}

// sampleBody is a valid request body for a schema: every required writable
// field with a plausible value, plus the few references that must resolve.
func (cf *conformance) sampleBody(rt *route, op opSpec) map[string]any {
	body := map[string]any{}
	sch, _ := cf.s.schemaOf(op.body)
	for _, f := range sch.fields {
		if f.readOnly || !f.required {
			continue
		}
		switch {
		case len(f.enum) > 0:
			body[f.name] = f.enum[0]
		case f.typ == "string" && f.format != "":
			body[f.name] = cf.formatted(rt, f)
		case f.typ == "string":
			v := "conformance " + f.name
			if f.maxLength > 0 && len(v) > f.maxLength {
				v = v[:f.maxLength]
			}
			body[f.name] = v
		case f.typ == "integer":
			body[f.name] = 1
		case f.typ == "number":
			body[f.name] = 1.5
		case f.typ == "boolean":
			body[f.name] = true
		case f.typ == "array":
			body[f.name] = []any{}
		case f.typ == "object":
			body[f.name] = map[string]any{}
		}
	}
	// A record keyed by a writable field (an e-mail address) needs it.
	if f, ok := sch.field(rt.res.key); ok && !f.readOnly {
		if _, set := body[f.name]; !set {
			body[f.name] = "conformance@example.org"
		}
	}
	switch rt.res.name {
	case "members":
		body["username"], body["role"] = cf.newUser, "observer"
		if op.method != http.MethodPost {
			body["role"] = "member"
		}
	case "organisations":
		body["subdomain"] = "conformance"
		if op.method != http.MethodPost {
			body["subdomain"] = SeedOrganisation
		}
	case "telescopes", "enclosures", "safetymonitors", "observingconditions":
		body["observing_site"] = cf.siteUUID
	case "datasets":
		body["name"] = "conformance dataset"
	case "datafiles":
		if ds := cf.created[fmt.Sprintf("%v|datasets", rt.org)]; len(ds) > 0 {
			body["dataset"] = ds[0]
		}
	}
	return body
}

func (cf *conformance) checkOp(c, anon, outsider *arcsecond.Client, rt *route, op opSpec) {
	t := cf.t
	t.Helper()
	path, found := cf.concrete(rt)
	rel := strings.TrimPrefix(path, "/")
	what := op.method + " " + rt.path + " (" + rel + ")"

	// Permissions: anonymous callers and non-members.
	ar := send(t, anon, op.method, rel, cf.maybeBody(rt, op))
	switch {
	case !op.anon:
		wantStatus(t, what+" anonymous", ar, http.StatusUnauthorized)
		if detail(ar) != "Authentication credentials were not provided." {
			t.Errorf("%s anonymous: detail %q", what, detail(ar))
		}
	case found && (rt.parent != nil && rt.parent.public || rt.lookup != "" && rt.res.public):
		// Outsiders see only public parents (datasets): 2xx or DRF's 404.
		if ar.status >= 300 && detail(ar) != "Not found." {
			t.Errorf("%s anonymous: status %d (%v)", what, ar.status, ar.body)
		}
	case found:
		if ar.status >= 300 {
			t.Errorf("%s anonymous: status %d, want 2xx (%v)", what, ar.status, ar.body)
		}
	}
	cf.checked++
	if rt.org && !op.anon {
		or := send(t, outsider, op.method, rel, cf.maybeBody(rt, op))
		wantStatus(t, what+" non-member", or, http.StatusForbidden)
		cf.checked++
	}

	// The operation itself, as the superadmin.
	var r result
	switch {
	case rt.res.file && (op.method == http.MethodPost || op.method == http.MethodPut):
		r = cf.upload(c, rt, rel, op.method) // DRF's FileField takes a file part, not JSON
	default:
		r = send(t, c, op.method, rel, cf.maybeBody(rt, op))
	}
	cf.checked++
	if !found {
		wantStatus(t, what+" (no record)", r, http.StatusNotFound)
		if detail(r) != "Not found." {
			t.Errorf("%s: 404 detail %q", what, detail(r))
		}
		return
	}
	want := http.StatusOK
	if op.method == http.MethodPost && (rt.lookup == "" || rt.res.tree) {
		want = http.StatusCreated
	}
	wantStatus(t, what, r, want)
	switch {
	case op.method == http.MethodGet && rt.lookup == "" && rt.paginated:
		env := r.object()
		for _, k := range []string{"count", "next", "previous", "results"} {
			if _, ok := env[k]; !ok {
				t.Errorf("%s: paginated answer lacks %q: %v", what, k, r.body)
			}
		}
		if _, ok := env["results"].([]any); !ok {
			t.Errorf("%s: results is not an array", what)
		}
	case op.method == http.MethodGet && rt.lookup == "":
		if _, ok := r.body.([]any); !ok {
			t.Errorf("%s: want a bare JSON array, got %T", what, r.body)
		}
	default:
		obj := r.object()
		if obj == nil {
			t.Fatalf("%s: want a JSON object, got %T", what, r.body)
		}
		cf.checkFields(what, op, obj)
		cf.validateAnswer(what, rt, op, obj)
		if op.method == http.MethodPost && want == http.StatusCreated {
			k := str(obj[rt.res.primary()])
			if k == "" {
				t.Errorf("%s: created record has no %q", what, rt.res.primary())
			}
			key := scopeKey(rt)
			cf.created[key] = append(cf.created[key], k)
		}
	}
}

func (cf *conformance) maybeBody(rt *route, op opSpec) any {
	if op.method == http.MethodGet || op.method == http.MethodDelete {
		return nil
	}
	return cf.sampleBody(rt, op)
}

func (cf *conformance) upload(c *arcsecond.Client, rt *route, rel, method string) result {
	fields := map[string]string{}
	for k, v := range cf.sampleBody(rt, opSpec{method: http.MethodPost, body: rt.opBody(http.MethodPost)}) {
		if k != "file" {
			fields[k] = str(v)
		}
	}
	name := "frame.fits"
	if rt.res.name == "datafiles" && rt.parent == nil {
		key := fmt.Sprintf("%v|datasets", rt.org)
		if len(cf.created[key]) == 0 {
			prefix := ""
			if rt.org {
				prefix = SeedOrganisation + "/"
			}
			r := send(cf.t, c, http.MethodPost, prefix+"datasets/", map[string]any{"name": "for uploads"})
			wantStatus(cf.t, "dataset for uploads", r, http.StatusCreated)
			cf.created[key] = append(cf.created[key], str(r.object()["uuid"]))
		}
		fields["dataset"] = cf.created[key][0]
		name = fmt.Sprintf("frame-%d.fits", len(cf.created[scopeKey(rt)]))
	}
	return sendMultipart(cf.t, c, method, rel, fields, name, []byte("SIMPLE  =                    T"))
}

func (rt *route) opBody(method string) string {
	op, _ := rt.op(method)
	return op.body
}

// checkFields: every required readable member of the response schema is
// present, no write-only one is (TestOpenAPIGetConformance validates the
// values).
func (cf *conformance) checkFields(what string, op opSpec, obj map[string]any) {
	sch, ok := cf.s.schemaOf(op.resp)
	if !ok {
		return
	}
	for _, f := range sch.fields {
		_, present := obj[f.name]
		if f.writeOnly && present {
			cf.t.Errorf("%s: write-only field %q in the answer", what, f.name)
		}
		if !f.writeOnly && f.required && !present {
			cf.t.Errorf("%s: field %q missing from the answer", what, f.name)
		}
	}
}

// checkNotAllowed: a method the route does not list gets DRF's 405.
func (cf *conformance) checkNotAllowed(c *arcsecond.Client, rt *route) {
	for _, m := range []string{http.MethodDelete, http.MethodPost, http.MethodPut} {
		if _, ok := rt.op(m); ok {
			continue
		}
		path, _ := cf.concrete(rt)
		r := send(cf.t, c, m, strings.TrimPrefix(path, "/"), nil)
		wantStatus(cf.t, m+" "+rt.path, r, http.StatusMethodNotAllowed)
		if want := fmt.Sprintf("Method %q not allowed.", m); detail(r) != want {
			cf.t.Errorf("%s %s: detail %q, want %q", m, rt.path, detail(r), want)
		}
		cf.checked++
		return
	}
}

func (cf *conformance) checkDelete(c *arcsecond.Client, rt *route, op opSpec) {
	path, found := cf.concrete(rt)
	rel := strings.TrimPrefix(path, "/")
	r := send(cf.t, c, op.method, rel, nil)
	cf.checked++
	if !found {
		wantStatus(cf.t, "DELETE "+rt.path+" (no record)", r, http.StatusNotFound)
		return
	}
	wantStatus(cf.t, "DELETE "+rt.path, r, http.StatusNoContent)
	if _, ok := rt.op(http.MethodGet); ok {
		wantStatus(cf.t, "GET after DELETE "+rt.path, send(cf.t, c, http.MethodGet, rel, nil), http.StatusNotFound)
	}
}

// formatted is a valid value of a formatted string member: a reference to
// a record of the route's scope that the superadmin sees (made in the store
// if there is none yet: routes are checked in path order, not in the order
// their records depend on each other), or a well-formed date, date-time,
// URL, e-mail address or UUID.
func (cf *conformance) formatted(rt *route, f fieldSpec) any {
	if rel, ok := relationOf(f.name); ok && f.format == "uuid" {
		res := cf.s.resource(rel.coll)
		inScope := func(r record) bool {
			if rt.org {
				return str(r["organisation"]) == SeedOrganisation
			}
			return res == nil || !res.personal || (str(r["organisation"]) == "" && str(r["profile"]) == "annie")
		}
		if r, ok := cf.s.db.coll(rel.coll).first(inScope); ok {
			return r[rel.key]
		}
		rec := record{"uuid": cf.s.ids.uuid(), "name": "conformance " + f.name}
		if rt.org {
			rec["organisation"] = SeedOrganisation
		} else {
			rec["profile"] = "annie"
		}
		cf.s.db.coll(rel.coll).insert(rec, nil)
		return rec["uuid"]
	}
	switch f.format {
	case "date":
		return "2026-03-20"
	case "date-time":
		return "2026-03-20T22:00:00Z"
	case "uri":
		return "https://example.org/conformance"
	case "email":
		return "conformance@example.org"
	case "uuid":
		return cf.s.ids.uuid()
	}
	return "1"
}

// validateAnswer validates a 2xx object answer (an item GET, a POST, PUT
// or PATCH) strictly against the response schema the document gives the
// operation, or, for a method a declared variant adds (variants.go), the
// one of the personal twin route.
func (cf *conformance) validateAnswer(what string, rt *route, op opSpec, obj map[string]any) {
	path := rt.path
	item := cf.doc.Paths[path]
	if item == nil || item[strings.ToLower(op.method)] == nil {
		if v, ok := methodVariantOf(path, op.method); ok {
			path = v.twin()
			item = cf.doc.Paths[path]
		}
	}
	o := item[strings.ToLower(op.method)]
	if o == nil {
		return // a Cloud route the document does not have (cloud.go)
	}
	sch, _ := o.SuccessSchema()
	if sch == nil {
		return
	}
	for _, v := range cf.vr.Validate(obj, sch) {
		cf.t.Errorf("%s: %s", what, v)
	}
	cf.validated++
}

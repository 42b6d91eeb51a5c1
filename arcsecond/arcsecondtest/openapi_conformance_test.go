package arcsecondtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond/internal/openapi"
)

// TestOpenAPIGetConformance walks every GET operation of the 2023 OpenAPI
// document on a seeded server, as an outside client would: collections
// first, then each item route with a key read from the collection's
// listing. Every operation must answer 2xx, and every body must validate
// against the operation's response schema, strictly (openapi.Validator),
// or against the variant the variants table declares for it.
func TestOpenAPIGetConformance(t *testing.T) {
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	applySchemaVariants(t, doc)
	s := newTestServer(t)
	annie, _ := s.User("annie")
	w := &getWalker{t: t, s: s, doc: doc, key: annie.AccessKey, vr: &openapi.Validator{Doc: doc, Response: true}, bodies: map[string]any{}}

	var paths []string
	for p, item := range doc.Paths {
		if item["get"] != nil && !openapi.IsFormatTwin(p) {
			paths = append(paths, p)
		}
	}
	// Fewer parameters first, so that collections are listed before their items.
	sort.Slice(paths, func(i, j int) bool {
		ni, nj := strings.Count(paths[i], "{"), strings.Count(paths[j], "{")
		if ni != nj {
			return ni < nj
		}
		return paths[i] < paths[j]
	})
	ok, validated, undocumented := 0, 0, 0
	for _, p := range paths {
		op := doc.Paths[p]["get"]
		u, err := w.concrete(p, op)
		if err != nil {
			t.Errorf("GET %s: %v", p, err)
			continue
		}
		status, body, raw := w.get(u)
		if status < 200 || status > 299 {
			t.Errorf("GET %s (%s): status %d: %.200s", p, u, status, raw)
			continue
		}
		ok++
		w.bodies[p] = body
		sch, _ := op.SuccessSchema()
		if v, found := variantOf(p); found {
			sch = &openapi.Schema{Type: "array", Items: &openapi.Schema{Ref: "#/components/schemas/" + v.arrayOf}}
		}
		if sch == nil {
			undocumented++
			continue
		}
		validated++
		for _, v := range w.vr.Validate(body, sch) {
			t.Errorf("GET %s (%s): %s", p, u, v)
		}
	}
	t.Logf("OpenAPI GET conformance: %d GET operations, %d answered 2xx, %d bodies validated against their schema, %d without a documented schema", len(paths), ok, validated, undocumented)
	if len(paths) != 172 {
		t.Errorf("%d GET operations in the document, want 172", len(paths))
	}
	if ok != len(paths) || validated+undocumented != ok {
		t.Errorf("%d of %d GET operations answered 2xx", ok, len(paths))
	}
}

type getWalker struct {
	t      *testing.T
	s      *Server
	doc    *openapi.Document
	key    string
	vr     *openapi.Validator
	bodies map[string]any // decoded answer by document path
}

func (w *getWalker) get(u string) (int, any, []byte) {
	req, err := http.NewRequest(http.MethodGet, w.s.URL+u, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	req.Header.Set("X-Arcsecond-API-Authorization", "Key "+w.key)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		w.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		w.t.Fatal(err)
	}
	var body any
	if resp.StatusCode < 300 {
		if err := json.Unmarshal(raw, &body); err != nil {
			w.t.Errorf("GET %s: the answer is not JSON: %v (%.100s)", u, err, raw)
		}
	}
	return resp.StatusCode, body, raw
}

// fixedParams are the path parameters that are values, not keys.
var fixedParams = map[string]string{
	"ra": "10.684708", "dec": "41.26875", "distance": "778", // M 31, 778 kpc
	"sgl": "137.37", "sgb": "0",
}

// listingOf names, for an item route whose own collection has no GET in
// the document, the listing where its keys are found and the member holding
// them ("/archives/ESO/programmes/{identifier}/" → the data rows'
// programme).
var listingOf = map[string][2]string{
	"/archives/ESO/programmes/{identifier}/":    {"/archives/ESO/data/", "programme_identifier"},
	"/archives/Gemini/programmes/{identifier}/": {"/archives/Gemini/data/", "programme_identifier"},
	"/findingcharts/{input}/":                   {"/objects/", "name"},
	"/nodes/data-{uuid}/":                       {"/datasets/", "uuid"},
}

// fixedKeys are the keys of item routes that no operation of the document
// lists: their records can only be reached by a known key.
var fixedKeys = map[string]string{
	"/coordinates/{id}/":                     "1",     // the first site's position
	"/telegrams/GCN/Circulars/{identifier}/": "21505", // GW170817's first circular
}

// extraQuery are query parameters that operations require in their
// description rather than as declared parameters.
var extraQuery = map[string]string{
	// "around and catalogue are required" (GET /standardstars/ description);
	// the seeded standard-star catalogue is 1.
	"/standardstars/": "around=10.68,41.27&catalogue=1",
}

// concrete fills the path parameters of a document path: the seed
// organisation, fixed values, and keys read from listings walked before.
func (w *getWalker) concrete(p string, op *openapi.Operation) (string, error) {
	segs := strings.Split(strings.Trim(p, "/"), "/")
	out := make([]string, 0, len(segs))
	for i, sg := range segs {
		open := strings.IndexByte(sg, '{')
		if open < 0 {
			out = append(out, sg)
			continue
		}
		param := strings.Trim(sg[open:], "{}")
		var v string
		switch {
		case param == "organisation":
			v = SeedOrganisation
		case fixedParams[param] != "":
			v = fixedParams[param]
		case fixedKeys[p] != "" && i == len(segs)-1:
			v = fixedKeys[p]
		default:
			listing, field := "/"+strings.Join(out, "/")+"/", param
			if l, ok := listingOf["/"+strings.Join(segs[:i+1], "/")+"/"]; ok {
				listing, field = l[0], l[1]
			}
			key, err := w.keyFrom(listing, field)
			if err != nil {
				return "", fmt.Errorf("{%s}: %w", param, err)
			}
			v = key
		}
		out = append(out, sg[:open]+url.PathEscape(v))
	}
	u := "/" + strings.Join(out, "/") + "/"
	if q := queryOf(op); q != "" {
		u += "?" + q
	}
	if q := extraQuery[p]; q != "" {
		u += "?" + q
	}
	return u, nil
}

// queryOf fills the query parameters an operation requires, and asks for
// JSON where it offers a format.
func queryOf(op *openapi.Operation) string {
	q := url.Values{}
	for _, prm := range op.Parameters {
		if prm.In != "query" {
			continue
		}
		switch {
		case prm.Name == "format":
			q.Set("format", "json")
		case prm.Required:
			q.Set(prm.Name, "1")
		}
	}
	return q.Encode()
}

// keyFrom reads field from the first item of a listing that has it.
func (w *getWalker) keyFrom(listing, field string) (string, error) {
	status, body, raw := w.get(listing)
	if status != http.StatusOK {
		return "", fmt.Errorf("listing %s: status %d: %.200s", listing, status, raw)
	}
	items, _ := body.([]any)
	if env, isEnv := body.(map[string]any); isEnv {
		items, _ = env["results"].([]any)
	}
	for _, it := range items {
		obj, _ := it.(map[string]any)
		if v := keyIn(obj, field); v != "" {
			return v, nil
		}
	}
	return "", fmt.Errorf("no item of %s (%d items) has a %q", listing, len(items), field)
}

// keyIn reads a key from a listed item: the member itself, or the ones a
// route parameter stands for (uuid_or_alias → uuid, id → id or pk,
// coordinates_id → coordinates.id…).
func keyIn(obj map[string]any, field string) string {
	if obj == nil {
		return ""
	}
	candidates := map[string][]string{
		"id":                     {"id", "pk"},
		"uuid_or_alias":          {"uuid"},
		"primary_spk_id_or_pdes": {"primary_spk_id", "primary_designation"},
		"table_index":            {"index"},
		"stripe_id":              {"id"},
	}[field]
	if candidates == nil {
		candidates = []string{field}
	}
	for _, c := range candidates {
		switch v := obj[c].(type) {
		case string:
			if v != "" {
				return v
			}
		case float64:
			return str(v)
		case []any:
			if len(v) > 0 {
				return str(v[0])
			}
		}
	}
	return ""
}

// applySchemaVariants changes the document's component schemas as the
// variants table (variants.go) declares.
func applySchemaVariants(t *testing.T, doc *openapi.Document) {
	for _, v := range schemaVariants {
		s := doc.Components.Schemas[v.schema]
		if s == nil {
			t.Fatalf("variant of unknown schema %s", v.schema)
		}
		cp := *s
		cp.Properties = slices.Clone(s.Properties)
		i := slices.IndexFunc(cp.Properties, func(p openapi.Property) bool { return p.Name == v.member })
		if i < 0 {
			t.Fatalf("variant of unknown member %s.%s", v.schema, v.member)
		}
		switch {
		case v.anyValue:
			cp.Properties[i].Schema = &openapi.Schema{}
		case v.nullable:
			cp.Properties[i].Schema = &openapi.Schema{AllOf: []*openapi.Schema{cp.Properties[i].Schema}, Nullable: true}
		}
		doc.Components.Schemas[v.schema] = &cp
	}
}

func variantOf(path string) (routeVariant, bool) {
	i := slices.IndexFunc(routeVariants, func(v routeVariant) bool { return v.path == path && v.arrayOf != "" })
	if i < 0 {
		return routeVariant{}, false
	}
	return routeVariants[i], true
}

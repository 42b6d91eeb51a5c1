package arcsecond_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// coverageOrg is the organisation of the scoped client; it never collides
// with a route name, so that a leading /coverageorg/ is {organisation}.
const coverageOrg = "coverageorg"

// TestOpenAPICoverage drives every exported method of every service of the
// Client (public and Cloud) against a server that records the request line,
// maps the recorded paths to the 2023 OpenAPI document's templates
// (testdata/openapi/operations.txt, generated from the document) and fails
// for every operation that no method reaches and that omittedOperations
// does not explain.
//
// The reading is strict: a request counts for an operation only when every
// path parameter has the document's type (an integer for integer, a uuid
// for format uuid, a match of the pattern for a pattern), and a typed
// parameter beats a plain string one, so that /datafiles/1/ is DELETE
// /datafiles/{id}/ and not /datafiles/{name}/. The driver calls methods
// that take strings with a plain name, a uuid and a bibcode in turn.
func TestOpenAPICoverage(t *testing.T) {
	ops := readOperations(t)
	rec := &requestLog{seen: map[string]bool{}}
	srv := httptest.NewServer(rec)
	defer srv.Close()

	base := []arcsecond.Option{arcsecond.WithBaseURL(srv.URL + "/"), arcsecond.WithAPIKey("coverage-key"), arcsecond.WithRetry(arcsecond.RetryPolicy{})}
	plain, err := arcsecond.NewClient(base...)
	if err != nil {
		t.Fatal(err)
	}
	scoped := plain.ForOrganisation(coverageOrg)
	d := &driver{t: t, rec: rec, sent: map[string]map[string]bool{}}
	for _, c := range []*arcsecond.Client{plain, scoped} {
		d.services(reflect.ValueOf(c).Elem(), "Client")
	}

	covered := map[string]bool{}
	var outside []string
	for line := range rec.seen {
		method, path, _ := strings.Cut(line, " ")
		matched := false
		for _, tpl := range bestTemplates(path, ops[method]) {
			covered[method+" "+tpl.path] = true
			matched = true
		}
		if !matched {
			outside = append(outside, line)
		}
	}
	sort.Strings(outside)
	if len(outside) > 0 {
		t.Logf("requests outside the 2023 document (Cloud-era routes): %s", strings.Join(outside, ", "))
	}
	total := 0
	var missing []string
	for method, tpls := range ops {
		for _, tpl := range tpls {
			total++
			op := method + " " + tpl.path
			if covered[op] {
				if _, ok := omittedOperations[op]; ok {
					t.Errorf("%s is covered but still listed in omittedOperations", op)
				}
				continue
			}
			if _, ok := omittedOperations[op]; !ok {
				missing = append(missing, op)
			}
		}
	}
	sort.Strings(missing)
	checkDocumentedRoutes(t, d.sent)
	fmt.Printf("covered %d of %d (strict: typed path parameters)\n", len(covered), total)
	t.Logf("covered %d of %d operations, path parameters typed (%d omitted deliberately)", len(covered), total, len(omittedOperations))
	if len(missing) > 0 {
		t.Errorf("%d operations are reached by no SDK method:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// template is a path of the document and the type of each parameter:
// integer, uuid, pattern:<regexp> or string.
type template struct {
	path   string
	params map[string]string
}

// readOperations returns the templates of the document by method.
func readOperations(t *testing.T) map[string][]template {
	t.Helper()
	f, err := os.Open("testdata/openapi/operations.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ops := map[string][]template{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		method, path, ok := strings.Cut(fields[0], " ")
		if !ok {
			t.Fatalf("operations.txt: bad line %q", line)
		}
		tpl := template{path: path, params: map[string]string{}}
		for _, p := range fields[1:] {
			name, typ, ok := strings.Cut(p, ":")
			if !ok {
				t.Fatalf("operations.txt: bad parameter %q in %q", p, line)
			}
			tpl.params[name] = typ
		}
		ops[method] = append(ops[method], tpl)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ops
}

var uuidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// paramScore reports whether the path segment value has the parameter type
// typ, and how specific the match is: 2 for a typed parameter, 1 for any
// string, which an integer-looking value never is when a typed twin
// exists (bestTemplates keeps the highest score).
func paramScore(value, typ string) (int, bool) {
	v, err := url.PathUnescape(value)
	if err != nil || v == "" {
		return 0, false
	}
	switch {
	case typ == "integer":
		_, err := strconv.ParseInt(v, 10, 64)
		return 2, err == nil
	case typ == "uuid":
		return 2, uuidPattern.MatchString(v)
	case strings.HasPrefix(typ, "pattern:"):
		re, err := regexp.Compile(strings.TrimPrefix(typ, "pattern:"))
		return 2, err == nil && re.MatchString(v)
	}
	return 1, true
}

// bestTemplates returns the templates that path matches exactly, typed
// parameters included, preferring the fewest parameters (a literal segment
// beats a parameter: /telescopes/updates/ is not
// /telescopes/{uuid_or_alias}/), then the most specific types (an integer
// {id} beats a string {name}). Several are returned only when the document
// has twins that cannot be told apart.
func bestTemplates(path string, tpls []template) []template {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	var best []template
	bestParams, bestScore := -1, -1
	for _, tpl := range tpls {
		ts := strings.Split(strings.Trim(tpl.path, "/"), "/")
		if len(ts) != len(segs) {
			continue
		}
		params, score, ok := 0, 0, true
		for i, s := range ts {
			switch {
			case i == 0 && s == "{organisation}":
				ok = segs[0] == coverageOrg
			case i == 0 && segs[0] == coverageOrg:
				ok = false
			case strings.Contains(s, "{"):
				open := strings.Index(s, "{")
				prefix, name := s[:open], strings.Trim(s[open:], "{}")
				var value string
				value, ok = strings.CutPrefix(segs[i], prefix)
				if ok {
					var sc int
					typ, known := tpl.params[name]
					if !known {
						typ = "string"
					}
					sc, ok = paramScore(value, typ)
					score += sc
				}
				params++
			default:
				ok = s == segs[i]
			}
			if !ok {
				break
			}
		}
		switch {
		case !ok:
		case bestParams < 0 || params < bestParams || (params == bestParams && score > bestScore):
			best, bestParams, bestScore = []template{tpl}, params, score
		case params == bestParams && score == bestScore:
			best = append(best, tpl)
		}
	}
	return best
}

// requestLog answers every request with 200 {} and records "METHOD path".
type requestLog struct {
	mu    sync.Mutex
	seen  map[string]bool
	lines []string // every request line, in order
}

func (l *requestLog) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	l.mu.Lock()
	line := r.Method + " " + r.URL.EscapedPath()
	l.seen[line] = true
	l.lines = append(l.lines, line)
	l.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, "{}")
}

func (l *requestLog) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.lines)
}

// since returns the request lines from the i-th on.
func (l *requestLog) since(i int) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.lines[i:])
}

// driver calls service methods with generated arguments.
type driver struct {
	t    *testing.T
	rec  *requestLog
	sent map[string]map[string]bool // "DatasetsService.List" → the request lines it sent
}

var (
	ctxType     = reflect.TypeFor[context.Context]()
	errType     = reflect.TypeFor[error]()
	readerType  = reflect.TypeFor[io.Reader]()
	writerType  = reflect.TypeFor[io.Writer]()
	fileType    = reflect.TypeFor[arcsecond.File]()
	serviceDeep = 4
)

// specialArgs are the values of typed strings that only accept listed
// values; a method taking one is called once with each.
var specialArgs = map[reflect.Type][]any{
	reflect.TypeFor[arcsecond.Frame](): {arcsecond.FrameICRS, arcsecond.FrameFK4, arcsecond.FrameFK4NoETerms,
		arcsecond.FrameFK5, arcsecond.FrameGalactic},
	reflect.TypeFor[arcsecond.SchemaFormat](): {arcsecond.SchemaJSON},
}

// stringArgs are the values tried in turn for a string argument that
// specialArgs does not cover: a plain name, a uuid and a bibcode, so that a
// key reaches the operations whose parameter is typed.
var stringArgs = []string{"x", "5c2d0c57-7a3e-4a0e-9a34-2f1f3f0b8c11", "2019ApJ...882L..12A"}

// services walks the exported fields of v (a Client or a service) and
// drives the methods of each service it finds.
func (d *driver) services(v reflect.Value, name string) {
	for i := range v.NumField() {
		f := v.Type().Field(i)
		fv := v.Field(i)
		if f.Type.Kind() != reflect.Struct {
			continue
		}
		if f.Anonymous && strings.HasSuffix(f.Name, "Services") {
			d.services(fv, name) // the Cloud and public groups
			continue
		}
		if f.Anonymous || !f.IsExported() {
			continue
		}
		d.service(fv, name+"."+f.Name, 0)
	}
}

// service calls every method of the service value sv (and of the services
// its methods and fields return).
func (d *driver) service(sv reflect.Value, name string, depth int) {
	if depth > serviceDeep {
		return
	}
	p := reflect.New(sv.Type())
	p.Elem().Set(sv)
	for i := range p.NumMethod() {
		m := p.Type().Method(i)
		d.method(p.Method(i), name+"."+m.Name, sv.Type().Name()+"."+m.Name, depth)
	}
	for i := range sv.NumField() {
		f := sv.Type().Field(i)
		if f.IsExported() && !f.Anonymous && f.Type.Kind() == reflect.Struct && f.Type != fileType {
			d.service(sv.Field(i), name+"."+f.Name, depth+1)
		}
	}
}

func (d *driver) method(m reflect.Value, name, sym string, depth int) {
	mt := m.Type()
	variants := 1
	for i := range mt.NumIn() {
		in := mt.In(i)
		variants = max(variants, len(specialArgs[in]))
		if _, special := specialArgs[in]; !special && in.Kind() == reflect.String {
			variants = max(variants, len(stringArgs))
		}
	}
	for variant := range variants {
		d.variant(m, name, sym, depth, variant)
	}
}

func (d *driver) variant(m reflect.Value, name, sym string, depth, variant int) {
	mt := m.Type()
	before := d.rec.count()
	out, ok := d.call(m, name, variant, false)
	if ok && d.rec.count() == before && mt.NumOut() > 0 && mt.Out(mt.NumOut()-1) == errType {
		out, ok = d.call(m, name, variant, true) // refused before sending: retry with filled arguments
	}
	if !ok {
		return
	}
	for _, o := range out {
		if o.Type().Kind() == reflect.Func && isSeq2(o.Type()) {
			drain(o)
		}
	}
	if d.sent[sym] == nil {
		d.sent[sym] = map[string]bool{}
	}
	for _, line := range d.rec.since(before) {
		d.sent[sym][line] = true
	}
	if mt.NumOut() != 1 {
		return
	}
	switch o := out[0]; {
	case o.Kind() == reflect.Struct:
		d.service(o, name+"()", depth+1)
	case o.Kind() == reflect.Pointer && o.Type().Elem().Kind() == reflect.Struct && !o.IsNil():
		d.service(o.Elem(), name+"()", depth+1) // an accessor of a nested service
	}
}

// call invokes m with generated arguments, reporting a panic as a failure.
func (d *driver) call(m reflect.Value, name string, variant int, filled bool) (out []reflect.Value, ok bool) {
	mt := m.Type()
	if mt.IsVariadic() {
		return nil, false
	}
	args := make([]reflect.Value, mt.NumIn())
	for i := range args {
		args[i] = argument(mt.In(i), variant, filled)
	}
	defer func() {
		if r := recover(); r != nil {
			d.t.Errorf("%s panicked with generated arguments: %v", name, r)
			ok = false
		}
	}()
	return m.Call(args), true
}

func isSeq2(t reflect.Type) bool {
	return t.NumIn() == 1 && t.In(0).Kind() == reflect.Func && t.In(0).NumIn() == 2 && t.NumOut() == 0
}

// drain ranges over an iter.Seq2, stopping after the first element.
func drain(seq reflect.Value) {
	yield := reflect.MakeFunc(seq.Type().In(0), func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(false)}
	})
	seq.Call([]reflect.Value{yield})
}

var _ iter.Seq2[int, error] // drain's shape

// argument builds a value of type t: the context, "x" and 1 for keys, a
// small file, zero option and body structs, or (filled) every field set.
func argument(t reflect.Type, variant int, filled bool) reflect.Value {
	if vs, ok := specialArgs[t]; ok {
		return reflect.ValueOf(vs[variant%len(vs)])
	}
	switch {
	case t == ctxType:
		return reflect.ValueOf(context.Background())
	case t == fileType:
		return reflect.ValueOf(arcsecond.File{Name: "x.fits", Content: strings.NewReader("x"), Size: 1})
	case t == readerType:
		return reflect.ValueOf(strings.NewReader("x"))
	case t == writerType:
		return reflect.ValueOf(io.Discard)
	}
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.String:
		v.SetString(stringArgs[variant%len(stringArgs)])
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint64, reflect.Uint32:
		v.SetUint(1)
	case reflect.Float64, reflect.Float32:
		v.SetFloat(1)
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.Struct {
			p := reflect.New(t.Elem())
			if filled {
				fill(p.Elem(), 0)
			}
			v.Set(p)
		}
	case reflect.Struct:
		if filled {
			fill(v, 0)
		}
	}
	return v
}

// fill sets every exported field of the struct v to a minimal valid value.
func fill(v reflect.Value, depth int) {
	if depth > 3 {
		return
	}
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		if sp, ok := specialArgs[f.Type]; ok {
			fv.Set(reflect.ValueOf(sp[0]))
			continue
		}
		switch f.Type.Kind() {
		case reflect.Struct:
			fill(fv, depth+1)
		case reflect.Pointer:
			if f.Type.Elem().Kind() == reflect.Struct {
				p := reflect.New(f.Type.Elem())
				fill(p.Elem(), depth+1)
				fv.Set(p)
			}
		case reflect.String, reflect.Int, reflect.Int64, reflect.Uint, reflect.Float64:
			fv.Set(argument(f.Type, 0, true))
		}
	}
}

// docRoute is a route as the doc comments of service methods name it:
// "GET /[{org}/]datasets/{uuid}/", "GET, POST /betas/".
var docRoute = regexp.MustCompile(`\b((?:GET|POST|PUT|PATCH|DELETE)(?:, (?:GET|POST|PUT|PATCH|DELETE))*) (/\S*/)`)

// routePattern turns a documented path into a pattern of request paths:
// [{org}/] is the client's organisation or nothing, {org} the organisation,
// [x] an optional x, and any other {param} one segment or part of one.
func routePattern(path string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(path); {
		switch rest := path[i:]; {
		case strings.HasPrefix(rest, "{org}"):
			b.WriteString(coverageOrg)
			i += len("{org}")
		case rest[0] == '{':
			end := strings.IndexByte(rest, '}')
			if end < 0 {
				end = len(rest) - 1
			}
			b.WriteString("[^/]+")
			i += end + 1
		case rest[0] == '[':
			b.WriteString("(?:")
			i++
		case rest[0] == ']':
			b.WriteString(")?")
			i++
		default:
			b.WriteString(regexp.QuoteMeta(rest[:1]))
			i++
		}
	}
	b.WriteString("$")
	return regexp.MustCompile(b.String())
}

// checkDocumentedRoutes fails for every request a service method sent that
// none of the routes its doc comment names matches: the docs say where each
// method goes, and this holds them to it.
func checkDocumentedRoutes(t *testing.T, sent map[string]map[string]bool) {
	p, _ := servicePackage(t)
	docs := map[string]string{}
	for _, typ := range p.Types {
		for _, m := range typ.Methods {
			docs[typ.Name+"."+m.Name] = m.Doc
		}
	}
	checked := 0
	for sym, lines := range sent {
		if len(lines) == 0 {
			continue
		}
		type route struct {
			methods string
			path    *regexp.Regexp
		}
		var routes []route
		for _, m := range docRoute.FindAllStringSubmatch(docs[sym], -1) {
			routes = append(routes, route{m[1], routePattern(m[2])})
		}
		checked++
		for line := range lines {
			method, path, _ := strings.Cut(line, " ")
			ok := false
			for _, r := range routes {
				if slices.Contains(strings.Split(r.methods, ", "), method) && r.path.MatchString(path) {
					ok = true
					break
				}
			}
			if !ok {
				t.Errorf("%s sent %s, which no route of its doc comment names", sym, line)
			}
		}
	}
	t.Logf("%d methods sent requests, checked against the routes their docs name", checked)
}

func TestBestTemplates(t *testing.T) {
	tpls := []template{
		{"/telescopes/{uuid_or_alias}/", map[string]string{"uuid_or_alias": "string"}},
		{"/telescopes/updates/", nil},
		{"/instruments/{uuid}/", map[string]string{"uuid": "uuid"}},
		{"/{organisation}/instruments/", map[string]string{"organisation": "string"}},
		{"/datafiles/{id}/", map[string]string{"id": "integer"}},
		{"/datafiles/{name}/", map[string]string{"name": "string"}},
		{"/nodes/data-{uuid}/", map[string]string{"uuid": "uuid"}},
		{"/nodes/iobserve/", nil},
		{"/publications/{bibcode}/", map[string]string{"bibcode": `pattern:^[0-9]{4}[A-Za-z&0-9\.]{15}$`}},
	}
	const u = "5c2d0c57-7a3e-4a0e-9a34-2f1f3f0b8c11"
	for path, want := range map[string]string{
		"/telescopes/updates/":               "/telescopes/updates/",
		"/telescopes/x/":                     "/telescopes/{uuid_or_alias}/",
		"/coverageorg/instruments/":          "/{organisation}/instruments/",
		"/instruments/x/":                    "",
		"/instruments/" + u + "/":            "/instruments/{uuid}/",
		"/datafiles/1/":                      "/datafiles/{id}/",
		"/datafiles/x/":                      "/datafiles/{name}/",
		"/datafiles/1.5/":                    "/datafiles/{name}/",
		"/nodes/data-" + u + "/":             "/nodes/data-{uuid}/",
		"/nodes/data-5c2d/":                  "",
		"/nodes/iobserve/":                   "/nodes/iobserve/",
		"/nodes/data-/":                      "",
		"/coverageorg/telescopes/x/y/":       "",
		"/publications/2019ApJ...882L..12A/": "/publications/{bibcode}/",
		"/publications/x/":                   "",
	} {
		var got []string
		for _, tpl := range bestTemplates(path, tpls) {
			got = append(got, tpl.path)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("bestTemplates(%s) = %q, want %q", path, got, want)
		}
	}
}

package arcsecond_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"sort"
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
	scoped := plain.WithOrganisation(coverageOrg)
	d := &driver{t: t, rec: rec}
	for _, c := range []*arcsecond.Client{plain, scoped} {
		d.services(reflect.ValueOf(c).Elem(), "Client")
	}

	covered := map[string]bool{}
	var outside []string
	for line := range rec.seen {
		method, path, _ := strings.Cut(line, " ")
		matched := false
		for _, tpl := range bestTemplates(path, ops[method]) {
			covered[method+" "+tpl] = true
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
			op := method + " " + tpl
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
	fmt.Printf("covered %d of %d\n", len(covered), total)
	t.Logf("covered %d of %d operations (%d omitted deliberately)", len(covered), total, len(omittedOperations))
	if len(missing) > 0 {
		t.Errorf("%d operations are reached by no SDK method:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// readOperations returns the templates of the document by method.
func readOperations(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open("testdata/openapi/operations.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ops := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		method, path, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("operations.txt: bad line %q", line)
		}
		ops[method] = append(ops[method], path)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ops
}

// bestTemplates returns the templates that path matches with the fewest
// parameters (a literal segment beats a parameter: /telescopes/updates/ is
// not /telescopes/{uuid_or_alias}/). Several are returned when the document
// has twins that differ only by a parameter's name ({id} and {name}).
func bestTemplates(path string, tpls []string) []string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	best, bestParams := []string(nil), -1
	for _, tpl := range tpls {
		ts := strings.Split(strings.Trim(tpl, "/"), "/")
		if len(ts) != len(segs) {
			continue
		}
		params, ok := 0, true
		for i, s := range ts {
			switch {
			case i == 0 && s == "{organisation}":
				ok = segs[0] == coverageOrg
			case i == 0 && segs[0] == coverageOrg:
				ok = false
			case strings.Contains(s, "{"):
				prefix := s[:strings.Index(s, "{")]
				ok = strings.HasPrefix(segs[i], prefix) && len(segs[i]) > len(prefix)
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
		case bestParams < 0 || params < bestParams:
			best, bestParams = []string{tpl}, params
		case params == bestParams:
			best = append(best, tpl)
		}
	}
	return best
}

// requestLog answers every request with 200 {} and records "METHOD path".
type requestLog struct {
	mu   sync.Mutex
	seen map[string]bool
	n    int
}

func (l *requestLog) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	l.mu.Lock()
	l.seen[r.Method+" "+r.URL.EscapedPath()] = true
	l.n++
	l.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, "{}")
}

func (l *requestLog) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n
}

// driver calls service methods with generated arguments.
type driver struct {
	t   *testing.T
	rec *requestLog
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
		d.method(p.Method(i), name+"."+m.Name, depth)
	}
	for i := range sv.NumField() {
		f := sv.Type().Field(i)
		if f.IsExported() && !f.Anonymous && f.Type.Kind() == reflect.Struct && f.Type != fileType {
			d.service(sv.Field(i), name+"."+f.Name, depth+1)
		}
	}
}

func (d *driver) method(m reflect.Value, name string, depth int) {
	mt := m.Type()
	variants := 1
	for i := range mt.NumIn() {
		variants = max(variants, len(specialArgs[mt.In(i)]))
	}
	for variant := range variants {
		d.variant(m, name, depth, variant)
	}
}

func (d *driver) variant(m reflect.Value, name string, depth, variant int) {
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
		switch {
		case o.Type().Kind() == reflect.Func && o.Type().Implements(reflect.TypeFor[any]()) && isSeq2(o.Type()):
			drain(o)
		case o.Type().Kind() == reflect.Struct && mt.NumOut() == 1:
			d.service(o, name+"()", depth+1)
		}
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
		v.SetString("x")
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

func TestBestTemplates(t *testing.T) {
	tpls := []string{"/telescopes/{uuid_or_alias}/", "/telescopes/updates/", "/instruments/{uuid}/", "/{organisation}/instruments/",
		"/datafiles/{id}/", "/datafiles/{name}/", "/nodes/data-{uuid}/", "/nodes/iobserve/"}
	for path, want := range map[string]string{
		"/telescopes/updates/":         "/telescopes/updates/",
		"/telescopes/x/":               "/telescopes/{uuid_or_alias}/",
		"/coverageorg/instruments/":    "/{organisation}/instruments/",
		"/instruments/x/":              "/instruments/{uuid}/",
		"/datafiles/1/":                "/datafiles/{id}/ /datafiles/{name}/",
		"/nodes/data-5c2d/":            "/nodes/data-{uuid}/",
		"/nodes/iobserve/":             "/nodes/iobserve/",
		"/nodes/data-/":                "",
		"/coverageorg/telescopes/x/y/": "",
	} {
		if got := strings.Join(bestTemplates(path, tpls), " "); got != want {
			t.Errorf("bestTemplates(%s) = %q, want %q", path, got, want)
		}
	}
}

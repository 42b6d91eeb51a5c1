package arcsecondtest

import (
	"maps"
	"net/http"
	"regexp"
	"slices"
	"strings"
)

// routeSpec is one path of the API and what it allows, as generated from the
// 2023 OpenAPI document (openapi_gen.go) or declared by hand (cloud.go).
type routeSpec struct {
	path      string // "/{organisation}/datasets/{uuid}/"
	lookup    string // name of the trailing path parameter, "" for collection routes
	org       bool   // first segment is the organisation subdomain
	paginated bool   // GET answers with DRF's {count,next,previous,results} envelope
	ops       []opSpec
	source    string // citation of hand-declared routes; "" for the OpenAPI document
}

// opSpec is one method of a route: whether anonymous callers may use it and
// the names of its request and response schemas.
type opSpec struct {
	method string
	anon   bool
	body   string
	resp   string
}

// schemaSpec lists the fields of a component schema.
type schemaSpec struct {
	fields []fieldSpec
}

type fieldSpec struct {
	name      string
	typ       string // string, integer, number, boolean, array, object
	readOnly  bool
	writeOnly bool
	nullable  bool
	required  bool
	maxLength int
	enum      []string
	format    string // date, date-time, uuid, uri, email, decimal
	pattern   string // the document's pattern (bibcodes, decimals)
	blank     bool   // the enum also allows "" (drf-spectacular's BlankEnum)
	// What request validation reads besides (validate.go): the minimum
	// length, numeric bounds, the items of an array and the component
	// schema of a nested object.
	minLength int
	minimum   *float64
	maximum   *float64
	items     *fieldSpec
	ref       string
}

// emptyValue is what the server renders for a member a record does not
// set: null where the schema allows it, a blank string where a plain or
// blank-choice string allows one, false, an empty list. Where no empty
// value conforms (a date-time, a uuid, an enum, a pattern, a number, a
// nested object) ok is false and the member is left out, so that an
// answer never breaks its schema for want of data.
func emptyValue(f fieldSpec) (v any, ok bool) {
	switch {
	case f.nullable:
		return nil, true
	case f.typ == "string" && (f.blank || f.format == "" && len(f.enum) == 0 && f.pattern == ""):
		return "", true
	case f.typ == "array":
		return []any{}, true
	case f.typ == "boolean":
		return false, true
	}
	return nil, false
}

// bound is a numeric bound of the generated table.
func bound(v float64) *float64 { return &v }

func (s schemaSpec) field(name string) (fieldSpec, bool) {
	for _, f := range s.fields {
		if f.name == name {
			return f, true
		}
	}
	return fieldSpec{}, false
}

// route is a routeSpec compiled for matching, bound to the resource that
// serves it (if any) or to a special handler.
type route struct {
	routeSpec
	segs    []segment
	res     *resource // collection served by the generic CRUD handlers
	parent  *resource // for nested collections (/datasets/{uuid}/datafiles/)
	parentP string    // path parameter naming the parent
	handler handlerFunc
}

type segment struct {
	prefix string // literal text, or the literal prefix of a parameter ("data-" in data-{uuid})
	param  string // parameter name, "" for a literal segment
}

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

func compileSegments(path string) []segment {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	segs := make([]segment, 0, len(parts))
	for _, p := range parts {
		if i := strings.IndexByte(p, '{'); i >= 0 && strings.HasSuffix(p, "}") {
			segs = append(segs, segment{prefix: p[:i], param: p[i+1 : len(p)-1]})
			continue
		}
		segs = append(segs, segment{prefix: p})
	}
	return segs
}

// match reports whether the request path segments fit the route, filling params.
// Like Django's path converters, {id}-style parameters only take integers and
// {uuid} only takes UUIDs.
func (rt *route) match(parts []string, params map[string]string) bool {
	if len(parts) != len(rt.segs) {
		return false
	}
	for i, s := range rt.segs {
		p := parts[i]
		if s.param == "" {
			if p != s.prefix {
				return false
			}
			continue
		}
		if !strings.HasPrefix(p, s.prefix) || len(p) == len(s.prefix) {
			return false
		}
		v := p[len(s.prefix):]
		switch s.param {
		case "id", "table_index":
			if strings.Trim(v, "0123456789") != "" {
				return false
			}
		case "uuid":
			if !uuidRE.MatchString(v) {
				return false
			}
		}
		params[s.param] = v
	}
	return true
}

// more reports whether rt is more specific than other: at the first position
// where they differ, a literal beats a parameter.
func (rt *route) more(other *route) bool {
	for i := range rt.segs {
		a, b := rt.segs[i].param == "", other.segs[i].param == ""
		if a != b {
			return a
		}
	}
	return false
}

// router finds the route of a request path.
type router struct {
	routes []*route
}

func (rr *router) find(path string) (*route, map[string]string) {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	var best *route
	var bestParams map[string]string
	for _, rt := range rr.routes {
		params := map[string]string{}
		if !rt.match(parts, params) {
			continue
		}
		if best == nil || rt.more(best) {
			best, bestParams = rt, params
		}
	}
	return best, bestParams
}

func (rt *route) op(method string) (opSpec, bool) {
	for _, o := range rt.ops {
		if o.method == method {
			return o, true
		}
	}
	return opSpec{}, false
}

func (rt *route) allow() string {
	ms := make([]string, 0, len(rt.ops)+1)
	for _, o := range rt.ops {
		ms = append(ms, o.method)
	}
	return strings.Join(append(ms, "OPTIONS"), ", ")
}

// api is the route table of one server: the collections the generic
// handlers serve, the special handlers, the WebSocket endpoints, the schemas
// and the compiled routes. NewServer builds it from the declarations of each
// file (newAPI); nothing of it is shared between servers or changed after.
type api struct {
	resources map[string]*resource
	handlers  map[string]handlerFunc                // special handlers by route path
	streams   map[string]func(*Server) http.Handler // WebSocket endpoints by mux pattern
	nested    map[string]string                     // "parent/child" URL pair → collection name
	schemas   map[string]schemaSpec
	router    router
}

// newAPI declares everything the server serves, in a fixed order. A route,
// collection or stream declared twice is a programming error (panic).
func newAPI(extraStreams map[string]func(*Server) http.Handler) *api {
	a := &api{
		resources: map[string]*resource{},
		handlers:  map[string]handlerFunc{},
		streams:   map[string]func(*Server) http.Handler{},
		nested:    nestedNames(),
		schemas:   map[string]schemaSpec{},
	}
	maps.Copy(a.schemas, cloudSchemas())
	maps.Copy(a.schemas, openAPISchemas())
	declareResources(a)                                // resources.go: the REST collections
	declareCloud(a)                                    // cloud.go: Cloud and Hub collections
	declareSpecials(a)                                 // special.go: auth, keys, cone searches, catalogue tables
	declareCloudSpecials(a)                            // specials_cloud.go: profile keys, storages, weather, rest-auth
	declareUndocumented(a)                             // undocumented.go: the routes the 2023 document leaves undocumented
	a.stream("/activities/live/", (*Server).serveLive) // live.go
	a.stream("/ws/agent", (*Server).serveHub)          // hub.go
	for p, h := range extraStreams {
		a.stream(p, h)
	}
	a.applyVariants() // variants.go: the answers that differ from the 2023 document
	a.router = a.buildRouter(cloudRoutes())
	return a
}

func (a *api) declare(rs ...*resource) {
	for _, r := range rs {
		if _, dup := a.resources[r.name]; dup {
			panic("arcsecondtest: collection declared twice: " + r.name)
		}
		a.resources[r.name] = r
	}
}

func (a *api) handle(path string, h handlerFunc) {
	if _, dup := a.handlers[path]; dup {
		panic("arcsecondtest: special handler declared twice: " + path)
	}
	a.handlers[path] = h
}

func (a *api) stream(pattern string, h func(*Server) http.Handler) {
	if _, dup := a.streams[pattern]; dup {
		panic("arcsecondtest: stream declared twice: " + pattern)
	}
	a.streams[pattern] = h
}

// patchField changes one field of a schema of this server's table (a copy:
// the generated table is never changed).
func (a *api) patchField(schema, field string, fn func(*fieldSpec)) {
	s, ok := a.schemas[schema]
	if !ok {
		panic("arcsecondtest: no schema " + schema)
	}
	s.fields = slices.Clone(s.fields)
	i := slices.IndexFunc(s.fields, func(f fieldSpec) bool { return f.name == field })
	if i < 0 {
		panic("arcsecondtest: schema " + schema + " has no field " + field)
	}
	fn(&s.fields[i])
	a.schemas[schema] = s
}

// schemaOf returns the fields of a named request or response schema.
func (s *Server) schemaOf(name string) (schemaSpec, bool) {
	sch, ok := s.api.schemas[name]
	return sch, ok
}

// resource returns the declared collection called name (nil if none).
func (s *Server) resource(name string) *resource { return s.api.resources[name] }

package openapi

import (
	"encoding/json"
	"fmt"
	"math"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// A Violation is one place where a JSON value breaks its schema.
type Violation struct {
	Path    string // JSON path of the value, "$.results[2].pk"
	Message string
}

func (v Violation) String() string { return v.Path + ": " + v.Message }

// Validator checks JSON values, as encoding/json decodes them into any
// (float64 or json.Number numbers), against the document's schemas, strictly:
// null only where a schema is nullable (or its enum holds null), every
// required member present, enums, the string formats date, date-time, uuid,
// uri, email and decimal, patterns, lengths and number bounds.
//
// In response mode (Response true) write-only members must be absent and
// are not required, as in an API's answers; otherwise read-only members are
// not required, as in a request body. Members the schema does not list are
// allowed (the document never closes its objects).
type Validator struct {
	Doc      *Document
	Response bool

	mu       sync.Mutex
	patterns map[string]*regexp.Regexp
}

// Validate returns the violations of v against s, in document order; none
// means v conforms.
func (vr *Validator) Validate(v any, s *Schema) []Violation {
	var out []Violation
	vr.check(&out, "$", v, s, 0)
	return out
}

const maxDepth = 64

func (vr *Validator) check(out *[]Violation, path string, v any, s *Schema, depth int) {
	if s == nil {
		return
	}
	if depth > maxDepth {
		*out = append(*out, Violation{path, "schema nesting too deep"})
		return
	}
	add := func(format string, args ...any) {
		*out = append(*out, Violation{path, fmt.Sprintf(format, args...)})
	}
	if v == nil && s.Nullable {
		return
	}
	if s.Ref != "" {
		r := vr.Doc.Resolve(s)
		if r == nil {
			add("unresolved reference %s", s.Ref)
			return
		}
		vr.check(out, path, v, r, depth+1)
		return
	}
	for _, sub := range s.AllOf {
		vr.check(out, path, v, sub, depth+1)
	}
	if len(s.OneOf) > 0 {
		matched := 0
		for _, sub := range s.OneOf {
			var tmp []Violation
			vr.check(&tmp, path, v, sub, depth+1)
			if len(tmp) == 0 {
				matched++
			}
		}
		if matched != 1 {
			add("%s matches %d of the %d oneOf schemas (%s), want exactly one", describe(v), matched, len(s.OneOf), vr.names(s.OneOf))
		}
	}
	if len(s.AnyOf) > 0 {
		ok := slices.ContainsFunc(s.AnyOf, func(sub *Schema) bool {
			var tmp []Violation
			vr.check(&tmp, path, v, sub, depth+1)
			return len(tmp) == 0
		})
		if !ok {
			add("%s matches none of the anyOf schemas (%s)", describe(v), vr.names(s.AnyOf))
		}
	}
	if len(s.Enum) > 0 {
		if !slices.ContainsFunc(s.Enum, func(e any) bool { return sameScalar(e, v) }) {
			add("%s is not one of the enum %v", describe(v), s.Enum)
		}
		return
	}
	if v == nil {
		if s.Type != "" || len(s.Properties) > 0 {
			add("null in a non-nullable %s", kind(s))
		}
		return
	}
	switch kind(s) {
	case "string":
		str, ok := v.(string)
		if !ok {
			add("%s where the schema has a string", describe(v))
			return
		}
		vr.checkString(add, str, s)
	case "integer":
		f, ok := number(v)
		if !ok || f != math.Trunc(f) {
			add("%s where the schema has an integer", describe(v))
			return
		}
		checkBounds(add, f, s)
	case "number":
		f, ok := number(v)
		if !ok {
			add("%s where the schema has a number", describe(v))
			return
		}
		checkBounds(add, f, s)
	case "boolean":
		if _, ok := v.(bool); !ok {
			add("%s where the schema has a boolean", describe(v))
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			add("%s where the schema has an array", describe(v))
			return
		}
		for i, it := range arr {
			vr.check(out, fmt.Sprintf("%s[%d]", path, i), it, s.Items, depth+1)
		}
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			add("%s where the schema has an object", describe(v))
			return
		}
		for _, name := range s.Required {
			p, _ := s.Properties.Get(name)
			if _, present := obj[name]; present {
				continue
			}
			if p != nil && (vr.Response && p.WriteOnly || !vr.Response && p.ReadOnly) {
				continue
			}
			add("required member %q missing", name)
		}
		for _, p := range s.Properties {
			mv, present := obj[p.Name]
			if !present {
				continue
			}
			if vr.Response && p.Schema.WriteOnly {
				add("write-only member %q in an answer", p.Name)
				continue
			}
			vr.check(out, path+"."+p.Name, mv, p.Schema, depth+1)
		}
	}
}

func (vr *Validator) names(ss []*Schema) string {
	var n []string
	for _, s := range ss {
		if s.Ref != "" {
			n = append(n, RefName(s.Ref))
		} else {
			n = append(n, kind(s))
		}
	}
	return strings.Join(n, ", ")
}

// kind is the JSON type a schema describes ("" for any value).
func kind(s *Schema) string {
	switch {
	case s.Type != "":
		return s.Type
	case len(s.Properties) > 0:
		return "object"
	}
	return ""
}

var (
	dateRE    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	uuidRE    = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	decimalRE = regexp.MustCompile(`^-?\d+(\.\d+)?$`)
)

func (vr *Validator) checkString(add func(string, ...any), v string, s *Schema) {
	switch s.Format {
	case "date-time":
		if _, err := time.Parse(time.RFC3339Nano, v); err != nil {
			add("%q is not an RFC 3339 date-time", v)
		}
	case "date":
		if _, err := time.Parse(time.DateOnly, v); err != nil || !dateRE.MatchString(v) {
			add("%q is not a date (YYYY-MM-DD)", v)
		}
	case "uuid":
		if !uuidRE.MatchString(v) {
			add("%q is not a uuid", v)
		}
	case "uri":
		if u, err := url.Parse(v); err != nil || u.Scheme == "" || (u.Host == "" && u.Opaque == "") {
			add("%q is not an absolute URI", v)
		}
	case "email":
		if a, err := mail.ParseAddress(v); err != nil || a.Address != v || !strings.Contains(v[strings.LastIndexByte(v, '@'):], ".") {
			add("%q is not an e-mail address", v)
		}
	case "decimal":
		if !decimalRE.MatchString(v) {
			add("%q is not a decimal number", v)
		}
	}
	if s.Pattern != "" {
		re, err := vr.pattern(s.Pattern)
		switch {
		case err != nil:
			add("pattern %q does not compile: %v", s.Pattern, err)
		case !re.MatchString(v):
			add("%q does not match the pattern %s", v, s.Pattern)
		}
	}
	n := utf8.RuneCountInString(v)
	if s.MaxLength > 0 && n > s.MaxLength {
		add("%d characters, more than maxLength %d", n, s.MaxLength)
	}
	if n < s.MinLength {
		add("%d characters, fewer than minLength %d", n, s.MinLength)
	}
}

func (vr *Validator) pattern(p string) (*regexp.Regexp, error) {
	vr.mu.Lock()
	defer vr.mu.Unlock()
	if re, ok := vr.patterns[p]; ok {
		return re, nil
	}
	re, err := regexp.Compile(p)
	if err != nil {
		return nil, err
	}
	if vr.patterns == nil {
		vr.patterns = map[string]*regexp.Regexp{}
	}
	vr.patterns[p] = re
	return re, nil
}

func checkBounds(add func(string, ...any), f float64, s *Schema) {
	if s.Minimum != nil && f < *s.Minimum {
		add("%v is below the minimum %v", f, *s.Minimum)
	}
	if s.Maximum != nil && f > *s.Maximum {
		add("%v is above the maximum %v", f, *s.Maximum)
	}
}

func number(v any) (float64, bool) {
	switch t := v.(type) {
	case float64:
		return t, true
	case json.Number:
		f, err := t.Float64()
		return f, err == nil
	case int:
		return float64(t), true
	}
	return 0, false
}

// sameScalar compares an enum member (as YAML decodes it) with a JSON value.
func sameScalar(e, v any) bool {
	if e == nil || v == nil {
		return e == nil && v == nil
	}
	if ef, ok := number(e); ok {
		vf, ok := number(v)
		return ok && ef == vf
	}
	switch et := e.(type) {
	case string:
		vs, ok := v.(string)
		return ok && vs == et
	case bool:
		vb, ok := v.(bool)
		return ok && vb == et
	}
	return false
}

// describe names a JSON value in a violation: its type and a short rendering.
func describe(v any) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case string:
		if len(t) > 40 {
			t = t[:40] + "…"
		}
		return strconv.Quote(t)
	case bool:
		return strconv.FormatBool(t)
	case float64, json.Number, int:
		return fmt.Sprintf("number %v", t)
	case []any:
		return fmt.Sprintf("an array of %d", len(t))
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

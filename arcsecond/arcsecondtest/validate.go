package arcsecondtest

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Request validation, one generic validator driven by the request-body
// schema the OpenAPI document gives each write (openapi_gen.go), with the
// messages Django REST framework's fields give, in its error shape:
// {"field": ["message"]}, nested serializers as nested objects
// ({"coordinates": {"latitude": [...]}}), list fields by item index
// ({"tag_array": {"0": [...]}}) and many=True nested serializers as a list
// of per-item objects. References to other records (the document's uuid
// or integer members that name a collection, see relationOf) must name a
// record the caller may see: DRF's PrimaryKeyRelatedField.

// relation is the collection a reference member points into, and the
// member of its records it names.
type relation struct {
	coll, key string
}

// relationOf tells whether a member of a request schema is a reference,
// and to what (the same names mean the same in every schema of the
// document).
func relationOf(member string) (relation, bool) {
	switch member {
	case "telescope", "telescopes":
		return relation{"telescopes", "uuid"}, true
	case "observing_site", "observing_sites":
		return relation{"observingsites", "uuid"}, true
	case "instrument":
		return relation{"instruments", "uuid"}, true
	case "night_log", "direct_night_log":
		return relation{"nightlogs", "uuid"}, true
	case "observing_run":
		return relation{"observingruns", "uuid"}, true
	case "dataset", "datasets":
		return relation{"datasets", "uuid"}, true
	case "observation", "observations":
		return relation{"observations", "uuid"}, true
	case "calibration", "calibrations":
		return relation{"calibrations", "uuid"}, true
	case "storage":
		return relation{"datastorages", "uuid"}, true
	case "list":
		return relation{"targetlists", "uuid"}, true
	case "camera":
		return relation{"allskycameras", "uuid"}, true
	case "server":
		return relation{"alpacaservers", "uuid"}, true
	case "data_file":
		return relation{"datafiles", "pk"}, true
	}
	return relation{}, false
}

// fieldErr is one field's DRF error: []string of messages, a nested
// object of field errors, or a list of per-item ones.
type fieldErr = any

// validate checks a request body against the operation's request schema
// and returns the writable fields it sets, converted as DRF's fields
// convert them. Read-only and unknown fields are ignored, as DRF does; the
// resource's Cloud-era extra fields pass through (references among them
// are checked like the schema's).
func (c *call) validate(res *resource, in map[string]any, partial bool) (map[string]any, *apiError) {
	if c.body != nil && c.body.up != nil && len(c.body.up.data) == 0 {
		return nil, errField("file", "The submitted file is empty.") // DRF FileField, allow_empty_file=False
	}
	sch, ok := c.s.schemaOf(c.op.body)
	out := map[string]any{}
	if !ok {
		for k, v := range in {
			switch k {
			case "uuid", "id", "pk", "creation_date", "last_update":
			default:
				out[k] = v
			}
		}
		return out, nil
	}
	form := c.body != nil && c.body.form
	errs := c.validateObject(sch, in, partial, form, out)
	for _, k := range res.extra {
		if _, inSchema := sch.field(k); inSchema {
			continue
		}
		v, ok := in[k]
		if !ok {
			continue
		}
		if rel, isRef := relationOf(k); isRef {
			f := fieldSpec{name: k, typ: "string", format: "uuid", nullable: true}
			if rel.key == "pk" {
				f.typ, f.format = "integer", ""
			}
			nv, e := c.field(f, v, partial, form)
			if e != nil {
				errs[k] = e
				continue
			}
			v = nv
		}
		out[k] = v
	}
	if len(errs) > 0 {
		return nil, &apiError{status: 400, body: errs}
	}
	return out, nil
}

// validateObject validates the members of in against sch, storing the
// converted values in out; it returns the errors by member.
func (c *call) validateObject(sch schemaSpec, in map[string]any, partial, form bool, out map[string]any) map[string]fieldErr {
	errs := map[string]fieldErr{}
	for _, f := range sch.fields {
		if f.readOnly {
			continue
		}
		v, present := in[f.name]
		if f.name == "file" && c.rt.res != nil && c.rt.res.file {
			// DRF's FileField: the multipart part named file.
			switch {
			case c.body != nil && c.body.up != nil:
				out[f.name] = c.body.up.filename
			case present:
				errs[f.name] = []string{"The submitted data was not a file. Check the encoding type on the form."}
			case f.required && !partial:
				errs[f.name] = []string{"No file was submitted."}
			}
			continue
		}
		if !present {
			if f.required && !partial {
				errs[f.name] = []string{"This field is required."}
			}
			continue
		}
		nv, e := c.field(f, v, partial, form)
		if e != nil {
			errs[f.name] = e
			continue
		}
		out[f.name] = nv
	}
	return errs
}

// field converts one value as the DRF field of f would, or returns its error.
func (c *call) field(f fieldSpec, v any, partial, form bool) (any, fieldErr) {
	_, isRef := relationOf(f.name)
	isRef = isRef && (f.format == "uuid" || f.typ == "integer")
	if isRef && v == "" {
		v = nil // DRF's RelatedField takes "" for None
	}
	if v == nil {
		if f.nullable {
			return nil, nil
		}
		return nil, []string{"This field may not be null."}
	}
	if f.typ == "array" {
		return c.validateList(f, v, partial, form)
	}
	if f.typ == "object" {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, map[string]any{"non_field_errors": []string{fmt.Sprintf("Invalid data. Expected a dictionary, but got %s.", pyType(v))}}
		}
		sub, ok := c.s.schemaOf(f.ref)
		if f.ref == "" || !ok {
			return m, nil
		}
		out := map[string]any{}
		if errs := c.validateObject(sub, m, partial, false, out); len(errs) > 0 {
			return nil, errs
		}
		return out, nil
	}
	nv, msg := coerce(f, v)
	if msg != "" {
		return nil, []string{msg}
	}
	if isRef {
		rel, _ := relationOf(f.name)
		if msg := c.reference(rel, nv); msg != "" {
			return nil, []string{msg}
		}
	}
	return nv, nil
}

// validateList validates a list member: a list of references (ManyRelatedField,
// the first bad item's message), of nested objects (ListSerializer, one
// error object per item) or of values (ListField, errors by index). A form
// sends a list as one CSV value or as a repeated field.
func (c *call) validateList(f fieldSpec, v any, partial, form bool) (any, fieldErr) {
	if s, ok := v.(string); ok && form {
		v = csvList(s)
	}
	a, ok := v.([]any)
	if !ok {
		return nil, []string{fmt.Sprintf("Expected a list of items but got type %q.", pyType(v))}
	}
	if f.items == nil {
		return a, nil
	}
	item := *f.items
	item.name = f.name // a list of references is named like its items' collection
	_, isRef := relationOf(f.name)
	out := make([]any, len(a))
	switch {
	case isRef && (item.format == "uuid" || item.typ == "integer"):
		for i, x := range a {
			nv, e := c.field(item, x, partial, form)
			if e != nil {
				return nil, e
			}
			out[i] = nv
		}
	case item.typ == "object" && item.ref != "":
		item.name = ""
		errs := make([]any, len(a))
		bad := false
		for i, x := range a {
			nv, e := c.field(item, x, partial, false)
			if e != nil {
				bad = true
				errs[i] = e
				continue
			}
			errs[i] = map[string]any{}
			out[i] = nv
		}
		if bad {
			return nil, errs
		}
	default:
		item.name = ""
		errs := map[string]any{}
		for i, x := range a {
			nv, e := c.field(item, x, partial, form)
			if e != nil {
				errs[strconv.Itoa(i)] = e
				continue
			}
			out[i] = nv
		}
		if len(errs) > 0 {
			return nil, errs
		}
	}
	return out, nil
}

// reference checks that a reference names a record the caller may see
// (DRF's PrimaryKeyRelatedField over the caller's queryset).
func (c *call) reference(rel relation, v any) string {
	want := str(v)
	res := c.s.resource(rel.coll)
	_, found := c.s.db.coll(rel.coll).first(func(r record) bool {
		match := str(r[rel.key]) == want || (rel.key == "pk" && str(r["id"]) == want)
		return match && (res == nil || c.s.allowed(c.who, actRead, res, r))
	})
	if !found {
		return fmt.Sprintf("Invalid pk %q - object does not exist.", want)
	}
	return ""
}

// coerce converts a scalar as DRF's field of f's type and format does, or
// returns DRF's message for a bad value.
func coerce(f fieldSpec, v any) (any, string) {
	if v == nil {
		if f.nullable {
			return nil, ""
		}
		return nil, "This field may not be null."
	}
	switch f.typ {
	case "string":
		var s string
		switch t := v.(type) {
		case string:
			s = t
		case float64:
			s = str(t)
		default:
			return nil, "Not a valid string."
		}
		if (f.required || f.minLength > 0) && strings.TrimSpace(s) == "" {
			return nil, "This field may not be blank."
		}
		if s == "" && f.format != "" {
			return s, "" // an optional formatted string may be blank
		}
		if f.maxLength > 0 && utf8.RuneCountInString(s) > f.maxLength {
			return nil, fmt.Sprintf("Ensure this field has no more than %d characters.", f.maxLength)
		}
		if f.minLength > 0 && utf8.RuneCountInString(s) < f.minLength {
			return nil, fmt.Sprintf("Ensure this field has at least %d characters.", f.minLength)
		}
		if len(f.enum) > 0 && !containsStr(f.enum, s) && !(s == "" && !f.required) {
			return nil, fmt.Sprintf("%q is not a valid choice.", s)
		}
		if nv, msg := formatted(f, s); msg != "" {
			return nil, msg
		} else {
			s = nv
		}
		if f.pattern != "" {
			if re, err := regexp.Compile(f.pattern); err == nil && !re.MatchString(s) {
				return nil, "This value does not match the required pattern."
			}
		}
		return s, ""
	case "integer":
		n, ok := intOf(v)
		if _, isBool := v.(bool); !ok || isBool {
			if _, isRef := relationOf(f.name); isRef {
				return nil, fmt.Sprintf("Incorrect type. Expected pk value, received %s.", pyType(v))
			}
			return nil, "A valid integer is required."
		}
		if msg := bounds(f, float64(n)); msg != "" {
			return nil, msg
		}
		return n, ""
	case "number":
		var n float64
		switch t := v.(type) {
		case float64:
			n = t
		case string:
			x, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
			if err != nil {
				return nil, "A valid number is required."
			}
			n = x
		default:
			return nil, "A valid number is required."
		}
		if msg := bounds(f, n); msg != "" {
			return nil, msg
		}
		return n, ""
	case "boolean":
		switch t := v.(type) {
		case bool:
			return t, ""
		case string:
			switch strings.ToLower(t) {
			case "true", "1", "yes", "on", "t", "y":
				return true, ""
			case "false", "0", "no", "off", "f", "n":
				return false, ""
			}
		case float64:
			if t == 0 || t == 1 {
				return t == 1, ""
			}
		}
		return nil, "Must be a valid boolean."
	}
	return v, ""
}

func bounds(f fieldSpec, n float64) string {
	if f.maximum != nil && n > *f.maximum {
		return fmt.Sprintf("Ensure this value is less than or equal to %s.", strconv.FormatFloat(*f.maximum, 'f', -1, 64))
	}
	if f.minimum != nil && n < *f.minimum {
		return fmt.Sprintf("Ensure this value is greater than or equal to %s.", strconv.FormatFloat(*f.minimum, 'f', -1, 64))
	}
	return ""
}

// formatted checks a string of a formatted member as DRF's DateField,
// DateTimeField, UUIDField (or, for references, Django's UUIDField lookup),
// URLField, EmailField and DecimalField do; dates and date-times are
// normalised as the API renders them.
func formatted(f fieldSpec, s string) (string, string) {
	switch f.format {
	case "date":
		if m := djangoDateRE.FindStringSubmatch(s); m != nil {
			if t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
				return t.Format(time.DateOnly), ""
			}
		}
		return "", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
	case "date-time":
		if t, ok := parseDjangoDateTime(s); ok {
			return t.UTC().Format(dateTimeLayout), ""
		}
		return "", "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
	case "uuid":
		if !uuidRE.MatchString(s) {
			if _, isRef := relationOf(f.name); isRef {
				return "", fmt.Sprintf("“%s” is not a valid UUID.", s)
			}
			return "", "Must be a valid UUID."
		}
		return strings.ToLower(s), ""
	case "uri":
		if !validURL(s) {
			return "", "Enter a valid URL."
		}
	case "email":
		if !validEmail(s) {
			return "", "Enter a valid email address."
		}
	case "decimal":
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "", "A valid number is required."
		}
	}
	return s, ""
}

// Django's date_re and datetime_re (django.utils.dateparse), which
// DateField and DateTimeField fall back to.
var (
	djangoDateRE     = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	djangoDateTimeRE = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6})\d{0,6})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$`)
)

func parseDjangoDateTime(s string) (time.Time, bool) {
	m := djangoDateTimeRE.FindStringSubmatch(s)
	if m == nil {
		if d := djangoDateRE.FindStringSubmatch(s); d != nil { // datetime.fromisoformat takes a bare date
			t, err := time.Parse("2006-1-2", d[1]+"-"+d[2]+"-"+d[3])
			return t, err == nil
		}
		return time.Time{}, false
	}
	num := func(i int) int { n, _ := strconv.Atoi(m[i]); return n }
	frac := m[7]
	for len(frac) < 6 {
		frac += "0"
	}
	us, _ := strconv.Atoi(frac)
	loc := time.UTC
	if tz := m[8]; tz != "" && tz != "Z" {
		h, _ := strconv.Atoi(tz[1:3])
		mm := 0
		if rest := strings.TrimPrefix(tz[3:], ":"); rest != "" {
			mm, _ = strconv.Atoi(rest)
		}
		off := h*3600 + mm*60
		if tz[0] == '-' {
			off = -off
		}
		loc = time.FixedZone("", off)
	}
	if num(2) < 1 || num(2) > 12 || num(4) > 23 || num(5) > 59 || num(6) > 59 {
		return time.Time{}, false
	}
	t := time.Date(num(1), time.Month(num(2)), num(3), num(4), num(5), num(6), us*1000, loc)
	if t.Day() != num(3) {
		return time.Time{}, false // 31 February
	}
	return t, true
}

var hostLabelRE = regexp.MustCompile(`^[A-Za-z0-9\x{00a1}-\x{ffff}]([A-Za-z0-9\x{00a1}-\x{ffff}-]{0,61}[A-Za-z0-9\x{00a1}-\x{ffff}])?$`)

// validURL is Django's URLValidator in outline: an http(s) or ftp(s) URL
// whose host is a domain name with a top-level domain, localhost or an IP
// address, without whitespace.
func validURL(s string) bool {
	if len(s) > 2048 || strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ftp", "ftps":
	default:
		return false
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n > 65535 {
			return false
		}
	}
	return validHost(u.Hostname(), true)
}

func validHost(h string, allowLocal bool) bool {
	if h == "" {
		return false
	}
	if net.ParseIP(h) != nil || (allowLocal && strings.EqualFold(h, "localhost")) {
		return true
	}
	labels := strings.Split(strings.TrimSuffix(h, "."), ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if !hostLabelRE.MatchString(l) {
			return false
		}
	}
	tld := labels[len(labels)-1]
	return utf8.RuneCountInString(tld) >= 2 && strings.Trim(tld, "0123456789") != ""
}

var emailUserRE = regexp.MustCompile("^[-!#$%&'*+/=?^_`{}|~0-9A-Za-z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Za-z]+)*$")

// validEmail is Django's EmailValidator in outline: a dot-atom user part,
// "@", and a domain name with a top-level domain (or localhost).
func validEmail(s string) bool {
	i := strings.LastIndexByte(s, '@')
	if i <= 0 || i == len(s)-1 || len(s) > 320 {
		return false
	}
	return emailUserRE.MatchString(s[:i]) && validHost(s[i+1:], true)
}

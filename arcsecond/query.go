package arcsecond

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"

	"github.com/google/go-querystring/query"
)

// addOptions encodes opts (a struct or pointer to one with `url:` tags) with
// go-querystring and merges it into u's query, keeping the parameters u
// already has. Floating-point fields are written in plain decimal
// (0.0000001, not 1e-07).
func addOptions(u *url.URL, opts any) error {
	if opts == nil {
		return nil
	}
	v := reflect.ValueOf(opts)
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return nil
	}
	qs, err := query.Values(opts)
	if err != nil {
		return fmt.Errorf("arcsecond: encoding options: %w", err)
	}
	if len(qs) == 0 {
		return nil
	}
	fixFloats(reflect.Indirect(v), qs)
	q := u.Query()
	for k, vs := range qs {
		q[k] = vs
	}
	u.RawQuery = q.Encode()
	return nil
}

// fixFloats rewrites the float fields of struct v (and of its embedded
// structs) that go-querystring formatted with %v.
func fixFloats(v reflect.Value, qs url.Values) {
	if v.Kind() != reflect.Struct {
		return
	}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("url")
		if tag == "-" {
			continue
		}
		name, optstr, _ := strings.Cut(tag, ",")
		fv := v.Field(i)
		if f.Anonymous && name == "" {
			fixFloats(reflect.Indirect(fv), qs)
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, ok := qs[name]; !ok {
			continue
		}
		for fv.Kind() == reflect.Pointer && !fv.IsNil() {
			fv = fv.Elem()
		}
		switch fv.Kind() {
		case reflect.Float32, reflect.Float64:
			qs[name] = []string{formatFloat(fv)}
		case reflect.Slice, reflect.Array:
			if k := fv.Type().Elem().Kind(); k != reflect.Float32 && k != reflect.Float64 {
				continue
			}
			parts := make([]string, fv.Len())
			for j := range parts {
				parts[j] = formatFloat(fv.Index(j))
			}
			if sep := listSeparator(optstr, f.Tag.Get("del")); sep != "" {
				qs[name] = []string{strings.Join(parts, sep)}
			} else {
				qs[name] = parts
			}
		}
	}
}

func formatFloat(v reflect.Value) string {
	bits := 64
	if v.Kind() == reflect.Float32 {
		bits = 32
	}
	return strconv.FormatFloat(v.Float(), 'f', -1, bits)
}

// listSeparator mirrors go-querystring's slice options.
func listSeparator(opts, del string) string {
	for o := range strings.SplitSeq(opts, ",") {
		switch o {
		case "comma":
			return ","
		case "space":
			return " "
		case "semicolon":
			return ";"
		}
	}
	return del
}

package arcsecondtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/arcsecond-go/arcsecond/aa"
)

// upload is the "file" part of a multipart request.
type upload struct {
	filename string
	data     []byte
}

type decoded struct {
	in   map[string]any
	up   *upload
	e    *apiError
	form bool // from a form or multipart body: lists come as CSV strings
}

// decodeBody parses a JSON, form or multipart body into a field map, as DRF's
// parsers do, keeping the result for later calls.
func (c *call) decodeBody() (map[string]any, *upload, *apiError) {
	if c.body == nil {
		c.body = c.parseBody()
	}
	if c.body.e != nil {
		return nil, nil, c.body.e
	}
	in := make(map[string]any, len(c.body.in))
	sch, _ := c.s.schemaOf(c.op.body)
	for k, v := range c.body.in {
		if fv, ok := v.(formValues); ok {
			// A repeated form field is a list for a list field (DRF's
			// ListField reads getlist), else its last value (QueryDict).
			if f, ok := sch.field(k); ok && f.typ == "array" {
				list := make([]any, len(fv))
				for i, x := range fv {
					list[i] = x
				}
				in[k] = list
			} else {
				in[k] = fv[len(fv)-1]
			}
			continue
		}
		in[k] = cloneValue(v)
	}
	return in, c.body.up, nil
}

// formValues are the values of a form field sent more than once
// (tags=a&tags=b), in order.
type formValues []string

// addFormValue adds a value of a form field to in, keeping repeated ones.
func addFormValue(in map[string]any, k, v string) {
	switch old := in[k].(type) {
	case nil:
		in[k] = v
	case string:
		in[k] = formValues{old, v}
	case formValues:
		in[k] = append(old, v)
	}
}

func (c *call) parseBody() *decoded {
	ct := c.r.Header.Get("Content-Type")
	mt, params, _ := mime.ParseMediaType(ct)
	limit := c.s.cfg.maxUploadSize + 1<<20
	body := http.MaxBytesReader(c.w, c.r.Body, limit)
	switch {
	case mt == "multipart/form-data":
		return c.parseMultipart(body, params["boundary"])
	case mt == "application/x-www-form-urlencoded":
		raw, err := io.ReadAll(body)
		if err != nil {
			return &decoded{e: tooLarge(err)}
		}
		vals, err := url.ParseQuery(string(raw))
		if err != nil {
			return &decoded{e: detailError(http.StatusBadRequest, "Form parse error.")}
		}
		in := map[string]any{}
		for k, vs := range vals {
			for _, v := range vs {
				addFormValue(in, k, v)
			}
		}
		return &decoded{in: in, form: true}
	case mt == "application/json" || mt == "" || strings.HasSuffix(mt, "+json"):
		raw, err := io.ReadAll(body)
		if err != nil {
			return &decoded{e: tooLarge(err)}
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			return &decoded{in: map[string]any{}}
		}
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			return &decoded{e: detailError(http.StatusBadRequest, "JSON parse error - "+err.Error())}
		}
		m, ok := v.(map[string]any)
		if !ok {
			return &decoded{e: &apiError{status: http.StatusBadRequest, body: map[string]any{
				"non_field_errors": []string{fmt.Sprintf("Invalid data. Expected a dictionary, but got %s.", pyType(v))}}}}
		}
		return &decoded{in: m}
	}
	return &decoded{e: detailError(http.StatusUnsupportedMediaType, fmt.Sprintf("Unsupported media type %q in request.", ct))}
}

func (c *call) parseMultipart(body io.Reader, boundary string) *decoded {
	if boundary == "" {
		return &decoded{e: detailError(http.StatusBadRequest, "Multipart form parse error - Invalid boundary in multipart: None")}
	}
	mr := multipart.NewReader(body, boundary)
	d := &decoded{in: map[string]any{}, form: true}
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return d
		}
		if err != nil {
			if e := tooLarge(err); e.status == http.StatusRequestEntityTooLarge {
				return &decoded{e: e}
			}
			return &decoded{e: detailError(http.StatusBadRequest, "Multipart form parse error - "+err.Error())}
		}
		data, err := io.ReadAll(io.LimitReader(p, c.s.cfg.maxUploadSize+1))
		if err != nil {
			return &decoded{e: tooLarge(err)}
		}
		if p.FileName() != "" {
			if int64(len(data)) > c.s.cfg.maxUploadSize {
				return &decoded{e: detailError(http.StatusRequestEntityTooLarge, "Request entity too large.")}
			}
			name := path.Base(strings.ReplaceAll(p.FileName(), `\`, "/"))
			if p.FormName() == "file" && name != "." && name != ".." && name != "/" {
				// Django's parser drops a part whose name it cannot sanitise.
				d.up = &upload{filename: name, data: data}
				d.in["file"] = d.up.filename
			}
			continue
		}
		addFormValue(d.in, p.FormName(), string(data))
	}
}

func tooLarge(err error) *apiError {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return detailError(http.StatusRequestEntityTooLarge, "Request entity too large.")
	}
	return detailError(http.StatusBadRequest, "Could not read the request body.")
}

// pyType names a JSON value's type as DRF's messages do.
func pyType(v any) string {
	switch v.(type) {
	case []any:
		return "list"
	case string:
		return "str"
	case bool:
		return "bool"
	case float64:
		return "float"
	case map[string]any:
		return "dict"
	case nil:
		return "NoneType"
	}
	return "object"
}

// csvList splits "a,b" into a JSON list, dropping blanks.
func csvList(s string) []any {
	out := []any{}
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// defaultConeRadius is the radius of a cone search without one, arcseconds.
// The API's default is undocumented (the 2023 OpenAPI document names none); this server
// takes 10′.
const defaultConeRadius = 600

// inCone reports whether rec's equatorial coordinates lie within radius
// (arcseconds) of center ("<ra>,<dec>" in degrees). A malformed center or
// radius matches nothing.
func inCone(rec record, center, radius string) bool {
	ra, dec, ok := strings.Cut(center, ",")
	if !ok {
		return false
	}
	a, err1 := strconv.ParseFloat(strings.TrimSpace(ra), 64)
	d, err2 := strconv.ParseFloat(strings.TrimSpace(dec), 64)
	r := float64(defaultConeRadius)
	var err3 error
	if radius != "" {
		r, err3 = strconv.ParseFloat(radius, 64)
	}
	if err1 != nil || err2 != nil || err3 != nil || r < 0 || d < -90 || d > 90 {
		return false
	}
	pos, _ := rec["equatorial_coordinates"].(map[string]any)
	ora, ok1 := pos["right_ascension"].(float64)
	odec, ok2 := pos["declination"].(float64)
	if !ok1 || !ok2 {
		return false
	}
	sep := aa.Separation(aa.Equatorial{RA: aa.Deg(a), Dec: aa.Deg(d)}, aa.Equatorial{RA: aa.Deg(ora), Dec: aa.Deg(odec)})
	return sep.ArcSec() <= r
}

// isListParam tells the query parameters that never filter.
func isListParam(k string) bool {
	switch k {
	case "page", "page_size", "format", "ordering", "search":
		return true
	}
	return false
}

// keepFiltered applies the query filters clients use (arcsecond-io/cli cloud/uploader,
// focale, and the 2023 OpenAPI document's descriptions):
// equality on any field of the item schema (name, date, telescope,
// night_log, dataset, profile, server …), "tags" as a CSV that must all be
// present, "search" as a case-insensitive substring of the names. Other
// parameters are ignored, as django-filter does.
func keepFiltered(res *resource, resp schemaSpec, rec record, q url.Values) bool {
	for k, vs := range q {
		v := vs[0]
		if isListParam(k) {
			continue
		}
		if f, ok := res.filters[k]; ok {
			if !f(rec, v) {
				return false
			}
			continue
		}
		if res.cone && (k == "coordinates" || k == "radius") {
			if k == "coordinates" && !inCone(rec, v, q.Get("radius")) {
				return false
			}
			continue
		}
		if k == "tags" {
			if !hasTags(rec, v) {
				return false
			}
			continue
		}
		_, inSchema := resp.field(k)
		_, inRec := rec[k]
		if !inSchema && !containsStr(res.extra, k) && !(len(resp.fields) == 0 && inRec) {
			continue
		}
		if !equalsFilter(rec[k], v) {
			return false
		}
	}
	if s := q.Get("search"); s != "" {
		s = strings.ToLower(s)
		for _, f := range []string{"name", "username", "first_name", "last_name", "title", "identifier", "parent_star"} {
			if strings.Contains(strings.ToLower(str(rec[f])), s) {
				return true
			}
		}
		return false
	}
	return true
}

func equalsFilter(v any, want string) bool {
	if a, ok := v.([]any); ok {
		for _, x := range a {
			if str(x) == want {
				return true
			}
		}
		return false
	}
	return str(v) == want
}

func hasTags(rec record, csv string) bool {
	have := map[string]bool{}
	for _, f := range []string{"tags", "tag_array"} {
		if a, ok := rec[f].([]any); ok {
			for _, t := range a {
				have[str(t)] = true
			}
		}
	}
	for _, t := range strings.Split(csv, ",") {
		if t = strings.TrimSpace(t); t != "" && !have[t] {
			return false
		}
	}
	return true
}

// paginate answers DRF's PageNumberPagination envelope with absolute
// next/previous links; a page out of range is 404 "Invalid page.".
func (c *call) paginate(items []record, render func(record) any) (int, any, *apiError) {
	q := c.r.URL.Query()
	size := c.s.cfg.pageSize
	if n, err := strconv.Atoi(q.Get("page_size")); err == nil && n > 0 {
		size = min(n, c.s.cfg.maxPageSize)
	}
	page := 1
	if p := q.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return 0, nil, detailError(http.StatusNotFound, "Invalid page.")
		}
		page = n
	}
	pages := max(1, (len(items)+size-1)/size)
	if page > pages {
		return 0, nil, detailError(http.StatusNotFound, "Invalid page.")
	}
	lo, hi := (page-1)*size, min(page*size, len(items))
	results := make([]any, 0, hi-lo)
	for _, it := range items[lo:hi] {
		results = append(results, render(it))
	}
	link := func(p int) any {
		u := *c.r.URL
		qq := u.Query()
		if p == 1 {
			qq.Del("page")
		} else {
			qq.Set("page", strconv.Itoa(p))
		}
		u.RawQuery = qq.Encode()
		return c.s.baseURL(c.r) + u.RequestURI()
	}
	var next, prev any
	if page < pages {
		next = link(page + 1)
	}
	if page > 1 {
		prev = link(page - 1)
	}
	return http.StatusOK, map[string]any{"count": len(items), "next": next, "previous": prev, "results": results}, nil
}

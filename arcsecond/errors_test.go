package arcsecond

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestErrorShapes(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		ctype   string
		body    string
		is      []error
		isNot   []error
		message string
		check   func(t *testing.T, e *ErrorResponse)
	}{
		{name: "detail string", status: 404, body: `{"detail": "Not found."}`, is: []error{ErrNotFound}, isNot: []error{ErrForbidden, ErrServer}, message: "Not found."},
		{name: "detail list", status: 400, body: `{"detail": ["first", "second"]}`, message: "first; second",
			check: func(t *testing.T, e *ErrorResponse) {
				if len(e.Detail) != 2 {
					t.Errorf("detail = %q", e.Detail)
				}
			}},
		{name: "non field errors", status: 400, body: `{"non_field_errors": ["Unable to log in with provided credentials."]}`, message: "Unable to log in"},
		{name: "field errors", status: 400, body: `{"name": ["This field may not be blank."], "coordinates": {"latitude": ["A valid number is required."]}}`,
			message: "coordinates: latitude: A valid number is required.; name: This field may not be blank.",
			check: func(t *testing.T, e *ErrorResponse) {
				if e.FieldErrors["name"][0] != "This field may not be blank." {
					t.Errorf("field errors = %v", e.FieldErrors)
				}
			}},
		{name: "error member", status: 500, body: `{"error": "Internal"}`, is: []error{ErrServer}, message: "Internal"},
		{name: "bare list", status: 400, body: `["Invalid target list."]`, message: "Invalid target list."},
		{name: "unauthorized", status: 401, body: `{"detail": "Invalid key."}`, is: []error{ErrUnauthorized}},
		{name: "forbidden", status: 403, body: `{"detail": "You do not have permission to perform this action."}`, is: []error{ErrForbidden}},
		{name: "duplicate upload", status: 400, body: `{"file": ["m31_001.fits already exists in dataset M31 deep."]}`, is: []error{ErrAlreadyExists}},
		{name: "other 400 is not duplicate", status: 400, body: `{"file": ["No file was submitted."]}`, isNot: []error{ErrAlreadyExists}},
		{name: "conflict", status: 409, body: `{"detail": "exists"}`, is: []error{ErrAlreadyExists}},
		{name: "html from a proxy", status: 502, ctype: "text/html", body: "<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
			is: []error{ErrServer}, message: "non-JSON body: <html><head><title>502 Bad Gateway",
			check: func(t *testing.T, e *ErrorResponse) {
				if e.Detail != nil || !strings.HasPrefix(string(e.Body), "<html>") {
					t.Errorf("detail %q body %q", e.Detail, e.Body)
				}
			}},
		{name: "huge body is capped", status: 500, body: `{"detail": "x` + strings.Repeat("y", 100000) + `"}`,
			check: func(t *testing.T, e *ErrorResponse) {
				if len(e.Body) != maxErrorExcerpt {
					t.Errorf("body excerpt is %d bytes", len(e.Body))
				}
			}},
		{name: "empty body", status: 404, body: "", is: []error{ErrNotFound}, message: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, mux, _ := setup(t, WithRetry(RetryPolicy{}))
			mux.HandleFunc("GET /e/", func(w http.ResponseWriter, r *http.Request) {
				ct := tt.ctype
				if ct == "" {
					ct = "application/json"
				}
				w.Header().Set("Content-Type", ct)
				w.WriteHeader(tt.status)
				w.Write([]byte(tt.body))
			})
			_, _, err := newLister(c, "e/").List(t.Context(), nil)
			var e *ErrorResponse
			if !errors.As(err, &e) {
				t.Fatalf("err = %T %v", err, err)
			}
			if e.StatusCode != tt.status || e.Method != "GET" || !strings.HasSuffix(e.URL, "/api/e/") || e.Attempts != 1 {
				t.Errorf("error = %+v", e)
			}
			for _, s := range tt.is {
				if !errors.Is(err, s) {
					t.Errorf("errors.Is(err, %v) = false", s)
				}
			}
			for _, s := range tt.isNot {
				if errors.Is(err, s) {
					t.Errorf("errors.Is(err, %v) = true", s)
				}
			}
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("Error() = %q, want it to contain %q", err, tt.message)
			}
			if tt.check != nil {
				tt.check(t, e)
			}
		})
	}
}

func TestErrorsNeverContainSecrets(t *testing.T) {
	c, mux, _ := setup(t, WithAPIKey(testKey), WithRetry(RetryPolicy{}))
	mux.HandleFunc("GET /echo/", func(w http.ResponseWriter, r *http.Request) {
		// A careless server echoing the credentials back.
		writeJSON(w, 401, map[string]string{"detail": "Invalid key " + r.Header.Get(keyHeader)})
	})
	req, err := c.NewRequest(t.Context(), "GET", "echo/?token="+testKey+"&page=2", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Do(req, nil)
	var e *ErrorResponse
	if !errors.As(err, &e) {
		t.Fatal(err)
	}
	for _, s := range []string{err.Error(), string(e.Body), strings.Join(e.Detail, ""), e.URL} {
		if strings.Contains(s, testKey) {
			t.Errorf("secret leaked in %q", s)
		}
	}
	if !strings.Contains(e.URL, "token=REDACTED") || !strings.Contains(e.URL, "page=2") {
		t.Errorf("URL = %q", e.URL)
	}
}

func TestMessagesAcceptEveryShape(t *testing.T) {
	for in, want := range map[string]string{
		`"one"`:                     "one",
		`["a","b"]`:                 "a|b",
		`[{"name":["bad"]},"x"]`:    "name: bad|x",
		`{"b":["2"],"a":"1"}`:       "a: 1|b: 2",
		`42`:                        "42",
		`null`:                      "",
		`[["deep", ["deeper"]], 1]`: "deep|deeper|1",
	} {
		var m Messages
		if err := m.UnmarshalJSON([]byte(in)); err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		if got := strings.Join(m, "|"); got != want {
			t.Errorf("%s → %q, want %q", in, got, want)
		}
	}
}

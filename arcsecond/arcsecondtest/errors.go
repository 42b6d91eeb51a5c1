package arcsecondtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"
)

// apiError is an error the server answers with, in the shape Django REST
// framework gives it: {"detail": "..."} or {"field": ["..."]}.
type apiError struct {
	status int
	body   any
	header http.Header
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %v", e.status, e.body) }

func detailError(status int, msg string) *apiError {
	return &apiError{status: status, body: map[string]any{"detail": msg}}
}

func errNotFound() *apiError { return detailError(http.StatusNotFound, "Not found.") }

func errNotAuthenticated() *apiError {
	e := detailError(http.StatusUnauthorized, "Authentication credentials were not provided.")
	e.header = http.Header{"Www-Authenticate": {"Token"}}
	return e
}

func errAuthFailed(msg string) *apiError {
	e := detailError(http.StatusUnauthorized, msg)
	e.header = http.Header{"Www-Authenticate": {"Token"}}
	return e
}

func errForbidden() *apiError {
	return detailError(http.StatusForbidden, "You do not have permission to perform this action.")
}

func errMethod(method, allow string) *apiError {
	e := detailError(http.StatusMethodNotAllowed, fmt.Sprintf("Method %q not allowed.", method))
	e.header = http.Header{"Allow": {allow}}
	return e
}

// fieldErrors collects DRF validation messages per field.
type fieldErrors map[string][]string

func (f fieldErrors) add(field, msg string) { f[field] = append(f[field], msg) }

// err returns the 400 for the collected messages, or nil when there are none.
func (f fieldErrors) err() *apiError {
	if len(f) == 0 {
		return nil
	}
	return &apiError{status: http.StatusBadRequest, body: map[string][]string(f)}
}

func errField(field, msg string) *apiError {
	f := fieldErrors{}
	f.add(field, msg)
	return f.err()
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusNoContent || v == nil {
		w.WriteHeader(status)
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"detail":"A server error occurred."}`)
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func writeError(w http.ResponseWriter, e *apiError) {
	keys := make([]string, 0, len(e.header))
	for k := range e.header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		w.Header()[k] = e.header[k]
	}
	writeJSON(w, e.status, e.body)
}

// writeDjango404 is Django's own page for a URL that no route resolves:
// it is HTML, not JSON, on the real server too.
func writeDjango404(w http.ResponseWriter, path string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprintf(w, "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource %s was not found on this server.</p>\n</body>\n</html>\n", htmlEscape(path))
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

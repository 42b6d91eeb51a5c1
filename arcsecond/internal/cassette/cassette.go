// Package cassette runs SDK tests against recorded API answers (go-vcr v2
// cassettes under testdata/cassettes/ at the repository root).
//
// Tests replay by default and fail when a cassette or an interaction is
// missing. With ARCSECOND_RECORD=1 and ARCSECOND_API_KEY set, they record
// against ARCSECOND_API_URL (the production API by default, or a local
// `go run ./examples/mockserver`), replacing the old file. Before a cassette
// is saved, credentials headers and cookies are removed (from copies, so that
// retries during the recording keep theirs), the key is scrubbed from bodies
// and so are JSON members that hold secrets (keys, tokens, passwords, a data
// storage's credentials), any JSON string that looks like a JWT or a key,
// and the signatures of signed URLs; the recording host is rewritten to the
// production URL so that replays do not depend on where the cassette was
// made.
package cassette

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/dnaeon/go-vcr/v2/cassette"
	"github.com/dnaeon/go-vcr/v2/recorder"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// Environment variables that switch a test run to recording.
const (
	EnvRecord = "ARCSECOND_RECORD"
)

// ReplayKey is the placeholder key of replayed clients; it never reaches a
// server.
const ReplayKey = "replay-key-not-a-secret"

// scrubbedHeaders never reach a cassette.
var scrubbedHeaders = []string{"X-Arcsecond-Api-Authorization", "Authorization", "Cookie", "Set-Cookie", "Proxy-Authorization"}

// Dir is testdata/cassettes at the repository root.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "cassettes")
}

// Config describes one cassette session; New fills it from the environment.
type Config struct {
	Path    string // file name without ".yaml"
	Record  bool
	BaseURL string // where to record; ignored when replaying
	Key     string // the access key used to record
}

// New returns a client for the test whose cassette is
// testdata/cassettes/<name>.yaml, replaying it unless ARCSECOND_RECORD=1.
// opts are applied after the cassette's own (base URL, key, no retries).
func New(t testing.TB, name string, opts ...arcsecond.Option) *arcsecond.Client {
	t.Helper()
	cfg := Config{Path: filepath.Join(Dir(), filepath.FromSlash(name))}
	if os.Getenv(EnvRecord) == "1" {
		cfg.Record = true
		cfg.Key = os.Getenv(arcsecond.EnvAPIKey)
		cfg.BaseURL = os.Getenv(arcsecond.EnvAPIURL)
		if cfg.Key == "" {
			t.Fatalf("cassette: %s=1 needs %s", EnvRecord, arcsecond.EnvAPIKey)
		}
	}
	return Open(t, cfg, opts...)
}

// Open starts a cassette session as cfg says and stops it (saving a
// recording) when the test ends.
func Open(t testing.TB, cfg Config, opts ...arcsecond.Option) *arcsecond.Client {
	t.Helper()
	mode := recorder.ModeReplaying
	base, key := arcsecond.ProductionURL, ReplayKey
	if cfg.Record {
		mode = recorder.ModeRecording
		if cfg.BaseURL != "" {
			base = cfg.BaseURL
		}
		key = cfg.Key
		if err := os.MkdirAll(filepath.Dir(cfg.Path), 0o755); err != nil {
			t.Fatal(err)
		}
		// go-vcr appends to an existing cassette when recording.
		if err := os.Remove(cfg.Path + ".yaml"); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	rec, err := recorder.NewAsMode(cfg.Path, mode, http.DefaultTransport)
	if err != nil {
		t.Fatalf("cassette %s: %v (record it with %s=1)", cfg.Path, err, EnvRecord)
	}
	rec.SkipRequestLatency = true
	rec.SetMatcher(match)
	rec.AddSaveFilter(scrub(base, key))
	t.Cleanup(func() {
		if err := rec.Stop(); err != nil {
			t.Errorf("cassette %s: %v", cfg.Path, err)
		}
	})
	all := append([]arcsecond.Option{
		arcsecond.WithBaseURL(base),
		arcsecond.WithAPIKey(key),
		arcsecond.WithHTTPClient(&http.Client{Transport: rec}),
		arcsecond.WithRetry(arcsecond.RetryPolicy{}),
		arcsecond.WithInsecureHTTP(),
	}, opts...)
	c, err := arcsecond.NewClient(all...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// match compares method, path, the sorted query and the body, not the host:
// cassettes are rewritten to the production URL when saved.
func match(r *http.Request, i cassette.Request) bool {
	if r.Method != i.Method {
		return false
	}
	u, err := url.Parse(i.URL)
	if err != nil || u.Path != r.URL.Path {
		return false
	}
	// Recorded URLs have their secret query values redacted: compare
	// with the live URL redacted the same way.
	lu := r.URL
	if s, changed := redactString(r.URL.String()); changed {
		if lu, err = url.Parse(s); err != nil {
			return false
		}
	}
	if u.Query().Encode() != lu.Query().Encode() {
		return false
	}
	if r.Body == nil || r.Body == http.NoBody {
		return i.Body == ""
	}
	b, err := io.ReadAll(r.Body)
	if err != nil {
		return false
	}
	r.Body = io.NopCloser(bytes.NewReader(b)) // the matcher runs once per candidate
	if string(b) == i.Body {
		return true
	}
	if ct := r.Header.Get("Content-Type"); strings.HasPrefix(ct, "multipart/") {
		return sameParts(b, ct, []byte(i.Body), i.Headers.Get("Content-Type"))
	}
	// Recorded bodies have their secrets redacted: compare with the live
	// body redacted the same way.
	var live, recorded any
	return json.Unmarshal(redactJSON(b), &live) == nil && json.Unmarshal([]byte(i.Body), &recorded) == nil && reflect.DeepEqual(live, recorded)
}

// sameParts compares two multipart bodies part by part, ignoring their
// random boundaries.
func sameParts(a []byte, aType string, b []byte, bType string) bool {
	pa, oka := parts(a, aType)
	pb, okb := parts(b, bType)
	return oka && okb && reflect.DeepEqual(pa, pb)
}

func parts(body []byte, contentType string) ([]string, bool) {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["boundary"] == "" {
		return nil, false
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var out []string
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return out, true
		}
		if err != nil {
			return nil, false
		}
		v, err := io.ReadAll(p)
		if err != nil {
			return nil, false
		}
		out = append(out, p.FormName()+"|"+p.FileName()+"|"+string(v))
	}
}

// secretMembers are JSON members whose string values never reach a cassette.
var secretMembers = []string{"key", "api_key", "access_key", "upload_key", "secret_key", "access", "refresh", "jwt", "token",
	"password", "password1", "password2", "new_password1", "new_password2", "secret", "secret_access_key", "access_key_id"}

// credentialsMember holds a data storage's secrets (a string, or an object
// from some storages): any value of it but "" is replaced whole.
const credentialsMember = "credentials"

// Values that look like secrets whatever their member's name.
var (
	jwtValue = regexp.MustCompile(`^eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*$`)
	// An Arcsecond key is 32 hex digits; longer hex strings are other
	// tokens.
	keyValue    = regexp.MustCompile(`^[0-9a-fA-F]{32,}$`)
	headerValue = regexp.MustCompile(`^(Key|Token|Bearer)\s+\S{8,}$`)
	awsKeyValue = regexp.MustCompile(`^(AKIA|ASIA)[0-9A-Z]{16}$`)
)

// secretQuery are query parameters of signed URLs (storage links, say)
// whose values never reach a cassette.
var secretQuery = []string{"signature", "sig", "x-amz-signature", "x-amz-credential", "x-amz-security-token",
	"awsaccesskeyid", "googleaccessid", "token", "key", "api_key", "access_token"}

// looksSecret reports a string that is a JWT, a key or a credential header.
func looksSecret(s string) bool {
	return jwtValue.MatchString(s) || keyValue.MatchString(s) || headerValue.MatchString(s) || awsKeyValue.MatchString(s)
}

// redactString redacts a secret-looking string whole, and the secret query
// values of a URL; other strings are returned as they are.
func redactString(s string) (string, bool) {
	if looksSecret(s) {
		return "REDACTED", true
	}
	if !strings.Contains(s, "?") || !strings.Contains(s, "://") {
		return s, false
	}
	u, err := url.Parse(s)
	if err != nil || u.RawQuery == "" {
		return s, false
	}
	q := u.Query()
	changed := false
	for k, vs := range q {
		if !slices.Contains(secretQuery, strings.ToLower(k)) {
			continue
		}
		for i, v := range vs {
			if v != "" && v != "REDACTED" {
				vs[i] = "REDACTED"
				changed = true
			}
		}
	}
	if !changed {
		return s, false
	}
	u.RawQuery = q.Encode()
	return u.String(), true
}

// redactJSON replaces with "REDACTED", at any depth, the values of
// secretMembers and of "credentials", and every string that looks like a
// JWT or a key; signed URLs lose their signatures. A body that is not JSON
// is returned unchanged.
func redactJSON(b []byte) []byte {
	var v any
	if len(bytes.TrimSpace(b)) == 0 || json.Unmarshal(b, &v) != nil {
		return b
	}
	v, changed := redactValue(v)
	if !changed {
		return b
	}
	out, err := json.Marshal(v)
	if err != nil {
		return b
	}
	return out
}

func redactValue(v any) (any, bool) {
	switch v := v.(type) {
	case string:
		return redactString(v)
	case map[string]any:
		changed := false
		for k, e := range v {
			name := strings.ToLower(k)
			if name == credentialsMember && e != nil && e != "" && e != "REDACTED" {
				v[k] = "REDACTED"
				changed = true
				continue
			}
			if s, ok := e.(string); ok && s != "" && s != "REDACTED" && slices.Contains(secretMembers, name) {
				v[k] = "REDACTED"
				changed = true
				continue
			}
			var c bool
			if v[k], c = redactValue(e); c {
				changed = true
			}
		}
		return v, changed
	case []any:
		changed := false
		for i, e := range v {
			var c bool
			if v[i], c = redactValue(e); c {
				changed = true
			}
		}
		return v, changed
	}
	return v, false
}

// scrub removes credentials and the recording host from an interaction.
func scrub(base, key string) cassette.Filter {
	prod := strings.TrimSuffix(arcsecond.ProductionURL, "/")
	from := strings.TrimSuffix(base, "/")
	rewrite := func(s string) string {
		if key != "" {
			s = strings.ReplaceAll(s, key, "REDACTED")
		}
		if from != prod {
			s = strings.ReplaceAll(s, from, prod)
		}
		return s
	}
	clean := func(h http.Header) http.Header {
		h = h.Clone()
		for _, k := range scrubbedHeaders {
			h.Del(k)
		}
		for k, vs := range h {
			for j, v := range vs {
				h[k][j], _ = redactString(rewrite(v))
			}
		}
		return h
	}
	return func(i *cassette.Interaction) error {
		i.Request.Headers = clean(i.Request.Headers)
		i.Response.Headers = clean(i.Response.Headers)
		i.Request.URL, _ = redactString(rewrite(i.Request.URL))
		i.Request.Body = rewrite(string(redactJSON([]byte(i.Request.Body))))
		i.Response.Body = rewrite(string(redactJSON([]byte(i.Response.Body))))
		return nil
	}
}

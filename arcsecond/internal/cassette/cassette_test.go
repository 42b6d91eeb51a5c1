package cassette

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dnaeon/go-vcr/v2/cassette"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

const recordKey = "4c4458935e2b9e21b4ef5f4c8e53213e"

func TestRecordThenReplay(t *testing.T) {
	var calls, withKey atomic.Int32
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("GET /observingsites/", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.WriteHeader(503) // the recording session retries this one
			return
		}
		if r.Header.Get("X-Arcsecond-API-Authorization") == "Key "+recordKey {
			withKey.Add(1)
		}
		w.Header().Set("Set-Cookie", "sessionid=abc; HttpOnly")
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"count":1,"next":null,"previous":null,"results":[{"uuid":"u1","name":"Paranal Observatory","coordinates":{"longitude":-70.4042,"latitude":-24.6272,"height":2635},"homepage_url":"` + srv.URL + `/x"}]}`))
	})
	srv = httptest.NewServer(mux)
	path := filepath.Join(t.TempDir(), "sites")

	t.Run("record", func(t *testing.T) {
		c := Open(t, Config{Path: path, Record: true, BaseURL: srv.URL + "/", Key: recordKey},
			arcsecond.WithRetry(arcsecond.RetryPolicy{MaxRetries: 2, MinWait: time.Millisecond, MaxWait: time.Millisecond}))
		sites, _, err := c.ObservingSites.List(t.Context(), &arcsecond.ListOptions{PageSize: 5})
		if err != nil || len(sites) != 1 {
			t.Fatalf("record: %v %v", sites, err)
		}
	})
	srv.Close()
	if withKey.Load() != 1 {
		t.Errorf("the retried request went out without its key")
	}
	b, err := os.ReadFile(path + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, bad := range []string{recordKey, "Authorization", "Set-Cookie", "sessionid", srv.URL} {
		if strings.Contains(text, bad) {
			t.Errorf("cassette contains %q", bad)
		}
	}
	if !strings.Contains(text, "https://api.arcsecond.io/observingsites/?page_size=5") {
		t.Errorf("recording host not rewritten:\n%s", text)
	}

	t.Run("replay", func(t *testing.T) {
		c := Open(t, Config{Path: path})
		// The first recorded interaction is the 503; a replaying client
		// without retries gets it first, exactly as recorded.
		_, _, err := c.ObservingSites.List(t.Context(), &arcsecond.ListOptions{PageSize: 5})
		if !errors.Is(err, arcsecond.ErrServer) {
			t.Fatalf("first replay = %v, want the recorded 503", err)
		}
		sites, _, err := c.ObservingSites.List(t.Context(), &arcsecond.ListOptions{PageSize: 5})
		if err != nil || len(sites) != 1 || sites[0].Name != "Paranal Observatory" {
			t.Fatalf("replay: %v %v", sites, err)
		}
		if !strings.HasPrefix(sites[0].HomepageURL, "https://api.arcsecond.io/") {
			t.Errorf("body not rewritten: %s", sites[0].HomepageURL)
		}
		_, _, err = c.ObservingSites.List(t.Context(), &arcsecond.ListOptions{PageSize: 6})
		if !errors.Is(err, cassette.ErrInteractionNotFound) {
			t.Errorf("unrecorded request: err = %v", err)
		}
	})
}

func TestMissingCassetteFails(t *testing.T) {
	ft := &fakeT{TB: t}
	func() {
		defer func() { recover() }()
		Open(ft, Config{Path: filepath.Join(t.TempDir(), "nope")})
	}()
	if !ft.failed {
		t.Error("a missing cassette did not fail the test")
	}
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Fatalf(string, ...any) { f.failed = true; panic("fatal") }

// secretPatterns are what must never be committed under a testdata folder.
// JSON in cassettes is quoted YAML, so quotes may come escaped (\"). A
// match that holds REDACTED, or an empty value, is not a leak.
var secretPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)x-arcsecond-api-authorization`),
	regexp.MustCompile(`(?im)^\s*"?(authorization|cookie|set-cookie)"?\s*:`),
	regexp.MustCompile(`\b(Key|Token|Bearer)\s+[A-Za-z0-9._\-]{16,}`),
	regexp.MustCompile(`eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.`), // a JWT
	regexp.MustCompile(`(?i)\\?"(api_key|access_key|upload_key|secret_key|secret_access_key|secret|refresh|access|password|jwt|token)\\?"\s*:\s*\\?"[^"\\]{8,}`),
	// A data storage's credentials: any value of four characters or more
	// (the schema instances of the decode tests hold "x"), object or list.
	regexp.MustCompile(`(?i)\\?"credentials\\?"\s*:\s*(\\?"[^"\\]{4,}|\{\s*\\?"|\[\s*[^\]\s])`),
	// A member whose whole value is 32 or more hex digits: a key.
	regexp.MustCompile(`\\?"[A-Za-z0-9_]+\\?"\s*:\s*\\?"[0-9a-fA-F]{32,}\\?"`),
	regexp.MustCompile(`\b(AKIA|ASIA)[0-9A-Z]{16}\b`), // an AWS access key id
	// The signature of a signed URL.
	regexp.MustCompile(`(?i)[?&](signature|sig|x-amz-signature|x-amz-credential|x-amz-security-token|awsaccesskeyid|googleaccessid|token|key|api_key|access_token)=[^&"'\s\\]{8,}`),
}

// secretsIn returns the secret-like strings of b.
func secretsIn(b []byte) []string {
	var found []string
	for _, re := range secretPatterns {
		for _, m := range re.FindAll(b, -1) {
			if !strings.Contains(string(m), "REDACTED") {
				found = append(found, string(m))
			}
		}
	}
	return found
}

func TestNoSecretsUnderTestdata(t *testing.T) {
	root := filepath.Join(Dir(), "..", "..")
	scanned := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		// Prose that explains the headers is not a recording.
		if d.IsDir() || !strings.Contains(filepath.ToSlash(p), "/testdata/") || filepath.Ext(p) == ".md" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		scanned++
		for _, m := range secretsIn(b) {
			t.Errorf("%s contains a secret-like string: %q", p, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if scanned == 0 {
		t.Error("no testdata file scanned")
	}
}

func TestSecretPatternsCatchLeaks(t *testing.T) {
	for _, leak := range []string{
		"headers:\n    X-Arcsecond-Api-Authorization:\n    - Key abc",
		"    Authorization:\n    - Token 0123456789abcdef0123",
		`{"api_key": "4c4458935e2b9e21b4ef5f4c8e53213e"}`,
		"Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.x",
		`body: '{"credentials":"aws_secret=wJalrXUtnFEMI","name":"Bucket"}'`,
		`body: "{\"credentials\": {\"bucket\": \"b\"}}"`,
		`body: '{"uuid":"x","hub_token":"935e2b9e24c44581b4ef5f4c8e53213e935e2b9e"}'`,
		`{"file":"https://s3.example/b/f.fits?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260301&X-Amz-Signature=0f1e2d3c4b5a"}`,
		`{"file":"https://api.arcsecond.io/_storage/x/flat.fits?signature=11e0f8e08162be348cc620ad82352570"}`,
		`body: "{\"refresh\":\"refresh-token-0123456789\"}"`,
	} {
		if len(secretsIn([]byte(leak))) == 0 {
			t.Errorf("leak not caught: %q", leak)
		}
	}
	for _, clean := range []string{
		`{"api_key": "REDACTED"}`,
		`body: '{"credentials":"","name":"Bucket"}'`,
		`{"credentials":"REDACTED"}`,
		`{"file":"https://api.arcsecond.io/_storage/x/flat.fits?signature=REDACTED"}`,
		`{"uuid":"926652c5-8aae-43f1-847a-5ad95bfbdaea","name":"Bucket"}`,
		"Content-Type: multipart/form-data; boundary=266f2f01c66b85eb647e34babd7249829ecb55836b356b41eb0f572ed289",
	} {
		if got := secretsIn([]byte(clean)); len(got) > 0 {
			t.Errorf("%q counts as a leak: %q", clean, got)
		}
	}
}

// TestRedactJSON: the members and values a recording must lose, whatever
// their depth.
func TestRedactJSON(t *testing.T) {
	in := `{"name":"Bucket","credentials":{"access_key_id":"AKIAIOSFODNN7EXAMPLE","secret":"wJalrXUtnFEMI/K7MDENG"},` +
		`"items":[{"hub":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln"},{"shared":"4c4458935e2b9e21b4ef5f4c8e53213e"}],` +
		`"file":"https://s3.example/b/f.fits?X-Amz-Signature=0f1e2d3c4b5a69788796&size=3","auth":"Bearer abcdefgh12345678",` +
		`"uuid":"926652c5-8aae-43f1-847a-5ad95bfbdaea","count":3,"empty":{"credentials":""}}`
	var got map[string]any
	if err := json.Unmarshal(redactJSON([]byte(in)), &got); err != nil {
		t.Fatal(err)
	}
	items := got["items"].([]any)
	for what, v := range map[string]any{
		"credentials": got["credentials"],
		"a JWT":       items[0].(map[string]any)["hub"],
		"a key":       items[1].(map[string]any)["shared"],
		"a header":    got["auth"],
	} {
		if v != "REDACTED" {
			t.Errorf("%s: %v, want REDACTED", what, v)
		}
	}
	if got["file"] != "https://s3.example/b/f.fits?X-Amz-Signature=REDACTED&size=3" {
		t.Errorf("signed URL: %v", got["file"])
	}
	if got["name"] != "Bucket" || got["uuid"] != "926652c5-8aae-43f1-847a-5ad95bfbdaea" || got["count"] != 3.0 ||
		got["empty"].(map[string]any)["credentials"] != "" {
		t.Errorf("other values changed: %v", got)
	}
	if b := redactJSON([]byte(in)); len(secretsIn(b)) > 0 {
		t.Errorf("the scanner still finds %q in %s", secretsIn(b), b)
	}
}

func TestSecretsInBodiesAndMultipartReplay(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /auth/token/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"access":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm5pZSJ9.c2lnbmF0dXJl","refresh":"refresh-token-0123456789","access_exp":1764331200,"username":"annie"}`))
	})
	mux.HandleFunc("POST /datafiles/", func(w http.ResponseWriter, r *http.Request) {
		f, fh, err := r.FormFile("file")
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		b, _ := io.ReadAll(f)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(201)
		fmt.Fprintf(w, `{"id": 9, "name": %q, "size": %d, "dataset": %q}`, fh.Filename, len(b), r.FormValue("dataset"))
	})
	srv := httptest.NewServer(mux)
	path := filepath.Join(t.TempDir(), "secrets")
	session := func(t *testing.T, c *arcsecond.Client) {
		res, _, err := c.Auth.Login(t.Context(), "annie", "correct horse battery staple")
		if err != nil || res.JWT == nil || res.JWT.Username != "annie" {
			t.Fatalf("login = %+v, %v", res, err)
		}
		f := arcsecond.File{Name: "m31.fits", Content: strings.NewReader("SIMPLE  =                    T"), Size: 30}
		df, _, err := c.DataFiles.Upload(t.Context(), "d-1", f, nil)
		if err != nil || df.Name != "m31.fits" || df.Size != 30 {
			t.Fatalf("upload = %+v, %v", df, err)
		}
	}
	t.Run("record", func(t *testing.T) {
		session(t, Open(t, Config{Path: path, Record: true, BaseURL: srv.URL + "/", Key: recordKey}))
	})
	srv.Close()
	b, err := os.ReadFile(path + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"correct horse", "refresh-token-0123456789", "eyJhbGci"} {
		if strings.Contains(string(b), secret) {
			t.Errorf("cassette contains %q", secret)
		}
	}
	t.Run("replay", func(t *testing.T) {
		c := Open(t, Config{Path: path})
		res, _, err := c.Auth.Login(t.Context(), "annie", "correct horse battery staple")
		if err != nil || res.JWT == nil || res.JWT.Access != "REDACTED" {
			t.Fatalf("replayed login = %+v, %v", res, err)
		}
		// A new random boundary still matches the recorded upload.
		f := arcsecond.File{Name: "m31.fits", Content: strings.NewReader("SIMPLE  =                    T"), Size: 30}
		if df, _, err := c.DataFiles.Upload(t.Context(), "d-1", f, nil); err != nil || df.ID != 9 {
			t.Fatalf("replayed upload = %+v, %v", df, err)
		}
	})
}

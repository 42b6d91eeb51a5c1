package arcsecondtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// rawGet fetches a URL without following redirects and without the SDK, to
// look at what the SDK never shows (redirects, Django's HTML pages).
func rawGet(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	hc := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := hc.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestTrailingSlashAndUnknownURLs(t *testing.T) {
	s := newTestServer(t)
	resp, _ := rawGet(t, s.URL+"/observingsites?page=2")
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/observingsites/?page=2" {
		t.Errorf("no trailing slash: %d to %q, want 301 to /observingsites/?page=2", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, body := rawGet(t, s.URL+"/no/such/route/")
	if resp.StatusCode != http.StatusNotFound || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") || !strings.Contains(body, "<h1>Not Found</h1>") {
		t.Errorf("unknown URL: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	// A uuid route does not resolve a non-uuid segment, as Django's <uuid:…> converter.
	if resp, _ := rawGet(t, s.URL+"/datasets/not-a-uuid/"); resp.StatusCode != http.StatusNotFound || resp.Header.Get("Content-Type") == "application/json" {
		t.Errorf("non-uuid in a uuid route: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	// DRF's format suffix.
	if resp, body := rawGet(t, s.URL+"/satellites.json"); resp.StatusCode != http.StatusOK || !strings.Contains(body, "ISS (ZARYA)") {
		t.Errorf("format suffix: %d", resp.StatusCode)
	}
}

func TestPaginationThroughTypedService(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "vera")
	var names []string
	for tel, err := range c.Telescopes.All(context.Background(), &arcsecond.ListOptions{PageSize: 20}) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, tel.Name)
	}
	if len(names) != len(telescopes) || names[0] != "VLT UT1 (Antu)" {
		t.Fatalf("All gave %d telescopes (first %q), want %d", len(names), names[0], len(telescopes))
	}
	page := send(t, c, http.MethodGet, "telescopes/?page=3&page_size=20", nil).object()
	if page["count"] != float64(len(telescopes)) || page["next"] != nil || !strings.HasSuffix(str(page["previous"]), "/telescopes/?page=2&page_size=20") {
		t.Errorf("page 3: count %v next %v previous %v", page["count"], page["next"], page["previous"])
	}
	first := send(t, c, http.MethodGet, "telescopes/?page=2&page_size=20", nil).object()
	if prev := str(first["previous"]); strings.Contains(prev, "page=") && !strings.Contains(prev, "page_size") {
		t.Errorf("page 2 previous link %q should drop page=1", prev)
	}
	r := send(t, c, http.MethodGet, "telescopes/?page=9", nil)
	wantStatus(t, "page out of range", r, http.StatusNotFound)
	if detail(r) != "Invalid page." {
		t.Errorf("detail %q", detail(r))
	}
	// Typed Get by alias, as /telescopes/{uuid_or_alias}/ allows.
	tel, _, err := c.Telescopes.Get(context.Background(), "UT4")
	if err != nil || tel.Name != "VLT UT4 (Yepun)" || len(tel.Instruments) != 2 {
		t.Errorf("Get UT4: %+v, %v", tel, err)
	}
	// The 2023 schema's bare-array route under an organisation.
	org := c.ForOrganisation(SeedOrganisation)
	sites, _, err := org.ObservingSites.List(context.Background(), nil)
	if err != nil || len(sites) != 1 || sites[0].Name != "Observatoire de Haute-Provence" {
		t.Errorf("organisation sites: %v, %v", sites, err)
	}
}

func TestFilters(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "vera")
	org := SeedOrganisation + "/"
	tel := send(t, c, http.MethodGet, "telescopes/UT1/", nil).object()["uuid"]
	count := func(path string) int {
		list, _ := send(t, c, http.MethodGet, path, nil).body.([]any)
		return len(list)
	}
	seeded := count(org + "nightlogs/") // the sample night's
	for _, nl := range []map[string]any{{"date": "2026-03-20", "telescope": tel}, {"date": "2026-03-21", "telescope": tel}, {"date": "2026-03-21"}} {
		wantStatus(t, "night log", send(t, c, http.MethodPost, org+"nightlogs/", nl), http.StatusCreated)
	}
	if n := count(org + "nightlogs/?date=2026-03-21"); n != 2 {
		t.Errorf("nightlogs by date: %d, want 2", n)
	}
	if n := count(fmt.Sprintf("%snightlogs/?date=2026-03-21&telescope=%s", org, tel)); n != 1 {
		t.Errorf("nightlogs by date and telescope: %d, want 1", n)
	}
	if n := count(org + "nightlogs/?unknown_param=1"); n != seeded+3 {
		t.Errorf("unknown parameters must be ignored: %d, want %d", n, seeded+3)
	}
	for _, ds := range []map[string]any{{"name": "M 42 mosaic", "tag_array": []any{"oort|root|/data", "oort|folder|m42"}}, {"name": "flats"}} {
		wantStatus(t, "dataset", send(t, c, http.MethodPost, org+"datasets/", ds), http.StatusCreated)
	}
	if n := count(org + "datasets/?name=M%2042%20mosaic"); n != 1 {
		t.Errorf("datasets by name: %d", n)
	}
	if n := count(org + "datasets/?tags=oort|root|/data,oort|folder|m42"); n != 1 {
		t.Errorf("datasets by tags: %d", n)
	}
	if n := count(org + "datasets/?date=2026-03-20"); n != 2 {
		t.Errorf("datasets by creation date: %d", n)
	}
	res := send(t, c, http.MethodGet, "exoplanets/?search=trappist", nil).object()
	if res["count"] != 7.0 {
		t.Errorf("exoplanets?search=trappist: count %v, want 7", res["count"])
	}
}

// TestPermissions checks the role matrix of arcsecond-io.github.io
// docs/portals/permissions.md on
// organisation routes, for each seeded role and an outsider.
func TestPermissions(t *testing.T) {
	s := newTestServer(t)
	org := SeedOrganisation + "/"
	site := send(t, clientAs(t, s, "annie"), http.MethodGet, org+"observingsites/", nil).body.([]any)[0].(map[string]any)["uuid"]
	telescope := send(t, clientAs(t, s, "annie"), http.MethodGet, org+"telescopes/", nil).body.([]any)[0].(map[string]any)["uuid"]
	type step struct {
		what, method, path string
		body               any
		allowed            []string // users that get 2xx; the others get 403
	}
	all := []string{"annie", "edwin", "vera", "henrietta", "carl"}
	members := []string{"annie", "edwin", "vera", "henrietta"}
	steps := []step{
		{"read night logs", "GET", org + "nightlogs/", nil, members},
		{"create dataset", "POST", org + "datasets/", map[string]any{"name": "run"}, []string{"annie", "edwin", "vera"}},
		{"create night log", "POST", org + "nightlogs/", map[string]any{"date": "2026-03-20"}, []string{"annie", "edwin", "vera"}},
		{"create site", "POST", org + "observingsites/", map[string]any{"name": "Backyard", "coordinates": map[string]any{"longitude": 5.7, "latitude": 43.9}}, []string{"annie", "edwin"}},
		{"create telescope", "POST", org + "telescopes/", map[string]any{"name": "C14", "observing_site": site, "ownership_mode": "owner"}, []string{"annie", "edwin"}},
		{"add member", "POST", org + "members/", nil, []string{"annie", "edwin"}},
		{"activate telescope", "POST", org + "telescopeactivations/", map[string]any{"telescope": telescope, "date_started": "2026-03-20"}, []string{"annie"}},
		{"list members", "GET", org + "members/", nil, members},
		{"organisation details", "GET", "organisations/" + SeedOrganisation + "/", nil, all},
	}
	for _, st := range steps {
		for _, u := range all {
			body := st.body
			if st.what == "add member" {
				guest := "guest-of-" + u
				s.register(guest, guest+"@example.org", "pw", "", "")
				body = map[string]any{"username": guest, "role": "observer"}
			}
			r := send(t, clientAs(t, s, u), st.method, st.path, body)
			allowed := false
			for _, a := range st.allowed {
				allowed = allowed || a == u
			}
			switch {
			case allowed && r.status >= 300:
				t.Errorf("%s as %s: %d %v, want success", st.what, u, r.status, r.body)
			case !allowed && r.status != http.StatusForbidden:
				t.Errorf("%s as %s: %d, want 403", st.what, u, r.status)
			case !allowed && !errors.Is(r.err, arcsecond.ErrForbidden):
				t.Errorf("%s as %s: err %v, want ErrForbidden", st.what, u, r.err)
			}
		}
	}
	// Deleting a dataset: admins only; members may not.
	ds := send(t, clientAs(t, s, "vera"), http.MethodPost, org+"datasets/", map[string]any{"name": "to delete"}).object()["uuid"]
	wantStatus(t, "member deletes", send(t, clientAs(t, s, "vera"), http.MethodDelete, fmt.Sprintf("%sdatasets/%s/", org, ds), nil), http.StatusForbidden)
	wantStatus(t, "admin deletes", send(t, clientAs(t, s, "edwin"), http.MethodDelete, fmt.Sprintf("%sdatasets/%s/", org, ds), nil), http.StatusNoContent)

	// A new membership takes effect at once.
	wantStatus(t, "add carl", send(t, clientAs(t, s, "edwin"), http.MethodPost, org+"members/", map[string]any{"username": "carl", "role": "observer"}), http.StatusCreated)
	wantStatus(t, "new observer reads", send(t, clientAs(t, s, "carl"), http.MethodGet, org+"nightlogs/", nil), http.StatusOK)
	// Only a superadmin makes a superadmin.
	wantStatus(t, "admin makes a superadmin", send(t, clientAs(t, s, "edwin"), http.MethodPatch, org+"members/4/", map[string]any{"role": "superadmin"}), http.StatusForbidden)

	// Public datasets are visible to anyone; private ones only to members.
	c := clientAs(t, s, "vera")
	pub := send(t, c, http.MethodPost, org+"datasets/", map[string]any{"name": "public", "is_public": true}).object()["uuid"]
	priv := send(t, c, http.MethodPost, org+"datasets/", map[string]any{"name": "private"}).object()["uuid"]
	anon := anonymous(t, s)
	wantStatus(t, "anonymous public dataset", send(t, anon, http.MethodGet, fmt.Sprintf("%sdatasets/%s/", org, pub), nil), http.StatusOK)
	wantStatus(t, "anonymous private dataset", send(t, anon, http.MethodGet, fmt.Sprintf("%sdatasets/%s/", org, priv), nil), http.StatusNotFound)

	// Personal data belongs to its owner alone.
	mine := send(t, clientAs(t, s, "carl"), http.MethodPost, "datasets/", map[string]any{"name": "carl's"}).object()["uuid"]
	wantStatus(t, "another's personal dataset", send(t, c, http.MethodGet, fmt.Sprintf("datasets/%s/", mine), nil), http.StatusNotFound)
	shared := send(t, clientAs(t, s, "carl"), http.MethodPost, "datasets/", map[string]any{"name": "carl's public", "is_public": true}).object()["uuid"]
	wantStatus(t, "another's public dataset", send(t, c, http.MethodGet, fmt.Sprintf("datasets/%s/", shared), nil), http.StatusOK)
	if list, _ := send(t, c, http.MethodGet, "datasets/", nil).body.([]any); len(list) != 0 {
		t.Errorf("vera's personal datasets list holds %d of carl's", len(list))
	}
	// Profiles: one edits only oneself.
	wantStatus(t, "edit own profile", send(t, c, http.MethodPatch, "profiles/vera/", map[string]any{}), http.StatusOK)
	wantStatus(t, "edit another's profile", send(t, c, http.MethodPatch, "profiles/carl/", map[string]any{}), http.StatusForbidden)
	if p := send(t, c, http.MethodGet, "profiles/carl/", nil).object(); p["email"] != nil || p["memberships"] != nil {
		t.Errorf("another's profile shows private fields: %v", p)
	}
}

func TestCredentials(t *testing.T) {
	s := newTestServer(t)
	vera := s.UserWithRole("member")
	base := arcsecond.WithBaseURL(s.URL + "/")
	profile := "profiles/vera/"

	bad, _ := arcsecond.NewClient(base, arcsecond.WithAPIKey("0123456789abcdef0123456789abcdef"), noRetry)
	r := send(t, bad, http.MethodGet, "exoplanets/", nil)
	if r.status != http.StatusUnauthorized || detail(r) != "Invalid key." || !errors.Is(r.err, arcsecond.ErrUnauthorized) {
		t.Errorf("unknown key on a public route: %d %q (DRF authenticates before it authorizes)", r.status, detail(r))
	}
	tok, _ := arcsecond.NewClient(base, arcsecond.WithToken(vera.Token), noRetry)
	if r := send(t, tok, http.MethodGet, profile, nil); r.status != http.StatusOK || r.object()["email"] != vera.Email {
		t.Errorf("legacy token: %d %v", r.status, r.body)
	}
	badTok, _ := arcsecond.NewClient(base, arcsecond.WithToken("nope"), noRetry)
	if r := send(t, badTok, http.MethodGet, profile, nil); detail(r) != "Invalid token." {
		t.Errorf("bad token: %d %q", r.status, detail(r))
	}

	// An upload key may create datasets and upload files, and read what the
	// CLI's upload sequence reads (arcsecond-io/cli cloud/uploader); nothing else.
	up, _ := arcsecond.NewClient(base, arcsecond.WithUploadKey(vera.UploadKey), arcsecond.WithOrganisation(SeedOrganisation), noRetry)
	ds := send(t, up, http.MethodPost, SeedOrganisation+"/datasets/", map[string]any{"name": "uploaded"})
	wantStatus(t, "upload key creates a dataset", ds, http.StatusCreated)
	f := sendMultipart(t, up, http.MethodPost, SeedOrganisation+"/datafiles/", map[string]string{"dataset": str(ds.object()["uuid"])}, "a.fits", []byte("x"))
	wantStatus(t, "upload key uploads", f, http.StatusCreated)
	dsPath := SeedOrganisation + "/datasets/" + str(ds.object()["uuid"]) + "/"
	wantStatus(t, "upload key finds its dataset", send(t, up, http.MethodGet, SeedOrganisation+"/datasets/?name=uploaded", nil), http.StatusOK)
	wantStatus(t, "upload key reads the telescope", send(t, up, http.MethodGet, SeedOrganisation+"/telescopes/T120/", nil), http.StatusOK)
	if p := send(t, up, http.MethodGet, profile, nil).object(); p["email"] != nil {
		t.Errorf("an upload key reads profiles as an anonymous caller: %v", p)
	}
	for _, p := range []string{"profiles/vera/apikey/", SeedOrganisation + "/nightlogs/"} {
		wantStatus(t, "upload key GET "+p, send(t, up, http.MethodGet, p, nil), http.StatusForbidden)
	}
	wantStatus(t, "upload key renames", send(t, up, http.MethodPatch, dsPath, map[string]any{"name": "x"}), http.StatusForbidden)
	wantStatus(t, "upload key deletes", send(t, up, http.MethodDelete, dsPath, nil), http.StatusForbidden)
	wantStatus(t, "upload key logs a night", send(t, up, http.MethodPost, SeedOrganisation+"/nightlogs/", map[string]any{"date": "2026-03-20"}), http.StatusForbidden)
	wantStatus(t, "upload key reads a public catalogue", send(t, up, http.MethodGet, "exoplanets/", nil), http.StatusOK)
}

// TestJWTSession: the SDK's JWT session against the server's expiry and
// rotation, with the server's clock moved forward.
func TestJWTSession(t *testing.T) {
	var offset atomic.Int64
	s := newTestServer(t, WithClock(func() time.Time { return time.Now().Add(time.Duration(offset.Load())) }), WithTokenLifetimes(2*time.Minute, time.Hour))
	annie := s.UserWithRole("superadmin")
	anon := anonymous(t, s)
	req, _ := anon.NewRequest(context.Background(), http.MethodPost, "auth/token/", map[string]any{"username": annie.Email, "password": annie.Password})
	var pair arcsecond.JWT
	if _, err := anon.Do(req, &pair); err != nil {
		t.Fatal(err)
	}
	if pair.Username != "annie" || time.Until(pair.AccessExpiry) > 2*time.Minute+time.Second {
		t.Fatalf("pair %v", pair)
	}
	var rotated atomic.Int32
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(s.URL+"/"), arcsecond.WithJWT(pair, func(arcsecond.JWT) { rotated.Add(1) }), noRetry)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, "with a fresh access token", send(t, c, http.MethodGet, "profiles/annie/", nil), http.StatusOK)
	offset.Store(int64(5 * time.Minute)) // the server sees the access token expired
	wantStatus(t, "after the access token expired", send(t, c, http.MethodGet, "profiles/annie/", nil), http.StatusOK)
	if rotated.Load() != 1 {
		t.Errorf("the SDK refreshed %d times, want 1", rotated.Load())
	}
	// Once the refresh token has expired too, the refresh fails and the
	// caller gets the server's 401.
	t.Run("refresh expired", func(t *testing.T) {
		offset.Store(int64(3 * time.Hour))
		r := send(t, c, http.MethodGet, "profiles/annie/", nil)
		if r.status != http.StatusUnauthorized || r.object()["code"] != "token_not_valid" {
			t.Errorf("after the refresh token expired: %d %v", r.status, r.body)
		}
	})
}

func TestValidation(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "edwin")
	r := send(t, c, http.MethodPost, "observingsites/", map[string]any{"IAUCode": 309})
	wantStatus(t, "site without name", r, http.StatusBadRequest)
	if fmt.Sprint(r.object()["name"]) != "[This field is required.]" || r.object()["coordinates"] == nil {
		t.Errorf("field errors: %v", r.body)
	}
	r = send(t, c, http.MethodPost, "telescopes/", map[string]any{"name": "X", "observing_site": "u", "mounting": "fork"})
	if fmt.Sprint(r.object()["mounting"]) != `["fork" is not a valid choice.]` {
		t.Errorf("enum: %v", r.body)
	}
	r = send(t, c, http.MethodPost, SeedOrganisation+"/datasets/", map[string]any{"name": strings.Repeat("x", 101), "is_public": "perhaps"})
	if fmt.Sprint(r.object()["name"]) != "[Ensure this field has no more than 100 characters.]" || fmt.Sprint(r.object()["is_public"]) != "[Must be a valid boolean.]" {
		t.Errorf("length and boolean: %v", r.body)
	}
	req, _ := c.NewRequest(context.Background(), http.MethodPost, "observingsites/", io.Reader(strings.NewReader("{not json")))
	req.Header.Set("Content-Type", "application/json")
	if r := do(c, req); r.status != http.StatusBadRequest || !strings.HasPrefix(detail(r), "JSON parse error") {
		t.Errorf("bad JSON: %d %v", r.status, r.body)
	}
	r = send(t, c, http.MethodPost, "observingsites/", []any{1})
	if r.status != http.StatusBadRequest || r.object()["non_field_errors"] == nil {
		t.Errorf("array body: %v", r.body)
	}
}

func TestUploadsAndDownloads(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "vera")
	org := SeedOrganisation + "/"
	ds := str(send(t, c, http.MethodPost, org+"datasets/", map[string]any{"name": "NGC 4151 MIDI"}).object()["uuid"])
	data := bytes.Repeat([]byte("SIMPLE  =                    T / FITS "), 100)
	fields := map[string]string{"dataset": ds, "is_raw": "True", "tags": "night1,target|NGC4151"}
	r := sendMultipart(t, c, http.MethodPost, org+"datafiles/", fields, "MIDI.2007-02-07T07:01:51.000.fits", data)
	wantStatus(t, "upload", r, http.StatusCreated)
	f := r.object()
	if f["size"] != float64(len(data)) || f["is_raw"] != true || f["is_fits"] != true || fmt.Sprint(f["tags"]) != "[night1 target|NGC4151]" || f["id"] == nil {
		t.Errorf("data file: %v", f)
	}
	dup := sendMultipart(t, c, http.MethodPost, org+"datafiles/", fields, "MIDI.2007-02-07T07:01:51.000.fits", data)
	if dup.status != http.StatusBadRequest || !strings.Contains(detail(dup), "already exists in dataset") || !errors.Is(dup.err, arcsecond.ErrAlreadyExists) {
		t.Errorf("duplicate upload: %d %v %v", dup.status, dup.body, dup.err)
	}
	// Download what was uploaded, from the signed storage URL, with the
	// member's credentials (the dataset is private: anonymously, 403).
	var got bytes.Buffer
	if _, err := c.Download(context.Background(), str(f["file"]), &got, nil); err != nil || !bytes.Equal(got.Bytes(), data) {
		t.Errorf("download: %v, %d bytes", err, got.Len())
	}
	if resp, _ := rawGet(t, str(f["file"])); resp.StatusCode != http.StatusForbidden {
		t.Errorf("anonymous download of a private file: %d", resp.StatusCode)
	}
	if resp, _ := rawGet(t, strings.Replace(str(f["file"]), "signature=", "signature=0", 1)); resp.StatusCode != http.StatusForbidden {
		t.Errorf("tampered signature: %d", resp.StatusCode)
	}
	// The dataset counts its files; the nested route lists them.
	d := send(t, c, http.MethodGet, org+"datasets/"+ds+"/", nil).object()
	if d["data_files_count"] != 1.0 || d["data_files_volume"] != float64(len(data)) {
		t.Errorf("dataset counters: %v %v", d["data_files_count"], d["data_files_volume"])
	}
	nested := send(t, c, http.MethodGet, org+"datasets/"+ds+"/datafiles/", nil).object()
	if nested["count"] != 1.0 {
		t.Errorf("nested list: %v", nested)
	}
	byName := send(t, c, http.MethodGet, org+"datasets/"+ds+"/datafiles/MIDI.2007-02-07T07:01:51.000.fits/", nil)
	wantStatus(t, "data file by name", byName, http.StatusOK)
	// An admin deletes it; the storage object goes with it.
	wantStatus(t, "delete", send(t, clientAs(t, s, "edwin"), http.MethodDelete, org+"datasets/"+ds+"/datafiles/MIDI.2007-02-07T07:01:51.000.fits/", nil), http.StatusNoContent)
	if resp, _ := rawGet(t, str(f["file"])); resp.StatusCode != http.StatusNotFound {
		t.Errorf("download after delete: %d", resp.StatusCode)
	}
	// Uploads into an unknown dataset, without a file, or too large.
	r = sendMultipart(t, c, http.MethodPost, org+"datafiles/", map[string]string{"dataset": "nope"}, "b.fits", data)
	if r.status != http.StatusBadRequest || r.object()["dataset"] == nil {
		t.Errorf("unknown dataset: %d %v", r.status, r.body)
	}
	r = sendMultipart(t, c, http.MethodPost, org+"datafiles/", map[string]string{"dataset": ds}, "", nil)
	if r.status != http.StatusBadRequest || r.object()["file"] == nil {
		t.Errorf("no file: %d %v", r.status, r.body)
	}
	small := newTestServer(t, WithMaxUploadSize(10))
	sc := clientAs(t, small, "vera")
	ds2 := str(send(t, sc, http.MethodPost, "datasets/", map[string]any{"name": "x"}).object()["uuid"])
	r = sendMultipart(t, sc, http.MethodPost, "datafiles/", map[string]string{"dataset": ds2}, "big.fits", data)
	wantStatus(t, "too large", r, http.StatusRequestEntityTooLarge)
}

// TestDeterministic: same options, same bytes — the property that keeps
// cassettes recorded from the server stable.
func TestDeterministic(t *testing.T) {
	fixed := func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }
	run := func() []byte {
		s := NewServer(WithSeed(11), WithClock(fixed), WithPublicURL("https://api.arcsecond.test"))
		defer s.Close()
		c := clientAs(t, s, "annie")
		var out bytes.Buffer
		for _, p := range []string{"observingsites/?page_size=5", "telescopes/UT1/", "exoplanets/?page=2", "profiles/annie/apikey/", SeedOrganisation + "/members/"} {
			b, _ := json.Marshal(send(t, c, http.MethodGet, p, nil).body)
			out.Write(b)
		}
		b, _ := json.Marshal(send(t, c, http.MethodPost, SeedOrganisation+"/datasets/", map[string]any{"name": "d"}).body)
		out.Write(b)
		return out.Bytes()
	}
	a, b := run(), run()
	if !bytes.Equal(a, b) {
		t.Fatalf("two servers with the same options differ:\n%s\n%s", a, b)
	}
	if !bytes.Contains(a, []byte(`"https://api.arcsecond.test/observingsites/?page=2\u0026page_size=5"`)) {
		t.Errorf("pagination links do not use the public URL: %.300s", a)
	}
	other := NewServer(WithSeed(12), WithClock(fixed))
	defer other.Close()
	eleven := NewServer(WithSeed(11))
	defer eleven.Close()
	if other.UserWithRole("admin").AccessKey == eleven.UserWithRole("admin").AccessKey {
		t.Error("different seeds gave the same keys")
	}
}

// TestConcurrentCreateAndList: many goroutines creating and listing at once
// lose no record (run with -race).
func TestConcurrentCreateAndList(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "vera")
	const workers, each = 12, 20
	var wg sync.WaitGroup
	errs := make(chan error, workers*each*2)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				req, _ := c.NewRequest(context.Background(), http.MethodPost, SeedOrganisation+"/datasets/", map[string]any{"name": fmt.Sprintf("w%d-%d", w, i)})
				if _, err := c.Do(req, nil); err != nil {
					errs <- err
				}
				req, _ = c.NewRequest(context.Background(), http.MethodGet, SeedOrganisation+"/datasets/", nil)
				if _, err := c.Do(req, nil); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	list, _ := send(t, c, http.MethodGet, SeedOrganisation+"/datasets/", nil).body.([]any)
	list = slices.DeleteFunc(list, func(d any) bool { return !strings.HasPrefix(str(d.(map[string]any)["name"]), "w") }) // the sample night's
	seen := map[string]bool{}
	uuids := map[string]bool{}
	for _, d := range list {
		m := d.(map[string]any)
		seen[str(m["name"])], uuids[str(m["uuid"])] = true, true
	}
	if len(list) != workers*each || len(seen) != workers*each || len(uuids) != workers*each {
		t.Errorf("%d datasets, %d names, %d uuids; want %d of each", len(list), len(seen), len(uuids), workers*each)
	}
}

func TestCloseLeavesNoGoroutine(t *testing.T) {
	before := runtime.NumGoroutine()
	for range 3 {
		s := NewServer()
		c, _ := s.Client()
		send(t, c, http.MethodGet, "observingsites/", nil)
		c.HTTPClient().CloseIdleConnections()
		s.Close()
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Close, %d before", n, before)
	}
}

func TestStreamAuthentication(t *testing.T) {
	s := newTestServer(t)
	r, _ := http.NewRequest(http.MethodGet, s.URL+"/ws/agent", nil)
	if u, e := s.authenticate(r); u != "" || e != nil {
		t.Errorf("anonymous: %q %v", u, e)
	}
	r.Header.Set("X-Arcsecond-API-Authorization", "Key "+s.UserWithRole("admin").AccessKey)
	if u, e := s.authenticate(r); u != "edwin" || e != nil {
		t.Errorf("access key: %q %v", u, e)
	}
	r.Header.Set("X-Arcsecond-API-Authorization", "Key wrong")
	if _, e := s.authenticate(r); e == nil || e.status != http.StatusUnauthorized {
		t.Errorf("wrong key: %v", e)
	}
}

func TestUnstartedServer(t *testing.T) {
	s := NewUnstartedServer(WithSeedData(false))
	defer s.Close()
	if s.URL != "" {
		t.Fatalf("URL %q before Start", s.URL)
	}
	s.Start()
	wantStatus(t, "after Start", send(t, clientAs(t, s, "vera"), http.MethodGet, "profiles/vera/", nil), http.StatusOK)
	defer func() {
		if recover() == nil {
			t.Error("a second Start did not panic")
		}
	}()
	s.Start()
}

func TestLoggerNeverLogsSecrets(t *testing.T) {
	var buf bytes.Buffer
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(lockedWriter{&mu, &buf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := newTestServer(t, WithLogger(logger))
	vera := s.UserWithRole("member")
	c := clientAs(t, s, vera.Username)
	ds := str(send(t, c, http.MethodPost, "datasets/", map[string]any{"name": "log"}).object()["uuid"])
	f := sendMultipart(t, c, http.MethodPost, "datafiles/", map[string]string{"dataset": ds}, "x.fits", []byte("data"))
	resp, err := http.Get(str(f.object()["file"]))
	if err == nil {
		resp.Body.Close()
	}
	send(t, anonymous(t, s), http.MethodPost, "auth/key/verify/", map[string]any{"username": vera.Username, "key": vera.UploadKey})
	mu.Lock()
	out := buf.String()
	mu.Unlock()
	if !strings.Contains(out, "path=/datasets/") || !strings.Contains(out, "status=201") {
		t.Errorf("log lacks the requests:\n%s", out)
	}
	for _, secret := range []string{vera.AccessKey, vera.UploadKey, "signature="} {
		if strings.Contains(out, secret) {
			t.Errorf("log holds a secret (%.8s…):\n%s", secret, out)
		}
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

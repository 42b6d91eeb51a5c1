package arcsecondtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strings"
	"testing"
)

// The official Python CLI, arcsecond 3.11.0 (github.com/arcsecond-io/cli,
// tag 3.11.0), replayed request for request: the same paths, headers and
// bodies, and the same members read from the answers, where a member the
// CLI indexes (dataset_dict['telescope']) must be present or the CLI
// crashes with a KeyError. The sequences follow its commands:
//
//	arcsecond api NAME URL; arcsecond login --username U --type access|upload --key K
//	    POST /auth/key/verify/ {"username", "key"}, no auth header; any 2xx
//	arcsecond me                      GET /profiles/U/
//	arcsecond datasets [-p ORG]       GET /[ORG/]datasets/: name, uuid, telescope, data_files_count
//	arcsecond telescopes [-p ORG]     GET /[ORG/]telescopes/: name, uuid, observing_site
//	arcsecond allskycameras [-p ORG]  GET /[ORG/]allskycameras/: name, uuid
//	arcsecond upload DIR -d NAME|UUID -t TEL [-p ORG] [--raw B] [--tags a,b]
//	    GET /[ORG/]datasets/?name=NAME (a bare list: the CLI calls len() on
//	    it) or GET /[ORG/]datasets/UUID/; GET /[ORG/]telescopes/TEL/: uuid;
//	    with ORG: GET /organisations/ORG/ then POST
//	    /auth/key/verify-organisation/ {"username", "key", "organisation"}
//	    (no auth header); dataset["telescope"] compared with TEL;
//	    POST /[ORG/]datasets/ {"name", "telescope"}: uuid (new dataset);
//	    POST /[ORG/]datafiles/ multipart dataset, is_raw "True"|"False",
//	    tags "a,b", file: id; a 400 containing "already exists in dataset"
//	    is a skip.
//	AllSkyCameraImageUploadContext + AllSkyCameraImageFileUploader (Python API)
//	    GET /[ORG/]allskycameras/CAM/: uuid, name; the organisation checks;
//	    POST /[ORG/]allskycameras/CAM/images/ multipart camera, utc_timestamp, file: id
//
// Every authenticated request carries X-Arcsecond-API-Authorization: Key
// with the access key, else the upload key ("Choose the strongest key
// first"), and every URL ends with a slash.

// cliConfig is the CLI's config.ini section of one API server.
type cliConfig struct {
	server, username, accessKey, uploadKey string
}

// cli replays the CLI's HTTP exchanges against a server.
type cli struct {
	t   *testing.T
	cfg cliConfig
}

// cliResponse is what the CLI's _perform_request returns: the decoded JSON
// on 2xx ({} for an empty body), or an error carrying the body text.
type cliResponse struct {
	status int
	body   any
	text   string
}

func (r cliResponse) ok() bool { return r.status >= 200 && r.status < 300 }

func (c *cli) url(subdomain string, parts ...string) string {
	frags := []string{}
	for _, f := range append([]string{subdomain}, parts...) {
		if f != "" {
			frags = append(frags, f)
		}
	}
	u := strings.TrimSuffix(c.cfg.server, "/") + "/" + strings.Join(frags, "/")
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

func (c *cli) do(method, url string, body io.Reader, contentType string, auth bool) cliResponse {
	c.t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		c.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if auth {
		key := c.cfg.accessKey
		if key == "" {
			key = c.cfg.uploadKey
		}
		if key == "" {
			c.t.Fatal("the CLI refuses to send: Missing auth keys (API or Upload). You must login first")
		}
		req.Header.Set("X-Arcsecond-API-Authorization", "Key "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := cliResponse{status: resp.StatusCode, text: string(raw)}
	if out.ok() {
		out.body = map[string]any{}
		if len(raw) > 0 {
			if err := json.Unmarshal(raw, &out.body); err != nil {
				c.t.Fatalf("%s %s: the CLI calls response.json() on %q: %v", method, url, raw, err)
			}
		}
	}
	return out
}

func (c *cli) getJSON(url string) cliResponse {
	c.t.Helper()
	return c.do(http.MethodGet, url, nil, "", true)
}

func (c *cli) postJSON(url string, body map[string]any, auth bool) cliResponse {
	c.t.Helper()
	b, _ := json.Marshal(body)
	return c.do(http.MethodPost, url, bytes.NewReader(b), "application/json", auth)
}

// postFiles is httpx's multipart request with data= and files=: the data
// fields first (a list value repeats its field), then the file part.
func (c *cli) postFiles(url string, data [][2]string, filename string, content []byte) cliResponse {
	c.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, kv := range data {
		_ = mw.WriteField(kv[0], kv[1])
	}
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename=%q`, filename))
	h.Set("Content-Type", "application/octet-stream")
	w, _ := mw.CreatePart(h)
	_, _ = w.Write(content)
	_ = mw.Close()
	return c.do(http.MethodPost, url, &buf, mw.FormDataContentType(), true)
}

// login is `arcsecond login`: the key is saved only if the server verifies it.
func (c *cli) login(username, kind, key string) cliResponse {
	c.t.Helper()
	r := c.postJSON(c.url("", "auth/key/verify"), map[string]any{"username": username, "key": key}, false)
	if r.ok() {
		c.cfg.username = username
		if kind == "access" {
			c.cfg.accessKey = key
		} else {
			c.cfg.uploadKey = key
		}
	}
	return r
}

// list is the CLI's `datasets`/`telescopes`/`allskycameras` listing: the
// results of a paginated answer, or the bare list.
func (c *cli) list(portal, path string) []map[string]any {
	c.t.Helper()
	r := c.getJSON(c.url(portal, path))
	if !r.ok() {
		c.t.Fatalf("arcsecond %s -p %q: ArcsecondError %d %s", path, portal, r.status, r.text)
	}
	items := r.body
	if m, ok := items.(map[string]any); ok {
		if res, ok := m["results"]; ok {
			items = res
		}
	}
	list, ok := items.([]any)
	if !ok {
		c.t.Fatalf("arcsecond %s: len() of %T", path, items)
	}
	out := make([]map[string]any, len(list))
	for i, it := range list {
		out[i], _ = it.(map[string]any)
	}
	return out
}

// member is Python's dict[key]: a missing key is a KeyError (the test
// fails), None is fine.
func (c *cli) member(what string, m map[string]any, key string) any {
	c.t.Helper()
	v, ok := m[key]
	if !ok {
		c.t.Fatalf("%s: KeyError %q in %v", what, key, m)
	}
	return v
}

// validateOrganisation is BaseUploadContext's organisation checks.
func (c *cli) validateOrganisation(portal string) {
	c.t.Helper()
	if portal == "" {
		return
	}
	if r := c.getJSON(c.url("", "organisations", portal)); !r.ok() {
		c.t.Fatalf("UnknownOrganisationError %s: %d %s", portal, r.status, r.text)
	}
	key := c.cfg.accessKey
	if key == "" {
		key = c.cfg.uploadKey
	}
	r := c.postJSON(c.url("", "auth/key/verify-organisation"), map[string]any{"username": c.cfg.username, "key": key, "organisation": portal}, false)
	if !r.ok() {
		c.t.Fatalf("InvalidOrgMembershipError %s: %d %s", portal, r.status, r.text)
	}
}

// upload is `arcsecond upload` of files into a dataset named or identified
// by dataset, attached to telescope; it returns the ids the CLI reads, 0
// for a file skipped as already uploaded.
func (c *cli) upload(portal, dataset, telescope, raw, tags string, files map[string][]byte, order []string) []any {
	c.t.Helper()
	var ds map[string]any
	if uuidRE.MatchString(dataset) {
		r := c.getJSON(c.url(portal, "datasets", dataset))
		if !r.ok() {
			c.t.Fatalf("InvalidDatasetError %s: %d %s", dataset, r.status, r.text)
		}
		ds = r.body.(map[string]any)
	} else {
		r := c.getJSON(c.url(portal, "datasets") + "?name=" + strings.ReplaceAll(dataset, " ", "+"))
		list, ok := r.body.([]any)
		if !r.ok() || !ok {
			c.t.Fatalf("datasets?name=: len() of %T (%d %s)", r.body, r.status, r.text)
		}
		switch len(list) {
		case 0:
			ds = map[string]any{"name": dataset}
		case 1:
			ds = list[0].(map[string]any)
		default:
			c.t.Fatalf("Multiple datasets with name %s found.", dataset)
		}
	}
	tr := c.getJSON(c.url(portal, "telescopes", telescope))
	if !tr.ok() {
		c.t.Fatalf("InvalidTelescopeError %s: %d %s", telescope, tr.status, tr.text)
	}
	telUUID := c.member("telescope", tr.body.(map[string]any), "uuid")
	if ds["uuid"] != nil {
		if dt := ds["telescope"]; dt != nil && dt != telUUID {
			c.t.Fatalf("InvalidTelescopeInDatasetError: dataset has %v, not %v", dt, telUUID)
		}
	}
	c.validateOrganisation(portal)
	var ids []any
	for _, name := range order {
		if ds["uuid"] == nil { // DatasetFileUploader._prepare_upload
			r := c.postJSON(c.url(portal, "datasets"), map[string]any{"name": ds["name"], "telescope": telUUID}, true)
			if !r.ok() {
				c.t.Fatalf("Dataset %v could not be created: %d %s", ds["name"], r.status, r.text)
			}
			ds = r.body.(map[string]any)
		}
		data := [][2]string{{"dataset", str(ds["uuid"])}, {"is_raw", raw}}
		if tags != "" {
			data = append(data, [2]string{"tags", tags})
		}
		r := c.postFiles(c.url(portal, "datafiles"), data, name, files[name])
		switch {
		case r.ok():
			ids = append(ids, c.member("uploaded file", r.body.(map[string]any), "id"))
		case strings.Contains(r.text, "already exists in dataset"):
			ids = append(ids, 0)
		default:
			c.t.Fatalf("UploadRemoteFileError %d - %s", r.status, r.text)
		}
	}
	return ids
}

// TestOfficialCLI replays the CLI's commands as a portal member logged in
// with the access key, then with the upload key, then by e-mail.
func TestOfficialCLI(t *testing.T) {
	s := newTestServer(t)
	vera := s.UserWithRole("member")
	portal := SeedOrganisation

	// The portal's admin installs an all-sky camera (not a CLI command).
	edwin := clientAs(t, s, "edwin")
	site := str(send(t, edwin, http.MethodGet, portal+"/observingsites/", nil).body.([]any)[0].(map[string]any)["uuid"])
	cam := send(t, edwin, http.MethodPost, portal+"/allskycameras/", map[string]any{"name": "OHP all-sky", "observing_site": site})
	wantStatus(t, "all-sky camera", cam, http.StatusCreated)
	camUUID := str(cam.object()["uuid"])

	for _, login := range []struct{ name, username, kind, key string }{
		{"access key", vera.Username, "access", vera.AccessKey},
		{"upload key", vera.Username, "upload", vera.UploadKey},
		{"e-mail and upload key", vera.Email, "upload", vera.UploadKey},
	} {
		t.Run(login.name, func(t *testing.T) {
			c := &cli{t: t, cfg: cliConfig{server: s.URL}}
			if r := c.login(login.username, login.kind, login.key); !r.ok() {
				t.Fatalf("arcsecond login: %d %s", r.status, r.text)
			}
			if login.kind == "access" {
				if r := c.getJSON(c.url("", "profiles", c.cfg.username)); !r.ok() || r.body.(map[string]any)["email"] != vera.Email {
					t.Errorf("arcsecond me: %d %s", r.status, r.text)
				}
			}
			tels := c.list(portal, "telescopes")
			if len(tels) == 0 {
				t.Fatal("arcsecond telescopes -p: none")
			}
			for _, tel := range tels {
				for _, k := range []string{"name", "uuid", "observing_site"} {
					c.member("arcsecond telescopes", tel, k)
				}
			}
			tel := str(tels[0]["uuid"])

			// A dataset made without a telescope (the web app allows it)
			// must not crash `arcsecond datasets`.
			wantStatus(t, "dataset without telescope", send(t, edwin, http.MethodPost, portal+"/datasets/", map[string]any{"name": "bare " + login.name}), http.StatusCreated)
			dsName := "M 42 " + login.name
			files := map[string][]byte{"m42-001.fits": sampleFITS(), "m42-002.fits": sampleFITS()}
			order := []string{"m42-001.fits", "m42-002.fits"}
			ids := c.upload(portal, dsName, tel, "True", "night1,orion", files, order)
			if len(ids) != 2 || ids[0] == 0 || ids[1] == 0 {
				t.Fatalf("upload ids %v", ids)
			}
			// Running it again appends to the dataset found by name; the
			// files are already there, which the CLI reports as skips.
			if again := c.upload(portal, dsName, tel, "True", "", files, order); fmt.Sprint(again) != "[0 0]" {
				t.Errorf("second upload %v, want skips", again)
			}
			found := false
			for _, d := range c.list(portal, "datasets") {
				for _, k := range []string{"name", "uuid", "telescope", "data_files_count"} {
					c.member("arcsecond datasets", d, k)
				}
				if d["name"] == dsName {
					found = true
					if d["telescope"] != tel || d["data_files_count"] != 2.0 {
						t.Errorf("uploaded dataset %v", d)
					}
				}
			}
			if !found {
				t.Errorf("arcsecond datasets -p: %q not listed", dsName)
			}
			// By UUID, into the personal space this time.
			personal := c.upload("", "Personal "+login.name, tel, "False", "", map[string][]byte{"x.fits": sampleFITS()}, []string{"x.fits"})
			if len(personal) != 1 || personal[0] == 0 {
				t.Errorf("personal upload %v", personal)
			}

			// All-sky images: the camera is listed and read, then each
			// image is posted with its timestamp.
			cams := c.list(portal, "allskycameras")
			if len(cams) != 1 || c.member("arcsecond allskycameras", cams[0], "uuid") != camUUID {
				t.Fatalf("arcsecond allskycameras -p: %v", cams)
			}
			c.member("arcsecond allskycameras", cams[0], "name")
			r := c.getJSON(c.url(portal, "allskycameras", camUUID))
			if !r.ok() {
				t.Fatalf("InvalidOrganisationCameraError: %d %s", r.status, r.text)
			}
			c.member("camera", r.body.(map[string]any), "name")
			c.validateOrganisation(portal)
			img := c.postFiles(c.url(portal, "allskycameras/"+camUUID+"/images"),
				[][2]string{{"camera", camUUID}, {"utc_timestamp", "1773957600.25"}}, "sky-0001.jpg", []byte("\xff\xd8\xff\xe0 jpeg"))
			if !img.ok() {
				t.Fatalf("all-sky upload: %d %s", img.status, img.text)
			}
			c.member("all-sky image", img.body.(map[string]any), "id")
		})
	}

	// The CLI's Python API passes upload_file(is_raw=False, tags=["science",
	// "calibrated"]): httpx sends is_raw "false" and one tags field per tag.
	t.Run("python API tags list", func(t *testing.T) {
		c := &cli{t: t, cfg: cliConfig{server: s.URL}}
		c.login(vera.Username, "access", vera.AccessKey)
		ds := c.postJSON(c.url(portal, "datasets"), map[string]any{"name": "api", "telescope": nil}, true)
		r := c.postFiles(c.url(portal, "datafiles"), [][2]string{{"dataset", str(ds.body.(map[string]any)["uuid"])}, {"is_raw", "false"},
			{"tags", "science"}, {"tags", "calibrated"}}, "y.fits", sampleFITS())
		if !r.ok() {
			t.Fatalf("upload: %d %s", r.status, r.text)
		}
		f := r.body.(map[string]any)
		if fmt.Sprint(f["tags"]) != "[science calibrated]" || f["is_raw"] != false {
			t.Errorf("repeated tags fields and is_raw: %v %v", f["tags"], f["is_raw"])
		}
	})

	// A wrong key, or a key of someone else, is refused at login.
	t.Run("bad login", func(t *testing.T) {
		c := &cli{t: t, cfg: cliConfig{server: s.URL}}
		annie := s.UserWithRole("superadmin")
		for _, u := range []string{vera.Username, vera.Email, "nobody@example.org"} {
			if r := c.login(u, "access", annie.AccessKey); r.ok() {
				t.Errorf("login %s with another's key: %d", u, r.status)
			}
		}
		if c.cfg.accessKey != "" {
			t.Error("a refused key was saved")
		}
	})
}

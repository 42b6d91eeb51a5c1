package arcsecondtest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// The permission table: for each kind of record and each thing one does
// with it, through every route that reaches it (personal, organisation,
// nested, storage URL), who may. Everyone else must be refused (401, 403
// or 404) or, in a list, not see the record.

// actors: anonymous, an upload key (vera's), the outsider carl, and the
// seed organisation's observer, member, admin and superadmin.
var actors = []string{"anonymous", "upload", "carl", "henrietta", "vera", "edwin", "annie"}

var (
	members  = []string{"upload", "henrietta", "vera", "edwin", "annie"} // the upload key acts for vera where it may act
	readers  = []string{"henrietta", "vera", "edwin", "annie"}
	writers  = []string{"vera", "edwin", "annie"}
	admins   = []string{"edwin", "annie"}
	everyone = actors
	signedIn = []string{"upload", "carl", "henrietta", "vera", "edwin", "annie"} // an upload key reads datasets, not files
	accounts = signedIn[1:]
	onlyCarl = []string{"carl"}
)

type permWorld struct {
	t       *testing.T
	s       *Server
	clients map[string]*arcsecond.Client
}

func newPermWorld(t *testing.T) *permWorld {
	s := newTestServer(t)
	w := &permWorld{t: t, s: s, clients: map[string]*arcsecond.Client{"anonymous": anonymous(t, s)}}
	for _, u := range actors[2:] {
		w.clients[u] = clientAs(t, s, u)
	}
	up, err := arcsecond.NewClient(arcsecond.WithBaseURL(s.URL+"/"), arcsecond.WithUploadKey(s.UserWithRole("member").UploadKey), noRetry)
	if err != nil {
		t.Fatal(err)
	}
	w.clients["upload"] = up
	return w
}

// dataset makes a dataset as who under prefix ("lyra/" or "") with one file.
func (w *permWorld) dataset(who, prefix string, public bool) (uuid string, fileID int, fileName, fileURL string) {
	c := w.clients[who]
	r := send(w.t, c, http.MethodPost, prefix+"datasets/", map[string]any{"name": fmt.Sprintf("%s %v", who, public), "is_public": public})
	wantStatus(w.t, "dataset", r, http.StatusCreated)
	uuid = str(r.object()["uuid"])
	fileName = fmt.Sprintf("f-%s.fits", uuid[:8])
	f := sendMultipart(w.t, c, http.MethodPost, prefix+"datafiles/", map[string]string{"dataset": uuid}, fileName, sampleFITS())
	wantStatus(w.t, "file", f, http.StatusCreated)
	id, _ := intOf(f.object()["id"])
	return uuid, id, fileName, str(f.object()["file"])
}

// lists reports whether a list answer (bare or paginated) holds an item
// whose key member is v.
func lists(r result, key string, v any) bool {
	items, _ := r.body.([]any)
	if m, ok := r.body.(map[string]any); ok {
		items, _ = m["results"].([]any)
	}
	for _, it := range items {
		if m, ok := it.(map[string]any); ok && str(m[key]) == str(v) {
			return true
		}
	}
	return false
}

func (w *permWorld) get(who, path string) result {
	return send(w.t, w.clients[who], http.MethodGet, path, nil)
}

func (w *permWorld) download(who, url string) bool {
	var b bytes.Buffer
	_, err := w.clients[who].Download(context.Background(), url, &b, nil)
	return err == nil && b.Len() == len(sampleFITS())
}

func TestPermissionTable(t *testing.T) {
	w := newPermWorld(t)
	const org = SeedOrganisation + "/"
	orgPriv, privFile, privName, privURL := w.dataset("vera", org, false)
	orgPub, pubFile, pubName, pubURL := w.dataset("vera", org, true)
	carlPriv, carlPrivFile, _, carlPrivURL := w.dataset("carl", "", false)
	carlPub, carlPubFile, _, carlPubURL := w.dataset("carl", "", true)
	inv := send(t, w.clients["edwin"], http.MethodPost, org+"invitations/", map[string]any{"invitee_email": "new@example.org"})
	wantStatus(t, "invitation", inv, http.StatusCreated)
	token := str(inv.object()["token"])

	type check struct {
		kind, what string
		allowed    []string
		try        func(who string) bool
	}
	ok := func(r result) bool { return r.status >= 200 && r.status < 300 }
	detail := func(path string) func(string) bool { return func(who string) bool { return ok(w.get(who, path)) } }
	listed := func(path, key string, v any) func(string) bool {
		return func(who string) bool { r := w.get(who, path); return ok(r) && lists(r, key, v) }
	}
	dl := func(url string) func(string) bool { return func(who string) bool { return w.download(who, url) } }
	patch := func(path string) func(string) bool {
		return func(who string) bool {
			return ok(send(t, w.clients[who], http.MethodPatch, path, map[string]any{"description": "edited by " + who}))
		}
	}
	// Deleting takes a fresh record for each caller.
	deleteDataset := func(owner, prefix string) func(string) bool {
		return func(who string) bool {
			r := send(t, w.clients[owner], http.MethodPost, prefix+"datasets/", map[string]any{"name": "doomed", "is_public": true})
			return ok(send(t, w.clients[who], http.MethodDelete, prefix+"datasets/"+str(r.object()["uuid"])+"/", nil))
		}
	}
	checks := []check{
		{"organisation private dataset", "read", members, detail(org + "datasets/" + orgPriv + "/")},
		{"organisation private dataset", "list", members, listed(org+"datasets/", "uuid", orgPriv)},
		{"organisation private dataset", "update", writers, patch(org + "datasets/" + orgPriv + "/")},
		{"organisation private dataset", "delete", admins, deleteDataset("vera", org)},
		{"organisation public dataset", "read", everyone, detail(org + "datasets/" + orgPub + "/")},
		{"organisation public dataset", "list", everyone, listed(org+"datasets/", "uuid", orgPub)},
		{"organisation public dataset", "update", writers, patch(org + "datasets/" + orgPub + "/")},

		{"file of an organisation private dataset", "list /{org}/datafiles/", readers, listed(org+"datafiles/", "id", privFile)},
		{"file of an organisation private dataset", "list nested", readers, listed(org+"datasets/"+orgPriv+"/datafiles/", "id", privFile)},
		{"file of an organisation private dataset", "read by id", readers, detail(fmt.Sprintf("%sdatafiles/%d/", org, privFile))},
		{"file of an organisation private dataset", "read nested by name", readers, detail(org + "datasets/" + orgPriv + "/datafiles/" + privName + "/")},
		{"file of an organisation private dataset", "download", readers, dl(privURL)},
		{"file of an organisation public dataset", "list /{org}/datafiles/", everyone, listed(org+"datafiles/", "id", pubFile)},
		{"file of an organisation public dataset", "list nested", everyone, listed(org+"datasets/"+orgPub+"/datafiles/", "id", pubFile)},
		{"file of an organisation public dataset", "read nested by name", everyone, detail(org + "datasets/" + orgPub + "/datafiles/" + pubName + "/")},
		{"file of an organisation public dataset", "download", everyone, dl(pubURL)},

		{"personal private dataset", "read", onlyCarl, detail("datasets/" + carlPriv + "/")},
		{"personal private dataset", "update", onlyCarl, patch("datasets/" + carlPriv + "/")},
		{"personal private dataset", "file list nested", onlyCarl, listed("datasets/"+carlPriv+"/datafiles/", "id", carlPrivFile)},
		{"personal private dataset", "file read", onlyCarl, detail(fmt.Sprintf("datafiles/%d/", carlPrivFile))},
		{"personal private dataset", "download", onlyCarl, dl(carlPrivURL)},
		{"personal public dataset", "read", signedIn, detail("datasets/" + carlPub + "/")},
		{"personal public dataset", "update", onlyCarl, patch("datasets/" + carlPub + "/")},
		{"personal public dataset", "delete", onlyCarl, deleteDataset("carl", "")},
		{"personal public dataset", "file list nested", accounts, listed("datasets/"+carlPub+"/datafiles/", "id", carlPubFile)},
		{"personal public dataset", "file read", accounts, detail(fmt.Sprintf("datafiles/%d/", carlPubFile))},
		{"personal public dataset", "download", everyone, dl(carlPubURL)},
		{"personal datasets", "own list holds carl's public one", onlyCarl, listed("datasets/", "uuid", carlPub)},

		{"organisation invitation", "list (tokens)", admins, listed(org+"invitations/", "token", token)},
		{"organisation invitation", "read by its token", everyone, detail(org + "invitations/" + token + "/")},

		{"organisation night logs", "list", readers, func(who string) bool { return ok(w.get(who, org+"nightlogs/")) }},
		{"organisation datasets", "list (public ones for outsiders)", everyone, func(who string) bool { return ok(w.get(who, org+"datasets/")) }},
	}
	for _, ch := range checks {
		for _, who := range actors {
			want := slices.Contains(ch.allowed, who)
			if got := ch.try(who); got != want {
				t.Errorf("%s, %s, as %s: allowed %v, want %v", ch.kind, ch.what, who, got, want)
			}
		}
	}
	// The same refusal on every organisation route that needs a membership:
	// 401 anonymous, 403 outsider.
	for _, p := range []string{"nightlogs/", "members/", "observingsites/", "telescopes/", "targets/", "datasetcounts/"} {
		if r := w.get("anonymous", org+p); r.status != http.StatusUnauthorized {
			t.Errorf("anonymous GET %s%s: %d", org, p, r.status)
		}
		if r := w.get("carl", org+p); r.status != http.StatusForbidden {
			t.Errorf("outsider GET %s%s: %d", org, p, r.status)
		}
	}
}

// An organisation gives up its telescope: the link goes, the public
// telescope record stays.
func TestOrganisationTelescopeDelete(t *testing.T) {
	w := newPermWorld(t)
	const org = SeedOrganisation + "/"
	tels, _ := w.get("annie", org+"telescopes/").body.([]any)
	if len(tels) == 0 {
		t.Fatal("no organisation telescope")
	}
	tel := str(tels[0].(map[string]any)["uuid"])
	for _, who := range []string{"anonymous", "carl", "henrietta", "vera"} {
		if r := send(t, w.clients[who], http.MethodDelete, org+"telescopes/"+tel+"/", nil); r.status < 400 {
			t.Errorf("%s deletes the organisation's telescope: %d", who, r.status)
		}
	}
	wantStatus(t, "admin unlinks", send(t, w.clients["edwin"], http.MethodDelete, org+"telescopes/"+tel+"/", nil), http.StatusNoContent)
	wantStatus(t, "organisation telescope after", w.get("edwin", org+"telescopes/"+tel+"/"), http.StatusNotFound)
	wantStatus(t, "public telescope after", w.get("anonymous", "telescopes/"+tel+"/"), http.StatusOK)
}

// The storage URL of a private file answers S3's AccessDenied to anonymous
// callers, signed or not.
func TestPrivateDownloadNeedsCredentials(t *testing.T) {
	w := newPermWorld(t)
	_, _, _, url := w.dataset("vera", SeedOrganisation+"/", false)
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "AccessDenied") {
		t.Errorf("anonymous download: %d %s", resp.StatusCode, body)
	}
}

package arcsecond_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestDataPackages(t *testing.T) {
	e := newEnv(t, "")
	ctx := t.Context()
	ds := check(e.c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "release"})).ok(t)
	p := check(e.c.DataPackages.Create(ctx, &arcsecond.DataPackageCreate{Name: "DR1", Datasets: []string{ds.UUID}, IsPublic: arcsecond.Ptr(true)})).ok(t)
	e.expect(t, "POST", "/datapackages/", "", map[string]any{"name": "DR1", "datasets": []string{ds.UUID}, "is_public": true})
	check(e.c.DataPackages.Get(ctx, p.UUID)).ok(t)
	e.expect(t, "GET", "/datapackages/"+p.UUID+"/", "", nil)
	check(e.c.DataPackages.List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/datapackages/", "", nil)
	check(e.c.DataPackages.Update(ctx, p.UUID, &arcsecond.DataPackageUpdate{Description: arcsecond.Ptr("first release")})).ok(t)
	e.expect(t, "PATCH", "/datapackages/"+p.UUID+"/", "", map[string]any{"description": "first release"})
	// No archive yet.
	if _, err := e.c.DataPackages.Download(ctx, p.UUID, &bytes.Buffer{}, nil); !errors.Is(err, arcsecond.ErrNoDownload) {
		t.Errorf("download without archive: %v", err)
	}
	// An archive: point zip_file at a stored file, as the API's zip builder would.
	zip := bytes.Repeat([]byte("PK\x03\x04"), 300)
	df := check(e.c.DataFiles.Upload(ctx, ds.UUID, arcsecond.File{Name: "dr1.fits", Content: bytes.NewReader(zip), Size: int64(len(zip))}, nil)).ok(t)
	req, err := e.c.NewRequest(ctx, "PATCH", "datapackages/"+p.UUID+"/", map[string]string{"zip_file": df.File})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Do(req, nil); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	var seen int64
	n, err := e.c.DataPackages.Download(ctx, p.UUID, &buf, &arcsecond.DownloadOptions{Offset: 200, Progress: func(_ string, done, total int64) { seen = done }})
	if err != nil || n != int64(len(zip)-200) || !bytes.Equal(buf.Bytes(), zip[200:]) || seen != int64(len(zip)) {
		t.Fatalf("download: %d bytes, progress %d, %v", n, seen, err)
	}
	if _, err := e.c.DataPackages.Delete(ctx, p.UUID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/datapackages/"+p.UUID+"/", "", nil)
}

func TestDataPackageCoverAndKeys(t *testing.T) {
	e := newEnv(t, "member", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	p := check(e.c.DataPackages.Create(ctx, &arcsecond.DataPackageCreate{Name: "Outreach"})).ok(t)
	e.expect(t, "POST", "/lyra/datapackages/", "", map[string]any{"name": "Outreach"})
	check(e.c.DataPackages.UploadCover(ctx, p.UUID, arcsecond.File{Name: "cover.png", Content: bytesReader("PNG"), Size: 3}, nil)).ok(t)
	if got := e.rec.last(t); got.Method != "POST" || got.Path != "/lyra/datapackages/"+p.UUID+"/" || got.Form["cover_image"] != "@cover.png" {
		t.Errorf("cover upload sent %+v", got)
	}
	if _, _, err := e.c.ForOrganisation("").DataPackages.UploadCover(ctx, p.UUID, arcsecond.File{Name: "c.png", Content: bytesReader("x"), Size: 1}, nil); !errors.Is(err, arcsecond.ErrNoOrganisation) {
		t.Errorf("personal cover: %v", err)
	}

	// Key rotation: arcsecondtest refuses (501); the requests are what matter.
	me := e.srv.UserWithRole("member").Username
	_, _, _ = e.c.Profiles.UpdateAPIKey(ctx, me, &arcsecond.APIKey{APIKey: "x"})
	e.expect(t, "PATCH", "/profiles/"+me+"/apikey/", "", map[string]any{"api_key": "x"})
	_, _, _ = e.c.Profiles.ReplaceAPIKey(ctx, me, &arcsecond.APIKey{APIKey: "y"})
	e.expect(t, "PUT", "/profiles/"+me+"/apikey/", "", map[string]any{"api_key": "y"})
	_, _, _ = e.c.Profiles.UpdateUploadKey(ctx, me, &arcsecond.UploadKey{UploadKey: "z"})
	e.expect(t, "PATCH", "/profiles/"+me+"/uploadkey/", "", map[string]any{"upload_key": "z"})
	_, _, _ = e.c.Profiles.ReplaceUploadKey(ctx, me, &arcsecond.UploadKey{UploadKey: "w"})
	e.expect(t, "PUT", "/profiles/"+me+"/uploadkey/", "", map[string]any{"upload_key": "w"})
	if _, _, err := e.c.Profiles.UpdateAPIKey(ctx, me, nil); err == nil {
		t.Error("nil body: no error")
	}
}

package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestDatasetsCRUDAndFiles(t *testing.T) {
	e := newEnv(t, "superadmin", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	_, tel := e.siteAndTelescope(t)

	ds := check(e.c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "M31 run", Telescope: tel})).ok(t)
	e.expect(t, "POST", "/lyra/datasets/", "", map[string]any{"name": "M31 run", "telescope": tel})
	if ds.UUID == "" || ds.Telescope != tel || ds.Organisation != "lyra" {
		t.Fatalf("created %+v", ds)
	}
	got := check(e.c.Datasets.Get(ctx, ds.UUID)).ok(t)
	e.expect(t, "GET", "/lyra/datasets/"+ds.UUID+"/", "", nil)
	if got.Name != "M31 run" {
		t.Errorf("Get: %+v", got)
	}
	list := check(e.c.Datasets.List(ctx, &arcsecond.DatasetListOptions{Name: "M31 run", Tags: []string{"a", "b"}})).ok(t)
	e.expect(t, "GET", "/lyra/datasets/", "name=M31+run&tags=a%2Cb", nil)
	_ = list
	upd := check(e.c.Datasets.Update(ctx, ds.UUID, &arcsecond.DatasetUpdate{Description: arcsecond.Ptr("Andromeda")})).ok(t)
	e.expect(t, "PATCH", "/lyra/datasets/"+ds.UUID+"/", "", map[string]any{"description": "Andromeda"})
	if upd.Description != "Andromeda" {
		t.Errorf("Update: %+v", upd)
	}

	f := arcsecond.File{Name: "m31_001.fits", Content: bytesReader("SIMPLE  =                    T"), Size: 30}
	df := check(e.c.DataFiles.Upload(ctx, ds.UUID, f, &arcsecond.UploadOptions{IsRaw: true, Tags: []string{"m31", "night1"}})).ok(t)
	got2 := e.rec.last(t)
	if got2.Method != "POST" || got2.Path != "/lyra/datafiles/" || got2.Form["dataset"] != ds.UUID || got2.Form["is_raw"] != "True" || got2.Form["tags"] != "m31,night1" || got2.Form["file"] != "@m31_001.fits" {
		t.Errorf("upload sent %+v", got2)
	}
	files := check(e.c.Datasets.DataFiles(ds.UUID).List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/lyra/datasets/"+ds.UUID+"/datafiles/", "", nil)
	if len(files) != 1 || files[0].Name != "m31_001.fits" || files[0].ID != df.ID {
		t.Fatalf("files %+v", files)
	}
	byName := check(e.c.Datasets.DataFiles(ds.UUID).Get(ctx, "m31_001.fits")).ok(t)
	e.expect(t, "GET", "/lyra/datasets/"+ds.UUID+"/datafiles/m31_001.fits/", "", nil)
	if byName.Size != 30 {
		t.Errorf("size %d", byName.Size)
	}
	check(e.c.Datasets.DataFiles(ds.UUID).Update(ctx, "m31_001.fits", &arcsecond.DataFileUpdate{TargetName: arcsecond.Ptr("M31")})).ok(t)
	e.expect(t, "PATCH", "/lyra/datasets/"+ds.UUID+"/datafiles/m31_001.fits/", "", map[string]any{"target_name": "M31"})

	// A second upload of the same name is a duplicate a sync tool skips.
	_, _, err := e.c.DataFiles.Upload(ctx, ds.UUID, arcsecond.File{Name: "m31_001.fits", Content: bytesReader("x"), Size: 1}, nil)
	if !errors.Is(err, arcsecond.ErrAlreadyExists) {
		t.Fatalf("duplicate upload: %v", err)
	}
	if _, err := e.c.Datasets.DataFiles(ds.UUID).Delete(ctx, "m31_001.fits"); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/lyra/datasets/"+ds.UUID+"/datafiles/m31_001.fits/", "", nil)
	if _, err := e.c.Datasets.Delete(ctx, ds.UUID); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/lyra/datasets/"+ds.UUID+"/", "", nil)
	if _, _, err := e.c.Datasets.Get(ctx, ds.UUID); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("after delete: %v", err)
	}
}

func TestDatasetsFindOrCreate(t *testing.T) {
	e := newEnv(t, "member", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	admin := newEnv(t, "admin")
	_ = admin
	ds, created, err := e.c.Datasets.FindOrCreate(ctx, &arcsecond.DatasetCreate{Name: "flats"})
	if err != nil || !created || ds.Name != "flats" {
		t.Fatalf("first: %+v %v %v", ds, created, err)
	}
	again, created, err := e.c.Datasets.FindOrCreate(ctx, &arcsecond.DatasetCreate{Name: "flats"})
	if err != nil || created || again.UUID != ds.UUID {
		t.Fatalf("second: %+v %v %v", again, created, err)
	}
	e.expect(t, "GET", "/lyra/datasets/", "name=flats", nil)
	check(e.c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: "flats"})).ok(t)
	if _, _, err := e.c.Datasets.FindOrCreate(ctx, &arcsecond.DatasetCreate{Name: "flats"}); !errors.Is(err, arcsecond.ErrAmbiguousName) {
		t.Errorf("two datasets of that name: %v", err)
	}
	if _, _, err := e.c.Datasets.FindOrCreate(ctx, &arcsecond.DatasetCreate{}); err == nil {
		t.Error("no name: no error")
	}
}

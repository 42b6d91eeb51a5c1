package arcsecond_test

import (
	"errors"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestAllSkyCameras(t *testing.T) {
	e := newEnv(t, "admin", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	// There is no create route in the SDK (cameras are set up in the web
	// app): make one through the raw client.
	req, err := e.c.NewRequest(ctx, "POST", "lyra/allskycameras/", map[string]string{"name": "Roof cam"})
	if err != nil {
		t.Fatal(err)
	}
	var cam arcsecond.AllSkyCamera
	if _, err := e.c.Do(req, &cam); err != nil {
		t.Fatal(err)
	}
	got := check(e.c.AllSkyCameras.Get(ctx, cam.UUID)).ok(t)
	e.expect(t, "GET", "/lyra/allskycameras/"+cam.UUID+"/", "", nil)
	if got.Name != "Roof cam" {
		t.Errorf("camera %+v", got)
	}
	check(e.c.AllSkyCameras.List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/lyra/allskycameras/", "", nil)

	at := time.Date(2026, 11, 27, 23, 15, 30, 500_000_000, time.UTC)
	img := check(e.c.AllSkyCameras.Images(cam.UUID).Upload(ctx, arcsecond.File{Name: "sky.jpg", Content: bytesReader("JPEG"), Size: 4}, at, nil)).ok(t)
	sent := e.rec.last(t)
	if sent.Method != "POST" || sent.Path != "/lyra/allskycameras/"+cam.UUID+"/images/" || sent.Form["camera"] != cam.UUID ||
		sent.Form["utc_timestamp"] != "1795821330.5" || sent.Form["file"] != "@sky.jpg" {
		t.Errorf("upload sent %+v", sent)
	}
	if img.ID == 0 || !img.Time().Equal(at) {
		t.Errorf("image %+v (%v)", img, img.Time())
	}
	imgs := check(e.c.AllSkyCameras.Images(cam.UUID).List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/lyra/allskycameras/"+cam.UUID+"/images/", "", nil)
	if len(imgs) != 1 {
		t.Errorf("%d images", len(imgs))
	}
	if _, _, err := e.c.AllSkyCameras.Get(ctx, "0f0e2a44-0000-0000-0000-000000000000"); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("unknown camera: %v", err)
	}
}

package arcsecond_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestObservingSiteImagesUpload(t *testing.T) {
	_, c := publicServer(t)
	ctx := t.Context()
	sites, _, err := c.ObservingSites.List(ctx, nil)
	if err != nil || len(sites) == 0 {
		t.Fatalf("sites: %v", err)
	}
	img, _, err := c.ObservingSiteImages.Upload(ctx, arcsecond.SiteImageUpload{ObservingSite: sites[0].UUID, Credits: "ESO"},
		arcsecond.File{Name: "dome.jpg", Content: strings.NewReader("jpeg bytes"), Size: 10}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if img.ObservingSite != sites[0].UUID || img.Credits != "ESO" || img.File == "" {
		t.Errorf("image %+v", img)
	}
	list, _, err := c.ObservingSiteImages.List(ctx, nil)
	if err != nil || len(list) != 1 {
		t.Errorf("images: %v, %v", list, err)
	}
	f := forbidSending(t)
	if _, _, err := f.ObservingSiteImages.Upload(ctx, arcsecond.SiteImageUpload{}, arcsecond.File{Name: "a.jpg", Content: strings.NewReader("x"), Size: 1}, nil); !errors.Is(err, arcsecond.ErrMissingParameter) {
		t.Errorf("upload without a site: %v", err)
	}
}

package arcsecond

import (
	"context"
	"net/http"
)

// SiteImageUpload describes a picture sent to /observingsiteimages/: the
// site (uuid, required) and optional credits.
type SiteImageUpload struct {
	ObservingSite string
	Credits       string
	CreditsURL    string
}

// ObservingSiteImagesService lists and uploads pictures of observing sites:
// GET /observingsiteimages/ and POST (multipart, authenticated). The images
// of one site are also at ObservingSites.Images(uuid).
type ObservingSiteImagesService struct{ ep endpoint }

// Upload sends the picture f of the site meta.ObservingSite, streaming it;
// progress may be nil. A missing site is refused before sending
// (ErrMissingParameter). Retried as RetryPolicy says for uploads.
//
// POST /observingsiteimages/
func (s *ObservingSiteImagesService) Upload(ctx context.Context, meta SiteImageUpload, f File, progress Progress) (*SiteImage, *Response, error) {
	if meta.ObservingSite == "" {
		return nil, nil, errMissing("site image upload needs ObservingSite (a site uuid)")
	}
	fields := []formField{{"observing_site", meta.ObservingSite}}
	if meta.Credits != "" {
		fields = append(fields, formField{"credits", meta.Credits})
	}
	if meta.CreditsURL != "" {
		fields = append(fields, formField{"credits_url", meta.CreditsURL})
	}
	out := new(SiteImage)
	resp, err := s.ep.upload(ctx, http.MethodPost, nil, fields, "file", f, progress, out)
	if err != nil {
		return nil, resp, err
	}
	return out, resp, nil
}

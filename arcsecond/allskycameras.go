package arcsecond

import (
	"context"
	"strconv"
	"time"
)

// AllSkyCamera is an all-sky camera of an observatory (Cloud era, 2025).
type AllSkyCamera struct {
	UUID          string  `json:"uuid"`
	Name          string  `json:"name"`
	ObservingSite *string `json:"observing_site"`
	Organisation  string  `json:"organisation"`
}

// AllSkyCameraCreate is the body of a new all-sky camera (POST
// /[{org}/]allskycameras/, a route of the CLI-era API the 2023 document
// does not list).
type AllSkyCameraCreate struct {
	Name          string `json:"name"`
	ObservingSite string `json:"observing_site,omitempty"` // uuid
}

// AllSkyImage is an image of an all-sky camera. The API's answer to an upload
// may be only {"status":"success","id":…}.
type AllSkyImage struct {
	ID           int     `json:"id"`
	Camera       string  `json:"camera"`
	UTCTimestamp float64 `json:"utc_timestamp"` // Unix seconds
	File         string  `json:"file"`
	Size         int64   `json:"size"`
	Status       string  `json:"status"`
}

// Time returns the image's UTC timestamp as a time.
func (i *AllSkyImage) Time() time.Time {
	sec := int64(i.UTCTimestamp)
	return time.Unix(sec, int64((i.UTCTimestamp-float64(sec))*1e9)).UTC()
}

// AllSkyCamerasService reads and creates all-sky cameras: /allskycameras/,
// or /{org}/allskycameras/ for an organisation, by uuid, and their images.
type AllSkyCamerasService struct{ ep endpoint }

// AllSkyImagesService lists and uploads the images of one camera.
type AllSkyImagesService struct {
	ep     endpoint
	camera string
}

// Images returns the images of the camera uuid:
// /[{org}/]allskycameras/{uuid}/images/.
func (s *AllSkyCamerasService) Images(uuid string) *AllSkyImagesService {
	return &AllSkyImagesService{ep: s.ep.child(uuid, "images"), camera: uuid}
}

// Upload sends an image taken at t: multipart "file", "camera" (the uuid) and
// "utc_timestamp" (Unix seconds, as a decimal), streamed; retried as
// RetryPolicy says for uploads.
//
// POST /[{org}/]allskycameras/{uuid}/images/
func (s *AllSkyImagesService) Upload(ctx context.Context, f File, t time.Time, progress Progress) (*AllSkyImage, *Response, error) {
	ts := strconv.FormatFloat(float64(t.UnixNano())/1e9, 'f', -1, 64)
	fields := []formField{{"camera", s.camera}, {"utc_timestamp", ts}}
	return uploadAs[AllSkyImage](ctx, s.ep, nil, fields, "file", f, progress)
}

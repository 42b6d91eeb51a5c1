package arcsecond

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"net/http"

	"github.com/arcsecond-go/arcsecond/aa"
)

// ObservingSite is an observatory (2023 schema ObservingSiteListCreate /
// ObservingSiteUpdate). Longitude is east-positive degrees, height metres.
type ObservingSite struct {
	UUID           string         `json:"uuid,omitempty"`
	Name           string         `json:"name"`
	Nickname       string         `json:"nickname,omitempty"`
	AlternateNames string         `json:"alternate_names,omitempty"`
	IAUCode        string         `json:"IAUCode,omitempty"`
	Acronym        string         `json:"acronym,omitempty"`
	HomepageURL    string         `json:"homepage_url,omitempty"`
	Coordinates    GeoCoordinates `json:"coordinates"`
	Address        *Address       `json:"address,omitempty"`
	Telescopes     []string       `json:"telescopes,omitempty"` // uuids, read-only
	Images         []SiteImage    `json:"images,omitempty"`     // read-only
}

// GeoCoordinates is a place on Earth as the API writes it: degrees
// (longitude east-positive) and metres above sea level. Geographic
// converts it to aa's type and NewGeoCoordinates makes one from it.
type GeoCoordinates struct {
	Longitude float64 `json:"longitude"`
	Latitude  float64 `json:"latitude"`
	Height    float64 `json:"height"`
}

// NewGeoCoordinates returns g in the API's units (degrees, the longitude
// in (-180°, 180°], metres), for request bodies.
func NewGeoCoordinates(g aa.Geographic) GeoCoordinates {
	return GeoCoordinates{Longitude: apiDeg(g.Lon.Norm180()), Latitude: apiDeg(g.Lat), Height: g.HeightMetres}
}

// Geographic returns the place for package aa; ok is false when a member
// is not finite, the latitude is beyond ±90° or the longitude beyond
// ±360°. (The API's zero, 0° 0° at sea level, is a valid place: a site
// whose coordinates were never set has them.)
func (g GeoCoordinates) Geographic() (aa.Geographic, bool) {
	lon, lat, h := g.Longitude, g.Latitude, g.Height
	if math.IsNaN(lon) || math.IsNaN(lat) || math.IsNaN(h) || math.IsInf(h, 0) || math.Abs(lat) > 90 || math.Abs(lon) > 360 {
		return aa.Geographic{}, false
	}
	return aa.Geographic{Lat: aa.Deg(lat), Lon: aa.Deg(lon), HeightMetres: h}, true
}

// Address is the postal address and time zone of a site.
type Address struct {
	Line1             string  `json:"line_1,omitempty"`
	Line2             string  `json:"line_2,omitempty"`
	ZipCode           ZipCode `json:"zip_code,omitempty"`
	StateProvince     string  `json:"state_province,omitempty"`
	Country           string  `json:"country,omitempty"`
	Continent         string  `json:"continent,omitempty"`
	TimeZoneID        string  `json:"time_zone_id,omitempty"`
	TimeZoneName      string  `json:"time_zone_name,omitempty"`
	TimeZoneUTCOffset int     `json:"time_zone_utc_offset,omitempty"`
	TimeZoneDSTOffset int     `json:"time_zone_dst_offset,omitempty"`
}

// ObservingSiteCreate is the body of a new observing site.
type ObservingSiteCreate struct {
	Name           string         `json:"name"`
	Coordinates    GeoCoordinates `json:"coordinates"`
	Nickname       string         `json:"nickname,omitempty"`
	AlternateNames string         `json:"alternate_names,omitempty"`
	IAUCode        string         `json:"IAUCode,omitempty"`
	Acronym        string         `json:"acronym,omitempty"`
	HomepageURL    string         `json:"homepage_url,omitempty"`
	Address        *Address       `json:"address,omitempty"`
}

// ObservingSiteUpdate changes an observing site; nil fields are left as they
// are.
type ObservingSiteUpdate struct {
	Name           *string         `json:"name,omitempty"`
	Coordinates    *GeoCoordinates `json:"coordinates,omitempty"`
	Nickname       *string         `json:"nickname,omitempty"`
	AlternateNames *string         `json:"alternate_names,omitempty"`
	IAUCode        *string         `json:"IAUCode,omitempty"`
	Acronym        *string         `json:"acronym,omitempty"`
	HomepageURL    *string         `json:"homepage_url,omitempty"`
	Address        *Address        `json:"address,omitempty"`
}

// SiteImage is a picture of an observing site (2023 schema
// ObservingSiteImagesList).
type SiteImage struct {
	PK                int       `json:"pk"`
	Date              Timestamp `json:"date"`
	File              string    `json:"file"`
	ObservingSite     string    `json:"observing_site"`
	ObservingSiteName string    `json:"observing_site_name"`
	Uploader          string    `json:"uploader"`
	Credits           string    `json:"credits"`
	CreditsURL        string    `json:"credits_url"`
	ThumbnailSmall    string    `json:"thumbnail_small"`
	ThumbnailMedium   string    `json:"thumbnail_medium"`
	ThumbnailLarge    string    `json:"thumbnail_large"`
}

// WeatherCondition is the latest weather of a site (2023 schema
// WeatherCondition); nil values are unknown.
type WeatherCondition struct {
	ID                       int       `json:"id"`
	Date                     Timestamp `json:"date"`
	Comment                  string    `json:"comment"`
	Icon                     string    `json:"icon"`
	Source                   string    `json:"source"`
	WindDirection            *float64  `json:"wind_direction"`
	WindSpeed                *float64  `json:"wind_speed"`
	Seeing                   *float64  `json:"seeing"`
	RelativeHumidity         *float64  `json:"relative_humidity"`
	Temperature              *float64  `json:"temperature"`
	ApparentTemperature      *float64  `json:"apparent_temperature"`
	DewPoint                 *float64  `json:"dew_point"`
	PrecipitationIntensity   *float64  `json:"precipitation_intensity"`
	PrecipitationProbability *float64  `json:"precipitation_probability"`
	Pressure                 *float64  `json:"pressure"`
	CloudCover               *float64  `json:"cloud_cover"`
	UVIndex                  *float64  `json:"uv_index"`
	Visibility               *float64  `json:"visibility"`
	Ozone                    *float64  `json:"ozone"`
	ObservingSite            string    `json:"observing_site"`
}

// ObservingSitesService reads and edits observing sites: /observingsites/
// (paginated), or /{org}/observingsites/ for an organisation. List, Create
// (admins in an organisation), Get by uuid, Update (PATCH) and Replace (PUT).
// The API has no delete route for sites.
type ObservingSitesService struct{ ep endpoint }

// SiteImagesService lists and uploads the pictures of one site.
type SiteImagesService struct{ ep endpoint }

// Upload sends a picture of the site (POST /observingsites/{uuid}/images/,
// authenticated) as multipart/form-data, part "file", streaming it; progress
// may be nil. Retried as RetryPolicy says for uploads.
func (s *SiteImagesService) Upload(ctx context.Context, f File, progress Progress) (*SiteImage, *Response, error) {
	return uploadAs[SiteImage](ctx, s.ep, nil, nil, "file", f, progress)
}

// Images returns the pictures of the site uuid: /observingsites/{uuid}/images/
// (list; upload for authenticated users).
func (s *ObservingSitesService) Images(uuid string) *SiteImagesService {
	return bound[SiteImagesService](scopedTo(s.ep, Global).child(uuid, "images"))
}

// Telescopes returns the telescopes of the site uuid:
// /observingsites/{uuid}/telescopes/ (paginated list and create).
func (s *ObservingSitesService) Telescopes(uuid string) *SiteTelescopesService {
	return bound[SiteTelescopesService](scopedTo(s.ep, Global).child(uuid, "telescopes"))
}

// SiteTelescopesService lists and creates the telescopes of one site.
type SiteTelescopesService struct{ ep endpoint }

// Interferometers lists the interferometers of the site uuid
// (GET /observingsites/{uuid}/interferometers/).
func (s *ObservingSitesService) Interferometers(ctx context.Context, uuid string) ([]*Interferometer, *Response, error) {
	return fetchPage[Interferometer](ctx, scopedTo(s.ep, Global).child(uuid, "interferometers"), nil)
}

// Weather reads the latest weather at the site uuid
// (GET /observingsites/{uuid}/weather/; 404 when there is none).
func (s *ObservingSitesService) Weather(ctx context.Context, uuid string) (*WeatherCondition, *Response, error) {
	return fetch[WeatherCondition](ctx, scopedTo(s.ep, Global).child(uuid, "weather"), http.MethodGet, nil, nil, nil)
}

// SiteUpdatesService lists the change log of all sites, newest first.
type SiteUpdatesService struct{ ep endpoint }

// Updates returns the change log of all sites: /observingsites/updates/
// (paginated).
func (s *ObservingSitesService) Updates() *SiteUpdatesService {
	return bound[SiteUpdatesService](sibling(s.ep, "updates", Global))
}

// ZipCode is a postal code. The 2023 schema declares it an integer; real
// codes have letters and leading zeros, so it decodes from either.
type ZipCode string

// UnmarshalJSON accepts a JSON string, number or null.
func (z *ZipCode) UnmarshalJSON(b []byte) error {
	if isJSONNumber(b) {
		*z = ZipCode(bytes.TrimSpace(b))
		return nil
	}
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*z = ""
	if s != nil {
		*z = ZipCode(*s)
	}
	return nil
}

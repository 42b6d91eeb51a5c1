package arcsecond

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
}

// GeoCoordinates is a place on Earth: degrees (longitude east-positive) and
// metres above sea level.
type GeoCoordinates struct {
	Longitude float64 `json:"longitude"`
	Latitude  float64 `json:"latitude"`
	Height    float64 `json:"height"`
}

// Address is the postal address and time zone of a site.
type Address struct {
	Line1             string `json:"line_1,omitempty"`
	Line2             string `json:"line_2,omitempty"`
	ZipCode           string `json:"zip_code,omitempty"`
	StateProvince     string `json:"state_province,omitempty"`
	Country           string `json:"country,omitempty"`
	Continent         string `json:"continent,omitempty"`
	TimeZoneID        string `json:"time_zone_id,omitempty"`
	TimeZoneName      string `json:"time_zone_name,omitempty"`
	TimeZoneUTCOffset int    `json:"time_zone_utc_offset,omitempty"`
	TimeZoneDSTOffset int    `json:"time_zone_dst_offset,omitempty"`
}

// ObservingSitesService reads and edits observing sites:
// /observingsites/, or /<org>/observingsites/ for an organisation.
type ObservingSitesService struct {
	CRUD[ObservingSite, ObservingSite, ObservingSite, string, ListOptions]
}

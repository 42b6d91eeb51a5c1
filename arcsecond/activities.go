package arcsecond

import (
	"encoding/json"
	"time"
)

// ActivityLink is a link of an activity.
type ActivityLink struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// ActivityCoordinates is the sky position of an activity: degrees in the
// 2023 schema; the 2018 API also gave the system and units.
type ActivityCoordinates struct {
	System              string   `json:"system,omitempty"`
	RightAscension      *float64 `json:"right_ascension"`
	Declination         *float64 `json:"declination"`
	Epoch               *float64 `json:"epoch,omitempty"`
	RightAscensionUnits string   `json:"right_ascension_units,omitempty"`
	DeclinationUnits    string   `json:"declination_units,omitempty"`
}

// Activity is an entry of the observatories' activity feed (2023 schema
// Activity; the 2018 shape's coordinates system/units and target decode
// too). Dates are UTC, zero when absent.
type Activity struct {
	ID            int                  `json:"id"`
	CreationDate  time.Time            `json:"creation_date"`
	Date          time.Time            `json:"date"`
	Title         string               `json:"title"`
	Content       string               `json:"content"`
	Label         string               `json:"label"`
	Links         []ActivityLink       `json:"links"`
	Profile       string               `json:"profile"`
	Satellite     string               `json:"satellite"`
	ObservingSite string               `json:"observing_site"`
	Telescope     string               `json:"telescope"`
	Instrument    string               `json:"instrument"`
	ProgrammeType string               `json:"programme_type"`
	TargetName    string               `json:"target_name"`
	Target        string               `json:"target"`
	Coordinates   *ActivityCoordinates `json:"coordinates"`
	Organisation  string               `json:"organisation"`
	Collaboration *int                 `json:"collaboration"`
	Programme     json.RawMessage      `json:"programme,omitempty"`
}

// UnmarshalJSON decodes the API's activity leniently: null or "" strings
// and dates, and an organisation given as a subdomain or a primary key.
func (a *Activity) UnmarshalJSON(b []byte) error {
	type plain Activity
	var w struct {
		*plain
		CreationDate Timestamp       `json:"creation_date"`
		Date         Timestamp       `json:"date"`
		Content      *string         `json:"content"`
		Organisation json.RawMessage `json:"organisation"`
		Satellite    json.RawMessage `json:"satellite"`
		Profile      json.RawMessage `json:"profile"`
		Target       json.RawMessage `json:"target"`
	}
	w.plain = (*plain)(a)
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	a.CreationDate, a.Date = w.CreationDate.UTC(), w.Date.UTC()
	if w.CreationDate.IsZero() {
		a.CreationDate = time.Time{}
	}
	if w.Date.IsZero() {
		a.Date = time.Time{}
	}
	if w.Content != nil {
		a.Content = *w.Content
	}
	a.Organisation, a.Satellite, a.Profile, a.Target = scalarString(w.Organisation), scalarString(w.Satellite), scalarString(w.Profile), scalarString(w.Target)
	return nil
}

// scalarString renders a JSON string or number as a string ("" for null or
// anything else).
func scalarString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// ActivityCreate is the body of a new activity.
type ActivityCreate struct {
	Title         string               `json:"title"`
	Date          *Timestamp           `json:"date,omitempty"`
	Content       string               `json:"content,omitempty"`
	Label         string               `json:"label,omitempty"`
	Links         []ActivityLink       `json:"links,omitempty"`
	ObservingSite string               `json:"observing_site,omitempty"`
	Telescope     string               `json:"telescope,omitempty"`
	Instrument    string               `json:"instrument,omitempty"`
	TargetName    string               `json:"target_name,omitempty"`
	Coordinates   *ActivityCoordinates `json:"coordinates,omitempty"`
}

// ActivityUpdate changes an organisation's activity; nil fields are left as
// they are.
type ActivityUpdate struct {
	Title      *string    `json:"title,omitempty"`
	Date       *Timestamp `json:"date,omitempty"`
	Content    *string    `json:"content,omitempty"`
	Label      *string    `json:"label,omitempty"`
	TargetName *string    `json:"target_name,omitempty"`
}

// ActivitiesService reads and posts activities: /activities/, or
// /<org>/activities/ for an organisation (paginated, newest first, readable
// anonymously). Get, Update, Replace and Delete take the integer id; Update,
// Replace and Delete exist only under an organisation (ErrNoOrganisation
// without one).
type ActivitiesService struct {
	Lister[Activity, ListOptions]
	Getter[Activity, int]
	Creator[Activity, ActivityCreate]
	Updater[Activity, ActivityUpdate, int]
	Deleter[int]
}

func (s *ActivitiesService) bind(ep endpoint) {
	bindAll(ep, &s.Lister, &s.Getter, &s.Creator)
	bindAll(scopedTo(ep, OrgOnly), &s.Updater, &s.Deleter)
}

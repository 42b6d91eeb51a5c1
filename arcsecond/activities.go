package arcsecond

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
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

// Equatorial returns the position: degrees, or hours of right ascension
// when the 2018 shape says so in right_ascension_units. ok is false when a
// member is missing, not finite, or the declination is beyond ±90°.
func (c ActivityCoordinates) Equatorial() (q aa.Equatorial, ok bool) {
	return equatorialDeg(c.RightAscension, c.Declination, c.raHours())
}

func (c ActivityCoordinates) raHours() bool {
	return strings.HasPrefix(strings.ToLower(c.RightAscensionUnits), "h")
}

// String writes the position as the API gave it, "?" for a missing member:
// "RA 10.6847°, Dec 41.269°" (or "RA 0.7123h, …"), then the system if given.
func (c ActivityCoordinates) String() string {
	unit := "°"
	if c.raHours() {
		unit = "h"
	}
	s := "RA " + optDeg(c.RightAscension, unit) + ", Dec " + optDeg(c.Declination, "°")
	if c.System != "" {
		s += " (" + c.System + ")"
	}
	return s
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
	if json.Valid(b) && a.decodeFast(b) {
		return nil
	}
	return a.decodeSlow(b)
}

// decodeSlow is the general decoding path, through encoding/json.
func (a *Activity) decodeSlow(b []byte) error {
	*a = Activity{}
	type plain Activity
	var w struct {
		*plain
		CreationDate Timestamp  `json:"creation_date"`
		Date         Timestamp  `json:"date"`
		Content      *string    `json:"content"`
		Organisation flexString `json:"organisation"`
		Satellite    flexString `json:"satellite"`
		Profile      flexString `json:"profile"`
		Target       flexString `json:"target"`
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
	a.Organisation, a.Satellite, a.Profile, a.Target = string(w.Organisation), string(w.Satellite), string(w.Profile), string(w.Target)
	return nil
}

// decodeFast reads a valid JSON activity member by member, without
// reflection: live streams decode tens of thousands of them per second. It
// reports false, leaving a to be decoded again by the general path, on
// anything it does not read exactly as that path would.
func (a *Activity) decodeFast(b []byte) bool {
	*a = Activity{}
	str := func(dst *string, v []byte) bool {
		if v[0] == 'n' {
			return true
		}
		s, ok := unquote(v)
		*dst = s
		return ok
	}
	flex := func(dst *string, v []byte) bool {
		var f flexString
		_ = f.UnmarshalJSON(v)
		*dst = string(f)
		return true
	}
	date := func(dst *time.Time, v []byte) bool {
		var t Timestamp
		if t.UnmarshalJSON(v) != nil {
			return false
		}
		*dst = time.Time{}
		if !t.IsZero() {
			*dst = t.UTC()
		}
		return true
	}
	return eachMember(b, func(key, v []byte) bool {
		switch string(key) {
		case "id":
			n, err := strconv.Atoi(string(v))
			a.ID = n
			return err == nil
		case "creation_date":
			return date(&a.CreationDate, v)
		case "date":
			return date(&a.Date, v)
		case "title":
			return str(&a.Title, v)
		case "content":
			return str(&a.Content, v)
		case "label":
			return str(&a.Label, v)
		case "observing_site":
			return str(&a.ObservingSite, v)
		case "telescope":
			return str(&a.Telescope, v)
		case "instrument":
			return str(&a.Instrument, v)
		case "programme_type":
			return str(&a.ProgrammeType, v)
		case "target_name":
			return str(&a.TargetName, v)
		case "profile":
			return flex(&a.Profile, v)
		case "satellite":
			return flex(&a.Satellite, v)
		case "organisation":
			return flex(&a.Organisation, v)
		case "target":
			return flex(&a.Target, v)
		case "programme":
			a.Programme = append(json.RawMessage(nil), v...)
			return true
		case "links":
			return a.decodeLinks(v)
		case "coordinates":
			if v[0] == 'n' {
				return true
			}
			a.Coordinates = new(ActivityCoordinates)
			return a.Coordinates.decodeFast(v)
		case "collaboration":
			if v[0] == 'n' {
				return true
			}
			n, err := strconv.Atoi(string(v))
			a.Collaboration = &n
			return err == nil
		}
		// encoding/json matches keys without regard to case, and a key
		// with an escape could name a known member: let it decide.
		return bytes.IndexByte(key, '\\') < 0 && !slices.ContainsFunc(activityKeys, func(k string) bool { return strings.EqualFold(k, string(key)) })
	})
}

// activityKeys are the members decodeFast reads.
var activityKeys = []string{"id", "creation_date", "date", "title", "content", "label", "observing_site", "telescope", "instrument",
	"programme_type", "target_name", "profile", "satellite", "organisation", "target", "programme", "links", "coordinates", "collaboration"}

// decodeLinks reads a list of {title, url} objects, or null.
func (a *Activity) decodeLinks(v []byte) bool {
	if v[0] == 'n' {
		return true
	}
	a.Links = []ActivityLink{}
	return eachElement(v, func(e []byte) bool {
		var l ActivityLink
		ok := eachMember(e, func(key, v []byte) bool {
			switch string(key) {
			case "title":
				l.Title, _ = unquote(v)
			case "url":
				l.URL, _ = unquote(v)
			default:
				return !strings.EqualFold(string(key), "title") && !strings.EqualFold(string(key), "url")
			}
			return v[0] == '"' || v[0] == 'n'
		})
		a.Links = append(a.Links, l)
		return ok
	})
}

// decodeFast reads the coordinates member of a valid JSON activity.
func (c *ActivityCoordinates) decodeFast(v []byte) bool {
	num := func(dst **float64, v []byte) bool {
		if v[0] == 'n' {
			*dst = nil
			return true
		}
		f, err := strconv.ParseFloat(string(v), 64)
		*dst = &f
		return err == nil
	}
	text := func(dst *string, v []byte) bool {
		if v[0] == 'n' {
			return true
		}
		s, ok := unquote(v)
		*dst = s
		return ok
	}
	return eachMember(v, func(key, v []byte) bool {
		switch string(key) {
		case "right_ascension":
			return num(&c.RightAscension, v)
		case "declination":
			return num(&c.Declination, v)
		case "epoch":
			return num(&c.Epoch, v)
		case "system":
			return text(&c.System, v)
		case "right_ascension_units":
			return text(&c.RightAscensionUnits, v)
		case "declination_units":
			return text(&c.DeclinationUnits, v)
		}
		return false // anything else: the general path
	})
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
// /{org}/activities/ for an organisation (paginated, newest first, readable
// anonymously). Get, Update, Replace and Delete take the integer id; Update,
// Replace and Delete exist only under an organisation (ErrNoOrganisation
// without one).
type ActivitiesService struct{ ep endpoint }

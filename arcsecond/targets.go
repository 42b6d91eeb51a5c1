package arcsecond

import (
	"bytes"
	"encoding/json"

	"github.com/arcsecond-go/arcsecond/aa"
)

// TargetMode says how a target's position is known.
type TargetMode string

// Target modes: resolved by name by the API, or given by hand.
const (
	TargetModeResolved TargetMode = "resolved"
	TargetModeManual   TargetMode = "manual"
)

// TargetObject is what a target points at: in manual mode a name and
// coordinates; for a resolved target the API may answer with the object's
// name alone, which decodes into Name.
type TargetObject struct {
	Name                  string                 `json:"name"`
	EquatorialCoordinates *EquatorialCoordinates `json:"equatorial_coordinates,omitempty"`
}

// UnmarshalJSON reads the object, or a bare name.
func (o *TargetObject) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		*o = TargetObject{}
		return json.Unmarshal(b, &o.Name)
	}
	if bytes.Equal(b, []byte("null")) {
		return nil
	}
	type plain TargetObject
	return json.Unmarshal(b, (*plain)(o))
}

// Target is a target of a target list (2023 schema Target and the 2026
// writable fields of the CLI). ID and PK are the same integer: ID is set
// from pk when the API sends only that.
type Target struct {
	ID                    int                    `json:"id"`
	PK                    int                    `json:"pk"`
	Name                  string                 `json:"name"`
	Identifier            string                 `json:"identifier"`
	Object                *TargetObject          `json:"object"`
	TargetClass           TargetClass            `json:"target_class"`
	Type                  string                 `json:"type"`
	Mode                  TargetMode             `json:"mode"`
	Color                 string                 `json:"color"`
	Notes                 string                 `json:"notes"`
	Tags                  []string               `json:"tags"`
	ListIndex             int                    `json:"list_index"`
	List                  *string                `json:"list"`
	EquatorialCoordinates *EquatorialCoordinates `json:"equatorial_coordinates"`
	Profile               string                 `json:"profile"`
	Organisation          string                 `json:"organisation"`
	FindingCharts         []FindingChart         `json:"finding_charts,omitempty"`
}

// UnmarshalJSON decodes a target, setting ID from pk when the API sends
// only that.
func (t *Target) UnmarshalJSON(b []byte) error {
	type plain Target
	if err := json.Unmarshal(b, (*plain)(t)); err != nil {
		return err
	}
	if t.ID == 0 {
		t.ID = t.PK
	}
	return nil
}

// TargetCreate is the body of a new target. For a manual target, set Mode
// to TargetModeManual and Object to its name and coordinates (ManualTarget
// builds one).
type TargetCreate struct {
	Name        string        `json:"name"`
	TargetClass TargetClass   `json:"target_class,omitempty"`
	Mode        TargetMode    `json:"mode,omitempty"`
	Object      *TargetObject `json:"object,omitempty"`
	Identifier  string        `json:"identifier,omitempty"`
	Color       string        `json:"color,omitempty"`
	Notes       string        `json:"notes,omitempty"`
	Tags        []string      `json:"tags,omitempty"`
	List        string        `json:"list,omitempty"` // target list uuid
}

// ManualTarget is the payload of a target given by its ICRS position (sent
// in degrees) rather than resolved by name (arcsecond-io/cli docs/resources.md):
// {"name","target_class":"AstronomicalObject","mode":"manual","object":{"name","equatorial_coordinates":{…}}}.
func ManualTarget(name string, pos aa.Equatorial) *TargetCreate {
	return &TargetCreate{
		Name: name, TargetClass: TargetAstronomicalObject, Mode: TargetModeManual,
		Object: &TargetObject{Name: name, EquatorialCoordinates: NewEquatorialCoordinates(pos)},
	}
}

// TargetUpdate changes a target; nil fields are left as they are.
type TargetUpdate struct {
	Name        *string       `json:"name,omitempty"`
	TargetClass *TargetClass  `json:"target_class,omitempty"`
	Mode        *TargetMode   `json:"mode,omitempty"`
	Object      *TargetObject `json:"object,omitempty"`
	Identifier  *string       `json:"identifier,omitempty"`
	Color       *string       `json:"color,omitempty"`
	Notes       *string       `json:"notes,omitempty"`
	Tags        *[]string     `json:"tags,omitempty"`
}

// NameListOptions filter a list by exact name.
type NameListOptions struct {
	ListOptions
	Name string `url:"name,omitempty"`
}

// TargetsService manages targets: /targets/, or /{org}/targets/ for an
// organisation, by integer id.
type TargetsService struct{ ep endpoint }

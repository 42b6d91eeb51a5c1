package arcsecond

// Equipment is a piece of observatory equipment attached to an Alpaca device
// (the Hub's nine equipment routes). Site-scoped kinds (enclosures, safety
// monitors, observing conditions) set ObservingSite; telescope-scoped kinds
// (cameras, filter wheels, rotators, focusers, switches, cover calibrators)
// set Telescope. Device is the Alpaca device id, nil when detached.
type Equipment struct {
	UUID          string `json:"uuid"`
	Name          string `json:"name"`
	ObservingSite string `json:"observing_site,omitempty"`
	Telescope     string `json:"telescope,omitempty"`
	Device        *int   `json:"device"`
}

// EquipmentCreate is the body of new equipment: Name, and ObservingSite or
// Telescope as the kind wants.
type EquipmentCreate struct {
	Name          string `json:"name"`
	ObservingSite string `json:"observing_site,omitempty"`
	Telescope     string `json:"telescope,omitempty"`
	Device        *int   `json:"device,omitempty"`
}

// EquipmentUpdate changes equipment; nil fields are left as they are.
type EquipmentUpdate struct {
	Name          *string `json:"name,omitempty"`
	ObservingSite *string `json:"observing_site,omitempty"`
	Telescope     *string `json:"telescope,omitempty"`
	Device        *int    `json:"device,omitempty"`
}

// EquipmentService manages one kind of equipment, /[{org}/]<kind>/ by uuid:
// List (a bare array), Create, Get, Update (PATCH) and Replace (PUT). The
// Hub has no delete route. Missing ObservingSite or Telescope is a 400.
type EquipmentService struct{ ep endpoint }

package arcsecond

import (
	"context"
	"fmt"
)

// TargetList is a named list of targets (2023 schema TargetList).
type TargetList struct {
	UUID         string    `json:"uuid"`
	Name         string    `json:"name"`
	Description  string    `json:"description"`
	Tags         []string  `json:"tags"`
	Targets      []Target  `json:"targets"`
	IsPublic     bool      `json:"is_public"`
	Profile      string    `json:"profile"`
	Organisation string    `json:"organisation"`
	LastUpdate   Timestamp `json:"last_update"`
}

// TargetListCreate is the body of a new target list, with its targets.
type TargetListCreate struct {
	Name        string         `json:"name"`
	Description string         `json:"description,omitempty"`
	Tags        []string       `json:"tags,omitempty"`
	IsPublic    *bool          `json:"is_public,omitempty"`
	Targets     []TargetCreate `json:"targets"`
}

// TargetListUpdate changes a target list. Targets, when set, replaces the
// whole list of targets (the API does not merge nested targets).
type TargetListUpdate struct {
	Name        *string         `json:"name,omitempty"`
	Description *string         `json:"description,omitempty"`
	Tags        *[]string       `json:"tags,omitempty"`
	IsPublic    *bool           `json:"is_public,omitempty"`
	Targets     *[]TargetCreate `json:"targets,omitempty"`
}

// TargetListsService manages target lists: /targetlists/, or
// /{org}/targetlists/ for an organisation, by uuid.
type TargetListsService struct{ ep endpoint }

// Upsert creates the list named body.Name, or, if one list has that name,
// replaces its description, tags, visibility and targets with body's (GET
// ?name=, then POST or PATCH). More than one list of that name is
// ErrAmbiguousName. created reports which happened.
//
// GET /[{org}/]targetlists/?name=…, then POST /[{org}/]targetlists/ or PATCH /[{org}/]targetlists/{uuid}/.
func (s *TargetListsService) Upsert(ctx context.Context, body *TargetListCreate) (list *TargetList, created bool, err error) {
	if body == nil || body.Name == "" {
		return nil, false, fmt.Errorf("arcsecond: Upsert needs a target list with a name")
	}
	found, err := findByName(ctx, s.ep, body.Name, func(l *TargetList) string { return l.Name })
	if err != nil || found == nil {
		if err == nil {
			list, _, err = s.Create(ctx, body)
		}
		return list, err == nil, err
	}
	targets, tags := body.Targets, body.Tags
	if targets == nil {
		targets = []TargetCreate{}
	}
	if tags == nil {
		tags = []string{}
	}
	list, _, err = s.Update(ctx, found.UUID, &TargetListUpdate{
		Description: &body.Description, Tags: &tags, IsPublic: body.IsPublic, Targets: &targets,
	})
	return list, false, err
}

package arcsecond

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
)

// Find-one and create-or-update by name, as the official CLI's find_one and
// upsert do for the resources it upserts (datasets, targets, target lists,
// telescopes, data packages): list with ?name=, keep the exact matches,
// then POST, or PATCH the one match with the same body.

// ErrAmbiguousName is returned by FindOne and Upsert when several items
// have the name looked for.
var ErrAmbiguousName = errors.New("arcsecond: several items have this name")

// findByName lists the items that opts selects (every page) and returns the
// one named name exactly, nil for none, or ErrAmbiguousName.
func findByName[T, O any](ctx context.Context, ep endpoint, opts *O, name string, nameOf func(*T) string) (*T, error) {
	var hit *T
	for it, err := range listAll[T](ctx, ep, opts) {
		if err != nil {
			return nil, err
		}
		if nameOf(it) != name {
			continue
		}
		if hit != nil {
			return nil, fmt.Errorf("%w: %q", ErrAmbiguousName, name)
		}
		hit = it
	}
	return hit, nil
}

// upsertByName creates body, or PATCHes the one item named name with it.
func upsertByName[T, O, B any](ctx context.Context, ep endpoint, opts *O, name string, nameOf func(*T) string, key func(*T) any, body *B) (*T, bool, error) {
	if body == nil || name == "" {
		return nil, false, errors.New("arcsecond: Upsert needs a body with a name")
	}
	found, err := findByName(ctx, ep, opts, name, nameOf)
	if err != nil {
		return nil, false, err
	}
	if found == nil {
		item, _, err := writeItem[T](ctx, ep, http.MethodPost, nil, body)
		return item, err == nil, err
	}
	item, _, err := writeItem[T](ctx, ep, http.MethodPatch, key(found), body)
	return item, false, err
}

// FindOne returns the dataset named name exactly, nil if there is none, or
// ErrAmbiguousName if several are.
//
// GET /[{org}/]datasets/?name=… (every page).
func (s *DatasetsService) FindOne(ctx context.Context, name string) (*Dataset, error) {
	return findByName(ctx, s.ep, &DatasetListOptions{Name: name}, name, func(d *Dataset) string { return d.Name })
}

// Upsert creates the dataset body describes, or, if one dataset has its
// name, sends body to it as a partial update; created reports which. Several
// datasets of that name are ErrAmbiguousName.
//
// GET /[{org}/]datasets/?name=…, then POST /[{org}/]datasets/ or PATCH /[{org}/]datasets/{uuid}/.
func (s *DatasetsService) Upsert(ctx context.Context, body *DatasetCreate) (d *Dataset, created bool, err error) {
	name := nameOf(body, func(b *DatasetCreate) string { return b.Name })
	return upsertByName(ctx, s.ep, &DatasetListOptions{Name: name}, name,
		func(d *Dataset) string { return d.Name }, func(d *Dataset) any { return d.UUID }, body)
}

// FindOne returns the target named name exactly, nil if there is none, or
// ErrAmbiguousName if several are.
//
// GET /[{org}/]targets/?name=… (every page).
func (s *TargetsService) FindOne(ctx context.Context, name string) (*Target, error) {
	return findByName(ctx, s.ep, &NameListOptions{Name: name}, name, func(t *Target) string { return t.Name })
}

// Upsert creates the target body describes, or, if one target has its
// name, sends body to it as a partial update; created reports which.
//
// GET /[{org}/]targets/?name=…, then POST /[{org}/]targets/ or PATCH /[{org}/]targets/{id}/.
func (s *TargetsService) Upsert(ctx context.Context, body *TargetCreate) (t *Target, created bool, err error) {
	name := nameOf(body, func(b *TargetCreate) string { return b.Name })
	return upsertByName(ctx, s.ep, &NameListOptions{Name: name}, name,
		func(t *Target) string { return t.Name }, func(t *Target) any { return t.ID }, body)
}

// FindOne returns the target list named name exactly, nil if there is
// none, or ErrAmbiguousName if several are.
//
// GET /[{org}/]targetlists/?name=… (every page).
func (s *TargetListsService) FindOne(ctx context.Context, name string) (*TargetList, error) {
	return findByName(ctx, s.ep, &NameListOptions{Name: name}, name, func(l *TargetList) string { return l.Name })
}

// FindOne returns the telescope named name exactly, nil if there is none,
// or ErrAmbiguousName if several are.
//
// GET /[{org}/]telescopes/?name=… (every page).
func (s *TelescopesService) FindOne(ctx context.Context, name string) (*Telescope, error) {
	return findByName(ctx, s.ep, &NameListOptions{Name: name}, name, func(t *Telescope) string { return t.Name })
}

// Upsert creates the telescope body describes, or, if one telescope has
// its name, sends body to it as a partial update; created reports which.
//
// GET /[{org}/]telescopes/?name=…, then POST /[{org}/]telescopes/ or PATCH /[{org}/]telescopes/{uuid_or_alias}/.
func (s *TelescopesService) Upsert(ctx context.Context, body *TelescopeCreate) (t *Telescope, created bool, err error) {
	name := nameOf(body, func(b *TelescopeCreate) string { return b.Name })
	return upsertByName(ctx, s.ep, &NameListOptions{Name: name}, name,
		func(t *Telescope) string { return t.Name }, func(t *Telescope) any { return t.UUID }, body)
}

// FindOne returns the data package named name exactly, nil if there is
// none, or ErrAmbiguousName if several are.
//
// GET /[{org}/]datapackages/?name=… (every page).
func (s *DataPackagesService) FindOne(ctx context.Context, name string) (*DataPackage, error) {
	return findByName(ctx, s.ep, &NameListOptions{Name: name}, name, func(p *DataPackage) string { return p.Name })
}

// Upsert creates the data package body describes, or, if one package has
// its name, sends body to it as a partial update; created reports which.
//
// GET /[{org}/]datapackages/?name=…, then POST /[{org}/]datapackages/ or PATCH /[{org}/]datapackages/{uuid}/.
func (s *DataPackagesService) Upsert(ctx context.Context, body *DataPackageCreate) (p *DataPackage, created bool, err error) {
	name := nameOf(body, func(b *DataPackageCreate) string { return b.Name })
	return upsertByName(ctx, s.ep, &NameListOptions{Name: name}, name,
		func(p *DataPackage) string { return p.Name }, func(p *DataPackage) any { return p.UUID }, body)
}

// nameOf is the name of a body that may be nil.
func nameOf[B any](body *B, name func(*B) string) string {
	if body == nil {
		return ""
	}
	return name(body)
}

// Target-list membership, as the CLI's add/remove/set/clear targets: the
// API replaces a list's targets as a whole (PATCH targets), so Add and
// Remove read the list first. Targets are the same when they have the same
// class, identifier, name and mode (the CLI's identity of a target without
// an id; see sameTarget).

// SetTargets replaces the targets of the list uuid with targets (PATCH).
//
// PATCH /[{org}/]targetlists/{uuid}/
func (s *TargetListsService) SetTargets(ctx context.Context, uuid string, targets []TargetCreate) (*TargetList, *Response, error) {
	if targets == nil {
		targets = []TargetCreate{}
	}
	return s.Update(ctx, uuid, &TargetListUpdate{Targets: &targets})
}

// ClearTargets removes every target of the list uuid.
//
// PATCH /[{org}/]targetlists/{uuid}/
func (s *TargetListsService) ClearTargets(ctx context.Context, uuid string) (*TargetList, *Response, error) {
	return s.SetTargets(ctx, uuid, nil)
}

// AddTargets adds targets to the list uuid, skipping those it already
// holds and repeats among targets; a list that would not change is not
// written (the list as read is returned).
//
// GET /[{org}/]targetlists/{uuid}/, then PATCH /[{org}/]targetlists/{uuid}/.
func (s *TargetListsService) AddTargets(ctx context.Context, uuid string, targets ...TargetCreate) (*TargetList, *Response, error) {
	l, resp, err := s.Get(ctx, uuid)
	if err != nil {
		return nil, resp, err
	}
	current := l.targetBodies()
	n := len(current)
	for _, t := range targets {
		if !slices.ContainsFunc(current, func(c TargetCreate) bool { return sameTarget(c, t) }) {
			current = append(current, t)
		}
	}
	if len(current) == n {
		return l, resp, nil
	}
	return s.SetTargets(ctx, uuid, current)
}

// RemoveTargets removes from the list uuid every target that is the same
// as one of targets; a list that would not change is not written.
//
// GET /[{org}/]targetlists/{uuid}/, then PATCH /[{org}/]targetlists/{uuid}/.
func (s *TargetListsService) RemoveTargets(ctx context.Context, uuid string, targets ...TargetCreate) (*TargetList, *Response, error) {
	l, resp, err := s.Get(ctx, uuid)
	if err != nil {
		return nil, resp, err
	}
	current := l.targetBodies()
	kept := slices.DeleteFunc(slices.Clone(current), func(c TargetCreate) bool {
		return slices.ContainsFunc(targets, func(t TargetCreate) bool { return sameTarget(c, t) })
	})
	if len(kept) == len(current) {
		return l, resp, nil
	}
	return s.SetTargets(ctx, uuid, kept)
}

// sameTarget reports whether a and b are the same target of a list: same
// name, identifier and mode, and same class unless one of them does not
// say (a list's targets may be read back without their class).
func sameTarget(a, b TargetCreate) bool {
	return a.Name == b.Name && a.Identifier == b.Identifier && a.Mode == b.Mode &&
		(a.TargetClass == "" || b.TargetClass == "" || a.TargetClass == b.TargetClass)
}

// targetBodies are the list's targets as the bodies that recreate them.
func (l *TargetList) targetBodies() []TargetCreate {
	out := make([]TargetCreate, 0, len(l.Targets))
	for _, t := range l.Targets {
		out = append(out, TargetCreate{
			Name: t.Name, TargetClass: t.TargetClass, Mode: t.Mode, Object: t.Object,
			Identifier: t.Identifier, Color: t.Color, Notes: t.Notes, Tags: t.Tags,
		})
	}
	return out
}

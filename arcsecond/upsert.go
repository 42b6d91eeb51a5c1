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

// findByName lists the items named name (?name=, every page) and returns
// the one named so exactly, nil for none, or ErrAmbiguousName.
func findByName[T any](ctx context.Context, ep endpoint, name string, nameOf func(*T) string) (*T, error) {
	var hit *T
	for it, err := range listAll[T](ctx, ep, &NameListOptions{Name: name}) {
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

// upsertByName creates body, or PATCHes the one item of its name with it.
func upsertByName[T, B any](ctx context.Context, ep endpoint, body *B, bodyName func(*B) string, nameOf func(*T) string, key func(*T) any) (*T, bool, error) {
	if body == nil || bodyName(body) == "" {
		return nil, false, errors.New("arcsecond: Upsert needs a body with a name")
	}
	found, err := findByName(ctx, ep, bodyName(body), nameOf)
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

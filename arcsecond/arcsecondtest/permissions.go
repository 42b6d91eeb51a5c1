package arcsecondtest

import "net/http"

// The permission rules of the API, in one place: who may do what to which
// record (arcsecond-io.github.io docs/portals/permissions.md for the
// organisation roles; the official CLI's docs for the keys; the 2023
// OpenAPI document for which operations take anonymous callers).
//
//   - Route level (authorize): an operation the document does not open to
//     anonymous callers needs credentials (401); an upload key reaches only
//     the upload work (uploadAllowed) and reads the rest as an anonymous
//     caller; an organisation route needs, beyond the document's anonymous
//     reads, a membership whose role is at least the collection's read role
//     (GET), write role (POST, PUT, PATCH) or delete role (DELETE) — 403.
//   - Record level (allowed), identical on every route, nested or not,
//     personal or under /{organisation}/, and for the storage URLs of
//     files: a record of an organisation is read by its members (or from
//     the collection's read role up: invitations, whose tokens are
//     secrets, by admins), changed from the write role and deleted from the
//     delete role; a personal record by its owner alone; "public" (is_public)
//     means readable by anyone, never writable; a data file is read as its
//     dataset is; catalogue records are read by anyone and changed by whoever
//     the operation admits (the document's security) unless an
//     organisation owns them, whose roles then apply. A record one may
//     read but not change answers 403, a record one may not read 404 (it
//     is not in one's queryset).
//   - Scope (visible): an organisation route holds that organisation's
//     records only; a personal route the personal ones (no organisation),
//     and one's own list holds one's own records only. Who holds an
//     invitation's token may read that invitation (the link it was sent).

// action is what a caller does to a record.
type action int

const (
	actRead action = iota
	actUpdate
	actDelete
)

// allowed is the record-level rule for the caller who (nil: anonymous).
func (s *Server) allowed(who *account, act action, res *resource, rec record) bool {
	if res == nil {
		return act == actRead
	}
	if act == actRead && res.readVia != "" {
		if rel, ok := relationOf(res.readVia); ok {
			parentRes := s.resource(rel.coll)
			if parent, found := s.db.coll(rel.coll).first(func(r record) bool { return str(r[rel.key]) == str(rec[res.readVia]) }); found && parentRes != nil {
				return s.allowed(who, actRead, parentRes, parent)
			}
		}
	}
	org := str(rec["organisation"])
	r := roleNone
	if who != nil && org != "" {
		r = s.roleOf(who.username, org)
	}
	public := res.public && rec["is_public"] == true
	switch {
	case org != "" && (res.personal || !res.shared || act != actRead):
		// An organisation's record (or a catalogue record it owns, for writes).
		switch act {
		case actRead:
			return res.open || public || r >= max(res.read, roleObserver)
		case actUpdate:
			return r >= res.writeRole()
		default:
			return r >= res.deleteRole()
		}
	case res.personal:
		own := who != nil && str(rec["profile"]) == who.username
		return own || (act == actRead && public)
	default: // catalogue: the operation's own security (route level) decides
		return true
	}
}

// allowed is the record-level rule for the caller of this request.
func (c *call) allowed(act action, res *resource, rec record) bool {
	return c.s.allowed(c.who, act, res, rec)
}

// visible reports whether rec is in this route's queryset: in its scope,
// and readable by the caller.
func (c *call) visible(res *resource, rec record) bool {
	switch {
	case c.rt.org:
		if str(rec["organisation"]) != c.org {
			return false
		}
	case res.personal:
		if str(rec["organisation"]) != "" {
			return false
		}
		if c.listing && c.who != nil && c.rt.parent == nil && str(rec["profile"]) != c.who.username {
			return false // one's own list holds one's own records only
		}
	}
	if res.token && !c.listing && c.rt.lookup == "token" && c.op.method == http.MethodGet {
		return true // who holds an invitation's token may read it (the invitation link)
	}
	return c.allowed(actRead, res, rec)
}

// mayChange answers 403 unless the caller may update (or delete) rec.
func (c *call) mayChange(act action, res *resource, rec record) *apiError {
	if !c.allowed(act, res, rec) {
		return errForbidden()
	}
	if !c.rt.org && res.canEdit != nil && (c.who == nil || !res.canEdit(c, rec)) {
		return errForbidden()
	}
	return nil
}

// authorize applies the route-level rules (see above) before the handler
// runs.
func (c *call) authorize() *apiError {
	if c.who == nil && !c.op.anon {
		return errNotAuthenticated()
	}
	if c.upload && !c.uploadAllowed() {
		if !(c.op.anon && c.op.method == http.MethodGet) {
			return errForbidden()
		}
		c.who, c.upload = nil, false // reads anything else as an anonymous caller
	}
	if !c.rt.org {
		return nil
	}
	c.org = c.params["organisation"]
	if _, ok := c.s.organisation(c.org); !ok {
		return errNotFound()
	}
	if c.who != nil {
		c.role = c.s.roleOf(c.who.username, c.org)
	}
	need := roleObserver
	if c.rt.res != nil {
		need = max(c.rt.res.read, roleObserver)
	}
	switch c.op.method {
	case http.MethodGet:
		if c.op.anon {
			return nil
		}
	case http.MethodDelete:
		need = roleMember
		if c.rt.res != nil {
			need = c.rt.res.deleteRole()
		}
	default:
		need = roleMember
		if c.rt.res != nil {
			need = c.rt.res.writeRole()
		}
	}
	if c.who == nil {
		return errNotAuthenticated()
	}
	if c.role < need {
		return errForbidden()
	}
	return nil
}

// uploadAllowed reports whether an upload key may make this request: it may
// create datasets, upload data files and all-sky camera images (the CLI's
// docs: "just enough permissions to upload data"), and read what the
// CLI 3.11 upload flows and discovery commands read first — datasets,
// telescopes, all-sky cameras, organisations; nothing else.
func (c *call) uploadAllowed() bool {
	if c.rt.res == nil {
		return false
	}
	switch c.op.method {
	case http.MethodPost:
		switch c.rt.res.name {
		case "datasets", "datafiles", "allskycameraimages":
			return c.rt.lookup == ""
		}
	case http.MethodGet:
		switch c.rt.res.name {
		case "datasets", "telescopes", "organisations", "allskycameras":
			return true
		}
	}
	return false
}

package arcsecondtest

import "strings"

// role is a membership role in an organisation, ordered by power
// (arcsecond-io.github.io docs/portals/permissions.md: superadmin > admin >
// member > observer).
type role int

const (
	roleNone role = iota
	roleObserver
	roleMember
	roleAdmin
	roleSuperadmin
)

// String is the API's name of the role ("" for none).
func (r role) String() string {
	switch r {
	case roleObserver:
		return "observer"
	case roleMember:
		return "member"
	case roleAdmin:
		return "admin"
	case roleSuperadmin:
		return "superadmin"
	}
	return ""
}

func parseRole(s string) role {
	for r := roleObserver; r <= roleSuperadmin; r++ {
		if r.String() == s {
			return r
		}
	}
	return roleNone
}

// resource declares how one collection behaves; the generic handlers of
// crud.go do the rest. Every REST resource of the server is one entry of
// resources below.
type resource struct {
	name     string   // collection name, as in the URL ("datasets", "archives/ESO/data")
	uuid     bool     // new records get a "uuid"
	token    bool     // new records get a random "token" (invitations)
	tree     bool     // POST on an item adds a child item (iObserve nodes)
	ids      []string // new records get the next integer in each of these fields
	key      string   // field the other records point to (default "uuid" or the first id)
	personal bool     // outside an organisation, a record belongs to its creator alone
	public   bool     // has is_public: anonymous callers and outsiders see only public records
	write    role     // organisation role needed to create or change (default member)
	del      role     // organisation role needed to delete (default admin)
	read     role     // organisation role needed to read an organisation's record (default observer)
	open     bool     // readable by anyone, in an organisation too (activities, stats)
	shared   bool     // a public catalogue record an organisation may own: its routes link and unlink it, never delete it
	readVia  string   // member naming the parent whose read permission applies (a data file's dataset)
	newest   bool     // lists newest first (activities)
	fuzzy    bool     // name lookups ignore case, spaces and accept aliases (SIMBAD-like)
	cone     bool     // lists accept a cone search: coordinates=<ra>,<dec>&radius=<arcsec>
	extra    []string // Cloud-era fields accepted beside the 2023 schema
	file     bool     // accepts a multipart "file" part, stored and served for download
	filters  map[string]func(rec record, v string) bool
	// dup reports a conflict of a new record with a stored one (unique constraints).
	dup func(stored, rec record) *apiError
	// check validates a record about to be stored (old is nil on create).
	check func(c *call, rec, old record) *apiError
	// view completes a record for output (computed fields).
	view func(c *call, rec record)
	// canEdit restricts writes outside organisations to some callers (self, org admins).
	canEdit func(c *call, rec record) bool
}

func (r *resource) primary() string {
	switch {
	case r.key != "":
		return r.key
	case r.uuid:
		return "uuid"
	case len(r.ids) > 0:
		return r.ids[0]
	}
	return "name"
}

func (r *resource) writeRole() role {
	if r.write == roleNone {
		return roleMember
	}
	return r.write
}

func (r *resource) deleteRole() role {
	if r.del == roleNone {
		return roleAdmin
	}
	return r.del
}

var (
	idPK = []string{"id", "pk"}
	idID = []string{"id"}
	pkID = []string{"pk"}
)

// declareResources declares the REST collections of the 2023 document.
// Permission defaults follow arcsecond-io.github.io docs/portals/permissions.md:
// members create and edit datasets, data files, data packages, night logs,
// observations, targets; admins delete, invite and manage sites, telescopes,
// instruments and members; superadmins manage activations and ownerships
// (billing).
func declareResources(a *api) {
	a.declare(
		// Public catalogues (2023 OpenAPI document; all anonymous-readable).
		&resource{name: "observingsites", uuid: true, write: roleAdmin, shared: true, view: viewSite},
		&resource{name: "telescopes", uuid: true, write: roleAdmin, shared: true, extra: []string{"device", "ownership_mode"}, view: viewTelescope},
		&resource{name: "instruments", uuid: true, write: roleAdmin, shared: true},
		&resource{name: "interferometers", uuid: true},
		&resource{name: "mirrors", ids: idPK},
		&resource{name: "telescopestations", ids: pkID},
		&resource{name: "observingsiteimages", ids: pkID, file: true},
		&resource{name: "telescopeimages", ids: pkID, file: true},
		&resource{name: "observingsites/updates", ids: pkID},
		&resource{name: "telescopes/updates", ids: pkID},
		&resource{name: "exoplanets", key: "name", fuzzy: true},
		&resource{name: "objects", key: "name", fuzzy: true, cone: true},
		&resource{name: "satellites", key: "norad_catalog_number"},
		&resource{name: "smallbodies", ids: idID},
		&resource{name: "archives", key: "name"},
		&resource{name: "archives/ESO/data", ids: idID},
		&resource{name: "archives/Gemini/data", ids: idID},
		&resource{name: "archives/ESO/programmes", key: "identifier"},
		&resource{name: "archives/Gemini/programmes", key: "identifier"},
		&resource{name: "catalogues", ids: idID, view: viewCatalogue},
		&resource{name: "telegrams/ATel", key: "identifier"},
		&resource{name: "telegrams/GCN/Circulars", key: "identifier"},
		&resource{name: "publications", key: "bibcode", view: viewPublication},
		&resource{name: "people", ids: pkID},
		&resource{name: "programmes", ids: idID},
		&resource{name: "releases", ids: idID},
		&resource{name: "betas", ids: idID, view: viewBeta},
		&resource{name: "coordinates", ids: idID},
		&resource{name: "activities", ids: idID, newest: true, open: true},

		// Accounts and organisations (§2.3, §4.1).
		&resource{name: "profiles", ids: pkID, key: "username", view: viewProfile, canEdit: isSelf},
		&resource{name: "organisations", ids: pkID, key: "subdomain", canEdit: isOrgAdmin, check: checkOrganisation, view: viewOrganisation},
		&resource{name: "members", ids: pkID, write: roleAdmin, check: checkMember, view: viewMember},
		&resource{name: "invitations", key: "token", token: true, ids: pkID, personal: true, write: roleAdmin, read: roleAdmin, view: viewInvitation},
		&resource{name: "collaborations", ids: pkID, personal: true},
		&resource{name: "subscriptions", ids: pkID, personal: true, view: viewSubscription},

		// Personal and organisation data (§4.1, §4.2).
		&resource{name: "datasets", uuid: true, personal: true, public: true, extra: []string{"telescope"},
			view: viewDataset, filters: map[string]func(record, string) bool{"date": createdOn}},
		&resource{name: "datafiles", ids: idPK, personal: true, file: true, readVia: "dataset", extra: []string{"id", "is_raw", "tags"},
			check: checkDataFile, dup: dupDataFile},
		&resource{name: "datapackages", uuid: true, personal: true, public: true, view: viewDataPackage},
		&resource{name: "nightlogs", uuid: true, personal: true},
		&resource{name: "observations", uuid: true, personal: true, view: viewIndexed("observations")},
		&resource{name: "calibrations", uuid: true, personal: true, view: viewIndexed("calibrations")},
		&resource{name: "observingruns", uuid: true, personal: true},
		&resource{name: "targets", ids: idPK, personal: true,
			extra: []string{"id", "target_class", "color", "notes", "tags", "profile", "organisation"}},
		&resource{name: "targetlists", uuid: true, personal: true},
		&resource{name: "datastorages", uuid: true, personal: true},
		&resource{name: "datafolders", ids: idID, personal: true},
		&resource{name: "detectors", ids: idID, write: roleAdmin},
		&resource{name: "events", ids: idID, write: roleAdmin},
		&resource{name: "reminders", ids: idID, personal: true},
		&resource{name: "periods", ids: pkID, write: roleAdmin, view: viewPeriod},
		&resource{name: "telescopeactivations", ids: idID, write: roleSuperadmin, del: roleSuperadmin},
		&resource{name: "telescopeownerships", ids: pkID, write: roleSuperadmin, del: roleSuperadmin},
		&resource{name: "nodes/iobserve", ids: pkID, personal: true, tree: true},
		&resource{name: "nodes/data", ids: pkID, personal: true, tree: true},
		&resource{name: "votes", ids: idID},
		&resource{name: "votessessions", ids: idID, view: viewVoteSession},
		&resource{name: "stats", ids: idID, open: true},
	)
}

// parentField names the field by which a nested collection points to its
// parent collection (/datasets/{uuid}/datafiles/ → datafile.dataset); ""
// for a collection that is no parent.
func parentField(parent string) string {
	switch parent {
	case "datasets":
		return "dataset"
	case "observingsites":
		return "observing_site"
	case "nightlogs":
		return "night_log"
	case "observingruns":
		return "observing_run"
	case "telescopes":
		return "telescope"
	case "allskycameras":
		return "camera"
	case "collaborations":
		return "collaboration"
	case "votessessions":
		return "session"
	case "alpacaservers":
		return "server"
	}
	return ""
}

// nestedNames maps the parent/child URL pairs whose children are stored
// under another name; newAPI gives each server its own copy, which
// declarations may extend.
func nestedNames() map[string]string {
	return map[string]string{
		"observingsites/images": "observingsiteimages",
		"telescopes/images":     "telescopeimages",
		"allskycameras/images":  "allskycameraimages",
		"votessessions/votes":   "votes",
	}
}

// bindRoute attaches a compiled route to its special handler or resource.
func (a *api) bindRoute(spec routeSpec) *route {
	rt := &route{routeSpec: spec, segs: compileSegments(spec.path)}
	if h, ok := a.handlers[spec.path]; ok {
		rt.handler = h
		return rt
	}
	segs := rt.segs
	if spec.org {
		segs = segs[1:]
	}
	if spec.lookup != "" && len(segs) > 0 {
		segs = segs[:len(segs)-1]
	}
	var params []int
	lits := make([]string, 0, len(segs))
	for i, s := range segs {
		if s.param != "" {
			params = append(params, i)
			continue
		}
		lits = append(lits, s.prefix)
	}
	switch {
	case len(params) == 0:
		rt.res = a.resources[strings.Join(lits, "/")]
	case len(params) == 1 && len(segs) == 3 && params[0] == 1 && segs[1].prefix == "":
		parent, child := segs[0].prefix, segs[2].prefix
		name := child
		if n, ok := a.nested[parent+"/"+child]; ok {
			name = n
		}
		if parentField(parent) != "" && a.resources[parent] != nil {
			rt.res, rt.parent, rt.parentP = a.resources[name], a.resources[parent], segs[1].param
		}
	case len(params) == 1 && len(segs) == 2 && params[0] == 1 && segs[1].prefix == "data-":
		// /nodes/data-{uuid}/: the parent, a dataset, is named inside the
		// segment.
		parent := "datasets"
		rt.res = a.resources[segs[0].prefix+"/"+strings.TrimSuffix(segs[1].prefix, "-")]
		rt.parent, rt.parentP = a.resources[parent], segs[1].param
	}
	return rt
}

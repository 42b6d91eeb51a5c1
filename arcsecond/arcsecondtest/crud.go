package arcsecondtest

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// dateTimeLayout is how DRF renders datetimes (ISO 8601, microseconds, Z).
const dateTimeLayout = "2006-01-02T15:04:05.000000Z"

// crud serves a route bound to a resource with DRF's generic view semantics:
// list and create on collection routes; retrieve, update (PUT full, PATCH
// partial) and destroy on item routes.
func (c *call) crud() (int, any, *apiError) {
	res := c.rt.res
	var parent record
	if c.rt.parent != nil {
		p, e := c.find(c.rt.parent, nil, c.params[c.rt.parentP])
		if e != nil {
			return 0, nil, e
		}
		parent = p
	}
	if c.rt.lookup == "" {
		switch c.op.method {
		case http.MethodGet:
			return c.list(res, parent)
		case http.MethodPost:
			return c.create(res, parent, nil)
		case http.MethodDelete:
			if res.tree {
				// iObserve nodes: DELETE on the tree empties it.
				for {
					if _, ok := c.s.db.coll(res.name).remove(func(r record) bool { return c.visible(res, r) && childOf(res, r, parent, c.rt.parent) }); !ok {
						return http.StatusNoContent, nil, nil
					}
				}
			}
		}
		return 0, nil, detailError(http.StatusNotImplemented, "arcsecondtest does not implement "+c.op.method+" "+c.rt.path+" yet.")
	}
	rec, e := c.find(res, parent, c.params[c.rt.lookup])
	if e != nil {
		return 0, nil, e
	}
	switch c.op.method {
	case http.MethodGet:
		return http.StatusOK, c.render(res, rec), nil
	case http.MethodPut, http.MethodPatch:
		return c.update(res, rec)
	case http.MethodPost:
		if res.tree {
			// iObserve nodes: POST on a node adds a child to it.
			return c.create(res, parent, record{"parent": rec[res.primary()]})
		}
		// Organisation data packages: POST on the item updates it (cover image upload).
		return c.update(res, rec)
	case http.MethodDelete:
		return c.destroy(res, rec)
	}
	return 0, nil, detailError(http.StatusNotImplemented, "arcsecondtest does not implement "+c.op.method+" "+c.rt.path+" yet.")
}

func childOf(res *resource, rec, parent record, parentRes *resource) bool {
	if parent == nil {
		return true
	}
	return str(rec[parentField(parentRes.name)]) == str(parent[parentRes.primary()])
}

// lookupFields are the record fields a URL parameter may name.
func lookupFields(param string) []string {
	switch param {
	case "uuid_or_alias":
		return []string{"uuid", "alias"}
	case "id":
		return []string{"id", "pk"}
	case "primary_spk_id_or_pdes":
		return []string{"primary_spk_id", "primary_designation"}
	case "table_index":
		return []string{"index"}
	case "uuid", "name", "username", "subdomain", "identifier", "bibcode", "token", "email", "norad_catalog_number", "input", "stripe_id", "primary_spk_id":
		return []string{param}
	}
	return []string{param}
}

// normName folds a designation for SIMBAD-like lookups: "m 31" finds "M31".
func normName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

func (c *call) matches(res *resource, rec record, param, value string) bool {
	for _, f := range lookupFields(param) {
		if v, ok := rec[f]; ok && v != nil && str(v) == value {
			return true
		}
	}
	if res.fuzzy {
		n := normName(value)
		if normName(str(rec["name"])) == n {
			return true
		}
		if aliases, ok := rec["aliases"].([]any); ok {
			for _, a := range aliases {
				if m, ok := a.(map[string]any); ok && normName(str(m["name"])) == n {
					return true
				}
			}
		}
	}
	return false
}

// find returns the record a path parameter names, or DRF's 404.
func (c *call) find(res *resource, parent record, value string) (record, *apiError) {
	param := c.rt.lookup
	if parent == nil && c.rt.parent != nil && res == c.rt.parent {
		param = c.rt.parentP
	}
	rec, ok := c.s.db.coll(res.name).first(func(r record) bool {
		return c.visible(res, r) && childOf(res, r, parent, c.rt.parent) && c.matches(res, r, param, value)
	})
	if !ok {
		return nil, errNotFound()
	}
	return rec, nil
}

func (c *call) list(res *resource, parent record) (int, any, *apiError) {
	c.listing = true
	q := c.r.URL.Query()
	resp, _ := c.s.schemaOf(c.op.resp)
	items := c.s.db.coll(res.name).snapshot(func(r record) bool {
		return c.visible(res, r) && childOf(res, r, parent, c.rt.parent) && keepFiltered(res, resp, r, q)
	})
	if res.newest {
		slices.Reverse(items)
	}
	if !c.rt.paginated {
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = c.render(res, it)
		}
		return http.StatusOK, out, nil
	}
	return c.paginate(items, func(r record) any { return c.render(res, r) })
}

// create answers 201 with the new record.
func (c *call) create(res *resource, parent, set record) (int, any, *apiError) {
	in, up, e := c.decodeBody()
	if e != nil {
		return 0, nil, e
	}
	for k, v := range set {
		in[k] = v
	}
	rec := record{}
	if parent != nil {
		in[parentField(c.rt.parent.name)] = str(parent[c.rt.parent.primary()])
	}
	c.prefillScope(in)
	clean, e := c.validate(res, in, false)
	if e != nil {
		return 0, nil, e
	}
	for k, v := range clean {
		rec[k] = v
	}
	c.own(rec)
	if parent != nil && rec[parentField(c.rt.parent.name)] == nil {
		// the parent is the URL's, whether or not the request schema has it
		rec[parentField(c.rt.parent.name)] = parent[c.rt.parent.primary()]
	}
	if res.uuid {
		rec["uuid"] = c.s.ids.uuid()
	}
	if res.token {
		rec["token"] = c.s.ids.token()
	}
	now := c.s.now().Format(dateTimeLayout)
	resp, hasSchema := c.s.schemaOf(c.op.resp)
	for _, name := range []string{"creation_date", "last_update", "date_created", "date_joined"} {
		f, ok := resp.field(name)
		switch {
		case ok && f.format == "date":
			rec[name] = now[:10]
		case ok || (!hasSchema && name == "creation_date"):
			rec[name] = now
		}
	}
	if up != nil && res.file {
		c.s.storeUpload(rec, up)
	}
	if res.check != nil {
		if e := res.check(c, rec, nil); e != nil {
			return 0, nil, e
		}
	}
	stored, e := c.s.db.coll(res.name).insertChecked(rec, res.ids, res.dup)
	if e != nil {
		c.s.dropBlob(rec)
		return 0, nil, e
	}
	if res.name == "organisations" && c.who != nil {
		c.s.addMember(str(stored["subdomain"]), c.who.username, "superadmin")
	}
	out := c.render(res, stored)
	c.s.created(res.name, out)
	return http.StatusCreated, out, nil
}

// own stamps a record with its scope: the route's organisation, or the caller
// for personal resources.
func (c *call) own(rec record) {
	switch {
	case c.rt.org:
		rec["organisation"] = c.org
	case c.rt.res != nil && c.rt.res.personal && c.who != nil:
		rec["profile"] = c.who.username
	}
}

// prefillScope gives the request body the scope fields the server decides
// (organisation, profile), typed as the request schema wants them, so that
// they pass validation.
func (c *call) prefillScope(in map[string]any) {
	sch, _ := c.s.schemaOf(c.op.body)
	set := func(name string, s string, id any) {
		if f, ok := sch.field(name); ok && f.typ == "integer" {
			in[name] = id
			return
		}
		in[name] = s
	}
	switch {
	case c.rt.org:
		o, _ := c.s.organisation(c.org)
		set("organisation", c.org, o["pk"])
	case c.rt.res != nil && c.rt.res.personal && c.who != nil:
		p, _ := c.s.db.coll("profiles").first(func(r record) bool { return str(r["username"]) == c.who.username })
		set("profile", c.who.username, p["pk"])
	}
}

func (c *call) update(res *resource, old record) (int, any, *apiError) {
	if e := c.mayChange(actUpdate, res, old); e != nil {
		return 0, nil, e
	}
	in, up, e := c.decodeBody()
	if e != nil {
		return 0, nil, e
	}
	partial := c.op.method != http.MethodPut
	if !partial {
		for k, v := range old {
			if _, ok := in[k]; !ok && isScopeField(k) {
				in[k] = v
			}
		}
	}
	clean, e := c.validate(res, in, partial)
	if e != nil {
		return 0, nil, e
	}
	key := res.primary()
	oldBlob := str(old["_blob"])
	next, _, err := c.s.db.coll(res.name).update(func(r record) bool { return str(r[key]) == str(old[key]) }, func(r record) error {
		for k, v := range clean {
			if !isScopeField(k) {
				r[k] = v
			}
		}
		if _, ok := r["last_update"]; ok {
			r["last_update"] = c.s.now().Format(dateTimeLayout)
		}
		if up != nil && res.file {
			c.s.storeUpload(r, up)
		}
		if res.check != nil {
			if e := res.check(c, r, old); e != nil {
				return e
			}
		}
		return nil
	})
	if err != nil {
		return 0, nil, err.(*apiError)
	}
	if next == nil {
		return 0, nil, errNotFound()
	}
	if up != nil && oldBlob != "" && oldBlob != str(next["_blob"]) {
		c.s.dropBlob(record{"_blob": oldBlob})
	}
	return http.StatusOK, c.render(res, next), nil
}

func isScopeField(k string) bool { return k == "organisation" || k == "profile" }

func (c *call) destroy(res *resource, rec record) (int, any, *apiError) {
	if e := c.mayChange(actDelete, res, rec); e != nil {
		return 0, nil, e
	}
	key := res.primary()
	if c.rt.org && res.shared {
		// An organisation gives up a catalogue record (its telescope, its
		// site): the link goes, the public record stays.
		_, ok, _ := c.s.db.coll(res.name).update(func(r record) bool { return str(r[key]) == str(rec[key]) }, func(r record) error {
			delete(r, "organisation")
			return nil
		})
		if !ok {
			return 0, nil, errNotFound()
		}
		for {
			if _, more := c.s.db.coll("telescopeownerships").remove(func(r record) bool {
				return str(r["organisation"]) == c.org && str(r[parentField(res.name)]) == str(rec[key])
			}); !more {
				break
			}
		}
		return http.StatusNoContent, nil, nil
	}
	gone, ok := c.s.db.coll(res.name).remove(func(r record) bool { return str(r[key]) == str(rec[key]) })
	if !ok {
		return 0, nil, errNotFound()
	}
	c.s.dropBlob(gone)
	return http.StatusNoContent, nil, nil
}

// render shapes a stored record for output: internal keys dropped, write-only
// fields hidden, absent fields of the operation's response schema filled
// with their empty value.
func (c *call) render(res *resource, rec record) record {
	return c.renderAs(res, rec, c.op.resp)
}

// renderAs is render with another schema (items nested in other answers).
func (c *call) renderAs(res *resource, rec record, schema string) record {
	out := record{}
	for k, v := range rec {
		if !strings.HasPrefix(k, "_") {
			out[k] = v
		}
	}
	if resp, ok := c.s.schemaOf(schema); ok {
		for _, f := range resp.fields {
			if f.writeOnly {
				delete(out, f.name)
				continue
			}
			if _, ok := out[f.name]; !ok {
				if v, ok := emptyValue(f); ok {
					out[f.name] = v
				}
			}
			if sub, isStr := out[f.name].(string); f.name == "organisation" && f.typ == "integer" && isStr {
				// stored as the subdomain; the schema wants the organisation's id
				org, _ := c.s.organisation(sub)
				out[f.name] = org["pk"]
			}
		}
	}
	if b := str(rec["_blob"]); b != "" {
		out["file"] = c.s.downloadURL(c.r, b)
	}
	if res.view != nil {
		res.view(c, out)
	}
	return out
}

// createdOn filters on the date part of creation_date; the value may be any
// date layout the API accepts ("2020-03-28", "2020-03-28T10:00:00Z").
func createdOn(rec record, v string) bool {
	for _, layout := range []string{time.DateOnly, time.RFC3339, "2006-01-02T15:04:05", "2006/01/02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return strings.HasPrefix(str(rec["creation_date"]), t.Format(time.DateOnly))
		}
	}
	return false
}

package arcsecondtest

import (
	"fmt"
	"net/http"
)

// organisation returns the organisation record of a subdomain.
func (s *Server) organisation(subdomain string) (record, bool) {
	if subdomain == "" {
		return nil, false
	}
	return s.db.coll("organisations").first(func(r record) bool { return str(r["subdomain"]) == subdomain })
}

// roleOf reads a user's role in an organisation from the members collection,
// so that memberships created through the API take effect at once.
func (s *Server) roleOf(username, subdomain string) role {
	m, ok := s.db.coll("members").first(func(r record) bool {
		return str(r["organisation"]) == subdomain && str(r["username"]) == username
	})
	if !ok {
		return roleNone
	}
	return parseRole(str(m["role"]))
}

func (s *Server) addMember(subdomain, username, roleName string) {
	s.db.coll("members").insert(record{
		"organisation": subdomain, "username": username, "role": roleName,
		"date_joined": s.now().Format("2006-01-02"), "is_payer": false,
	}, pkID)
}

// viewOrganisation lists the sites and telescopes the organisation owns.
func viewOrganisation(c *call, rec record) {
	rec["observing_sites"], _ = c.s.children("observingsites", "organisation", rec["subdomain"], "uuid")
	rec["telescopes"], _ = c.s.children("telescopes", "organisation", rec["subdomain"], "uuid")
}

func isSelf(c *call, rec record) bool { return str(rec["username"]) == c.who.username }

func isOrgAdmin(c *call, rec record) bool {
	return c.s.roleOf(c.who.username, str(rec["subdomain"])) >= roleAdmin
}

// checkOrganisation keeps subdomains unique.
func checkOrganisation(c *call, rec, old record) *apiError {
	sub := str(rec["subdomain"])
	if old != nil && sub == str(old["subdomain"]) {
		return nil
	}
	if _, taken := c.s.organisation(sub); taken {
		return errField("subdomain", "organisation with this subdomain already exists.")
	}
	return nil
}

// checkMember accepts an existing user not yet in the organisation, with a
// known role; only a superadmin may make a superadmin.
func checkMember(c *call, rec, old record) *apiError {
	username := str(rec["username"])
	if c.s.account(username) == nil {
		return errField("username", fmt.Sprintf("User %q does not exist.", username))
	}
	r := str(rec["role"])
	if parseRole(r) == roleNone {
		return errField("role", fmt.Sprintf("%q is not a valid choice.", r))
	}
	if parseRole(r) == roleSuperadmin && c.role < roleSuperadmin {
		return errForbidden()
	}
	if old == nil && c.s.roleOf(username, str(rec["organisation"])) != roleNone {
		return errField("username", "This user is already a member of the organisation.")
	}
	return nil
}

// viewMember renders a membership as MembershipList: the profile's names and
// the organisation as a nested object (MembershipCreate keeps the
// subdomain).
func viewMember(c *call, rec record) {
	if p, ok := c.s.db.coll("profiles").first(func(r record) bool { return str(r["username"]) == str(rec["username"]) }); ok {
		for _, f := range []string{"first_name", "last_name", "title", "avatar"} {
			rec[f] = p[f]
		}
	}
	if a := c.s.account(str(rec["username"])); a != nil {
		rec["email"] = a.email
	}
	if sch, _ := c.s.schemaOf(c.op.resp); sch.fields != nil {
		if f, _ := sch.field("organisation"); f.ref == "" {
			return
		}
	}
	if o, ok := c.s.organisation(str(rec["organisation"])); ok {
		rec["organisation"] = c.renderAs(c.s.resource("organisations"), o, "OrganisationList")
	}
}

// viewProfile gives one's own profile its e-mail and memberships (the shape
// CLI and focale read, as the 2023 OpenAPI document describes GET /profiles/{username}/); others see the public subset.
func viewProfile(c *call, rec record) {
	if c.who == nil || c.who.username != str(rec["username"]) {
		delete(rec, "email")
		delete(rec, "memberships")
		return
	}
	ms := c.s.db.coll("members").snapshot(func(r record) bool { return str(r["username"]) == c.who.username })
	list := make([]any, 0, len(ms))
	for _, m := range ms {
		entry := map[string]any{"pk": m["pk"], "date_joined": m["date_joined"], "role": m["role"]}
		if o, ok := c.s.organisation(str(m["organisation"])); ok {
			entry["organisation"] = map[string]any{"pk": o["pk"], "name": o["name"], "subdomain": o["subdomain"]}
		}
		list = append(list, entry)
	}
	rec["memberships"] = list
	rec["email"] = c.who.email
}

// GET /{organisation}/uploadkeys/: the members' upload keys, for admins.
func handleOrgUploadKeys(c *call) (int, any, *apiError) {
	if c.role < roleAdmin {
		return 0, nil, errForbidden()
	}
	ms := c.s.db.coll("members").snapshot(func(r record) bool { return str(r["organisation"]) == c.org })
	out := make([]any, 0, len(ms))
	for _, m := range ms {
		a := c.s.account(str(m["username"]))
		if a == nil {
			continue
		}
		p, _ := c.s.db.coll("profiles").first(func(r record) bool { return str(r["username"]) == a.username })
		out = append(out, map[string]any{"first_name": p["first_name"], "last_name": p["last_name"], "username": a.username,
			"email": a.email, "key": a.uploadKey, "creation_date": p["membership_date"]})
	}
	return http.StatusOK, out, nil
}

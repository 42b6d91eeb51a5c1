package arcsecondtest

import "sort"

// SeedOrganisation is the subdomain of the seeded organisation. Its members
// hold every role of arcsecond-io.github.io docs/portals/permissions.md; the accounts are fictional and
// named after astronomers of the past (Cannon, Hubble, Rubin, Leavitt, Sagan).
const SeedOrganisation = "lyra"

// User is a seeded account and its credentials.
type User struct {
	Username  string
	Email     string
	Password  string
	AccessKey string // X-Arcsecond-API-Authorization: Key <AccessKey>
	UploadKey string // may only create datasets and upload data files
	Token     string // legacy Authorization: Token <Token>
	Role      string // role in SeedOrganisation, "" for none
}

type seedUser struct {
	username, first, last, role string
}

var seedUsers = []seedUser{
	{"annie", "Annie", "Cannon", "superadmin"},
	{"edwin", "Edwin", "Hubble", "admin"},
	{"vera", "Vera", "Rubin", "member"},
	{"henrietta", "Henrietta", "Leavitt", "observer"},
	{"carl", "Carl", "Sagan", ""}, // no membership: personal data only
}

// register creates an account, its keys and its public profile; nil when
// the username is taken.
func (s *Server) register(username, email, password, first, last string) *account {
	a := &account{username: username, email: email, password: password, accessKey: s.ids.key(), uploadKey: s.ids.key(), token: s.ids.token()}
	s.mu.Lock()
	_, taken := s.accounts[username]
	s.mu.Unlock()
	if taken {
		return nil
	}
	s.addAccount(a)
	now := s.now().Format(dateTimeLayout)
	s.db.coll("profiles").insert(record{
		"username": username, "first_name": first, "last_name": last, "membership_date": now, "last_update": now,
		"is_staff": false, "has_wild_card": false, "visited_observing_sites": []any{}, "visited_telescopes": []any{},
		"title": "", "avatar": gravatar(email),
	}, pkID)
	s.db.coll("auth/emails").insert(record{"email": email, "verified": true, "primary": true, "profile": username}, nil)
	return a
}

func (s *Server) seedOrganisation() {
	s.db.coll("organisations").insert(record{
		"name": "Lyra Observers Collective", "acronym": "LOC", "subdomain": SeedOrganisation, "org_type": "Private",
		"institute_name_1": "", "institute_name_2": "", "website_url": "https://lyra.example.org/", "date_created": s.now().Format("2006-01-02"),
		"observing_sites": []any{}, "telescopes": []any{}, "telescope_activations": []any{},
		"icon": nil, "banner": nil, "cover": nil,
	}, pkID)
	for _, u := range seedUsers {
		pw := "arcsecond-" + s.ids.key()[:12]
		s.register(u.username, u.username+"@example.org", pw, u.first, u.last)
		if u.role != "" {
			s.addMember(SeedOrganisation, u.username, u.role)
		}
	}
}

// Users returns the seeded accounts (and any registered since), sorted by
// username.
func (s *Server) Users() []User {
	s.mu.Lock()
	accts := make([]*account, 0, len(s.accounts))
	for _, a := range s.accounts {
		accts = append(accts, a)
	}
	s.mu.Unlock()
	out := make([]User, 0, len(accts))
	for _, a := range accts {
		out = append(out, s.userOf(a))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Username < out[j].Username })
	return out
}

// User returns the account of a username.
func (s *Server) User(username string) (User, bool) {
	a := s.account(username)
	if a == nil {
		return User{}, false
	}
	return s.userOf(a), true
}

// UserWithRole returns the first seeded member holding role ("superadmin",
// "admin", "member", "observer") in SeedOrganisation, or, for "", the
// seeded user without membership.
func (s *Server) UserWithRole(roleName string) User {
	for _, u := range seedUsers {
		if u.role == roleName {
			got, _ := s.User(u.username)
			return got
		}
	}
	return User{}
}

func (s *Server) userOf(a *account) User {
	return User{Username: a.username, Email: a.email, Password: a.password, AccessKey: a.accessKey, UploadKey: a.uploadKey, Token: a.token,
		Role: s.roleOf(a.username, SeedOrganisation).String()}
}

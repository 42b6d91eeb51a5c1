package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestOrganisations(t *testing.T) {
	e := newEnv(t, "", arcsecond.WithOrganisation("lyra")) // never scoped
	ctx := t.Context()
	o := check(e.c.Organisations.Create(ctx, &arcsecond.OrganisationCreate{Name: "Vega Club", Subdomain: "vega", OrgType: arcsecond.OrganisationPublic})).ok(t)
	e.expect(t, "POST", "/organisations/", "", map[string]any{"name": "Vega Club", "subdomain": "vega", "org_type": "Public"})
	if o.Subdomain != "vega" {
		t.Fatalf("created %+v", o)
	}
	got := check(e.c.Organisations.Get(ctx, "vega")).ok(t)
	e.expect(t, "GET", "/organisations/vega/", "", nil)
	if got.Name != "Vega Club" {
		t.Errorf("Get %+v", got)
	}
	all := check(e.c.Organisations.List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/organisations/", "", nil)
	if len(all) != 2 {
		t.Errorf("%d organisations", len(all))
	}
	u := check(e.c.Organisations.Update(ctx, "vega", &arcsecond.OrganisationUpdate{Acronym: arcsecond.Ptr("VC")})).ok(t)
	e.expect(t, "PATCH", "/organisations/vega/", "", map[string]any{"acronym": "VC"})
	if u.Acronym != "VC" {
		t.Errorf("acronym %q", u.Acronym)
	}
	if _, _, err := e.c.Organisations.Update(ctx, "lyra", &arcsecond.OrganisationUpdate{Acronym: arcsecond.Ptr("X")}); !errors.Is(err, arcsecond.ErrForbidden) {
		t.Errorf("non-member update: %v", err)
	}
	// The creator is the new organisation's superadmin.
	members := check(e.c.ForOrganisation("vega").Members.List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/vega/members/", "", nil)
	if len(members) != 1 || members[0].Role != arcsecond.RoleSuperadmin || members[0].Organisation.Subdomain != "vega" {
		t.Errorf("members %+v", members)
	}
}

func TestMembersAndUploadKeys(t *testing.T) {
	e := newEnv(t, "admin", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	m := check(e.c.Members.Create(ctx, &arcsecond.MemberCreate{Username: "carl", Role: arcsecond.RoleObserver})).ok(t)
	e.expect(t, "POST", "/lyra/members/", "", map[string]any{"username": "carl", "role": "observer"})
	got := check(e.c.Members.Get(ctx, m.PK)).ok(t)
	e.expect(t, "GET", "/lyra/members/"+itoa(m.PK)+"/", "", nil)
	if got.Username != "carl" || got.Role != arcsecond.RoleObserver || got.Role.CanWrite() {
		t.Errorf("member %+v", got)
	}
	u := check(e.c.Members.Update(ctx, m.PK, &arcsecond.MemberUpdate{Role: arcsecond.Ptr(arcsecond.RoleMember)})).ok(t)
	e.expect(t, "PATCH", "/lyra/members/"+itoa(m.PK)+"/", "", map[string]any{"role": "member"})
	if !u.Role.CanWrite() {
		t.Errorf("role %q", u.Role)
	}
	list := check(e.c.Members.List(ctx, nil)).ok(t)
	if len(list) != 5 {
		t.Errorf("%d members", len(list))
	}
	if _, err := e.c.Members.Delete(ctx, m.PK); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/lyra/members/"+itoa(m.PK)+"/", "", nil)

	keys := check(e.c.UploadKeys.List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/lyra/uploadkeys/", "", nil)
	if len(keys) == 0 || keys[0].Username == "" {
		t.Errorf("upload keys %+v", keys)
	}
	// Organisation-only routes refuse an unscoped client before sending.
	n := e.rec.count()
	plain := e.c.ForOrganisation("")
	if _, _, err := plain.Members.List(ctx, nil); !errors.Is(err, arcsecond.ErrNoOrganisation) {
		t.Errorf("members without organisation: %v", err)
	}
	if _, _, err := plain.UploadKeys.List(ctx, nil); !errors.Is(err, arcsecond.ErrNoOrganisation) {
		t.Errorf("upload keys without organisation: %v", err)
	}
	if e.rec.count() != n {
		t.Error("a request was sent without organisation")
	}
}

package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestProfiles(t *testing.T) {
	e := newEnv(t, "member")
	ctx := t.Context()
	me := e.srv.UserWithRole("member")
	list := check(e.c.Profiles.List(ctx, &arcsecond.ProfileListOptions{Search: "rub", ListOptions: arcsecond.ListOptions{PageSize: 5}})).ok(t)
	e.expect(t, "GET", "/profiles/", "page_size=5&search=rub", nil)
	if len(list) != 1 || list[0].Username != me.Username {
		t.Fatalf("search: %+v", list)
	}
	p := check(e.c.Profiles.Get(ctx, me.Username)).ok(t)
	e.expect(t, "GET", "/profiles/"+me.Username+"/", "", nil)
	if p.LastName != "Rubin" || p.MembershipDate.IsZero() {
		t.Errorf("profile %+v", p)
	}
	u := check(e.c.Profiles.Update(ctx, me.Username, &arcsecond.ProfileUpdate{Bio: arcsecond.Ptr("galaxy rotation curves")})).ok(t)
	e.expect(t, "PATCH", "/profiles/"+me.Username+"/", "", map[string]any{"bio": "galaxy rotation curves"})
	if u.Bio != "galaxy rotation curves" {
		t.Errorf("bio %q", u.Bio)
	}
	if _, _, err := e.c.Profiles.Update(ctx, "annie", &arcsecond.ProfileUpdate{Bio: arcsecond.Ptr("x")}); !errors.Is(err, arcsecond.ErrForbidden) {
		t.Errorf("updating another profile: %v", err)
	}

	k := check(e.c.Profiles.APIKey(ctx, me.Username)).ok(t)
	e.expect(t, "GET", "/profiles/"+me.Username+"/apikey/", "", nil)
	if k.APIKey != me.AccessKey {
		t.Error("API key differs")
	}
	uk := check(e.c.Profiles.UploadKey(ctx, me.Username)).ok(t)
	e.expect(t, "GET", "/profiles/"+me.Username+"/uploadkey/", "", nil)
	if uk.UploadKey != me.UploadKey {
		t.Error("upload key differs")
	}
	if _, _, err := e.c.Profiles.APIKey(ctx, "annie"); !errors.Is(err, arcsecond.ErrForbidden) {
		t.Errorf("another user's key: %v", err)
	}
	sk := check(e.c.Profiles.SecretKey(ctx, me.Username)).ok(t)
	e.expect(t, "POST", "/profiles/"+me.Username+"/secretkey/", "", map[string]any{})
	if sk.UploadKey == "" {
		t.Error("no secret key")
	}
	// CreateUploadKey: arcsecondtest does not rotate keys (501), the request is what matters.
	_, _, _ = e.c.Profiles.CreateUploadKey(ctx, me.Username)
	e.expect(t, "POST", "/profiles/"+me.Username+"/uploadkey/", "", map[string]any{})

	shared := e.c.Profiles.SharedKeys(me.Username)
	s := check(shared.Create(ctx, &arcsecond.SharedKeyCreate{Organisation: "lyra"})).ok(t)
	e.expect(t, "POST", "/profiles/"+me.Username+"/sharedkeys/", "", map[string]any{"organisation": "lyra"})
	keys := check(shared.List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/profiles/"+me.Username+"/sharedkeys/", "", nil)
	if len(keys) != 1 || keys[0].Organisation != "lyra" || keys[0].PK != s.PK {
		t.Errorf("shared keys %+v", keys)
	}
	if _, err := shared.Delete(ctx, s.PK); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/profiles/"+me.Username+"/sharedkeys/"+itoa(s.PK)+"/", "", nil)

	st := check(e.c.Profiles.DataStorages(me.Username).Create(ctx, &arcsecond.DataStorageCreate{Name: "NAS", Type: arcsecond.DataStorageDiskLocal})).ok(t)
	e.expect(t, "POST", "/profiles/"+me.Username+"/datastorages/", "", map[string]any{"name": "NAS", "type": "disk_local"})
	sts := check(e.c.Profiles.DataStorages(me.Username).List(ctx, nil)).ok(t)
	if len(sts) != 1 || sts[0].UUID != st.UUID || sts[0].Type != arcsecond.DataStorageDiskLocal {
		t.Errorf("storages %+v", sts)
	}
	check(e.c.Profiles.DataStoragePoints(ctx, me.Username)).ok(t)
	e.expect(t, "GET", "/profiles/"+me.Username+"/datastoragepoints/", "", nil)
	stats := check(e.c.Profiles.Stats(ctx, me.Username)).ok(t)
	e.expect(t, "GET", "/profiles/"+me.Username+"/stats/", "", nil)
	if string(stats["datasets_count"]) != "0" {
		t.Errorf("stats %v", stats)
	}
	check(e.c.Profiles.Subscriptions(me.Username).List(ctx, nil)).ok(t)
	e.expect(t, "GET", "/profiles/"+me.Username+"/subscriptions/", "", nil)
	if _, _, err := e.c.Profiles.Subscriptions(me.Username).Get(ctx, "sub_1"); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("unknown subscription: %v", err)
	}
	e.expect(t, "GET", "/profiles/"+me.Username+"/subscriptions/sub_1/", "", nil)
	if _, _, err := e.c.Profiles.Subscriptions(me.Username).Update(ctx, "sub_1", &arcsecond.SubscriptionUpdate{Status: arcsecond.Ptr("canceled")}); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("unknown subscription update: %v", err)
	}
	e.expect(t, "PATCH", "/profiles/"+me.Username+"/subscriptions/sub_1/", "", map[string]any{"status": "canceled"})
	if _, _, err := e.c.Profiles.Get(ctx, "a/b"); err == nil {
		t.Error("username with a slash: no error")
	}
}

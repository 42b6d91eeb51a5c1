package arcsecond_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestAuthKeysAndJWT(t *testing.T) {
	e := newEnv(t, "member")
	ctx := t.Context()
	me := e.srv.UserWithRole("member")
	if _, err := e.c.Auth.VerifyKey(ctx, me.Username, me.UploadKey); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "POST", "/auth/key/verify/", "", map[string]any{"username": me.Username, "key": me.UploadKey})
	if _, err := e.c.Auth.VerifyKey(ctx, me.Username, "0123456789abcdef0123456789abcdef"); err == nil {
		t.Error("wrong key verified")
	}
	if _, err := e.c.Auth.VerifyOrganisationKey(ctx, me.Username, me.AccessKey, "lyra"); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "POST", "/auth/key/verify-organisation/", "", map[string]any{"username": me.Username, "key": me.AccessKey, "organisation": "lyra"})
	carl := e.srv.UserWithRole("")
	if _, err := e.c.Auth.VerifyOrganisationKey(ctx, carl.Username, carl.AccessKey, "lyra"); err == nil {
		t.Error("non-member verified")
	}

	res := check(e.c.Auth.Login(ctx, me.Username, me.Password)).ok(t)
	e.expect(t, "POST", "/auth/token/", "", map[string]any{"username": me.Username, "password": me.Password, "client": "desktop"})
	if res.JWT == nil || res.JWT.Access == "" || res.JWT.Refresh == "" || res.Token != "" {
		t.Fatalf("login %+v", res)
	}
	if _, _, err := e.c.Auth.Login(ctx, me.Username, "wrong"); !errors.Is(err, arcsecond.ErrUnauthorized) {
		t.Errorf("bad password: %v", err)
	}
	pair := check(e.c.Auth.Refresh(ctx, res.JWT.Refresh)).ok(t)
	e.expect(t, "POST", "/auth/token/refresh/", "", map[string]any{"refresh": res.JWT.Refresh})
	if pair.Access == "" || pair.Refresh == res.JWT.Refresh {
		t.Errorf("refresh %v", pair)
	}
	if _, _, err := e.c.Auth.Refresh(ctx, res.JWT.Refresh); err == nil {
		t.Error("reused refresh token accepted")
	}
	// A client on the new session works.
	jc, err := arcsecond.NewClient(arcsecond.WithBaseURL(e.srv.URL+"/"), arcsecond.WithJWT(*pair, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := jc.Auth.VerifyToken(ctx); err != nil {
		t.Errorf("VerifyToken with a JWT: %v", err)
	}

	legacy := check(e.c.Auth.LegacyLogin(ctx, me.Username, me.Password)).ok(t)
	e.expect(t, "POST", "/auth/login/", "", map[string]any{"username": me.Username, "password": me.Password})
	if legacy.Token != me.Token || legacy.JWT != nil {
		t.Errorf("legacy login %+v", legacy)
	}
}

func TestLoginReplyShape(t *testing.T) {
	// The same route answered a DRF token in 2021–2023.
	for body, want := range map[string]string{`{"token": "abc123"}`: "abc123", `{"detail": "?"}`: ""} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(body))
		}))
		c, _ := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL + "/"))
		res, _, err := c.Auth.Login(t.Context(), "u", "p")
		srv.Close()
		switch {
		case want == "" && !errors.Is(err, arcsecond.ErrUnknownLoginReply):
			t.Errorf("%s: %v", body, err)
		case want != "" && (err != nil || res.Token != want || res.JWT != nil):
			t.Errorf("%s: %+v %v", body, res, err)
		}
	}
}

func TestAuthLegacyRoutes(t *testing.T) {
	e := newEnv(t, "member")
	ctx := t.Context()
	reg := check(e.c.Auth.Register(ctx, &arcsecond.Registration{Username: "cecilia", Email: "cp@example.org", Password1: "stellar-atmospheres", Password2: "stellar-atmospheres"})).ok(t)
	e.expect(t, "POST", "/auth/registration/", "", map[string]any{"username": "cecilia", "email": "cp@example.org", "password1": "stellar-atmospheres", "password2": "stellar-atmospheres"})
	if reg.Token == "" {
		t.Error("no token after registration")
	}
	var er *arcsecond.ErrorResponse
	if _, _, err := e.c.Auth.Register(ctx, &arcsecond.Registration{Username: "x", Email: "x@example.org", Password1: "aaaaaaaa1", Password2: "bbbbbbbb2"}); !errors.As(err, &er) || len(er.NonFieldErrors) == 0 {
		t.Errorf("mismatched passwords: %v", err)
	}
	d := check(e.c.Auth.ChangePassword(ctx, "new-pass-123", "new-pass-123")).ok(t)
	e.expect(t, "POST", "/auth/password/change/", "", map[string]any{"new_password1": "new-pass-123", "new_password2": "new-pass-123"})
	if d.Detail == "" {
		t.Error("no detail")
	}
	check(e.c.Auth.ResetPassword(ctx, "vera@example.org")).ok(t)
	e.expect(t, "POST", "/auth/password/reset/", "", map[string]any{"email": "vera@example.org"})
	check(e.c.Auth.ConfirmPasswordReset(ctx, &arcsecond.PasswordResetConfirm{NewPassword1: "a", NewPassword2: "a", UID: "MQ", Token: "t"})).ok(t)
	e.expect(t, "POST", "/auth/password/reset/confirm/", "", map[string]any{"new_password1": "a", "new_password2": "a", "uid": "MQ", "token": "t"})
	for _, f := range []func() (*arcsecond.Response, error){
		func() (*arcsecond.Response, error) { return e.c.Auth.VerifyToken(ctx) },
		func() (*arcsecond.Response, error) { return e.c.Auth.VerifyTokenOrganisation(ctx) },
		func() (*arcsecond.Response, error) { return e.c.Auth.VerifyTokenCollaboration(ctx) },
	} {
		if _, err := f(); err != nil {
			t.Error(err)
		}
	}
	e.expect(t, "POST", "/auth/token/verify-collaboration/", "", nil)

	em := check(e.c.Auth.Emails.Create(ctx, &arcsecond.EmailAddress{Email: "vr@example.org"})).ok(t)
	e.expect(t, "POST", "/auth/emails/", "", map[string]any{"email": "vr@example.org", "verified": false, "primary": false})
	check(e.c.Auth.Emails.Get(ctx, em.Email)).ok(t)
	e.expect(t, "GET", "/auth/emails/vr@example.org/", "", nil)
	check(e.c.Auth.Emails.Update(ctx, em.Email, &arcsecond.EmailAddressUpdate{Primary: arcsecond.Ptr(true)})).ok(t)
	e.expect(t, "PATCH", "/auth/emails/vr@example.org/", "", map[string]any{"primary": true})
	list := check(e.c.Auth.Emails.List(ctx, nil)).ok(t)
	found := false // beside the seeded account's own address
	for _, a := range list {
		found = found || a.Email == "vr@example.org" && a.Primary
	}
	if !found {
		t.Errorf("emails %+v", list)
	}
	check(e.c.Auth.Emails.SendVerification(ctx, em.Email)).ok(t)
	e.expect(t, "POST", "/auth/emails/verify/send/", "", map[string]any{"email": "vr@example.org"})
	check(e.c.Auth.Emails.Verify(ctx, "k3y")).ok(t)
	e.expect(t, "POST", "/auth/emails/verify/", "", map[string]any{"key": "k3y"})
	if _, err := e.c.Auth.Emails.Delete(ctx, em.Email); err != nil {
		t.Fatal(err)
	}
	e.expect(t, "DELETE", "/auth/emails/vr@example.org/", "", nil)
}

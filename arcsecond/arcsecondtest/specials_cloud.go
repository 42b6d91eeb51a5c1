package arcsecondtest

import "net/http"

// Routes of the 2023 schema that the Cloud SDK's services call and that are
// not plain CRUD: a profile's shared keys, storages, stats and
// subscriptions, a site's weather, the password and e-mail routes of
// django-rest-auth, and the download-token checks. Also the Cloud era's
// manual-mode target body.
func declareCloudSpecials(a *api) {
	a.declare(&resource{name: "auth/emails", key: "email", personal: true, del: roleObserver})
	for path, h := range map[string]handlerFunc{
		"/profiles/{username}/sharedkeys/":                selfOnly(handleSharedKeys),
		"/profiles/{username}/sharedkeys/{id}/":           selfOnly(handleSharedKeyDelete),
		"/profiles/{username}/secretkey/":                 selfOnly(handleSecretKey),
		"/profiles/{username}/datastorages/":              selfOnly(handleProfileStorages),
		"/profiles/{username}/datastoragepoints/":         selfOnly(func(*call) (int, any, *apiError) { return http.StatusOK, []any{}, nil }),
		"/profiles/{username}/stats/":                     selfOnly(handleProfileStats),
		"/profiles/{username}/subscriptions/":             selfOnly(handleStripeSubscriptions),
		"/profiles/{username}/subscriptions/{stripe_id}/": selfOnly(handleStripeSubscription),
		"/observingsites/{uuid}/weather/":                 handleWeather,
		"/auth/password/change/":                          handlePasswordChange,
		"/auth/password/reset/":                           detailHandler("Password reset e-mail has been sent."),
		"/auth/password/reset/confirm/":                   detailHandler("Password has been reset with the new password."),
		"/auth/emails/verify/":                            detailHandler("ok"),
		"/auth/emails/verify/send/":                       handleEmailSend,
		"/auth/token/verify/":                             emptyOK,
		"/auth/token/verify-organisation/":                emptyOK,
		"/auth/token/verify-collaboration/":               emptyOK,
	} {
		a.handle(path, h)
	}
}

func emptyOK(*call) (int, any, *apiError) { return http.StatusOK, map[string]any{}, nil }

func detailHandler(msg string) handlerFunc {
	return func(*call) (int, any, *apiError) { return http.StatusOK, map[string]any{"detail": msg}, nil }
}

// selfOnly runs h for the profile's own user (403 otherwise, 404 for an
// unknown username).
func selfOnly(h handlerFunc) handlerFunc {
	return func(c *call) (int, any, *apiError) {
		if c.s.account(c.params["username"]) == nil {
			return 0, nil, errNotFound()
		}
		if c.who == nil || c.upload || c.who.username != c.params["username"] {
			return 0, nil, errForbidden()
		}
		return h(c)
	}
}

// GET/POST /profiles/{username}/sharedkeys/: upload keys shared with an
// organisation the user belongs to.
func handleSharedKeys(c *call) (int, any, *apiError) {
	coll := c.s.db.coll("sharedkeys")
	if c.op.method == http.MethodGet {
		items := coll.snapshot(func(r record) bool { return str(r["profile"]) == c.who.username })
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = it
		}
		return http.StatusOK, out, nil
	}
	f, e := c.requireFields("organisation")
	if e != nil {
		return 0, nil, e
	}
	if c.s.roleOf(c.who.username, f["organisation"]) == roleNone {
		return 0, nil, errField("organisation", "You are not a member of this organisation.")
	}
	rec := coll.insert(record{"profile": c.who.username, "organisation": f["organisation"], "key": c.s.ids.key(), "creation_date": c.s.now().Format(dateTimeLayout)}, pkID)
	return http.StatusCreated, rec, nil
}

// DELETE /profiles/{username}/sharedkeys/{id}/.
func handleSharedKeyDelete(c *call) (int, any, *apiError) {
	_, ok := c.s.db.coll("sharedkeys").remove(func(r record) bool {
		return str(r["pk"]) == c.params["id"] && str(r["profile"]) == c.who.username
	})
	if !ok {
		return 0, nil, errNotFound()
	}
	return http.StatusNoContent, nil, nil
}

// POST /profiles/{username}/secretkey/ → a new secret upload key.
func handleSecretKey(c *call) (int, any, *apiError) {
	return http.StatusOK, map[string]any{"upload_key": c.s.ids.key()}, nil
}

// GET/POST /profiles/{username}/datastorages/.
func handleProfileStorages(c *call) (int, any, *apiError) {
	coll := c.s.db.coll("datastorages")
	if c.op.method == http.MethodGet {
		items := coll.snapshot(func(r record) bool { return str(r["profile"]) == c.who.username && str(r["organisation"]) == "" })
		out := make([]any, len(items))
		for i, it := range items {
			out[i] = c.render(c.s.resource("datastorages"), it)
		}
		return http.StatusOK, out, nil
	}
	in, _, e := c.decodeBody()
	if e != nil {
		return 0, nil, e
	}
	if str(in["type"]) == "" {
		return 0, nil, errField("type", "This field is required.")
	}
	rec := record{"uuid": c.s.ids.uuid(), "profile": c.who.username, "owner": c.who.username, "role": "owner"}
	for _, k := range []string{"name", "type", "country", "region", "description", "is_read_only", "cost_model"} {
		if v, ok := in[k]; ok {
			rec[k] = v
		}
	}
	return http.StatusCreated, coll.insert(rec, nil), nil
}

// GET /profiles/{username}/stats/: counters of the user's data.
func handleProfileStats(c *call) (int, any, *apiError) {
	count := func(name string) int {
		return len(c.s.db.coll(name).snapshot(func(r record) bool { return str(r["profile"]) == c.who.username }))
	}
	return http.StatusOK, map[string]any{"datasets_count": count("datasets"), "data_files_count": count("datafiles"), "night_logs_count": count("nightlogs")}, nil
}

// GET /observingsites/{uuid}/weather/: a fixed clear night at the site.
func handleWeather(c *call) (int, any, *apiError) {
	uuid := c.params["uuid"]
	if _, ok := c.s.db.coll("observingsites").first(func(r record) bool { return str(r["uuid"]) == uuid }); !ok {
		return 0, nil, errNotFound()
	}
	return http.StatusOK, map[string]any{"id": 1, "date": c.s.now().Format(dateTimeLayout), "comment": "", "icon": "clear-night", "source": "arcsecondtest",
		"temperature": 4.5, "relative_humidity": 0.4, "cloud_cover": 0.0, "wind_speed": 2.0, "wind_direction": nil, "seeing": nil, "observing_site": uuid}, nil
}

// POST /auth/password/change/ {new_password1, new_password2}.
func handlePasswordChange(c *call) (int, any, *apiError) {
	f, e := c.requireFields("new_password1", "new_password2")
	if e != nil {
		return 0, nil, e
	}
	if f["new_password1"] != f["new_password2"] {
		return 0, nil, errField("new_password2", "The two password fields didn't match.")
	}
	c.s.mu.Lock()
	c.who.password = f["new_password1"]
	c.s.mu.Unlock()
	return http.StatusOK, map[string]any{"detail": "New password has been saved."}, nil
}

// POST /auth/emails/verify/send/ {email}: the address, as stored.
func handleEmailSend(c *call) (int, any, *apiError) {
	f, e := c.requireFields("email")
	if e != nil {
		return 0, nil, e
	}
	return http.StatusOK, map[string]any{"email": f["email"], "verified": false, "primary": false}, nil
}

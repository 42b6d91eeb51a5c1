package arcsecondtest

import "net/http"

// The community and account records of the 2023 API: the app statistics
// (counted from the seeded data), the feature votes of a vote session with
// a comment, and a Stripe subscription of annie's (dj-stripe's shape, with
// Stripe's id prefixes). Fictional but plausible.

func (s *Server) seedCommunity() {
	now := s.now().Format(dateTimeLayout)
	count := func(name string) int { return s.db.coll(name).count() }
	s.db.coll("stats").insert(record{
		"creation_date": now, "count_exoplanets": count("exoplanets"), "count_astronomers_telegrams": count("telegrams/ATel"),
		"count_observing_sites": count("observingsites"), "count_telescopes": count("telescopes"), "count_instruments": count("instruments"),
		"count_observing_runs": count("observingruns"), "count_night_logs": count("nightlogs"), "count_observations": count("observations"),
		"count_datasets": count("datasets"), "count_datafiles": count("datafiles"), "count_users": count("profiles"),
		"count_organisations": count("organisations"), "count_collaborations": count("collaborations"),
		"count_activity_subscriptions": count("subscriptions"),
	}, idID)

	session := s.db.coll("votessessions").insert(record{
		"title": "Next features", "description": "What should Arcsecond build next?", "content": "",
		"start_date": now, "end_date": s.now().AddDate(0, 1, 0).Format(dateTimeLayout),
	}, idID)
	for _, v := range []struct{ title, category, difficulty string }{
		{"Plate-solve uploaded frames", "datasets", "medium"},
		{"Night-log export to PDF", "nightlogs", "easy"},
	} {
		s.db.coll("votes").insert(record{
			"title": v.title, "subtitle": "", "category": v.category, "difficulty": v.difficulty, "count": 0,
			"creation_date": now, "last_update": now, "url": "https://www.arcsecond.io/", "eta": "", "price": "",
			"type": "feature", "distribution": "", "session": session["id"],
		}, idID)
	}
	s.db.coll("votessessioncomments").insert(record{"session": session["id"], "content": "Plate solving, please."}, idID)

	day := s.now().Format(dateTimeLayout)
	end := s.now().AddDate(0, 1, 0).Format(dateTimeLayout)
	s.db.coll("stripesubscriptions").insert(record{
		"profile": "annie", "djstripe_id": 1, "id": "sub_1MfL7q2eZvKYlo2C0arcsec", "djstripe_created": day, "djstripe_updated": day,
		"plan": map[string]any{"djstripe_id": 1, "djstripe_created": day, "djstripe_updated": day, "id": "plan_arcsecond_pro_monthly",
			"active": true, "currency": "eur", "interval": "month"},
		"price": map[string]any{"djstripe_id": 1, "djstripe_created": day, "djstripe_updated": day, "id": "price_arcsecond_pro_monthly",
			"active": true, "currency": "eur", "type": "recurring", "product": 1},
		"can_reactivate": false, "livemode": false, "cancel_at_period_end": false, "collection_method": "charge_automatically",
		"current_period_start": day, "current_period_end": end, "status": "active", "customer": 1, "default_tax_rates": []any{},
	}, nil)
}

// votesSession embeds the session's votes.
func viewVoteSession(c *call, rec record) {
	_, votes := c.s.children("votes", "session", rec["id"], "id")
	list := make([]any, 0, len(votes))
	for _, v := range votes {
		list = append(list, c.renderAs(c.s.resource("votes"), v, "Vote"))
	}
	rec["votes"] = list
}

// GET /profiles/{username}/subscriptions/: the user's Stripe subscriptions.
func handleStripeSubscriptions(c *call) (int, any, *apiError) {
	items := c.s.db.coll("stripesubscriptions").snapshot(func(r record) bool { return str(r["profile"]) == c.who.username })
	out := make([]any, len(items))
	for i, it := range items {
		delete(it, "profile")
		out[i] = it
	}
	return http.StatusOK, out, nil
}

// GET /profiles/{username}/subscriptions/{stripe_id}/: one of them.
func handleStripeSubscription(c *call) (int, any, *apiError) {
	it, ok := c.s.db.coll("stripesubscriptions").first(func(r record) bool {
		return str(r["profile"]) == c.who.username && str(r["id"]) == c.params["stripe_id"]
	})
	if !ok {
		return 0, nil, errNotFound()
	}
	delete(it, "profile")
	return http.StatusOK, it, nil
}

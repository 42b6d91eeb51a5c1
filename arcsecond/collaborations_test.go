package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestCollaborationsAndInvitations(t *testing.T) {
	_, c := publicServer(t)
	ctx := t.Context()
	col, _, err := c.Collaborations.Create(ctx, &arcsecond.CollaborationCreate{Name: "Comet chasers", WebsiteURL: arcsecond.Ptr("https://example.org")})
	if err != nil {
		t.Fatal(err)
	}
	if col.PK == 0 || col.Name != "Comet chasers" {
		t.Fatalf("created %+v", col)
	}
	inv, _, err := c.Collaborations.Invitations(col.PK).Create(ctx, &arcsecond.CollaborationInvitationCreate{
		InviteeEmail: arcsecond.Ptr("guest@example.org"), Collaboration: col.PK, Message: arcsecond.Ptr("Join us")})
	if err != nil {
		t.Fatal(err)
	}
	if inv.Token == "" || inv.Collaboration != col.PK {
		t.Fatalf("invitation %+v", inv)
	}
	invs, _, err := c.Collaborations.Invitations(col.PK).List(ctx, nil)
	if err != nil || len(invs) != 1 {
		t.Fatalf("invitations of the collaboration: %v, %v", invs, err)
	}
	got, _, err := c.Invitations.Get(ctx, inv.Token)
	if err != nil || got.InviteeEmail != "guest@example.org" {
		t.Fatalf("invitation by token: %+v, %v", got, err)
	}
	if _, err := c.Invitations.Delete(ctx, inv.Token); err != nil {
		t.Fatal(err)
	}
	upd, _, err := c.Collaborations.Update(ctx, col.PK, &arcsecond.CollaborationUpdate{Description: arcsecond.Ptr("periodic comets")})
	if err != nil || upd.Description != "periodic comets" || upd.Name != "Comet chasers" {
		t.Fatalf("update: %+v, %v", upd, err)
	}
	if _, err := c.Collaborations.Delete(ctx, col.PK); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Collaborations.Get(ctx, col.PK); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("deleted collaboration: %v", err)
	}
	if _, _, err := c.Collaborations.Invitations(0).List(ctx, nil); err == nil {
		t.Error("collaboration 0 accepted")
	}
}

func TestSubscriptions(t *testing.T) {
	_, c := publicServer(t)
	ctx := t.Context()
	s, _, err := c.Subscriptions.Create(ctx, &arcsecond.ActivitySubscriptionCreate{Name: arcsecond.Ptr("ATels on M 31"), Satellite: arcsecond.Ptr("")})
	if err != nil {
		t.Fatal(err)
	}
	list, _, err := c.Subscriptions.List(ctx, nil)
	found := false // beside the seeded subscription
	for _, x := range list {
		found = found || x.PK == s.PK && x.Name == "ATels on M 31"
	}
	if err != nil || !found {
		t.Fatalf("list: %v, %v", list, err)
	}
	if _, err := c.Subscriptions.Delete(ctx, s.PK); err != nil {
		t.Fatal(err)
	}
}

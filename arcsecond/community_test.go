package arcsecond_test

import (
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestBetasVotesAndStats(t *testing.T) {
	_, c := publicServer(t)
	ctx := t.Context()
	b, _, err := c.Betas.Create(ctx, &arcsecond.BetaInterestCreate{BetaName: arcsecond.Ptr("hub"), Email: arcsecond.Ptr("a@example.org")})
	if err != nil || b.ID == 0 || b.BetaName != "hub" {
		t.Fatalf("beta: %+v, %v", b, err)
	}
	if list, _, err := c.Betas.List(ctx, nil); err != nil || len(list) != 1 {
		t.Errorf("betas: %v, %v", list, err)
	}
	if _, _, err := c.VoteSessions.List(ctx, nil); err != nil {
		t.Error(err)
	}
	if _, _, err := c.Votes.List(ctx, nil); err != nil {
		t.Error(err)
	}
	if _, resp, err := c.Stats.List(ctx, nil); err != nil || resp == nil {
		t.Error(err)
	}
}

func TestVoteSessionRoutes(t *testing.T) {
	c, last := recordingClient(t, `{"id":3,"session":2,"content":"+1"}`)
	cm, _, err := c.VoteSessions.Comments(2).Create(t.Context(), &arcsecond.VoteSessionCommentCreate{Session: 2, Content: arcsecond.Ptr("+1")})
	if err != nil || *last != "POST /votessessions/2/comments/" || cm.Content != "+1" {
		t.Errorf("comment: sent %s, %+v, %v", *last, cm, err)
	}
	if _, _, err := c.VoteSessions.Votes(2).List(t.Context(), nil); err != nil || *last != "GET /votessessions/2/votes/" {
		t.Errorf("votes: sent %s, %v", *last, err)
	}
	if _, _, err := c.Votes.Update(t.Context(), 4, &arcsecond.VoteUpdate{Count: arcsecond.Ptr(5)}); err != nil || *last != "PATCH /votes/4/" {
		t.Errorf("vote: sent %s, %v", *last, err)
	}
}

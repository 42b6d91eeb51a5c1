package arcsecond_test

import (
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestTelegramRoutes(t *testing.T) {
	c, last := recordingClient(t, `{"identifier":"16672","title":"Swift J1727.8-1613","publication_date":"2024-06-27T20:03:00Z","subjects":["X-ray"],"authors":[{"url":"","first_name":"A","last_name":"B"}],"related_telegrams":[],"referring_telegrams":[],"detected_objects":[],"original_url":""}`)
	ctx := t.Context()
	at, _, err := c.ATel.Get(ctx, 16672)
	if err != nil || *last != "GET /telegrams/ATel/16672/" {
		t.Fatalf("ATel: sent %s, %v", *last, err)
	}
	if at.Identifier != "16672" || at.PublicationDate.Year() != 2024 || len(at.Authors) != 1 {
		t.Errorf("ATel = %+v", at)
	}
	if _, _, err := c.ATel.Update(ctx, 16672, &arcsecond.AstronomersTelegramPrivateUpdate{RawHTMLPage: arcsecond.Ptr("<html/>")}); err != nil || *last != "PATCH /telegrams/ATel/16672/" {
		t.Errorf("ATel update: sent %s, %v", *last, err)
	}
	if _, _, err := c.GCN.Get(ctx, 33000); err != nil || *last != "GET /telegrams/GCN/Circulars/33000/" {
		t.Errorf("GCN: sent %s, %v", *last, err)
	}
	if _, _, err := c.ATel.List(ctx, nil); err != nil || *last != "GET /telegrams/ATel/" {
		t.Errorf("ATel list: sent %s, %v", *last, err)
	}
}

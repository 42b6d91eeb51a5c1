package arcsecond_test

import "testing"

func TestSmallBodyRoutes(t *testing.T) {
	c, last := recordingClient(t, `{"id":1,"small_body":"Ceres","right_ascension":12.5,"declination":null,"total_magnitude":7.9,"nuclear_magnitude":0,"date":"2026-03-01T00:00:00Z"}`)
	ctx := t.Context()
	eph, _, err := c.SmallBodies.Ephemerides(ctx, "20000001")
	if err != nil || *last != "GET /smallbodies/20000001/ephemerides/" {
		t.Fatalf("sent %s, %v", *last, err)
	}
	if eph.RightAscension == nil || *eph.RightAscension != 12.5 || eph.Declination != nil || eph.TotalMagnitude != 7.9 {
		t.Errorf("ephemeris = %+v", eph)
	}
	if _, _, err := c.SmallBodies.Get(ctx, "1P/Halley"); err == nil {
		t.Error("a designation with a slash was sent unescaped")
	}
	if _, _, err := c.SmallBodies.Get(ctx, "2015 BZ509"); err != nil || *last != "GET /smallbodies/2015%20BZ509/" {
		t.Errorf("sent %s, %v", *last, err)
	}
}

package arcsecond_test

import (
	"math"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestConvertersRoutes(t *testing.T) {
	c, last := recordingClient(t, `{"ICRS":{"ra":10.68,"dec":41.27}}`)
	conv, _, err := c.Converters.Coordinates(t.Context(), arcsecond.FrameGalactic, aa.Equatorial{RA: aa.Deg(121.1743), Dec: aa.Deg(-21.5733)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "GET /converters/coordinates/galactic/ra/121.1743/dec/-21.5733/"; *last != want {
		t.Errorf("sent %s, want %s", *last, want)
	}
	if _, ok := conv["ICRS"]; !ok {
		t.Errorf("conversion = %v", conv)
	}
	if _, _, err := c.Converters.CoordinatesWithDistance(t.Context(), aa.Equatorial{RA: aa.Deg(10.68), Dec: aa.Deg(41.27)}, 0.00000778); err != nil ||
		*last != "GET /converters/coordinates/icrs/ra/10.68/dec/41.27/distance/0.00000778/" {
		t.Errorf("with distance: sent %s, %v", *last, err)
	}
	if _, _, err := c.Converters.Supergalactic(t.Context(), aa.Deg(359.5), aa.Deg(0)); err != nil ||
		*last != "GET /converters/coordinates/supergalactic/sgl/359.5/sgb/0/" {
		t.Errorf("supergalactic: sent %s, %v", *last, err)
	}
}

func TestConvertersRefuseBadInput(t *testing.T) {
	f := forbidSending(t)
	if _, _, err := f.Converters.Coordinates(t.Context(), "j2000", aa.Equatorial{RA: aa.Deg(1), Dec: aa.Deg(1)}); err == nil {
		t.Error("unknown frame accepted")
	}
	if _, _, err := f.Converters.Coordinates(t.Context(), arcsecond.FrameFK5, aa.Equatorial{RA: aa.Deg(math.NaN()), Dec: aa.Deg(1)}); err == nil {
		t.Error("NaN accepted")
	}
	if _, _, err := f.Converters.CoordinatesWithDistance(t.Context(), aa.Equatorial{RA: aa.Deg(1), Dec: aa.Deg(1)}, math.Inf(1)); err == nil {
		t.Error("infinite distance accepted")
	}
}

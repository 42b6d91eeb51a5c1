package arcsecond_test

import (
	"context"
	"fmt"
	"log"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// exampleClient returns a client of an in-process arcsecondtest server with
// its seed catalogue data; the real API answers the same calls with the
// full catalogues.
func exampleClient() (*arcsecond.Client, func()) {
	srv := arcsecondtest.NewServer(arcsecondtest.WithSeed(1))
	c, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}
	return c, srv.Close
}

// Look up an object by any of its names: spaces and Unicode are escaped for
// the path.
func ExampleObjectsService_Get() {
	c, stop := exampleClient()
	defer stop()

	obj, _, err := c.Objects.Get(context.Background(), "Andromeda Galaxy")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s (%s): %v\n", obj.Name, obj.Source, obj.EquatorialCoordinates)
	// Output: M 31 (Simbad): RA 10.6847°, Dec 41.269°, epoch 2000
}

// Turn what the API sends into aa's types to compute with them: here the
// separation of two objects, and the objects within a cone around one.
func ExampleEquatorialCoordinates_Equatorial() {
	c, stop := exampleClient()
	defer stop()
	ctx := context.Background()

	m42, _, err := c.Objects.Get(ctx, "M 42")
	if err != nil {
		log.Fatal(err)
	}
	m1, _, err := c.Objects.Get(ctx, "M 1")
	if err != nil {
		log.Fatal(err)
	}
	p42, ok42 := m42.EquatorialCoordinates.Equatorial()
	p1, ok1 := m1.EquatorialCoordinates.Equatorial()
	if !ok42 || !ok1 {
		log.Fatal("no coordinates")
	}
	fmt.Printf("M 42 at RA %s, Dec %s\n", p42.RA.HMSString(1), p42.Dec.DMSString(0))
	fmt.Printf("M 42 to M 1: %.2f°\n", aa.Separation(p42, p1).Deg())

	near, _, err := c.Objects.List(ctx, &arcsecond.ObjectListOptions{Cone: &arcsecond.Cone{Center: p42, Radius: aa.Deg(30)}})
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range near {
		fmt.Println("within 30° of M 42:", o.Name)
	}
	// Output:
	// M 42 at RA 5h35m17.3s, Dec -5°23′28″
	// M 42 to M 1: 27.41°
	// within 30° of M 42: M 42
	// within 30° of M 42: M 1
	// within 30° of M 42: Sirius
	// within 30° of M 42: Betelgeuse
	// within 30° of M 42: Rigel
	// within 30° of M 42: Aldebaran
}

// Search the exoplanets and read their measured quantities.
func ExampleExoplanetsService_List() {
	c, stop := exampleClient()
	defer stop()

	planets, resp, err := c.Exoplanets.List(context.Background(), &arcsecond.ExoplanetListOptions{Search: "51 Peg"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.Count, "match")
	for _, p := range planets {
		period := p.OrbitalPeriod
		fmt.Printf("%s around %s: P = %g %s (%s)\n", p.Name, p.ParentStar, *period.Value, period.Unit, period.Bibcode)
	}
	// Output:
	// 1 match
	// 51 Peg b around 51 Peg: P = 4.2308 day (1995Natur.378..355M)
}

// Find the standard stars of a catalogue nearest to a position; the SDK
// refuses the call before sending when Around or Catalogue is missing.
func ExampleStandardStarsService_List() {
	c, stop := exampleClient()
	defer stop()
	ctx := context.Background()

	stars, _, err := c.StandardStars.List(ctx, &arcsecond.StandardStarListOptions{
		Around:    &aa.Equatorial{RA: aa.Deg(83.82), Dec: aa.Deg(-5.39)}, // the Orion Nebula
		Catalogue: 1,
		Count:     3,
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range stars {
		fmt.Printf("%-12s RA %8.4f° Dec %+8.4f° %s\n", s.Name, *s.EquatorialCoordinates.RightAscension, *s.EquatorialCoordinates.Declination, s.SpectralType)
	}

	_, _, err = c.StandardStars.List(ctx, &arcsecond.StandardStarListOptions{Catalogue: 1})
	fmt.Println(err)
	// Output:
	// Hiltner 600  RA 101.3057° Dec  +2.1374° B1
	// GD 71        RA  88.1150° Dec +15.8872° DA1
	// LTT 3218     RA 130.3850° Dec -32.9425° DA5
	// arcsecond: missing required parameter: standard stars need Around (an ICRS position)
}

// Read a satellite's two-line elements, ready for an SGP4 library.
func ExampleSatellite_TLE() {
	c, stop := exampleClient()
	defer stop()

	iss, _, err := c.Satellites.Get(context.Background(), "25544")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(iss.TLE())
	// Output:
	// ISS (ZARYA)
	// 1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927
	// 2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537
}

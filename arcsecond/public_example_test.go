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
	eq := obj.EquatorialCoordinates
	fmt.Printf("%s (%s): RA %.4f°, Dec %+.4f°\n", obj.Name, obj.Source, *eq.RightAscension, *eq.Declination)
	// Output: M 31 (Simbad): RA 10.6847°, Dec +41.2690°
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

package arcsecondtest_test

import (
	"context"
	"fmt"
	"log"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

func ExampleNewServer() {
	srv := arcsecondtest.NewServer()
	defer srv.Close()

	c, err := srv.Client() // the seeded superadmin's access key
	if err != nil {
		log.Fatal(err)
	}
	tel, _, err := c.Telescopes.Get(context.Background(), "UT4")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(tel.Name)
	site, _, err := c.ObservingSites.Get(context.Background(), tel.ObservingSite)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s, %.4f° %.4f° %.0f m\n", site.Name, site.Coordinates.Latitude, site.Coordinates.Longitude, site.Coordinates.Height)
	// Output:
	// VLT UT4 (Yepun)
	// Paranal Observatory, -24.6275° -70.4044° 2635 m
}

func ExampleServer_InjectFault() {
	srv := arcsecondtest.NewServer()
	defer srv.Close()
	// The next two listings of sites answer 503; the SDK retries them.
	srv.InjectFault(arcsecondtest.Fault{Route: "GET /observingsites/", Status: 503, Times: 2})

	c, _ := srv.Client()
	sites, _, err := c.ObservingSites.List(context.Background(), nil)
	fmt.Println(len(sites), err, srv.Hits("GET", "/observingsites/"))
	// Output:
	// 19 <nil> 3
}

package arcsecond_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strconv"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// exampleServer serves a few observing sites in pages of two, as the API's
// /observingsites/ does (DRF envelope), and a 404 for unknown uuids.
func exampleServer() *httptest.Server {
	sites := []arcsecond.ObservingSite{
		{UUID: "a1", Name: "Paranal Observatory", IAUCode: "309", Coordinates: arcsecond.GeoCoordinates{Longitude: -70.4042, Latitude: -24.6272, Height: 2635}},
		{UUID: "a2", Name: "La Silla Observatory", IAUCode: "809", Coordinates: arcsecond.GeoCoordinates{Longitude: -70.7346, Latitude: -29.2563, Height: 2400}},
		{UUID: "a3", Name: "Mauna Kea Observatories", IAUCode: "568", Coordinates: arcsecond.GeoCoordinates{Longitude: -155.4681, Latitude: 19.8206, Height: 4205}},
		{UUID: "a4", Name: "Roque de los Muchachos Observatory", IAUCode: "950", Coordinates: arcsecond.GeoCoordinates{Longitude: -17.8792, Latitude: 28.7569, Height: 2396}},
		{UUID: "a5", Name: "Kitt Peak National Observatory", IAUCode: "695", Coordinates: arcsecond.GeoCoordinates{Longitude: -111.5967, Latitude: 31.9583, Height: 2096}},
	}
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("GET /observingsites/", func(w http.ResponseWriter, r *http.Request) {
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		page = max(page, 1)
		lo, hi := min((page-1)*2, len(sites)), min(page*2, len(sites))
		var next any
		if hi < len(sites) {
			next = fmt.Sprintf("%s/observingsites/?page=%d", srv.URL, page+1)
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"count": len(sites), "next": next, "previous": nil, "results": sites[lo:hi]})
	})
	mux.HandleFunc("GET /observingsites/{uuid}/", func(w http.ResponseWriter, r *http.Request) {
		for _, s := range sites {
			if s.UUID == r.PathValue("uuid") {
				json.NewEncoder(w).Encode(s)
				return
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"detail": "No ObservingSite matches the given query."}`))
	})
	srv = httptest.NewServer(mux)
	return srv
}

func ExampleNewClient() {
	c, err := arcsecond.NewClient(
		arcsecond.WithAPIKey("0123456789abcdef0123456789abcdef"),
		arcsecond.WithOrganisation("my-observatory"),
		arcsecond.WithUserAgent("nightlog-sync/1.0"),
	)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.BaseURL(), c.Organisation())
	// Output: https://api.arcsecond.io/ my-observatory
}

func ExampleObservingSitesService_List() {
	srv := exampleServer()
	defer srv.Close()
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL))
	if err != nil {
		log.Fatal(err)
	}
	sites, resp, err := c.ObservingSites.List(context.Background(), &arcsecond.ListOptions{Page: 1, PageSize: 2})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range sites {
		fmt.Printf("%-20s %8.4f %8.4f\n", s.Name, s.Coordinates.Longitude, s.Coordinates.Latitude)
	}
	fmt.Println("total", resp.Count, "next page", resp.NextPage)
	// Output:
	// Paranal Observatory  -70.4042 -24.6272
	// La Silla Observatory -70.7346 -29.2563
	// total 5 next page 2
}

func ExampleObservingSitesService_All() {
	srv := exampleServer()
	defer srv.Close()
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL))
	if err != nil {
		log.Fatal(err)
	}
	for site, err := range c.ObservingSites.All(context.Background(), nil) {
		if err != nil {
			log.Fatal(err)
		}
		if site.Coordinates.Height > 2400 {
			fmt.Println(site.Name, site.Coordinates.Height)
		}
	}
	// Output:
	// Paranal Observatory 2635
	// Mauna Kea Observatories 4205
}

func ExampleErrorResponse() {
	srv := exampleServer()
	defer srv.Close()
	c, err := arcsecond.NewClient(arcsecond.WithBaseURL(srv.URL))
	if err != nil {
		log.Fatal(err)
	}
	_, _, err = c.ObservingSites.Get(context.Background(), "no-such-site")
	if errors.Is(err, arcsecond.ErrNotFound) {
		fmt.Println("not found")
	}
	var er *arcsecond.ErrorResponse
	if errors.As(err, &er) {
		fmt.Println(er.StatusCode, er.Detail)
	}
	// Output:
	// not found
	// 404 [No ObservingSite matches the given query.]
}

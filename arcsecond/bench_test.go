package arcsecond

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

// benchSite is a realistic observing-site body (about 600 bytes).
var benchSite = ObservingSite{
	UUID: "a3a6bc2e-5f30-4b8e-9d0c-0e2b4f8f1c11", Name: "Paranal Observatory", Nickname: "Paranal",
	AlternateNames: "Cerro Paranal, VLT", IAUCode: "309", Acronym: "ESO-PAR", HomepageURL: "https://www.eso.org/public/teles-instr/paranal-observatory/",
	Coordinates: GeoCoordinates{Longitude: -70.4042, Latitude: -24.6272, Height: 2635},
	Address:     &Address{Country: "Chile", Continent: "South America", TimeZoneID: "America/Santiago", TimeZoneName: "Chile Standard Time", TimeZoneUTCOffset: -10800},
	Telescopes:  []string{"5d3f0d5e-0b1a-4c55-9c3e-8e55a1d7e001", "5d3f0d5e-0b1a-4c55-9c3e-8e55a1d7e002", "5d3f0d5e-0b1a-4c55-9c3e-8e55a1d7e003", "5d3f0d5e-0b1a-4c55-9c3e-8e55a1d7e004"},
}

const benchItems, benchPageSize = 10000, 100

// benchServer serves one site at /observingsites/x/ and benchItems sites in
// pages at /observingsites/, from pre-encoded bodies.
func benchServer(b *testing.B) *httptest.Server {
	one, _ := json.Marshal(benchSite)
	pages := make([][]byte, benchItems/benchPageSize+1)
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("GET /observingsites/x/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(one)
	})
	mux.HandleFunc("GET /observingsites/", func(w http.ResponseWriter, r *http.Request) {
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		page = max(page, 1)
		w.Header().Set("Content-Type", "application/json")
		w.Write(pages[page])
	})
	srv = httptest.NewServer(mux)
	for p := 1; p < len(pages); p++ {
		res := make([]ObservingSite, benchPageSize)
		for i := range res {
			res[i] = benchSite
			res[i].Name = fmt.Sprintf("Site %d", (p-1)*benchPageSize+i)
		}
		var next any
		if p < len(pages)-1 {
			next = fmt.Sprintf("%s/observingsites/?page=%d", srv.URL, p+1)
		}
		pages[p], _ = json.Marshal(map[string]any{"count": benchItems, "next": next, "previous": nil, "results": res})
	}
	b.Cleanup(srv.Close)
	return srv
}

func BenchmarkGet(b *testing.B) {
	srv := benchServer(b)
	b.Run("sdk", func(b *testing.B) {
		c, err := NewClient(WithBaseURL(srv.URL), WithAPIKey(testKey))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			s, _, err := c.ObservingSites.Get(b.Context(), "x")
			if err != nil || s.IAUCode != "309" {
				b.Fatal(s, err)
			}
		}
	})
	b.Run("baseline", func(b *testing.B) {
		hc := &http.Client{}
		b.ReportAllocs()
		for b.Loop() {
			req, _ := http.NewRequestWithContext(b.Context(), "GET", srv.URL+"/observingsites/x/", nil)
			req.Header.Set(keyHeader, "Key "+testKey)
			req.Header.Set("Accept", "application/json")
			resp, err := hc.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			var s ObservingSite
			err = json.NewDecoder(resp.Body).Decode(&s)
			resp.Body.Close()
			if err != nil || resp.StatusCode != 200 || s.IAUCode != "309" {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkAll10000(b *testing.B) {
	srv := benchServer(b)
	b.Run("sdk", func(b *testing.B) {
		c, err := NewClient(WithBaseURL(srv.URL), WithAPIKey(testKey))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for _, err := range c.ObservingSites.All(b.Context(), &ListOptions{PageSize: benchPageSize}) {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != benchItems {
				b.Fatal(n)
			}
		}
	})
	b.Run("baseline", func(b *testing.B) {
		hc := &http.Client{}
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			next := srv.URL + "/observingsites/?page_size=100"
			for next != "" {
				req, _ := http.NewRequestWithContext(b.Context(), "GET", next, nil)
				req.Header.Set(keyHeader, "Key "+testKey)
				resp, err := hc.Do(req)
				if err != nil {
					b.Fatal(err)
				}
				var page struct {
					Count   int              `json:"count"`
					Next    *string          `json:"next"`
					Results []*ObservingSite `json:"results"`
				}
				err = json.NewDecoder(resp.Body).Decode(&page)
				resp.Body.Close()
				if err != nil {
					b.Fatal(err)
				}
				n += len(page.Results)
				next = ""
				if page.Next != nil {
					next = *page.Next
				}
			}
			if n != benchItems {
				b.Fatal(n)
			}
		}
	})
}

// BenchmarkForOrganisation measures the scoped copy of a client that
// Client.ForOrganisation makes (its doc quotes the figures):
// go test -run XXX -bench ForOrganisation -benchmem ./arcsecond/
func BenchmarkForOrganisation(b *testing.B) {
	c, err := NewClient()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var sink *Client
	for b.Loop() {
		sink = c.ForOrganisation("my-observatory")
	}
	_ = sink
}

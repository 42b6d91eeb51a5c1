package arcsecondtest

import (
	"context"
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// typedCalls drive the SDK's typed services over the routes they cover, on
// top of the generic conformance test; each resource issue adds its
// services here, keyed by the route of the table they exercise.
var typedCalls = map[string]func(t *testing.T, s *Server){
	"/{organisation}/observingsites/": func(t *testing.T, s *Server) {
		ctx := context.Background()
		c := clientAs(t, s, "edwin").ForOrganisation(SeedOrganisation)
		created, _, err := c.ObservingSites.Create(ctx, &arcsecond.ObservingSiteCreate{
			Name: "Observatoire de Saint-Véran", Coordinates: arcsecond.GeoCoordinates{Longitude: 6.9067, Latitude: 44.6967, Height: 2936},
		})
		if err != nil || created.UUID == "" {
			t.Fatalf("Create: %+v, %v", created, err)
		}
		got, _, err := c.ObservingSites.Get(ctx, created.UUID)
		if err != nil || got.Coordinates.Height != 2936 {
			t.Fatalf("Get: %+v, %v", got, err)
		}
		if upd, _, err := c.ObservingSites.Update(ctx, created.UUID, &arcsecond.ObservingSiteUpdate{Nickname: arcsecond.Ptr("Saint-Véran")}); err != nil || upd.Nickname != "Saint-Véran" || upd.Name != created.Name {
			t.Fatalf("Update: %+v, %v", upd, err)
		}
		sites, _, err := c.ObservingSites.List(ctx, nil)
		if err != nil || len(sites) != 2 {
			t.Fatalf("List: %d sites, %v", len(sites), err)
		}
		// Only admins manage sites: a member's client gets ErrForbidden.
		member := clientAs(t, s, "vera").ForOrganisation(SeedOrganisation)
		if _, _, err := member.ObservingSites.Create(ctx, &arcsecond.ObservingSiteCreate{Name: "Backyard"}); !errors.Is(err, arcsecond.ErrForbidden) {
			t.Errorf("member Create: %v, want ErrForbidden", err)
		}
	},
	"/observingsites/": func(t *testing.T, s *Server) {
		n := 0
		for site, err := range anonymous(t, s).ObservingSites.All(context.Background(), &arcsecond.ListOptions{PageSize: 5}) {
			if err != nil {
				t.Fatal(err)
			}
			if site.Address == nil || site.Address.TimeZoneID == "" {
				t.Errorf("%s: no time zone", site.Name)
			}
			n++
		}
		if n != len(observatories) {
			t.Errorf("All over pages of 5: %d sites, want %d", n, len(observatories))
		}
	},
	"/telescopes/{uuid_or_alias}/": func(t *testing.T, s *Server) {
		c := anonymous(t, s)
		if _, _, err := c.Telescopes.Get(context.Background(), "no-such-alias"); !errors.Is(err, arcsecond.ErrNotFound) {
			t.Errorf("unknown alias: %v, want ErrNotFound", err)
		}
		tel, _, err := c.Telescopes.Get(context.Background(), "GTC")
		if err != nil || tel.Name != "Gran Telescopio Canarias" || tel.Mounting != "aaz" {
			t.Errorf("GTC: %+v, %v", tel, err)
		}
	},
}

func TestTypedServices(t *testing.T) {
	s := newTestServer(t)
	for path, f := range typedCalls {
		if rt, _ := s.api.router.find(path); rt == nil || (rt.res == nil && rt.handler == nil) {
			t.Errorf("%s: not a route the server implements", path)
			continue
		}
		t.Run(path, func(t *testing.T) { f(t, newTestServer(t)) })
	}
}

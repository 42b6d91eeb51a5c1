package arcsecond

import (
	"context"
	"net/http"
)

// SmallBodiesService reads asteroids and comets from JPL's small-body
// database: GET /smallbodies/, /smallbodies/{primary_spk_id_or_pdes}/ and
// /smallbodies/{primary_spk_id}/ephemerides/.
type SmallBodiesService struct{ ep endpoint }

// Ephemerides reads the ephemeris of the small body spkID
// (GET /smallbodies/{primary_spk_id}/ephemerides/).
func (s *SmallBodiesService) Ephemerides(ctx context.Context, spkID string) (*SmallBodyEphemeris, *Response, error) {
	return fetch[SmallBodyEphemeris](ctx, s.ep.child(spkID, "ephemerides"), http.MethodGet, nil, nil, nil)
}

package arcsecond

import (
	"context"
	"net/http"
	"strings"
)

// SatellitesService reads the artificial satellites and their two-line
// elements (from CelesTrak): GET /satellites/ (paginated),
// /satellites/{norad_catalog_number}/ and …/ephemeris/, and
// /satellitecounts/. Unknown numbers answer 404.
type SatellitesService struct{ ep endpoint }

// Ephemeris is the answer of /satellites/{norad}/ephemeris/, which the 2023
// schema leaves undocumented: the keys are kept as the API sends them.
type Ephemeris map[string]any

// Ephemeris computes the current position of the satellite norad
// (GET /satellites/{norad_catalog_number}/ephemeris/).
func (s *SatellitesService) Ephemeris(ctx context.Context, norad string) (Ephemeris, *Response, error) {
	return fetchValue[Ephemeris](ctx, s.ep.child(norad, "ephemeris"), http.MethodGet, nil, nil, nil)
}

// Counts reads the number of satellites per type (GET /satellitecounts/,
// undocumented in the 2023 schema: the keys are kept as sent).
func (s *SatellitesService) Counts(ctx context.Context) (map[string]any, *Response, error) {
	ep := s.ep
	ep.path = "satellitecounts/"
	return fetchValue[map[string]any](ctx, ep, http.MethodGet, nil, nil, nil)
}

// TLE returns the satellite's two-line element set as the three lines
// (name, line 1, line 2) that SGP4 libraries read.
// Line breaks inside a field become spaces: a name holding one would
// otherwise shift the lines a reader takes for the elements.
func (s *Satellite) TLE() string {
	return oneLine(strings.TrimSpace(s.Name)) + "\n" + oneLine(s.Line1) + "\n" + oneLine(s.Line2) + "\n"
}

// oneLine replaces the characters that text readers treat as line breaks.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			return ' '
		}
		return r
	}, s)
}

package arcsecond

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"slices"
)

// Frame is an input frame of the coordinates converter.
type Frame string

// Frames of /converters/coordinates/{frame}/ra/{ra}/dec/{dec}/.
const (
	FrameICRS        Frame = "icrs"
	FrameFK4         Frame = "fk4"
	FrameFK4NoETerms Frame = "fk4noeterms"
	FrameFK5         Frame = "fk5"
	FrameGalactic    Frame = "galactic"
)

var frames = []Frame{FrameICRS, FrameFK4, FrameFK4NoETerms, FrameFK5, FrameGalactic}

// Conversion is the answer of a converter, which the 2023 schema leaves
// undocumented: one entry per output frame (ICRS, FK5, Galactic…), kept as
// the API sends it.
type Conversion map[string]any

// ConvertersService converts coordinates between frames (all GET, anonymous):
// /converters/coordinates/{icrs|fk4|fk4noeterms|fk5|galactic}/ra/{ra}/dec/{dec}/,
// …/icrs/ra/{ra}/dec/{dec}/distance/{distance}/ and
// …/supergalactic/sgl/{sgl}/sgb/{sgb}/. Angles are decimal degrees.
type ConvertersService struct{ ep endpoint }

// Coordinates converts the position (ra, dec) given in frame. An unknown frame
// or a non-finite angle is refused before sending.
//
// GET /converters/coordinates/{frame}/ra/{ra}/dec/{dec}/
func (s *ConvertersService) Coordinates(ctx context.Context, frame Frame, ra, dec float64) (Conversion, *Response, error) {
	if !slices.Contains(frames, frame) {
		return nil, nil, fmt.Errorf("arcsecond: unknown frame %q", frame)
	}
	return s.convert(ctx, string(frame), "ra", ra, "dec", dec)
}

// CoordinatesWithDistance converts an ICRS position at distance (the unit the
// API expects, parsecs in its documentation).
//
// GET /converters/coordinates/icrs/ra/{ra}/dec/{dec}/distance/{distance}/
func (s *ConvertersService) CoordinatesWithDistance(ctx context.Context, ra, dec, distance float64) (Conversion, *Response, error) {
	return s.convert(ctx, string(FrameICRS), "ra", ra, "dec", dec, "distance", distance)
}

// Supergalactic converts supergalactic longitude sgl and latitude sgb.
//
// GET /converters/coordinates/supergalactic/sgl/{sgl}/sgb/{sgb}/
func (s *ConvertersService) Supergalactic(ctx context.Context, sgl, sgb float64) (Conversion, *Response, error) {
	return s.convert(ctx, "supergalactic", "sgl", sgl, "sgb", sgb)
}

// convert calls coordinates/<frame>/<name>/<value>/… with pairs of names and
// values.
func (s *ConvertersService) convert(ctx context.Context, frame string, pairs ...any) (Conversion, *Response, error) {
	ep := s.ep
	ep.path += "coordinates/" + frame + "/"
	for i := 0; i < len(pairs); i += 2 {
		v := pairs[i+1].(float64)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, nil, fmt.Errorf("arcsecond: %s %v is not a finite number", pairs[i], v)
		}
		ep.path += pairs[i].(string) + "/" + plainDecimal(v) + "/"
	}
	return fetchValue[Conversion](ctx, ep, http.MethodGet, nil, nil, nil)
}

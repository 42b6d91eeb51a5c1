package arcsecond

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"

	"github.com/arcsecond-go/arcsecond/aa"
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

// Coordinates converts pos given in frame (for FrameGalactic, RA holds
// the longitude l and Dec the latitude b), sent in degrees. An unknown
// frame, a latitude beyond ±90° or a value not finite is refused before
// sending.
//
// GET /converters/coordinates/{frame}/ra/{ra}/dec/{dec}/
func (s *ConvertersService) Coordinates(ctx context.Context, frame Frame, pos aa.Equatorial) (Conversion, *Response, error) {
	if !slices.Contains(frames, frame) {
		return nil, nil, fmt.Errorf("arcsecond: unknown frame %q", frame)
	}
	return s.convert(ctx, string(frame), pos, "ra", "dec", nil)
}

// CoordinatesWithDistance converts an ICRS position at distance (the unit
// the API expects, parsecs in its documentation).
//
// GET /converters/coordinates/icrs/ra/{ra}/dec/{dec}/distance/{distance}/
func (s *ConvertersService) CoordinatesWithDistance(ctx context.Context, pos aa.Equatorial, distance float64) (Conversion, *Response, error) {
	return s.convert(ctx, string(FrameICRS), pos, "ra", "dec", &distance)
}

// Supergalactic converts supergalactic longitude sgl and latitude sgb,
// sent in degrees.
//
// GET /converters/coordinates/supergalactic/sgl/{sgl}/sgb/{sgb}/
func (s *ConvertersService) Supergalactic(ctx context.Context, sgl, sgb aa.Angle) (Conversion, *Response, error) {
	return s.convert(ctx, "supergalactic", aa.Equatorial{RA: sgl, Dec: sgb}, "sgl", "sgb", nil)
}

// convert calls coordinates/<frame>/<lon>/<pos.RA>/<lat>/<pos.Dec>/[distance/<d>/].
func (s *ConvertersService) convert(ctx context.Context, frame string, pos aa.Equatorial, lon, lat string, distance *float64) (Conversion, *Response, error) {
	if err := checkPosition(pos); err != nil {
		return nil, nil, err
	}
	ep := s.ep
	ep.path += "coordinates/" + frame + "/" + lon + "/" + plain(raDeg(pos.RA)) + "/" + lat + "/" + degrees(pos.Dec) + "/"
	if distance != nil {
		if d := *distance; math.IsNaN(d) || math.IsInf(d, 0) {
			return nil, nil, fmt.Errorf("arcsecond: distance %v is not a finite number", d)
		}
		ep.path += "distance/" + strconv.FormatFloat(*distance, 'f', -1, 64) + "/"
	}
	return fetchValue[Conversion](ctx, ep, http.MethodGet, nil, nil, nil)
}

package arcsecond

import "context"

// FindingChartsService reads IPAC finding charts: GET /findingcharts/{input}/
// answers the charts of an object name (one per survey and band).
type FindingChartsService struct{ ep endpoint }

// List returns the finding charts of the object input.
//
// GET /findingcharts/{input}/
func (s *FindingChartsService) List(ctx context.Context, input string) ([]*FindingChart, *Response, error) {
	return fetchPage[FindingChart](ctx, s.ep.at(input), nil)
}

package arcsecond

import "context"

// FindingChartsService reads IPAC finding charts: GET /findingcharts/{input}/
// answers the charts of an object name (one per survey and band).
type FindingChartsService struct{ endpoint }

// List returns the finding charts of the object input.
func (s *FindingChartsService) List(ctx context.Context, input string) ([]*FindingChart, *Response, error) {
	return Lister[FindingChart, ListOptions]{s.at(input)}.List(ctx, nil)
}

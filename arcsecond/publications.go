package arcsecond

import (
	"context"
	"iter"
)

// PublicationListOptions selects a page of the publications about Object
// (required).
type PublicationListOptions struct {
	ListOptions
	Object string `url:"object,omitempty"`
}

// PublicationsService reads publications from NASA ADS: GET
// /publications/?object=<name> (paginated, newest first; object is
// required) and /publications/{bibcode}/.
type PublicationsService struct{ ep endpoint }

func checkPublicationOptions(opts *PublicationListOptions) error {
	if opts == nil || opts.Object == "" {
		return errMissing("publications need Object (an object name)")
	}
	return nil
}

// List fetches one page of the publications about opts.Object; a missing Object
// is refused before sending (ErrMissingParameter).
//
// GET /publications/?object=…
func (s *PublicationsService) List(ctx context.Context, opts *PublicationListOptions) ([]*Publication, *Response, error) {
	if err := checkPublicationOptions(opts); err != nil {
		return nil, nil, err
	}
	return fetchPage[Publication](ctx, s.ep, opts)
}

// All iterates over every publication about opts.Object (see
// DatasetsService.All).
//
// GET /publications/?object=…
func (s *PublicationsService) All(ctx context.Context, opts *PublicationListOptions) iter.Seq2[*Publication, error] {
	if err := checkPublicationOptions(opts); err != nil {
		return func(yield func(*Publication, error) bool) { yield(nil, err) }
	}
	return listAll[Publication](ctx, s.ep, opts)
}

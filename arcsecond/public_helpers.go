package arcsecond

import (
	"context"
	"errors"
	"fmt"
)

// ErrMissingParameter is returned, before anything is sent, when a route's
// required query parameter is missing (standard stars' around and
// catalogue, publications' object…).
var ErrMissingParameter = errors.New("arcsecond: missing required parameter")

var errNilBody = errors.New("arcsecond: nil request body")

func errMissing(what string) error { return fmt.Errorf("%w: %s", ErrMissingParameter, what) }

// at returns the endpoint of the route under the item key ({path}{key}/),
// for routes whose item is itself a collection.
func (e endpoint) at(key any) endpoint {
	seg, err := keySegment(key)
	if err != nil {
		e.err = err
		return e
	}
	e.path += seg + "/"
	return e
}

// fetchValue is fetch for answers kept as a map or raw JSON: it returns the
// value itself (nil on error).
func fetchValue[T any](ctx context.Context, e endpoint, method string, key, opts, body any) (T, *Response, error) {
	out, resp, err := fetch[T](ctx, e, method, key, opts, body)
	if err != nil {
		var zero T
		return zero, resp, err
	}
	return *out, resp, nil
}

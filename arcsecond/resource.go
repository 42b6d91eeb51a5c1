package arcsecond

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"strconv"
	"strings"
)

// Scope says how a resource's routes relate to organisations.
type Scope int

const (
	// Global routes are never prefixed: organisations, profiles, auth and
	// the public catalogues.
	Global Scope = iota
	// Scoped routes are personal, or /<subdomain>/… when the client has an
	// organisation (datasets, night logs, telescopes…).
	Scoped
	// OrgOnly routes exist only under /<subdomain>/ (members, upload keys…).
	OrgOnly
)

// ErrNoOrganisation is returned for an organisation-only route called by a
// client without an organisation.
var ErrNoOrganisation = errors.New("arcsecond: this route needs an organisation (WithOrganisation)")

// endpoint is a collection route of the API: its path relative to the base
// URL (escaped, ending in "/") and its scope. Every resource operation is
// built on it.
type endpoint struct {
	client *Client
	path   string
	scope  Scope
	err    error // an invalid parent key, returned by every call
}

// child returns the endpoint of a nested route under the item key, e.g.
// datasets/{uuid}/datafiles/ from datasets/. An invalid key is kept and
// returned by every call on the child.
func (e endpoint) child(key any, name string) endpoint {
	seg, err := keySegment(key)
	if err != nil {
		e.err = err
		return e
	}
	e.path += seg + "/" + name + "/"
	return e
}

// url builds the route's URL, with the lookup key appended when given and the
// options encoded into the query.
func (e endpoint) url(key any, opts any) (*url.URL, error) {
	if e.err != nil {
		return nil, e.err
	}
	c := e.client
	p := e.path
	if key != nil {
		seg, err := keySegment(key)
		if err != nil {
			return nil, err
		}
		p += seg + "/"
	}
	switch e.scope {
	case Scoped, OrgOnly:
		org := c.cfg.org
		if org == "" {
			if e.scope == OrgOnly {
				return nil, ErrNoOrganisation
			}
			break
		}
		if err := checkSegment(org); err != nil {
			return nil, fmt.Errorf("arcsecond: invalid organisation: %w", err)
		}
		p = url.PathEscape(org) + "/" + p
	}
	rel, err := url.Parse(p)
	if err != nil {
		return nil, fmt.Errorf("arcsecond: %w", err)
	}
	u := c.base.ResolveReference(rel)
	if err := addOptions(u, opts); err != nil {
		return nil, err
	}
	return u, nil
}

// call sends one request to the route and decodes the answer into out.
func (e endpoint) call(ctx context.Context, method string, key, opts, body, out any) (*Response, error) {
	u, err := e.url(key, opts)
	if err != nil {
		return nil, err
	}
	req, err := e.client.newRequestURL(ctx, method, u, body)
	if err != nil {
		return nil, err
	}
	return e.client.Do(req, out)
}

// fetch is call with a fresh *T to decode into; the item is nil on error.
func fetch[T any](ctx context.Context, e endpoint, method string, key, opts, body any) (*T, *Response, error) {
	out := new(T)
	resp, err := e.call(ctx, method, key, opts, body, out)
	if err != nil {
		return nil, resp, err
	}
	return out, resp, nil
}

// keySegment renders a lookup value as one escaped path segment.
func keySegment(key any) (string, error) {
	var s string
	switch k := key.(type) {
	case string:
		s = k
	case int:
		s = strconv.Itoa(k)
	case int64:
		s = strconv.FormatInt(k, 10)
	case fmt.Stringer:
		s = k.String()
	default:
		s = fmt.Sprint(k)
	}
	if err := checkSegment(s); err != nil {
		return "", err
	}
	return url.PathEscape(s), nil
}

// checkSegment refuses a lookup value that would change the route.
func checkSegment(s string) error {
	switch {
	case s == "":
		return errors.New("arcsecond: empty identifier")
	case s == "." || s == "..":
		return fmt.Errorf("arcsecond: invalid identifier %q", s)
	case strings.ContainsAny(s, "/\\"):
		return fmt.Errorf("arcsecond: identifier %q must not contain a slash", s)
	case strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }):
		return fmt.Errorf("arcsecond: identifier %q contains a control character", s)
	}
	return nil
}

// checkTraversal refuses a relative path with "." or ".." segments.
func checkTraversal(p string) error {
	for seg := range strings.SplitSeq(p, "/") {
		if seg == "." || seg == ".." {
			return fmt.Errorf("arcsecond: path %q must not contain %q segments", p, seg)
		}
	}
	return nil
}

// The operations of every service are thin methods (services_gen.go,
// generated from the table in internal/genapi) over these generic functions
// and fetch, all on an endpoint.

// fetchPage fetches the page of the collection at ep that opts selects.
func fetchPage[T any](ctx context.Context, ep endpoint, opts any) ([]*T, *Response, error) {
	u, err := ep.url(nil, opts)
	if err != nil {
		return nil, nil, err
	}
	return getPage[T](ctx, ep.client, u)
}

// listAll iterates over every item of the collection at ep, following "next"
// links (on the API's own host only) from the page opts selects. It is lazy
// (a page is fetched when the previous one is consumed) and stateless (each
// range starts again). On failure it yields one (nil, err) and stops; a list
// whose links do not lead to an end (a cycle, endless empty pages) fails with
// *PaginationError.
func listAll[T any](ctx context.Context, ep endpoint, opts any) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		u, err := ep.url(nil, opts)
		if err != nil {
			yield(nil, err)
			return
		}
		for p, err := range walkPages[T](ctx, ep.client, u) {
			if err != nil {
				yield(nil, err)
				return
			}
			for _, it := range p.Items {
				if !yield(it, nil) {
					return
				}
			}
		}
	}
}

// writeItem sends body with method (POST on the collection when key is nil,
// PATCH or PUT on the item otherwise) and decodes the answer; a nil body is
// refused before sending.
func writeItem[T, B any](ctx context.Context, ep endpoint, method string, key any, body *B) (*T, *Response, error) {
	if body == nil {
		return nil, nil, fmt.Errorf("arcsecond: %s with a nil body", method)
	}
	return fetch[T](ctx, ep, method, key, nil, body)
}

// scopedTo returns ep with another scope, for a service whose operations are
// not all scoped the same way (an organisation-only update of a listable
// collection).
func scopedTo(ep endpoint, s Scope) endpoint {
	ep.scope = s
	return ep
}

// sibling returns the route name/ next to ep (observingsites/updates/ beside
// observingsites/), with scope s.
func sibling(ep endpoint, name string, s Scope) endpoint {
	ep.path += name + "/"
	ep.scope = s
	return ep
}

// at returns the route path beside ep, with ep's client and scope.
func at(ep endpoint, path string) endpoint {
	ep.path = path
	return ep
}

// binder is implemented by every service: bind sets the route it calls.
type binder interface {
	bind(ep endpoint)
}

// bound returns a new service of type S bound to ep, for nested routes such
// as a dataset's files.
func bound[S any, P interface {
	*S
	binder
}](ep endpoint) *S {
	s := new(S)
	P(s).bind(ep)
	return s
}

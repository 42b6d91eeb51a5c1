package arcsecond

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/http"
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

// Key is the type of a resource's lookup value: a uuid, name, username,
// subdomain or alias (strings) or an integer id.
type Key interface {
	~string | ~int | ~int64
}

// endpoint is a collection route of the API: its path relative to the base
// URL (escaped, ending in "/") and its scope. Every resource operation is
// built on it.
type endpoint struct {
	client *Client
	path   string
	scope  Scope
	err    error // an invalid parent key, returned by every call
}

func (e *endpoint) bind(ep endpoint) { *e = ep }

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

// Lister lists a collection: List fetches one page, All iterates over every
// item of every page.
type Lister[T, O any] struct{ endpoint }

// List fetches the page that opts selects (GET on the collection route).
func (l Lister[T, O]) List(ctx context.Context, opts *O) ([]*T, *Response, error) {
	u, err := l.url(nil, opts)
	if err != nil {
		return nil, nil, err
	}
	return l.page(ctx, u)
}

func (l Lister[T, O]) page(ctx context.Context, u *url.URL) ([]*T, *Response, error) {
	return getPage[T](ctx, l.client, u)
}

// All iterates over every item, following "next" links (on the API's own
// host only) from the page opts selects. It is lazy (a page is fetched when
// the previous one is consumed) and stateless (each range starts again). On
// failure it yields one (nil, err) and stops; a list whose links do not lead
// to an end (a cycle, endless empty pages) fails with *PaginationError.
func (l Lister[T, O]) All(ctx context.Context, opts *O) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		u, err := l.url(nil, opts)
		if err != nil {
			yield(nil, err)
			return
		}
		for p, err := range walkPages[T](ctx, l.client, u) {
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

// Getter reads one item by its lookup key (GET {path}{key}/).
type Getter[T any, K Key] struct{ endpoint }

// Get reads the item whose lookup key is key.
func (g Getter[T, K]) Get(ctx context.Context, key K) (*T, *Response, error) {
	return fetch[T](ctx, g.endpoint, http.MethodGet, key, nil, nil)
}

// Creator creates items (POST on the collection route, 201).
type Creator[T, C any] struct{ endpoint }

// Create sends body and returns the created item as the API answers it.
func (c Creator[T, C]) Create(ctx context.Context, body *C) (*T, *Response, error) {
	if body == nil {
		return nil, nil, errors.New("arcsecond: Create with a nil body")
	}
	return fetch[T](ctx, c.endpoint, http.MethodPost, nil, nil, body)
}

// Updater changes items: Update sends a partial PATCH, Replace a full PUT.
type Updater[T, U any, K Key] struct{ endpoint }

// Update sends the set fields of body as a PATCH and returns the updated item.
func (u Updater[T, U, K]) Update(ctx context.Context, key K, body *U) (*T, *Response, error) {
	return u.write(ctx, http.MethodPatch, key, body)
}

// Replace sends body as a PUT (every writable field) and returns the item.
func (u Updater[T, U, K]) Replace(ctx context.Context, key K, body *U) (*T, *Response, error) {
	return u.write(ctx, http.MethodPut, key, body)
}

func (u Updater[T, U, K]) write(ctx context.Context, method string, key K, body *U) (*T, *Response, error) {
	if body == nil {
		return nil, nil, fmt.Errorf("arcsecond: %s with a nil body", method)
	}
	return fetch[T](ctx, u.endpoint, method, key, nil, body)
}

// Deleter deletes items (DELETE {path}{key}/, 204).
type Deleter[K Key] struct{ endpoint }

// Delete deletes the item whose lookup key is key.
func (d Deleter[K]) Delete(ctx context.Context, key K) (*Response, error) {
	return d.call(ctx, http.MethodDelete, key, nil, nil, nil)
}

// ReadOnly is a listable collection whose items can be read by key.
type ReadOnly[T any, K Key, O any] struct {
	Lister[T, O]
	Getter[T, K]
}

func (r *ReadOnly[T, K, O]) bind(ep endpoint) {
	r.Lister.bind(ep)
	r.Getter.bind(ep)
}

// CRUD is a collection with every DRF operation: list, get, create, update
// (PATCH), replace (PUT) and delete. T is the item as the API returns it, C
// the create body, U the update body, K the lookup key, O the list options.
type CRUD[T, C, U any, K Key, O any] struct {
	Lister[T, O]
	Getter[T, K]
	Creator[T, C]
	Updater[T, U, K]
	Deleter[K]
}

func (r *CRUD[T, C, U, K, O]) bind(ep endpoint) {
	r.Lister.bind(ep)
	r.Getter.bind(ep)
	r.Creator.bind(ep)
	r.Updater.bind(ep)
	r.Deleter.bind(ep)
}

// binder is implemented by every operation type and their combinations.
type binder interface {
	bind(ep endpoint)
}

// bindAll binds each operation of a service to the same route.
func bindAll(ep endpoint, ops ...binder) {
	for _, o := range ops {
		o.bind(ep)
	}
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

// bound returns a service of type S (a struct of operations, or a pointer
// receiver binder) bound to ep, for nested routes such as a dataset's files.
func bound[S any, P interface {
	*S
	binder
}](ep endpoint) S {
	var s S
	P(&s).bind(ep)
	return s
}

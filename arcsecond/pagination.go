package arcsecond

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"iter"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"strings"
)

// ListOptions selects a page of a paginated list (DRF PageNumberPagination:
// 1-based page, client-chosen page size). Routes that answer with a bare
// array ignore them.
type ListOptions struct {
	Page     int `url:"page,omitempty"`
	PageSize int `url:"page_size,omitempty"`
}

// Response wraps the HTTP response of a call. For lists it also carries the
// pagination: Count is the envelope's total (the length of the page for a
// bare-array answer or a count that is not an int), Next and Previous the links, NextPage and PrevPage their
// page numbers (0 when absent).
type Response struct {
	*http.Response

	Count    int
	Next     string
	Previous string
	NextPage int
	PrevPage int
}

func newResponse(r *http.Response) *Response { return &Response{Response: r} }

func (r *Response) setLinks(next, prev *string) {
	if next != nil {
		r.Next, r.NextPage = *next, pageOf(*next)
	}
	if prev != nil {
		r.Previous, r.PrevPage = *prev, pageOf(*prev)
		if r.PrevPage == 0 && r.Previous != "" {
			r.PrevPage = 1 // DRF drops page=1 from the link to the first page
		}
	}
}

func pageOf(link string) int {
	u, err := url.Parse(link)
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(u.Query().Get("page"))
	return n
}

// envelope is DRF's paginated list.
type envelope[T any] struct {
	Count    pageCount `json:"count"`
	Next     *string   `json:"next"`
	Previous *string   `json:"previous"`
	Results  []*T      `json:"results"`
}

// pageCount is the envelope's total. A value that is not a non-negative
// integer that fits an int (1e30, -1, "12", 3.5) is kept as present but
// unusable, so that the page's items still arrive.
type pageCount struct {
	set, ok bool
	n       int
}

// UnmarshalJSON never fails: the count is advisory.
func (c *pageCount) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil // as if absent
	}
	c.set = true
	n, err := strconv.ParseInt(string(b), 10, 0)
	c.n, c.ok = int(n), err == nil && n >= 0
	return nil
}

// decodeList reads a list answer in either of the API's shapes: the DRF
// envelope {count,next,previous,results} or a bare JSON array. An object
// without "results" is taken as a list of one, as the official CLI does.
// Response.Count is the envelope's count when usable, else the page's
// length.
func decodeList[T any](body []byte, r *Response) ([]*T, error) {
	b := bytes.TrimLeft(body, " \t\r\n")
	if len(b) == 0 {
		return nil, errors.New("empty body where a list was expected")
	}
	var items []*T
	switch b[0] {
	case '[':
		if err := json.Unmarshal(b, &items); err != nil {
			return nil, err
		}
		r.Count = len(items)
	case '{':
		var env envelope[T]
		if err := json.Unmarshal(b, &env); err != nil {
			return nil, err
		}
		if env.Results == nil && !env.Count.set {
			one := new(T)
			if err := json.Unmarshal(b, one); err != nil {
				return nil, err
			}
			items = []*T{one}
			r.Count = 1
			break
		}
		items = env.Results
		r.Count = len(items)
		if env.Count.ok {
			r.Count = env.Count.n
		}
		r.setLinks(env.Next, env.Previous)
	default:
		return nil, fmt.Errorf("list answer starts with %q, neither an array nor an object", b[0])
	}
	return items, nil
}

// followLink turns a "next" link into a URL on the API's own host. A link to
// another host is refused. A link on the same host with http instead of https
// (a proxy that hides TLS from the server) is upgraded to the base's scheme.
func (c *Client) followLink(link string) (*url.URL, error) {
	u, err := c.base.Parse(link)
	if err != nil {
		return nil, fmt.Errorf("arcsecond: invalid next link: %w", err)
	}
	if !sameOrigin(c.base, u) {
		if !(u.Scheme == "http" && c.base.Scheme == "https" && u.Hostname() == c.base.Hostname() && u.Port() == "") {
			return nil, fmt.Errorf("arcsecond: refusing to follow next link to another host (%s)", u.Host)
		}
		u.Scheme = c.base.Scheme
	}
	return u, nil
}

// ErrPagination is matched by errors.Is against *PaginationError.
var ErrPagination = errors.New("arcsecond: pagination does not end")

// PaginationError stops a walk over a list (All, Live's backfill) whose
// "next" links do not lead to an end: a link back to a page already read in
// the walk (a cycle, 1 → 2 → 1), maxEmptyPages pages in a row without an
// item, or more pages than WithMaxPages allows. It matches ErrPagination.
type PaginationError struct {
	URL    string // the refused link, secrets redacted
	Pages  int    // pages read in the walk before it
	Reason string
}

func (e *PaginationError) Error() string {
	return fmt.Sprintf("arcsecond: pagination stopped after %d pages at %s: %s", e.Pages, e.URL, e.Reason)
}

// Is reports whether target is ErrPagination.
func (e *PaginationError) Is(target error) bool { return target == ErrPagination }

// maxEmptyPages is how many pages in a row without an item a walk follows.
// DRF sends an empty page only when the whole list is empty (and then no
// "next" link); a few are tolerated for servers that filter after paging.
const maxEmptyPages = 10

// listPage is one page of a walk: its items and the response they came in.
type listPage[T any] struct {
	Items []*T
	Resp  *Response
}

// getPage fetches one page of a list at u and decodes it in either shape.
func getPage[T any](ctx context.Context, c *Client, u *url.URL) ([]*T, *Response, error) {
	req, err := c.newRequestURL(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, nil, err
	}
	resp, err := c.BareDo(req)
	if err != nil {
		return nil, resp, err
	}
	defer resp.Body.Close()
	body, release, err := c.readBody(resp)
	if err != nil {
		return nil, resp, c.decodeError(req, err)
	}
	defer release()
	if err := checkDecodedSize(body, reflect.TypeFor[[]*T](), c.maxResponse()); err != nil {
		return nil, resp, c.decodeError(req, err)
	}
	items, err := decodeList[T](body, resp)
	if err != nil {
		return nil, resp, c.decodeError(req, err)
	}
	return items, resp, nil
}

// walkPages is the one walk over a paginated list, used by All and by
// Live's backfill. It fetches start, then the page each "next" link names
// (on the API's own origin only), and yields every page, empty ones
// included. On failure it yields one error (a *PaginationError for a walk
// that would not end) and stops. Breaking out fetches nothing more.
//
// A page is known by its normalised URL (scheme and host case, default
// port, parameter order, DRF's page=1 on the first page), hashed with a
// seed chosen per walk, so a walk of n pages holds n 8-byte keys.
func walkPages[T any](ctx context.Context, c *Client, start *url.URL) iter.Seq2[listPage[T], error] {
	return func(yield func(listPage[T], error) bool) {
		seed := maphash.MakeSeed()
		seen := map[uint64]struct{}{maphash.String(seed, pageKey(start)): {}}
		u, pages, empty := start, 0, 0
		for {
			items, resp, err := getPage[T](ctx, c, u)
			if err != nil {
				yield(listPage[T]{}, err)
				return
			}
			pages++
			if !yield(listPage[T]{Items: items, Resp: resp}, nil) || resp.Next == "" {
				return
			}
			if empty++; len(items) > 0 {
				empty = 0
			}
			next, err := c.followLink(resp.Next)
			if err != nil {
				yield(listPage[T]{}, err)
				return
			}
			reason := ""
			k := maphash.String(seed, pageKey(next))
			if _, dup := seen[k]; dup {
				reason = "the next link leads back to a page already read"
			} else if empty >= maxEmptyPages {
				reason = fmt.Sprintf("%d pages in a row without an item", empty)
			} else if c.cfg.maxPages > 0 && pages >= c.cfg.maxPages {
				reason = fmt.Sprintf("more than %d pages (WithMaxPages)", c.cfg.maxPages)
			}
			if reason != "" {
				yield(listPage[T]{}, &PaginationError{URL: redactURL(next), Pages: pages, Reason: reason})
				return
			}
			seen[k] = struct{}{}
			u = next
		}
	}
}

// pageKey is the form of a page URL under which two links to the same page
// compare equal.
func pageKey(u *url.URL) string {
	scheme := strings.ToLower(u.Scheme)
	port := u.Port()
	if scheme == "https" && port == "443" || scheme == "http" && port == "80" {
		port = ""
	}
	q := u.Query()
	if q.Get("page") == "1" && len(q["page"]) == 1 {
		q.Del("page") // DRF's link to the first page has no page parameter
	}
	p := u.Path
	if p == "" {
		p = "/"
	}
	return scheme + "://" + strings.ToLower(u.Hostname()) + ":" + port + p + "?" + q.Encode()
}

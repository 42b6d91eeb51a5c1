package arcsecond

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync"
)

// ListOptions selects a page of a paginated list (DRF PageNumberPagination:
// 1-based page, client-chosen page size). Routes that answer with a bare
// array ignore them.
type ListOptions struct {
	Page     int `url:"page,omitempty"`
	PageSize int `url:"page_size,omitempty"`
}

// Response wraps the HTTP response of a call. For lists it also carries the
// pagination: Count is the envelope's total (the length of the list for a
// bare-array answer), Next and Previous the links, NextPage and PrevPage their
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
	Count    *int    `json:"count"`
	Next     *string `json:"next"`
	Previous *string `json:"previous"`
	Results  []*T    `json:"results"`
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// decodeList reads a list answer in either of the API's shapes: the DRF
// envelope {count,next,previous,results} or a bare JSON array. An object
// without "results" is taken as a list of one, as the official CLI does.
func decodeList[T any](body io.Reader, r *Response) ([]*T, error) {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= 1<<20 {
			bufPool.Put(buf)
		}
	}()
	if _, err := buf.ReadFrom(body); err != nil {
		return nil, err
	}
	b := bytes.TrimLeft(buf.Bytes(), " \t\r\n")
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
		if env.Results == nil && env.Count == nil {
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
		if env.Count != nil {
			r.Count = *env.Count
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

package arcsecondtest

import (
	"net/http"
)

// call is one API request on its way through the server.
type call struct {
	s      *Server
	w      http.ResponseWriter
	r      *http.Request
	rt     *route
	op     opSpec
	params map[string]string

	who     *account // nil for anonymous callers
	upload  bool     // authenticated with an upload key
	org     string   // organisation subdomain of an organisation route
	role    role     // the caller's role in org
	body    *decoded // the parsed request body, once read
	listing bool     // serving a list: personal lists hold only one's own records
}

// handlerFunc serves a route that is not plain CRUD. It returns the status
// and JSON body to write, or an API error; status 0 means it wrote the
// response itself.
type handlerFunc func(c *call) (int, any, *apiError)

// run authenticates, checks the method and the permissions, then serves.
func (c *call) run() *apiError {
	if e := c.authenticate(); e != nil {
		return e
	}
	method := c.r.Method
	if method == http.MethodHead {
		method = http.MethodGet
	}
	if method == http.MethodOptions {
		c.w.Header().Set("Allow", c.rt.allow())
		writeJSON(c.w, http.StatusOK, map[string]any{"name": c.rt.path, "renders": []string{"application/json"}, "parses": []string{"application/json", "application/x-www-form-urlencoded", "multipart/form-data"}})
		return nil
	}
	op, ok := c.rt.op(method)
	if !ok {
		return errMethod(c.r.Method, c.rt.allow())
	}
	c.op = op
	if e := c.authorize(); e != nil {
		return e
	}
	var status int
	var body any
	var e *apiError
	switch {
	case c.rt.handler != nil:
		status, body, e = c.rt.handler(c)
	case c.rt.res != nil:
		status, body, e = c.crud()
	default:
		e = detailError(http.StatusNotImplemented, "arcsecondtest does not implement "+c.rt.path+" yet.")
	}
	if e != nil {
		return e
	}
	if status != 0 {
		writeJSON(c.w, status, body)
	}
	return nil
}

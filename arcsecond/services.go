package arcsecond

// The typed services of a Client are values inside it, in two groups: the
// Cloud resources (cloud_services.go) and the public astronomy data and the
// remaining routes (public_services.go). Each group binds its services to
// their routes; a shallow copy of the Client (ForOrganisation) rebinds them
// without allocating.
func (c *Client) bindServices() {
	c.bindCloudServices()
	c.bindPublicServices()
}

// bindTo returns a function that binds a service to a route of c.
func (c *Client) bindTo() func(b binder, path string, scope Scope) {
	return func(b binder, path string, scope Scope) {
		b.bind(endpoint{client: c, path: path, scope: scope})
	}
}

package arcsecond

// services are the typed resources of a Client, bound to it in bindServices.
type services struct {
	ObservingSites ObservingSitesService
	Telescopes     TelescopesService
}

// bindServices points every service at c. Services are values inside the
// Client, so a shallow copy (WithOrganisation) rebinds them without
// allocating.
func (c *Client) bindServices() {
	bind := func(b binder, path string, scope Scope) { b.bind(endpoint{client: c, path: path, scope: scope}) }
	bind(&c.ObservingSites, "observingsites/", Scoped)
	bind(&c.Telescopes, "telescopes/", Scoped)
}

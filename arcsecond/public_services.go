package arcsecond

// publicServices are the public astronomy data (objects, exoplanets,
// satellites, archives, standard stars…) and the remaining routes of the
// API's 2023 OpenAPI document.
type publicServices struct{}

func (c *Client) bindPublicServices() {}

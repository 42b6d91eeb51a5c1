package arcsecond

// cloudServices are the resources of the Arcsecond Cloud: observatories,
// telescopes, night logs, observations, datasets and data files, targets,
// organisations and profiles, and the Hub's REST side.
type cloudServices struct {
	ObservingSites ObservingSitesService
	Telescopes     TelescopesService
}

func (c *Client) bindCloudServices() {
	bind := c.bindTo()
	bind(&c.ObservingSites, "observingsites/", Scoped)
	bind(&c.Telescopes, "telescopes/", Scoped)
}

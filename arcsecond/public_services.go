package arcsecond

//go:generate go run ./internal/genapi -in ../../shared/arcsecond-api-fixtures/schema_openapi-3.0.3_api.arcsecond.io_2023-01-26.yaml

// publicServices are the public astronomy data (objects, exoplanets,
// satellites, archives, standard stars…) and the remaining routes of the
// API's 2023 OpenAPI document.
type publicServices struct{}

func (c *Client) bindPublicServices() {}

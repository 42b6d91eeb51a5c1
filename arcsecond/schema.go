package arcsecond

import (
	"context"
	"fmt"
	"io"
	"net/http"
)

// SchemaFormat is the format of the OpenAPI document.
type SchemaFormat string

// Formats of GET /schema/?format=.
const (
	SchemaJSON SchemaFormat = "json"
	SchemaYAML SchemaFormat = "yaml"
)

// SchemaOptions selects the format and language of the OpenAPI document.
type SchemaOptions struct {
	Format SchemaFormat `url:"format,omitempty"`
	Lang   string       `url:"lang,omitempty"` // "en" or "en-us"
}

// SchemaService reads the API's own OpenAPI 3 document: GET /schema/.
type SchemaService struct{ ep endpoint }

// maxSchemaSize bounds the document read into memory (the 2023 one is 1 MB).
const maxSchemaSize = 64 << 20

// Get returns the OpenAPI document as the API sends it (YAML by default). A
// format other than json or yaml is refused before sending.
//
// GET /schema/[?format=json|yaml]
func (s *SchemaService) Get(ctx context.Context, opts *SchemaOptions) ([]byte, *Response, error) {
	if opts != nil && opts.Format != "" && opts.Format != SchemaJSON && opts.Format != SchemaYAML {
		return nil, nil, fmt.Errorf("arcsecond: unknown schema format %q", opts.Format)
	}
	u, err := s.ep.url(nil, opts)
	if err != nil {
		return nil, nil, err
	}
	req, err := s.ep.client.newRequestURL(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, nil, err
	}
	resp, err := s.ep.client.BareDo(req)
	if err != nil {
		return nil, resp, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxSchemaSize))
	if err != nil {
		return nil, resp, fmt.Errorf("arcsecond: reading the schema: %w", err)
	}
	return b, resp, nil
}

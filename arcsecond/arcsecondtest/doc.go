// Package arcsecondtest is an in-memory implementation of the Arcsecond API
// (api.arcsecond.io), in the spirit of net/http/httptest: start it in one
// line, point an SDK client (or any HTTP client, in any language) at it, and
// test without the network.
//
//	srv := arcsecondtest.NewServer()
//	defer srv.Close()
//	c, _ := srv.Client() // *arcsecond.Client with the seeded superadmin's key
//
// # Faithfulness
//
// The routes come from the server's own OpenAPI document of 2023-01-26
// (kept in arcsecond/internal/openapi and generated into openapi_gen.go by
// internal/gen) plus a hand-written table of the Cloud and Hub routes the
// document predates (cloud.go, each cited to the official client that calls
// it); where the Cloud-era API changed a documented route or member (the
// JWT pair of POST /auth/token/, writable organisation observations…),
// variants.go declares the change once, with its evidence, and nothing
// else departs from the document. Each route allows the methods the
// document lists (405
// otherwise), looks items up by the parameter the document names (uuid,
// integer id, name, username, subdomain, alias…), answers with DRF's
// pagination envelope where the document says Paginated… and a bare array
// elsewhere, validates bodies against the document's schemas with DRF's
// messages, and redirects URLs without a trailing slash as Django does.
//
// Authentication is as documented: X-Arcsecond-API-Authorization: Key with
// an access key or an upload key (which may only create datasets and upload
// files), Authorization: Token, and Authorization: Bearer with the JWT pair
// of /auth/token/ (rotated by /auth/token/refresh/). Organisation routes
// (/{subdomain}/…) apply the roles superadmin, admin, member and observer.
// Data files are uploaded as multipart forms and downloaded from signed
// storage URLs.
//
// The seed data is real where it exists: observatories, telescopes with
// their mirrors, instruments, the VLT Interferometer, exoplanets and their
// discovery papers, objects, satellites with historical two-line elements,
// the comets 2P/Encke and 1P/Halley, Astronomer's Telegrams and GCN
// Circulars, ESO and Gemini archive rows and programmes, and a catalogue of
// spectrophotometric standard stars, each file citing its sources; plus the
// organisation SeedOrganisation whose fictional members hold every role (see
// Server.Users) and a plausible sample night of its data and of annie's
// (sample.go). Every GET operation of the document answers 2xx on the
// seeded server with a body that validates against the operation's
// response schema or its declared variant, as do the answers to the
// writes the tests make on every documented route. The tests also replay
// the exchanges of the official Python CLI 3.11.
//
// It does not reproduce: the real live feed's wire format (unpublished;
// the frames here are the SDK's reading of it, and the handshake's filter
// parameters are ignored), ordering and django-filter lookups such as
// __gte (ignored, as django-filter ignores unknown parameters), anything
// outside the sample catalogues (no SIMBAD, NED or archive resolution),
// side effects outside the process (e-mails, Stripe, Slack), S3 multipart
// uploads or expiring signed URLs, key rotation (501), a Hub on a host of
// its own, and rate limits or outages other than injected faults.
//
// # Tests
//
// WithSeed and WithClock make every identifier and date deterministic, so
// that two servers built with the same options answer byte for byte the
// same (with WithPublicURL for the absolute links). Faults (latency, 429
// with Retry-After, 5xx, HTML error pages, connections reset mid-body,
// truncated JSON, and WebSocket knobs for stream endpoints) are installed
// with WithFault or Server.InjectFault.
//
// # WebSockets
//
// /activities/live/ pushes every activity created through the REST API
// (bare objects and DCRF envelopes; LiveNight creates a synthetic night at
// seeded telescopes, LiveFirehose an endless stream for benchmarks, and
// WaitLiveSubscriber waits for a connected client), and /ws/agent, on the
// server's own host (HubURL) where the real Hub has its own, runs the Hub
// agent handshake against the enrolled Ed25519 key and lets a test drive
// the agent (HubCommand, HubPing, HubDrop, HubBadChallenge); see live.go
// and hub.go.
//
// Every route of the document is served; a route or method the server may
// not serve answers 501 with a DRF-shaped body rather than pretend.
package arcsecondtest

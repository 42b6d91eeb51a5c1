package arcsecondtest

import (
	"log/slog"
	"net/http"
	"time"
)

// Option configures a Server.
type Option func(*config)

type config struct {
	clock         func() time.Time
	seed          uint64
	seeded        bool
	seedData      bool
	faults        []Fault
	logger        *slog.Logger
	publicURL     string
	pageSize      int
	maxPageSize   int
	accessTTL     time.Duration
	refreshTTL    time.Duration
	maxUploadSize int64
	// streams are extra WebSocket endpoints by mux pattern, for the
	// package's own tests of the stream machinery.
	streams map[string]func(*Server) http.Handler
}

func defaultConfig() config {
	return config{
		clock:         time.Now,
		seedData:      true,
		logger:        slog.New(slog.DiscardHandler),
		pageSize:      20,
		maxPageSize:   100,
		accessTTL:     5 * time.Minute,
		refreshTTL:    24 * time.Hour,
		maxUploadSize: 64 << 20,
	}
}

// WithClock makes the server read the time from now (creation dates, token
// expiry). A fixed clock, with WithSeed, makes responses byte-stable.
func WithClock(now func() time.Time) Option {
	return func(c *config) {
		if now != nil {
			c.clock = now
		}
	}
}

// WithSeed makes every generated identifier (UUIDs, keys, tokens, secrets)
// derive from seed, so that two servers built with the same options hand out
// the same values. Without it they are random.
func WithSeed(seed uint64) Option {
	return func(c *config) { c.seed, c.seeded = seed, true }
}

// WithSeedData chooses whether the catalogue data (observatories, telescopes,
// instruments, exoplanets, objects, satellites, archives, standard stars) is
// loaded; it is by default. The organisation, its members and their keys are
// always there, since srv.Client needs them.
func WithSeedData(on bool) Option {
	return func(c *config) { c.seedData = on }
}

// WithFault installs a fault from the start; see Server.InjectFault.
func WithFault(f Fault) Option {
	return func(c *config) { c.faults = append(c.faults, f) }
}

// WithLogger sends one debug line per request (method, path, status; never
// headers or bodies, so no secret) to l. The server is silent by default.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) {
		if l != nil {
			c.logger = l
		}
	}
}

// WithPublicURL sets the base URL written into absolute links (pagination
// next/previous, data-file downloads) instead of the one the request came to,
// like a server behind a proxy. Cassettes from servers on different ports
// then stay byte-identical.
func WithPublicURL(u string) Option {
	return func(c *config) { c.publicURL = u }
}

// WithPageSize sets the default and the maximum page size of paginated lists
// (20 and 100 unless set).
func WithPageSize(def, maxSize int) Option {
	return func(c *config) {
		if def > 0 {
			c.pageSize = def
		}
		if maxSize >= c.pageSize {
			c.maxPageSize = maxSize
		}
	}
}

// WithTokenLifetimes sets how long JWT access and refresh tokens live
// (5 minutes and 1 day unless set, djangorestframework-simplejwt's defaults).
func WithTokenLifetimes(access, refresh time.Duration) Option {
	return func(c *config) {
		if access > 0 {
			c.accessTTL = access
		}
		if refresh > 0 {
			c.refreshTTL = refresh
		}
	}
}

// WithMaxUploadSize limits the size of one uploaded file (64 MiB unless set);
// larger uploads get a 413.
func WithMaxUploadSize(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.maxUploadSize = n
		}
	}
}

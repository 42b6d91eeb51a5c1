package arcsecond

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// An Option configures a Client in NewClient, NewClientFromEnv or Client.With.
type Option func(*config) error

// config is what the options set; NewClient turns it into a Client.
type config struct {
	baseURL       string
	org           string
	creds         credentials
	httpClient    *http.Client
	userAgent     string
	retry         RetryPolicy
	logger        *slog.Logger
	stallTimeout  time.Duration
	allowInsecure bool
	maxPages      int
	maxResponse   int64
	baseURLSet    bool // by WithBaseURL or WithLocal, not by default
}

func defaultConfig() config { return config{baseURL: ProductionURL, retry: DefaultRetryPolicy()} }

// WithBaseURL sets the API root, e.g. ProductionURL, StagingURL or a
// self-hosted "http://host:8800/". A missing trailing slash is added; a path
// prefix is kept ("https://proxy.example/arcsecond/").
func WithBaseURL(rawURL string) Option {
	return func(c *config) error {
		u, err := url.Parse(rawURL)
		if err != nil {
			return fmt.Errorf("arcsecond: invalid base URL: %w", err)
		}
		if u.Scheme != "http" && u.Scheme != "https" {
			return fmt.Errorf("arcsecond: base URL %q must be http or https", redactURL(u))
		}
		if u.Host == "" {
			return fmt.Errorf("arcsecond: base URL %q has no host", redactURL(u))
		}
		if u.User != nil {
			return errors.New("arcsecond: base URL must not carry credentials; use WithAPIKey or WithToken")
		}
		if u.RawQuery != "" || u.Fragment != "" {
			return fmt.Errorf("arcsecond: base URL %q must not have a query or fragment", redactURL(u))
		}
		if !strings.HasSuffix(u.Path, "/") {
			u.Path += "/"
			if u.RawPath != "" {
				u.RawPath += "/"
			}
		}
		c.baseURL = u.String()
		c.baseURLSet = true
		return nil
	}
}

// WithLocal points the client at a self-hosted Arcsecond.local backend
// (usually "http://<host>:8800/") whose organisation subdomain is always
// "local". A plain-http host that is not loopback also needs WithInsecureHTTP.
func WithLocal(rawURL string) Option {
	return func(c *config) error {
		if err := WithBaseURL(rawURL)(c); err != nil {
			return err
		}
		c.org = LocalOrganisation
		return nil
	}
}

// WithOrganisation scopes organisation-aware resources to the organisation
// with this subdomain: their routes become /<subdomain>/<resource>/.
// An empty subdomain means the personal scope.
func WithOrganisation(subdomain string) Option {
	return func(c *config) error {
		if err := checkSegment(subdomain); subdomain != "" && err != nil {
			return fmt.Errorf("arcsecond: invalid organisation subdomain: %w", err)
		}
		c.org = subdomain
		return nil
	}
}

// WithAPIKey authenticates with a personal access key (sent as
// "X-Arcsecond-API-Authorization: Key <key>"). It is preferred to an upload key
// when both are set.
func WithAPIKey(key string) Option {
	return func(c *config) error {
		c.creds.accessKey = strings.TrimSpace(key)
		return nil
	}
}

// WithUploadKey authenticates with an upload key, which only allows creating
// datasets and uploading data files. It is used when no access key is set.
func WithUploadKey(key string) Option {
	return func(c *config) error {
		c.creds.uploadKey = strings.TrimSpace(key)
		return nil
	}
}

// WithToken authenticates with a legacy DRF token ("Authorization: Token <t>").
func WithToken(token string) Option {
	return func(c *config) error {
		if c.creds.session != nil {
			return errors.New("arcsecond: WithToken and WithJWT are mutually exclusive")
		}
		c.creds.drfToken = strings.TrimSpace(token)
		return nil
	}
}

// WithJWT authenticates with a JWT pair as returned by POST /auth/token/
// ("Authorization: Bearer <access>"). The access token is refreshed through
// POST /auth/token/refresh/ 30 seconds before it expires and once after a 401;
// refreshes are shared by concurrent requests. onRefresh, if not nil, receives
// every rotated pair so that the caller can persist it; it must not block.
func WithJWT(tokens JWT, onRefresh func(JWT)) Option {
	return func(c *config) error {
		if c.creds.drfToken != "" {
			return errors.New("arcsecond: WithToken and WithJWT are mutually exclusive")
		}
		if tokens.Access == "" && tokens.Refresh == "" {
			return errors.New("arcsecond: WithJWT needs an access or a refresh token")
		}
		c.creds.session = newSession(tokens, onRefresh)
		return nil
	}
}

// WithHTTPClient makes requests through a copy of hc: its Transport, Jar and
// Timeout (which then bounds each attempt) are used; hc itself is never
// modified. The default is a client with http.DefaultTransport and a 60 s
// timeout per attempt.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) error {
		if hc == nil {
			return errors.New("arcsecond: WithHTTPClient(nil)")
		}
		cp := *hc
		c.httpClient = &cp
		return nil
	}
}

// WithUserAgent puts the application's name and version in front of the
// SDK's own User-Agent: "myapp/1.2 arcsecond-go/<Version> (go1.x)".
func WithUserAgent(app string) Option {
	return func(c *config) error {
		if strings.ContainsAny(app, "\r\n") {
			return errors.New("arcsecond: user agent must be a single line")
		}
		c.userAgent = strings.TrimSpace(app)
		return nil
	}
}

// WithRetry replaces the retry policy; RetryPolicy{} (MaxRetries 0) turns
// retries off. See DefaultRetryPolicy.
func WithRetry(p RetryPolicy) Option {
	return func(c *config) error {
		if p.MaxRetries < 0 || p.MinWait < 0 || p.MaxWait < 0 || p.MaxRetryAfter < 0 {
			return errors.New("arcsecond: retry policy values must not be negative")
		}
		c.retry = p
		return nil
	}
}

// WithLogger sends the SDK's debug records (retries, token refreshes) to l.
// The SDK is silent without it. Records never contain keys or tokens.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		c.logger = l
		return nil
	}
}

// WithInsecureHTTP allows sending credentials over plain http to a host that
// is not loopback, e.g. an Arcsecond.local backend on a trusted LAN.
func WithInsecureHTTP() Option {
	return func(c *config) error {
		c.allowInsecure = true
		return nil
	}
}

// WithMaxPages bounds a walk over a list (All, Live's backfill) to n pages:
// the walk then fails with *PaginationError. 0, the default, means no bound
// beyond the cycle and empty-page checks every walk makes.
func WithMaxPages(n int) Option {
	return func(c *config) error {
		if n < 0 {
			return errors.New("arcsecond: WithMaxPages must not be negative")
		}
		c.maxPages = n
		return nil
	}
}

// WithMaxResponseSize sets the largest 2xx body, in bytes, that a call
// decodes (DefaultMaxResponseSize, 64 MiB, when not set); a larger one fails
// with *ResponseTooLargeError. Downloads and Do into an io.Writer are not
// limited.
func WithMaxResponseSize(n int64) Option {
	return func(c *config) error {
		if n <= 0 {
			return errors.New("arcsecond: WithMaxResponseSize must be positive")
		}
		c.maxResponse = n
		return nil
	}
}

// WithStallTimeout bounds how long an upload's or download's body may make
// no progress (DefaultStallTimeout when not set): the transfer then fails
// with ErrStalled, which DownloadFile resumes. A negative d turns the check
// off. An upload's wait for the answer once its body is sent is bounded by
// the context only, as the server may take long to process a large file.
func WithStallTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d == 0 {
			return errors.New("arcsecond: WithStallTimeout needs a non-zero duration (negative: no check)")
		}
		c.stallTimeout = d
		return nil
	}
}

// defaultPerAttemptTimeout bounds one attempt of an API call when the caller
// gives no http.Client; uploads and downloads are bounded by ctx and the
// stall timeout instead (WithStallTimeout).
const defaultPerAttemptTimeout = 60 * time.Second

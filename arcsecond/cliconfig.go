package arcsecond

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// This file reads the login saved by the official Python CLI
// (arcsecond-io/cli 3.x, `arcsecond login` and `arcsecond api NAME URL`):
// an INI file written by Python's configparser with one section per API
// name. The facts it relies on are listed in README.md ("The CLI's saved
// login").

// CloudAPIName is the CLI's API name for the hosted API. Its server is
// always ProductionURL: the CLI refuses to change it, and an api_server
// written into the section by hand is ignored, so that the keys saved for
// it never go elsewhere.
const CloudAPIName = "cloud"

// ErrNotLoggedIn is returned (wrapped, naming the file and API name) when
// the CLI config holds no key for the API asked for.
var ErrNotLoggedIn = errors.New("arcsecond: not logged in (run `arcsecond login`)")

// maxConfigSize bounds the config file read: the CLI writes a few hundred bytes.
const maxConfigSize = 1 << 20

// ConfigPath returns the CLI config file to read: $ARCSECOND_CONFIG if set
// (an SDK addition, for tests and unusual setups), else
// ~/.config/arcsecond/config.ini, where the CLI saves its login. If only
// the CLI's older ~/.arcsecond.ini exists (the CLI moves it on its next
// run), that file is returned.
func ConfigPath() (string, error) {
	if p := os.Getenv(EnvConfig); p != "" {
		return p, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("arcsecond: locating the CLI config: %w", err)
	}
	path := filepath.Join(home, ".config", "arcsecond", "config.ini")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		old := filepath.Join(home, ".arcsecond.ini")
		if _, err := os.Stat(old); err == nil {
			return old, nil
		}
	}
	return path, nil
}

// CLIConfig is the CLI's config file as read by ReadCLIConfig. It holds
// secrets: do not print it.
type CLIConfig struct {
	path     string
	exists   bool
	order    []string                     // section names in file order, DEFAULT excluded
	sections map[string]map[string]string // raw values as configparser stores them
	defaults map[string]string            // the DEFAULT section, applying to every section
}

// ReadCLIConfig reads and parses the CLI config file at path. A missing
// file is an empty config (the CLI creates it empty too); a file that
// configparser would refuse is an error naming the line but never quoting
// it, since it may hold a key.
func ReadCLIConfig(path string) (*CLIConfig, error) {
	cfg := &CLIConfig{path: path, sections: map[string]map[string]string{}, defaults: map[string]string{}}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, nil
	}
	if err != nil {
		return nil, fmt.Errorf("arcsecond: reading the CLI config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, fmt.Errorf("arcsecond: reading the CLI config: %w", err)
	}
	if len(data) > maxConfigSize {
		return nil, fmt.Errorf("arcsecond: CLI config %s is larger than %d bytes", path, maxConfigSize)
	}
	if err := cfg.parse(data); err != nil {
		return nil, fmt.Errorf("arcsecond: CLI config %s: %w", path, err)
	}
	cfg.exists = true
	return cfg, nil
}

// Path returns the file the config was read from.
func (c *CLIConfig) Path() string { return c.path }

// APINames returns the names of the file's sections, in file order, as
// `arcsecond api` lists them (CloudAPIName only if the file has it).
func (c *CLIConfig) APINames() []string { return append([]string(nil), c.order...) }

// Section returns a copy of the options of section apiName (keys lower
// case, values as stored: configparser writes a '%' as "%%"), DEFAULT
// options included, for a program that rewrites the file. It holds keys.
func (c *CLIConfig) Section(apiName string) (map[string]string, bool) {
	sec, ok := c.sections[apiName]
	if !ok {
		return nil, false
	}
	out := maps.Clone(c.defaults)
	maps.Copy(out, sec)
	return out, true
}

// SavedAPI is one API of the CLI config: its server and the login saved
// for it. Printing it never shows the keys.
type SavedAPI struct {
	Name     string // the section name, such as CloudAPIName
	Server   string // ProductionURL for CloudAPIName, api_server otherwise
	Username string // username

	AccessKey string // access_key, or the legacy api_key
	UploadKey string // upload_key

	// Memberships maps organisation subdomains to the caller's role there,
	// from the membership__<subdomain> keys the CLI saves.
	Memberships map[string]string
}

// LoggedIn reports whether a key is saved.
func (a SavedAPI) LoggedIn() bool { return a.AccessKey != "" || a.UploadKey != "" }

// Options returns the client options of the API: its server and keys.
func (a SavedAPI) Options() []Option {
	opts := []Option{WithBaseURL(a.Server)}
	if a.AccessKey != "" {
		opts = append(opts, WithAPIKey(a.AccessKey))
	}
	if a.UploadKey != "" {
		opts = append(opts, WithUploadKey(a.UploadKey))
	}
	return opts
}

// String describes the API without its keys.
func (a SavedAPI) String() string {
	keys := "no key"
	switch {
	case a.AccessKey != "" && a.UploadKey != "":
		keys = "access and upload keys"
	case a.AccessKey != "":
		keys = "access key"
	case a.UploadKey != "":
		keys = "upload key"
	}
	user := a.Username
	if user == "" {
		user = "no username"
	}
	return fmt.Sprintf("%s: %s (%s, %s)", a.Name, a.Server, user, keys)
}

// GoString is String, so that %#v does not show the keys either.
func (a SavedAPI) GoString() string { return "arcsecond.SavedAPI(" + a.String() + ")" }

// API returns the API named apiName ("" means CloudAPIName), logged in or
// not. CloudAPIName always exists; another name must be a section with an
// api_server (as `arcsecond api NAME URL` writes it), or the error wraps
// ErrNotLoggedIn. Values the CLI could not have written (a key with spaces,
// an api_server that is not an http(s) URL) are errors naming the option.
func (c *CLIConfig) API(apiName string) (SavedAPI, error) {
	if apiName == "" {
		apiName = CloudAPIName
	}
	a := SavedAPI{Name: apiName}
	sec, ok := c.sections[apiName]
	if !ok && apiName != CloudAPIName {
		if !c.exists {
			return a, fmt.Errorf("%w: no API named %q (no %s)", ErrNotLoggedIn, apiName, c.path)
		}
		return a, fmt.Errorf("%w: no API named %q in %s (register it with `arcsecond api %s <url>`)", ErrNotLoggedIn, apiName, c.path, apiName)
	}
	get := func(key string) (string, error) {
		raw, ok := sec[key]
		if !ok {
			raw = c.defaults[key]
		}
		v, err := unescapeConfigValue(raw)
		if err != nil {
			return "", fmt.Errorf("arcsecond: CLI config %s: %s of [%s]: %w", c.path, key, apiName, err)
		}
		return v, nil
	}
	var err error
	if apiName == CloudAPIName {
		a.Server = ProductionURL
	} else {
		if a.Server, err = get("api_server"); err != nil {
			return a, err
		}
		if a.Server == "" {
			return a, fmt.Errorf("arcsecond: CLI config %s: [%s] has no api_server (set it with `arcsecond api %s <url>`)", c.path, apiName, apiName)
		}
		if err := checkConfigServer(a.Server); err != nil {
			return a, fmt.Errorf("arcsecond: CLI config %s: api_server of [%s] %w", c.path, apiName, err)
		}
	}
	if a.Username, err = get("username"); err != nil {
		return a, err
	}
	for _, k := range []struct {
		dst   *string
		names []string
	}{{&a.AccessKey, []string{"access_key", "api_key"}}, {&a.UploadKey, []string{"upload_key"}}} {
		for _, name := range k.names {
			v, err := get(name)
			if err != nil {
				return a, err
			}
			if v == "" {
				continue
			}
			if strings.ContainsFunc(v, func(r rune) bool { return r <= ' ' || r >= 0x7f }) {
				return a, fmt.Errorf("arcsecond: CLI config %s: %s of [%s] holds characters no key has", c.path, name, apiName)
			}
			*k.dst = v
			break
		}
	}
	all, _ := c.Section(apiName)
	for k, raw := range all {
		sub, ok := strings.CutPrefix(k, "membership__")
		if !ok || sub == "" {
			continue
		}
		role, err := unescapeConfigValue(raw)
		if err != nil {
			return a, fmt.Errorf("arcsecond: CLI config %s: %s of [%s]: %w", c.path, k, apiName, err)
		}
		if a.Memberships == nil {
			a.Memberships = map[string]string{}
		}
		a.Memberships[sub] = role
	}
	return a, nil
}

// login is API(apiName) that must hold a key.
func (c *CLIConfig) login(apiName string) (SavedAPI, error) {
	a, err := c.API(apiName)
	if err != nil {
		return a, err
	}
	if !a.LoggedIn() {
		where := c.path
		if !c.exists {
			where = "no " + c.path
		}
		return a, fmt.Errorf("%w: no key for API %q (%s)", ErrNotLoggedIn, a.Name, where)
	}
	return a, nil
}

// checkConfigServer refuses an api_server WithBaseURL would refuse, with
// a message that does not repeat it.
func checkConfigServer(s string) error {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return errors.New("is not a URL")
	case u.Scheme != "http" && u.Scheme != "https":
		return errors.New("is not an http or https URL (write it as https://host/ or http://host:port/)")
	case u.Host == "":
		return errors.New("has no host")
	}
	return nil
}

// unescapeConfigValue undoes configparser's BasicInterpolation on read:
// "%%" is '%'. A reference to another option ("%(name)s") is refused
// rather than followed, and a lone '%' is an error, as in configparser.
func unescapeConfigValue(v string) (string, error) {
	if !strings.Contains(v, "%") {
		return v, nil
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] != '%' {
			b.WriteByte(v[i])
			continue
		}
		switch {
		case i+1 < len(v) && v[i+1] == '%':
			b.WriteByte('%')
			i++
		case i+1 < len(v) && v[i+1] == '(':
			return "", errors.New("interpolation (%(name)s) is not supported")
		default:
			return "", errors.New("'%' must be followed by '%' or '(' (configparser's interpolation syntax)")
		}
	}
	return b.String(), nil
}

// parse reads the format of Python's configparser.ConfigParser with its
// defaults (strict, '=' and ':' delimiters, whole-line '#' and ';'
// comments, option names lower-cased, indented lines continuing a value,
// a DEFAULT section whose options apply to every section). Like
// configparser it refuses options before any section header, lines that
// are neither, empty option names, and duplicate sections or options.
func (c *CLIConfig) parse(data []byte) error {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var (
		cur     map[string]string // nil before the first header
		curName string
		option  string // the option a more indented line continues
		indent  int
		seen    = map[string]bool{}
	)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxConfigSize+1)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || trimmed[0] == '#' || trimmed[0] == ';' {
			continue
		}
		level := len(line) - len(strings.TrimLeft(line, " \t\f\v"))
		if cur != nil && option != "" && level > indent {
			cur[option] += "\n" + trimmed
			continue
		}
		indent = level
		if trimmed[0] == '[' {
			end := strings.LastIndexByte(trimmed, ']')
			if end < 2 {
				return fmt.Errorf("line %d: malformed section header (want [name])", n)
			}
			curName, option = trimmed[1:end], ""
			if curName == "DEFAULT" {
				cur = c.defaults
				continue
			}
			if seen[curName] {
				return fmt.Errorf("line %d: duplicate section [%s]", n, curName)
			}
			seen[curName] = true
			cur = map[string]string{}
			c.sections[curName] = cur
			c.order = append(c.order, curName)
			continue
		}
		if cur == nil {
			return fmt.Errorf("line %d: option before any [section] header", n)
		}
		i := strings.IndexAny(trimmed, "=:")
		if i < 0 {
			return fmt.Errorf("line %d: expected name = value", n)
		}
		name := strings.ToLower(strings.TrimSpace(trimmed[:i]))
		if name == "" {
			return fmt.Errorf("line %d: empty option name", n)
		}
		if seen[curName+"\x00"+name] {
			return fmt.Errorf("line %d: duplicate option %q in [%s]", n, name, curName)
		}
		seen[curName+"\x00"+name] = true
		cur[name] = strings.TrimSpace(trimmed[i+1:])
		option = name
	}
	return sc.Err()
}

// NewClientFromConfig is NewClient with the server and keys the CLI saved
// for apiName ("" means CloudAPIName) applied first, then opts. The file is
// ConfigPath's. An API without a saved key is ErrNotLoggedIn.
func NewClientFromConfig(apiName string, opts ...Option) (*Client, error) {
	path, err := ConfigPath()
	if err != nil {
		return nil, err
	}
	cfg, err := ReadCLIConfig(path)
	if err != nil {
		return nil, err
	}
	a, err := cfg.login(apiName)
	if err != nil {
		return nil, err
	}
	return NewClient(append(a.Options(), opts...)...)
}

// savedLogin is NewClientFromEnv's use of the CLI config, given the
// configuration built so far from the environment and opts. It returns the
// options to apply on top, or none.
//
// $ARCSECOND_API names the API; its server is used unless a base URL was
// set. When cfg carries no credential, the keys saved for that API (else
// for CloudAPIName, if any) are used, but only towards the saved server: a
// base URL of another origin makes an implicit cloud login unused (the
// client stays anonymous, as on a machine without a login) and a named API
// an error.
func savedLogin(cfg *config) ([]Option, error) {
	apiName := strings.TrimSpace(os.Getenv(EnvAPIName))
	explicit := apiName != ""
	if !explicit && cfg.creds.any() {
		return nil, nil
	}
	path, err := ConfigPath()
	if err != nil {
		if explicit {
			return nil, err
		}
		return nil, nil
	}
	file, err := ReadCLIConfig(path)
	if err != nil {
		return nil, err // a file the user believes configures them: say it is broken
	}
	a, err := file.API(apiName)
	if err != nil {
		return nil, err
	}
	server := []Option{WithBaseURL(a.Server)}
	if cfg.baseURLSet {
		server = nil
	}
	if cfg.creds.any() {
		return server, nil
	}
	if !a.LoggedIn() {
		if explicit {
			_, err := file.login(apiName)
			return nil, err
		}
		return nil, nil
	}
	if cfg.baseURLSet {
		have, errA := url.Parse(cfg.baseURL)
		saved, errB := url.Parse(a.Server)
		if errA != nil || errB != nil || !sameOrigin(have, saved) {
			if explicit {
				return nil, fmt.Errorf("arcsecond: the keys saved for %s=%s are only sent to its server, not to the base URL set by %s or an option", EnvAPIName, apiName, EnvAPIURL)
			}
			return nil, nil
		}
	}
	keys := a.Options()[1:]
	return append(server, keys...), nil
}

// envBool reads a boolean environment variable strictly ("" is false).
func envBool(name string) (bool, error) {
	v := strings.TrimSpace(os.Getenv(name))
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("arcsecond: %s=%q is not a boolean (use 1 or 0)", name, v)
	}
	return b, nil
}

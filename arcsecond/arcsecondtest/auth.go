package arcsecondtest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

// account is a user's credentials; the public profile is a record of the
// "profiles" collection.
type account struct {
	username  string
	email     string
	password  string
	accessKey string
	uploadKey string
	token     string // legacy DRF token (Authorization: Token …)
}

// authenticate reads the caller's credentials, as the official clients send
// them (arcsecond-io/cli api/endpoint.py, focale arcsecond_client.py):
// X-Arcsecond-API-Authorization: Key <access or upload key>,
// Authorization: Token <token> or Authorization: Bearer <JWT access token>.
// No credentials means anonymous; wrong ones are a 401, as in DRF.
func (c *call) authenticate() *apiError {
	if h := c.r.Header.Get("X-Arcsecond-API-Authorization"); h != "" {
		k, ok := strings.CutPrefix(h, "Key ")
		if !ok {
			return errAuthFailed("Invalid key header. Expected \"Key <key>\".")
		}
		a, kind := c.s.accountByKey(strings.TrimSpace(k))
		if a == nil || kind == "token" {
			return errAuthFailed("Invalid key.")
		}
		c.who, c.upload = a, kind == "upload"
		return nil
	}
	h := c.r.Header.Get("Authorization")
	if h == "" {
		return nil
	}
	scheme, cred, _ := strings.Cut(h, " ")
	cred = strings.TrimSpace(cred)
	switch strings.ToLower(scheme) {
	case "token":
		a, kind := c.s.accountByKey(cred)
		if a == nil || kind != "token" {
			return errAuthFailed("Invalid token.")
		}
		c.who = a
	case "bearer":
		claims, err := c.s.verifyJWT(cred, "access")
		if err != nil {
			e := errAuthFailed("Given token not valid for any token type")
			e.body.(map[string]any)["code"] = "token_not_valid"
			e.header.Set("Www-Authenticate", `Bearer realm="api"`)
			return e
		}
		c.who = c.s.account(claims.Username)
		if c.who == nil {
			return errAuthFailed("User not found")
		}
	default:
		return errAuthFailed("Invalid authorization header.")
	}
	return nil
}

// authenticate identifies the caller of a request as the API routes do, for
// the stream endpoints (WebSockets) that other files of the package mount:
// it returns the username ("" for anonymous) or the DRF 401 to answer.
func (s *Server) authenticate(r *http.Request) (string, *apiError) {
	c := &call{s: s, r: r}
	if e := c.authenticate(); e != nil {
		return "", e
	}
	if c.who == nil {
		return "", nil
	}
	return c.who.username, nil
}

func (s *Server) account(username string) *account {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.accounts[username]
}

// accountByKey finds who holds a key and which kind it is: "access", "upload" or "token".
func (s *Server) accountByKey(k string) (*account, string) {
	if k == "" {
		return nil, ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	a := s.byKey[k]
	switch {
	case a == nil:
		return nil, ""
	case hmac.Equal([]byte(a.accessKey), []byte(k)):
		return a, "access"
	case hmac.Equal([]byte(a.uploadKey), []byte(k)):
		return a, "upload"
	}
	return a, "token"
}

func (s *Server) addAccount(a *account) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.accounts[a.username] = a
	s.byKey[a.accessKey], s.byKey[a.uploadKey], s.byKey[a.token] = a, a, a
}

// checkPassword finds the account of a username or primary e-mail.
func (s *Server) checkPassword(login, password string) *account {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.accounts {
		if (a.username == login || strings.EqualFold(a.email, login)) && hmac.Equal([]byte(a.password), []byte(password)) {
			return a
		}
	}
	return nil
}

// jwtClaims are the claims of the server's HS256 tokens, those of
// djangorestframework-simplejwt plus the username.
type jwtClaims struct {
	TokenType string `json:"token_type"`
	Exp       int64  `json:"exp"`
	Iat       int64  `json:"iat"`
	JTI       string `json:"jti"`
	Username  string `json:"username"`
}

var jwtHeader = base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))

func (s *Server) signJWT(cl jwtClaims) string {
	payload, _ := json.Marshal(cl)
	msg := jwtHeader + "." + base64.RawURLEncoding.EncodeToString(payload)
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte(msg))
	return msg + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

var errBadToken = errors.New("token not valid")

func (s *Server) verifyJWT(tok, typ string) (jwtClaims, error) {
	var cl jwtClaims
	parts := strings.Split(tok, ".")
	if len(parts) != 3 || parts[0] != jwtHeader {
		return cl, errBadToken
	}
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte(parts[0] + "." + parts[1]))
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil || !hmac.Equal(sig, m.Sum(nil)) {
		return cl, errBadToken
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil || json.Unmarshal(payload, &cl) != nil {
		return cl, errBadToken
	}
	if cl.TokenType != typ || s.now().Unix() >= cl.Exp {
		return cl, errBadToken
	}
	return cl, nil
}

// tokenPair issues a fresh access/refresh pair in the shape of focale's
// login_with_password (arcsecond-io/focale src/focale/arcsecond_client.py).
func (s *Server) tokenPair(username string) map[string]any {
	now := s.now()
	access := jwtClaims{TokenType: "access", Iat: now.Unix(), Exp: now.Add(s.cfg.accessTTL).Unix(), JTI: s.ids.key(), Username: username}
	refresh := jwtClaims{TokenType: "refresh", Iat: now.Unix(), Exp: now.Add(s.cfg.refreshTTL).Unix(), JTI: s.ids.key(), Username: username}
	return map[string]any{
		"access":      s.signJWT(access),
		"refresh":     s.signJWT(refresh),
		"access_exp":  access.Exp,
		"refresh_exp": refresh.Exp,
		"username":    username,
	}
}

// requireFields reads string fields of a JSON or form body, answering DRF's
// 400 for the missing or blank ones.
func (c *call) requireFields(names ...string) (map[string]string, *apiError) {
	in, _, e := c.decodeBody()
	if e != nil {
		return nil, e
	}
	out := map[string]string{}
	errs := fieldErrors{}
	for _, n := range names {
		v, ok := in[n]
		switch {
		case !ok:
			errs.add(n, "This field is required.")
		case v == nil:
			errs.add(n, "This field may not be null.")
		case strings.TrimSpace(str(v)) == "":
			errs.add(n, "This field may not be blank.")
		default:
			out[n] = str(v)
		}
	}
	return out, errs.err()
}

// passwordLogin checks {username, password}; a wrong pair is a 401 with the
// route's own message.
func (c *call) passwordLogin(failure string) (*account, *apiError) {
	f, e := c.requireFields("username", "password")
	if e != nil {
		return nil, e
	}
	a := c.s.checkPassword(f["username"], f["password"])
	if a == nil {
		return nil, detailError(http.StatusUnauthorized, failure)
	}
	return a, nil
}

// POST /auth/token/ (2026, JWT): {username, password[, client]} → the token pair.
func handleTokenObtain(c *call) (int, any, *apiError) {
	a, e := c.passwordLogin("No active account found with the given credentials")
	if e != nil {
		return 0, nil, e
	}
	return http.StatusOK, c.s.tokenPair(a.username), nil
}

// POST /auth/token/refresh/: {refresh} → a new pair; the used refresh token
// is blacklisted (rotation). Invalid, expired or reused tokens get the 400
// focale expects.
func handleTokenRefresh(c *call) (int, any, *apiError) {
	f, e := c.requireFields("refresh")
	if e != nil {
		return 0, nil, e
	}
	cl, err := c.s.verifyJWT(f["refresh"], "refresh")
	invalid := detailError(http.StatusBadRequest, "Invalid or expired refresh token.")
	if err != nil {
		return 0, nil, invalid
	}
	c.s.mu.Lock()
	used := c.s.rotated[cl.JTI]
	c.s.rotated[cl.JTI] = true
	c.s.mu.Unlock()
	if used || c.s.account(cl.Username) == nil {
		return 0, nil, invalid
	}
	return http.StatusOK, c.s.tokenPair(cl.Username), nil
}

// POST /auth/login/ (django-rest-auth, 2018–2021): {username, password} → {"key": token}.
func handleLogin(c *call) (int, any, *apiError) {
	a, e := c.passwordLogin("Unable to log in with provided credentials.")
	if e != nil {
		return 0, nil, e
	}
	return http.StatusOK, map[string]any{"key": a.token}, nil
}

// POST /auth/key/verify/: {username, key} → 204 when key (access or upload)
// belongs to username. The CLI sends no auth header here.
func handleKeyVerify(c *call) (int, any, *apiError) {
	if _, _, e := c.verifiedKey(); e != nil {
		return 0, nil, e
	}
	return http.StatusNoContent, nil, nil
}

// verifiedKey checks {username, key[, extra fields]}: the key must be an
// access or upload key of that user, named by username or primary e-mail
// (the CLI's login: "Primary email address is also allowed.").
func (c *call) verifiedKey(extra ...string) (*account, map[string]string, *apiError) {
	f, e := c.requireFields(append([]string{"username", "key"}, extra...)...)
	if e != nil {
		return nil, nil, e
	}
	a, kind := c.s.accountByKey(f["key"])
	if a == nil || kind == "token" || (a.username != f["username"] && !strings.EqualFold(a.email, f["username"])) {
		return nil, nil, detailError(http.StatusUnauthorized, "Invalid username or key.")
	}
	return a, f, nil
}

// POST /auth/key/verify-organisation/: {username, key, organisation} → 204
// when the key is valid and its holder is a member of the organisation.
func handleKeyVerifyOrganisation(c *call) (int, any, *apiError) {
	a, f, e := c.verifiedKey("organisation")
	if e != nil {
		return 0, nil, e
	}
	if _, ok := c.s.organisation(f["organisation"]); !ok {
		return 0, nil, errNotFound()
	}
	if c.s.roleOf(a.username, f["organisation"]) == roleNone {
		return 0, nil, detailError(http.StatusForbidden, "You are not a member of this organisation.")
	}
	return http.StatusNoContent, nil, nil
}

// GET /profiles/{username}/apikey/ → {"api_key"}; only for oneself.
func handleAPIKey(c *call) (int, any, *apiError) {
	a, e := c.selfAccount()
	if e != nil {
		return 0, nil, e
	}
	return http.StatusOK, map[string]any{"api_key": a.accessKey}, nil
}

// GET /profiles/{username}/uploadkey/ → {"upload_key"}; only for oneself.
func handleUploadKey(c *call) (int, any, *apiError) {
	a, e := c.selfAccount()
	if e != nil {
		return 0, nil, e
	}
	return http.StatusOK, map[string]any{"upload_key": a.uploadKey}, nil
}

func (c *call) selfAccount() (*account, *apiError) {
	if c.s.account(c.params["username"]) == nil {
		return nil, errNotFound()
	}
	if c.who == nil || c.upload || c.who.username != c.params["username"] {
		return nil, errForbidden()
	}
	if c.op.method != http.MethodGet {
		return nil, detailError(http.StatusNotImplemented, "arcsecondtest does not rotate keys.")
	}
	return c.who, nil
}

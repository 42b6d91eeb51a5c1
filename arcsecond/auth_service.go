package arcsecond

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

// AuthService calls the API's /auth/ routes, never organisation-scoped. The
// key-verify, login, refresh, registration and password-reset routes carry
// their credentials in the body: the client's own key or token is not sent
// to them.
type AuthService struct {
	ep     endpoint
	Emails EmailsService
}

func (s *AuthService) bind(ep endpoint) {
	s.ep = ep
	s.Emails.bind(sibling(ep, "emails", Global))
}

func (s *AuthService) post(ctx context.Context, path string, body, out any) (*Response, error) {
	return sibling(s.ep, path, Global).call(ctx, http.MethodPost, nil, nil, body, out)
}

// VerifyKey checks that key (an access or upload key) belongs to username
// (POST /auth/key/verify/); a 2xx answer means valid, an invalid pair is an
// *ErrorResponse (401 or 400).
func (s *AuthService) VerifyKey(ctx context.Context, username, key string) (*Response, error) {
	return s.post(ctx, "key/verify", map[string]string{"username": username, "key": key}, nil)
}

// VerifyOrganisationKey checks that key belongs to username and that the user
// is a member of the organisation subdomain
// (POST /auth/key/verify-organisation/); 403 when not a member.
func (s *AuthService) VerifyOrganisationKey(ctx context.Context, username, key, organisation string) (*Response, error) {
	return s.post(ctx, "key/verify-organisation", map[string]string{"username": username, "key": key, "organisation": organisation}, nil)
}

// LoginResult is the answer of POST /auth/token/: a JWT pair (2026) or, from
// an older server, a DRF token (2021–2023). Exactly one is set.
type LoginResult struct {
	JWT   *JWT
	Token string // use with WithToken
}

// ErrUnknownLoginReply is returned when /auth/token/ answers with neither a
// JWT pair nor a token.
var ErrUnknownLoginReply = errors.New("arcsecond: login answer has neither a JWT pair nor a token")

// Login exchanges a username (or primary e-mail) and password for a session
// (POST /auth/token/ with client "desktop"). The reply's shape, not the
// route, tells a JWT pair ({"access","refresh",…}, use WithJWT) from the
// older DRF token ({"token"}, use WithToken). Bad credentials are an
// *ErrorResponse matching ErrUnauthorized (or a 400).
func (s *AuthService) Login(ctx context.Context, username, password string) (*LoginResult, *Response, error) {
	u, err := sibling(s.ep, "token", Global).url(nil, nil)
	if err != nil {
		return nil, nil, err
	}
	req, err := s.ep.client.newRequestURL(ctx, http.MethodPost, u, map[string]string{"username": username, "password": password, "client": "desktop"})
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("X-Arcsecond-Client", "desktop")
	var raw json.RawMessage
	resp, err := s.ep.client.Do(req, &raw)
	if err != nil {
		return nil, resp, err
	}
	res, err := decodeLogin(raw)
	return res, resp, err
}

func decodeLogin(raw []byte) (*LoginResult, error) {
	var shape struct {
		Access *string `json:"access"`
		Token  string  `json:"token"`
		Key    string  `json:"key"`
	}
	if err := json.Unmarshal(raw, &shape); err != nil {
		return nil, ErrUnknownLoginReply
	}
	switch {
	case shape.Access != nil:
		var j JWT
		if err := json.Unmarshal(raw, &j); err != nil {
			return nil, err
		}
		return &LoginResult{JWT: &j}, nil
	case shape.Token != "":
		return &LoginResult{Token: shape.Token}, nil
	case shape.Key != "":
		return &LoginResult{Token: shape.Key}, nil
	}
	return nil, ErrUnknownLoginReply
}

// Refresh exchanges a refresh token for a new JWT pair
// (POST /auth/token/refresh/). An expired or revoked refresh token is an
// *ErrorResponse (400 "Invalid or expired refresh token." or 401). Clients made
// WithJWT refresh by themselves.
func (s *AuthService) Refresh(ctx context.Context, refresh string) (*JWT, *Response, error) {
	out := new(JWT)
	resp, err := s.post(ctx, "token/refresh", map[string]string{"refresh": refresh}, out)
	if err != nil {
		return nil, resp, err
	}
	return out, resp, nil
}

// LegacyLogin is django-rest-auth's login of 2018–2021 (POST /auth/login/):
// it returns a DRF token for WithToken.
func (s *AuthService) LegacyLogin(ctx context.Context, username, password string) (*LoginResult, *Response, error) {
	var raw json.RawMessage
	resp, err := s.post(ctx, "login", map[string]string{"username": username, "password": password}, &raw)
	if err != nil {
		return nil, resp, err
	}
	res, err := decodeLogin(raw)
	return res, resp, err
}

// Registration is the body of POST /auth/registration/.
type Registration struct {
	Username  string `json:"username"`
	Email     string `json:"email"`
	Password1 string `json:"password1"`
	Password2 string `json:"password2"`
}

// Register creates an account (POST /auth/registration/, 2023 schema) and
// returns its DRF token. Field errors (taken username, short password,
// passwords that differ) are an *ErrorResponse with FieldErrors or
// NonFieldErrors.
func (s *AuthService) Register(ctx context.Context, r *Registration) (*LoginResult, *Response, error) {
	if r == nil {
		return nil, nil, errors.New("arcsecond: Register with a nil registration")
	}
	var raw json.RawMessage
	resp, err := s.post(ctx, "registration", r, &raw)
	if err != nil {
		return nil, resp, err
	}
	res, err := decodeLogin(raw)
	return res, resp, err
}

// AuthDetail is the message of the password and e-mail routes.
type AuthDetail struct {
	Detail string `json:"detail"`
}

func (s *AuthService) detail(ctx context.Context, path string, body any) (*AuthDetail, *Response, error) {
	out := new(AuthDetail)
	resp, err := s.post(ctx, path, body, out)
	if err != nil {
		return nil, resp, err
	}
	return out, resp, nil
}

// ChangePassword sets the authenticated user's password
// (POST /auth/password/change/).
func (s *AuthService) ChangePassword(ctx context.Context, newPassword1, newPassword2 string) (*AuthDetail, *Response, error) {
	return s.detail(ctx, "password/change", map[string]string{"new_password1": newPassword1, "new_password2": newPassword2})
}

// ResetPassword sends a password-reset e-mail (POST /auth/password/reset/).
func (s *AuthService) ResetPassword(ctx context.Context, email string) (*AuthDetail, *Response, error) {
	return s.detail(ctx, "password/reset", map[string]string{"email": email})
}

// PasswordResetConfirm is the body of POST /auth/password/reset/confirm/,
// with the uid and token of the reset e-mail.
type PasswordResetConfirm struct {
	NewPassword1 string `json:"new_password1"`
	NewPassword2 string `json:"new_password2"`
	UID          string `json:"uid"`
	Token        string `json:"token"`
}

// ConfirmPasswordReset sets a new password from a reset e-mail's uid and
// token (POST /auth/password/reset/confirm/).
func (s *AuthService) ConfirmPasswordReset(ctx context.Context, body *PasswordResetConfirm) (*AuthDetail, *Response, error) {
	if body == nil {
		return nil, nil, errors.New("arcsecond: ConfirmPasswordReset with a nil body")
	}
	return s.detail(ctx, "password/reset/confirm", body)
}

// VerifyToken checks the client's credentials for a download of personal
// data (POST /auth/token/verify/; 200 with no body).
func (s *AuthService) VerifyToken(ctx context.Context) (*Response, error) {
	return s.post(ctx, "token/verify", nil, nil)
}

// VerifyTokenOrganisation is VerifyToken for organisation data
// (POST /auth/token/verify-organisation/).
func (s *AuthService) VerifyTokenOrganisation(ctx context.Context) (*Response, error) {
	return s.post(ctx, "token/verify-organisation", nil, nil)
}

// VerifyTokenCollaboration is VerifyToken for collaboration data
// (POST /auth/token/verify-collaboration/).
func (s *AuthService) VerifyTokenCollaboration(ctx context.Context) (*Response, error) {
	return s.post(ctx, "token/verify-collaboration", nil, nil)
}

// EmailAddress is an e-mail address of the authenticated user.
type EmailAddress struct {
	Email    string `json:"email"`
	Verified bool   `json:"verified"`
	Primary  bool   `json:"primary"`
}

// EmailAddressUpdate changes an address; nil fields are left as they are.
type EmailAddressUpdate struct {
	Primary *bool `json:"primary,omitempty"`
}

// EmailsService manages the authenticated user's e-mail addresses:
// /auth/emails/[{email}/] (list, add, read, update, delete).
type EmailsService struct{ ep endpoint }

// Verify confirms an address with the key of the verification e-mail
// (POST /auth/emails/verify/).
func (s *EmailsService) Verify(ctx context.Context, key string) (*AuthDetail, *Response, error) {
	return fetch[AuthDetail](ctx, sibling(s.ep, "verify", Global), http.MethodPost, nil, nil, map[string]string{"key": key})
}

// SendVerification sends the verification e-mail of an address again (POST
// /auth/emails/verify/send/).
//
// POST /auth/emails/verify/send/
func (s *EmailsService) SendVerification(ctx context.Context, email string) (*EmailAddress, *Response, error) {
	return fetch[EmailAddress](ctx, sibling(s.ep, "verify/send", Global), http.MethodPost, nil, nil, map[string]string{"email": email})
}

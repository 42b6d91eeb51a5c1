package arcsecond

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// AgentEnroll is the body of an agent enrolment: the agent's raw 32-byte
// Ed25519 public key in standard base64, and the scope (Organisation is
// filled from the client's organisation when empty; Profile is the
// username for personal scope).
type AgentEnroll struct {
	PublicKey    string `json:"public_key_b64"`
	Organisation string `json:"organisation,omitempty"`
	Profile      string `json:"profile,omitempty"`
}

// EnrolledAgent is an agent enrolled with the Hub.
type EnrolledAgent struct {
	UUID string `json:"uuid"`
}

// AgentMint is the body of a Hub token request for an enrolled agent.
type AgentMint struct {
	AgentUUID    string `json:"agent_uuid"`
	Organisation string `json:"organisation,omitempty"`
	Profile      string `json:"profile,omitempty"`
}

// HubToken is a short-lived token for the Hub WebSocket.
type HubToken struct {
	JWT string `json:"jwt"`
	Exp int64  `json:"exp"` // Unix seconds
}

// Expiry returns Exp as a time.
func (t *HubToken) Expiry() time.Time { return time.Unix(t.Exp, 0).UTC() }

// AgentsService enrols Hub agents and mints their tokens:
// /[{org}/]agent/enroll/ and /[{org}/]agent/mint/ (JWT sessions).
type AgentsService struct{ ep endpoint }

// Enroll registers an agent's public key (POST /[{org}/]agent/enroll/) and
// returns the agent's uuid; a key that is not 32 bytes of base64 is a 400.
func (s *AgentsService) Enroll(ctx context.Context, body *AgentEnroll) (*EnrolledAgent, *Response, error) {
	if body == nil {
		return nil, nil, errors.New("arcsecond: Enroll with a nil body")
	}
	b := *body
	if b.Organisation == "" && b.Profile == "" {
		b.Organisation = s.ep.client.cfg.org
	}
	return fetch[EnrolledAgent](ctx, sibling(s.ep, "enroll", s.ep.scope), http.MethodPost, nil, nil, &b)
}

// Mint returns a short-lived Hub token for an enrolled agent
// (POST /[{org}/]agent/mint/); 403 (ErrForbidden) when the enrolment is not
// known in this scope, after which the agent should enrol again.
func (s *AgentsService) Mint(ctx context.Context, body *AgentMint) (*HubToken, *Response, error) {
	if body == nil {
		return nil, nil, errors.New("arcsecond: Mint with a nil body")
	}
	b := *body
	if b.Organisation == "" && b.Profile == "" {
		b.Organisation = s.ep.client.cfg.org
	}
	return fetch[HubToken](ctx, sibling(s.ep, "mint", s.ep.scope), http.MethodPost, nil, nil, &b)
}

// AlpacaServer is an ASCOM Alpaca server known to the Hub.
type AlpacaServer struct {
	UUID         string `json:"uuid"`
	Name         string `json:"name"`
	Address      string `json:"address"` // http://host:port
	Manufacturer string `json:"manufacturer"`
	Profile      string `json:"profile"`
	Organisation string `json:"organisation"`
}

// AlpacaServerCreate is the body of a new Alpaca server.
type AlpacaServerCreate struct {
	Name         string `json:"name"`
	Address      string `json:"address"`
	Manufacturer string `json:"manufacturer,omitempty"`
}

// AlpacaServerListOptions filter Alpaca servers.
type AlpacaServerListOptions struct {
	ListOptions
	Profile string `url:"profile,omitempty"` // username, for personal servers
}

// AlpacaServersService lists and creates Alpaca servers:
// /[{org}/]alpacaservers/ (a bare array).
type AlpacaServersService struct{ ep endpoint }

// AlpacaDeviceType is the ASCOM device type of an Alpaca device.
type AlpacaDeviceType string

// ASCOM Alpaca device types, as the Hub's equipment routes use them.
const (
	DeviceCamera              AlpacaDeviceType = "camera"
	DeviceCoverCalibrator     AlpacaDeviceType = "covercalibrator"
	DeviceDome                AlpacaDeviceType = "dome"
	DeviceFilterWheel         AlpacaDeviceType = "filterwheel"
	DeviceFocuser             AlpacaDeviceType = "focuser"
	DeviceObservingConditions AlpacaDeviceType = "observingconditions"
	DeviceRotator             AlpacaDeviceType = "rotator"
	DeviceSafetyMonitor       AlpacaDeviceType = "safetymonitor"
	DeviceSwitch              AlpacaDeviceType = "switch"
	DeviceTelescope           AlpacaDeviceType = "telescope"
)

// AlpacaDevice is a device of an Alpaca server. ID is what equipment's
// Device points to.
type AlpacaDevice struct {
	ID       int              `json:"id"`
	UUID     string           `json:"uuid"`
	Server   string           `json:"server"`
	Name     string           `json:"name"`
	Number   int              `json:"number"`
	UniqueID string           `json:"unique_id"`
	Type     AlpacaDeviceType `json:"type"`
}

// AlpacaDeviceCreate is the body of a new Alpaca device.
type AlpacaDeviceCreate struct {
	Server   string           `json:"server"` // uuid
	Name     string           `json:"name"`
	Number   int              `json:"number"`
	Type     AlpacaDeviceType `json:"type"`
	UniqueID string           `json:"unique_id,omitempty"`
}

// AlpacaDeviceListOptions filter Alpaca devices.
type AlpacaDeviceListOptions struct {
	ListOptions
	Server string `url:"server,omitempty"` // uuid
}

// AlpacaDevicesService lists and creates Alpaca devices:
// /[{org}/]alpacadevices/ (a bare array).
type AlpacaDevicesService struct{ ep endpoint }

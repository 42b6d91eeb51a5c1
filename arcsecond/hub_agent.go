package arcsecond

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// DefaultHubURL is the Arcsecond Hub's agent WebSocket (arcsecond-io/focale,
// src/focale/services.py).
const DefaultHubURL = "wss://hub.arcsecond.io/ws/agent"

// ErrBadChallenge is returned by HubAgent.Run when the Hub answers hello with
// anything but a well-formed challenge for this agent; it wraps
// ErrStreamProtocol. Run does not retry it: a server that cannot run the
// handshake is not one to keep signing nonces for.
var ErrBadChallenge = fmt.Errorf("%w: bad Hub challenge", ErrStreamProtocol)

// HubError is an error frame of the Hub ({"message", "code"}), which ends
// the session.
type HubError struct {
	Code    string
	Message string
}

func (e *HubError) Error() string {
	return fmt.Sprintf("arcsecond: Hub error %s: %s", e.Code, e.Message)
}

// NormalizeHubURL returns the agent WebSocket URL for a Hub address: ""
// gives DefaultHubURL, a bare host gives wss://<host>/ws/agent, http(s) is
// turned into ws(s), and a URL without a path gets /ws/agent.
func NormalizeHubURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return DefaultHubURL, nil
	}
	if !strings.Contains(raw, "://") {
		raw = "wss://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("arcsecond: invalid Hub URL: %w", err)
	}
	if u.Host == "" {
		return "", fmt.Errorf("arcsecond: Hub URL %q has no host", raw)
	}
	if u, err = wsURL(u); err != nil {
		return "", err
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/ws/agent"
	}
	return u.String(), nil
}

// GenerateAgentKey returns a new Ed25519 key for a Hub agent.
func GenerateAgentKey() (ed25519.PrivateKey, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	return key, err
}

// SaveAgentKey writes key to path as a PKCS #8 PEM block readable by its
// owner only (0600), replacing the file atomically.
func SaveAgentKey(path string, key ed25519.PrivateKey) error {
	if len(key) != ed25519.PrivateKeySize {
		return fmt.Errorf("arcsecond: agent key has %d bytes, want %d", len(key), ed25519.PrivateKeySize)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return fmt.Errorf("arcsecond: encoding agent key: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".agent-key-*")
	if err != nil {
		return fmt.Errorf("arcsecond: saving agent key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("arcsecond: saving agent key: %w", err)
	}
	if err := pem.Encode(tmp, &pem.Block{Type: "PRIVATE KEY", Bytes: der}); err != nil {
		tmp.Close()
		return fmt.Errorf("arcsecond: saving agent key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("arcsecond: saving agent key: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("arcsecond: saving agent key: %w", err)
	}
	return nil
}

// LoadAgentKey reads a key written by SaveAgentKey (a PKCS #8 "PRIVATE
// KEY" PEM block holding an Ed25519 key).
func LoadAgentKey(path string) (ed25519.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("arcsecond: loading agent key: %w", err)
	}
	block, _ := pem.Decode(b)
	if block == nil || block.Type != "PRIVATE KEY" {
		return nil, fmt.Errorf("arcsecond: %s holds no PKCS #8 PRIVATE KEY PEM block", path)
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("arcsecond: loading agent key %s: %w", path, err)
	}
	key, ok := k.(ed25519.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("arcsecond: %s holds a %T, not an Ed25519 key", path, k)
	}
	return key, nil
}

// AgentPublicKey is the key as enrolment wants it: the raw 32-byte public
// key in standard base64.
func AgentPublicKey(key ed25519.PrivateKey) string {
	return base64.StdEncoding.EncodeToString(key.Public().(ed25519.PublicKey))
}

// signaturePayload is what the agent signs: "arcsecond-hub:v1\n"
// "agent_uuid=<uuid>\n" "nonce=" followed by the raw nonce bytes.
func signaturePayload(agentUUID string, nonce []byte) []byte {
	p := make([]byte, 0, 64+len(agentUUID)+len(nonce))
	p = append(p, "arcsecond-hub:v1\nagent_uuid="...)
	p = append(p, agentUUID...)
	p = append(p, "\nnonce="...)
	return append(p, nonce...)
}

// Command is a command the Hub sent to the agent.
type Command struct {
	ID      string          // the frame id, echoed as correlation_id
	Name    string          // payload "command" (or "name")
	Payload json.RawMessage // the whole payload, arguments included
}

// Decode unmarshals the payload into v.
func (c *Command) Decode(v any) error {
	if err := json.Unmarshal(c.Payload, v); err != nil {
		return fmt.Errorf("arcsecond: command %s arguments: %w", c.Name, err)
	}
	return nil
}

// CenterOnCoordinates are the arguments of the Hub's center_on_coordinates
// command.
type CenterOnCoordinates struct {
	// Position is sent by the Hub as target_ra_hours (or ra_hours) in
	// [0, 24) and target_dec_deg (or dec_deg) in [-90, 90].
	Position aa.Equatorial
	// Params are the payload's other members.
	Params map[string]json.RawMessage
}

// CenterOnCoordinates reads the payload of a center_on_coordinates
// command; missing or out-of-range coordinates are an error.
func (c *Command) CenterOnCoordinates() (*CenterOnCoordinates, error) {
	var p map[string]json.RawMessage
	if err := c.Decode(&p); err != nil {
		return nil, err
	}
	num := func(keys ...string) (float64, error) {
		for _, k := range keys {
			if raw, ok := p[k]; ok {
				delete(p, k)
				var f float64
				if err := json.Unmarshal(raw, &f); err != nil || math.IsNaN(f) {
					return 0, fmt.Errorf("arcsecond: center_on_coordinates: %s is not a number", k)
				}
				return f, nil
			}
		}
		return 0, fmt.Errorf("arcsecond: center_on_coordinates: missing %s", keys[0])
	}
	ra, err := num("target_ra_hours", "ra_hours")
	if err != nil {
		return nil, err
	}
	dec, err := num("target_dec_deg", "dec_deg")
	if err != nil {
		return nil, err
	}
	if ra < 0 || ra >= 24 || dec < -90 || dec > 90 {
		return nil, fmt.Errorf("arcsecond: center_on_coordinates: RA %gh or Dec %g° out of range", ra, dec)
	}
	delete(p, "command")
	delete(p, "name")
	return &CenterOnCoordinates{Position: aa.Equatorial{RA: aa.Hours(ra), Dec: aa.Deg(dec)}, Params: p}, nil
}

// CommandHandler runs a command. progress sends a progress message to the
// Hub (calls after the handler returned are ignored). The result, nil or
// anything that marshals to a JSON object, becomes command_result's
// result; an error becomes ok:false with its text. The text of errors,
// panics and progress messages is sent and logged with the client's keys
// and tokens and the Hub token replaced by REDACTED. ctx ends with the
// session.
type CommandHandler func(ctx context.Context, cmd *Command, progress func(message string)) (result any, err error)

// HubAgentOptions configure a HubAgent.
type HubAgentOptions struct {
	// HubURL is the Hub address, normalised by NormalizeHubURL (default
	// DefaultHubURL). Plain ws:// is refused for a host that is not
	// loopback unless the client was made WithInsecureHTTP.
	HubURL string
	// AgentUUID is the enrolled agent; empty enrols the key on first Run.
	AgentUUID string
	// WorkspaceID is the stable id sent in hello; default: derived from
	// the public key.
	WorkspaceID string
	// Profile enrols and mints in the personal scope of this username;
	// otherwise the client's organisation is the scope.
	Profile string
	// OnEnroll receives the uuid of each (re-)enrolment, to be saved with
	// the key.
	OnEnroll func(agentUUID string)
	// Backoff between reconnections (default 0.5 s to 30 s, unlimited).
	Backoff Backoff
	// MaxConcurrent is how many command handlers run at once (default
	// 16: handlers mostly wait on instruments, so the bound is on memory
	// and goroutines rather than on CPUs).
	MaxConcurrent int
	// MaxQueued is how many more commands wait for a handler, in arrival
	// order (default 256; their payloads together at most 16 MiB). A
	// command beyond that is answered at once with ok:false and an
	// "agent busy" error: the socket is never left unread, so pings are
	// answered and the session stays alive however long handlers take.
	MaxQueued int
}

// Command pool defaults.
const (
	defaultMaxConcurrent = 16
	defaultMaxQueued     = 256
	maxQueuedBytes       = 16 << 20
)

// HubAgent is an observatory tool connected to the Arcsecond Hub, which sends
// it commands (as arcsecond-io/focale src/focale/hub.py speaks it). Create it with Client.NewHubAgent,
// register handlers with Handle, then call Run.
type HubAgent struct {
	c     *Client
	key   ed25519.PrivateKey
	opts  HubAgentOptions
	url   *url.URL
	wsID  string
	mu    sync.Mutex
	hands map[string]CommandHandler
	uuid  string
	token *HubToken
}

// NewHubAgent returns an agent signing with key. The client authenticates
// enrolment and token minting (POST /[{org}/]agent/enroll/ and
// /[{org}/]agent/mint/); its API credentials never go to the Hub.
func (c *Client) NewHubAgent(key ed25519.PrivateKey, opts *HubAgentOptions) (*HubAgent, error) {
	if len(key) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("arcsecond: agent key has %d bytes, want %d", len(key), ed25519.PrivateKeySize)
	}
	var o HubAgentOptions
	if opts != nil {
		o = *opts
	}
	raw, err := NormalizeHubURL(o.HubURL)
	if err != nil {
		return nil, err
	}
	u, _ := url.Parse(raw)
	if u.Scheme == "ws" && !c.cfg.allowInsecure && !isLoopback(u.Hostname()) {
		return nil, fmt.Errorf("%w (Hub URL %s)", ErrInsecureTransport, redactURL(u))
	}
	o.Backoff = o.Backoff.withDefaults()
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = defaultMaxConcurrent
	}
	if o.MaxQueued <= 0 {
		o.MaxQueued = defaultMaxQueued
	}
	a := &HubAgent{c: c, key: key, opts: o, url: u, wsID: o.WorkspaceID, hands: map[string]CommandHandler{}, uuid: o.AgentUUID}
	if a.wsID == "" {
		sum := sha256.Sum256(key.Public().(ed25519.PublicKey))
		a.wsID = hex.EncodeToString(sum[:16])
	}
	return a, nil
}

// Handle registers the handler of a command name, replacing any other.
func (a *HubAgent) Handle(name string, h CommandHandler) {
	a.mu.Lock()
	a.hands[name] = h
	a.mu.Unlock()
}

// UUID returns the agent's enrolled uuid ("" before the first enrolment).
func (a *HubAgent) UUID() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.uuid
}

// hubFrame is the envelope of every Hub message.
type hubFrame struct {
	V       int             `json:"v"`
	Type    string          `json:"type"`
	ID      string          `json:"id"`
	TS      int64           `json:"ts"`
	Payload json.RawMessage `json:"payload"`
}

// Run connects to the Hub and serves commands until ctx ends (then it
// returns nil). Before each connection it enrols the key if the agent has
// no uuid, and mints a token if it has none valid for 30 more seconds;
// a mint refused with 403 enrols again (OnEnroll is told). The handshake is
// hello {agent_uuid, workspace_id, jwt} → challenge {nonce, agent_uuid} →
// challenge_response {agent_uuid, nonce, sig} → welcome {agent_uuid,
// session_id, keepalive_s}, within 20 s. Then ping is answered with pong,
// command frames run their handlers concurrently, at most MaxConcurrent at
// once and the others queued in arrival order (each command gets its
// progress frames, in the order of the calls, then one command_result
// {correlation_id, ok, result | error}; commands still queued when the
// session ends are not run), and a silence longer than twice keepalive_s
// counts as a lost connection. Lost
// connections and Hub error frames are retried with Backoff, with a fresh
// token after an error frame.
//
// Run returns an error for a bad challenge (ErrBadChallenge), a Hub error
// frame right after a fresh token, refused credentials on the REST side, or
// when Backoff.MaxFailures is reached.
func (a *HubAgent) Run(ctx context.Context) error {
	rc := reconnector{policy: a.opts.Backoff}
	for {
		welcomed, err := a.session(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if welcomed {
			rc.ok()
		}
		if err == nil {
			err = errors.New("arcsecond: Hub connection closed")
		}
		var he *HubError
		if errors.As(err, &he) {
			a.mu.Lock()
			a.token = nil
			a.mu.Unlock()
		}
		if fatalStreamError(err) {
			return err
		}
		a.c.logger.DebugContext(ctx, "arcsecond: Hub session ended", "error", err.Error())
		if err := rc.failed(ctx, err); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
	}
}

// credentials returns the agent's uuid and a valid token, enrolling and
// minting as needed; fresh reports a token minted now.
func (a *HubAgent) credentials(ctx context.Context) (uuid, jwt string, fresh bool, err error) {
	a.mu.Lock()
	uuid, tok := a.uuid, a.token
	a.mu.Unlock()
	if uuid != "" && tok != nil && time.Now().Before(tok.Expiry().Add(-30*time.Second)) {
		return uuid, tok.JWT, false, nil
	}
	for attempt := 0; ; attempt++ {
		if uuid == "" {
			if uuid, err = a.enroll(ctx); err != nil {
				return "", "", false, err
			}
		}
		tok, _, err = a.c.Agents.Mint(ctx, &AgentMint{AgentUUID: uuid, Profile: a.opts.Profile})
		if errors.Is(err, ErrForbidden) && attempt == 0 {
			a.c.logger.DebugContext(ctx, "arcsecond: Hub agent not enrolled in this scope; enrolling again")
			uuid = ""
			continue
		}
		if err != nil {
			return "", "", false, err
		}
		a.mu.Lock()
		a.token = tok
		a.mu.Unlock()
		return uuid, tok.JWT, true, nil
	}
}

func (a *HubAgent) enroll(ctx context.Context) (string, error) {
	ag, _, err := a.c.Agents.Enroll(ctx, &AgentEnroll{PublicKey: AgentPublicKey(a.key), Profile: a.opts.Profile})
	if err != nil {
		return "", err
	}
	if ag.UUID == "" {
		return "", errors.New("arcsecond: agent enrolment answered without a uuid")
	}
	a.mu.Lock()
	a.uuid, a.token = ag.UUID, nil
	a.mu.Unlock()
	if a.opts.OnEnroll != nil {
		a.opts.OnEnroll(ag.UUID)
	}
	return ag.UUID, nil
}

// session runs one connection: handshake, then frames until it fails.
func (a *HubAgent) session(ctx context.Context) (welcomed bool, err error) {
	uuid, jwt, fresh, err := a.credentials(ctx)
	if err != nil {
		return false, err
	}
	conn, err := a.c.dialStream(ctx, a.url, kindHub, hubReadLimit)
	if err != nil {
		return false, err
	}
	defer conn.CloseNow()
	keepalive, err := a.handshake(ctx, conn, uuid, jwt)
	if err != nil {
		var he *HubError
		if errors.As(err, &he) && fresh {
			return false, fmt.Errorf("%w: %w (with a fresh token)", ErrStreamProtocol, err)
		}
		return false, err
	}
	sctx, cancel := context.WithCancel(ctx)
	pool := &commandPool{max: a.opts.MaxConcurrent, maxQueued: a.opts.MaxQueued,
		run: func(f hubFrame) { a.runCommand(sctx, conn, f) }}
	defer func() {
		pool.stop()
		cancel()
		pool.wg.Wait()
	}()
	var watchdog *time.Timer
	if keepalive > 0 {
		watchdog = time.AfterFunc(2*keepalive, func() { conn.CloseNow() })
		defer watchdog.Stop()
	}
	// When ctx ends, close as the Hub client does (1000 "Relay stopped
	// locally"); the read, on a context that is not cancelled (which would
	// drop the connection), then ends with the close handshake.
	closed := make(chan struct{})
	stopClose := context.AfterFunc(ctx, func() {
		defer close(closed)
		_ = conn.Close(websocket.StatusNormalClosure, "Relay stopped locally")
	})
	defer func() {
		if !stopClose() {
			<-closed
		}
	}()
	rctx := context.WithoutCancel(sctx)
	for {
		var f hubFrame
		if err := wsjson.Read(rctx, conn, &f); err != nil {
			return true, err
		}
		if watchdog != nil {
			watchdog.Reset(2 * keepalive)
		}
		switch f.Type {
		case "ping":
			if err := a.send(sctx, conn, "ping", "pong", newFrameID(), struct{}{}); err != nil {
				return true, err
			}
		case "error":
			return true, hubError(f.Payload)
		case "command":
			if !pool.submit(f) {
				a.busy(sctx, conn, f.ID)
			}
		default:
			a.c.logger.DebugContext(ctx, "arcsecond: Hub frame ignored", "type", f.Type)
		}
	}
}

// handshake runs hello → challenge → challenge_response → welcome and
// returns the keepalive interval.
func (a *HubAgent) handshake(ctx context.Context, conn *websocket.Conn, uuid, jwt string) (time.Duration, error) {
	hctx, cancel := context.WithTimeout(ctx, handshakeTimeout)
	defer cancel()
	hello := map[string]string{"agent_uuid": uuid, "workspace_id": a.wsID, "jwt": jwt}
	if err := a.send(hctx, conn, "hello", "hello", newFrameID(), hello); err != nil {
		return 0, err
	}
	var f hubFrame
	if err := wsjson.Read(hctx, conn, &f); err != nil {
		return 0, err
	}
	if f.Type == "error" {
		return 0, hubError(f.Payload)
	}
	var ch struct {
		Nonce     string `json:"nonce"`
		AgentUUID string `json:"agent_uuid"`
	}
	if f.Type != "challenge" {
		return 0, fmt.Errorf("%w: %q frame instead of challenge", ErrBadChallenge, f.Type)
	}
	if err := json.Unmarshal(f.Payload, &ch); err != nil {
		return 0, fmt.Errorf("%w: %v", ErrBadChallenge, err)
	}
	nonce, err := base64.StdEncoding.DecodeString(ch.Nonce)
	switch {
	case err != nil || len(nonce) == 0:
		return 0, fmt.Errorf("%w: nonce is not base64", ErrBadChallenge)
	case ch.AgentUUID != "" && ch.AgentUUID != uuid:
		return 0, fmt.Errorf("%w: challenge for agent %q", ErrBadChallenge, ch.AgentUUID)
	}
	sig := ed25519.Sign(a.key, signaturePayload(uuid, nonce))
	resp := map[string]string{"agent_uuid": uuid, "nonce": ch.Nonce, "sig": base64.StdEncoding.EncodeToString(sig)}
	if err := a.send(hctx, conn, "challenge_response", "challenge_response", newFrameID(), resp); err != nil {
		return 0, err
	}
	if err := wsjson.Read(hctx, conn, &f); err != nil {
		return 0, err
	}
	switch f.Type {
	case "welcome":
	case "error":
		return 0, hubError(f.Payload)
	default:
		return 0, fmt.Errorf("%w: %q frame instead of welcome", ErrStreamProtocol, f.Type)
	}
	var w struct {
		SessionID  string  `json:"session_id"`
		KeepaliveS float64 `json:"keepalive_s"`
	}
	_ = json.Unmarshal(f.Payload, &w)
	a.c.logger.DebugContext(ctx, "arcsecond: Hub session open", "agent", uuid, "session", w.SessionID)
	if w.KeepaliveS <= 0 || w.KeepaliveS > 86400 {
		return 0, nil
	}
	return time.Duration(w.KeepaliveS * float64(time.Second)), nil
}

func hubError(payload json.RawMessage) error {
	var e struct {
		Message string          `json:"message"`
		Code    json.RawMessage `json:"code"`
	}
	_ = json.Unmarshal(payload, &e)
	return &HubError{Code: scalarString(e.Code), Message: e.Message}
}

// send writes one frame; what is the frame's role, for errors.
func (a *HubAgent) send(ctx context.Context, conn *websocket.Conn, what, typ, id string, payload any) error {
	p, err := json.Marshal(payload)
	if err != nil {
		return fmt.Errorf("arcsecond: encoding Hub %s: %w", what, err)
	}
	f := hubFrame{V: 1, Type: typ, ID: id, TS: time.Now().Unix(), Payload: p}
	b, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("arcsecond: encoding Hub %s: %w", what, err)
	}
	if len(b) > hubReadLimit {
		return fmt.Errorf("arcsecond: Hub %s of %d bytes exceeds the 256 KiB frame limit", what, len(b))
	}
	// coder/websocket closes the whole connection when a write's context
	// ends, even in the instant after the frame left: a session ending
	// just after a pong would then lose its 1000 close. Writes get their
	// own deadline instead of the session's context.
	if err := ctx.Err(); err != nil {
		return err
	}
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), hubWriteTimeout)
	defer cancel()
	return conn.Write(wctx, websocket.MessageText, b)
}

// hubWriteTimeout bounds one frame written to the Hub.
const hubWriteTimeout = 10 * time.Second

// runCommand runs a command's handler and sends its command_result.
func (a *HubAgent) runCommand(ctx context.Context, conn *websocket.Conn, f hubFrame) {
	cmd := &Command{ID: f.ID, Payload: f.Payload}
	var names struct {
		Command string `json:"command"`
		Name    string `json:"name"`
	}
	_ = json.Unmarshal(f.Payload, &names)
	cmd.Name = names.Command
	if cmd.Name == "" {
		cmd.Name = names.Name
	}
	a.mu.Lock()
	h := a.hands[cmd.Name]
	a.mu.Unlock()
	var result any
	var err error
	if h == nil {
		err = unknownCommand(cmd.Name)
	} else {
		result, err = a.call(ctx, conn, h, cmd)
	}
	res := map[string]any{"correlation_id": cmd.ID, "ok": err == nil}
	if err != nil {
		res["error"] = a.redact(err.Error())
	} else {
		if result == nil {
			result = struct{}{}
		}
		res["result"] = result
	}
	serr := a.send(ctx, conn, "command_result", "command_result", newFrameID(), res)
	if serr != nil && err == nil && ctx.Err() == nil {
		serr = a.send(ctx, conn, "command_result", "command_result", newFrameID(),
			map[string]any{"correlation_id": cmd.ID, "ok": false, "error": a.redact(serr.Error())})
	}
	if serr != nil {
		a.c.logger.DebugContext(ctx, "arcsecond: Hub command_result not sent", "command", cmd.Name, "error", serr.Error())
	}
}

// busy answers a command that found the pool and its queue full.
func (a *HubAgent) busy(ctx context.Context, conn *websocket.Conn, id string) {
	msg := fmt.Sprintf("agent busy: %d commands running and %d waiting", a.opts.MaxConcurrent, a.opts.MaxQueued)
	res := map[string]any{"correlation_id": id, "ok": false, "error": msg}
	if err := a.send(ctx, conn, "command_result", "command_result", newFrameID(), res); err != nil {
		a.c.logger.DebugContext(ctx, "arcsecond: Hub command_result not sent", "error", err.Error())
	}
}

// commandPool runs commands on at most max goroutines, which take the
// queued ones in arrival order and exit when the queue is empty.
type commandPool struct {
	max, maxQueued int
	run            func(hubFrame)
	wg             sync.WaitGroup

	mu      sync.Mutex
	running int
	queue   []hubFrame
	bytes   int
	stopped bool
}

// submit runs or queues f; it reports false when the queue is full.
func (p *commandPool) submit(f hubFrame) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.running < p.max {
		p.running++
		p.wg.Add(1)
		go p.work(f)
		return true
	}
	if len(p.queue) >= p.maxQueued || p.bytes+len(f.Payload) > maxQueuedBytes {
		return false
	}
	p.queue = append(p.queue, f)
	p.bytes += len(f.Payload)
	return true
}

func (p *commandPool) work(f hubFrame) {
	defer p.wg.Done()
	for {
		p.run(f)
		p.mu.Lock()
		if len(p.queue) == 0 || p.stopped {
			p.running--
			p.mu.Unlock()
			return
		}
		f = p.queue[0]
		p.queue[0] = hubFrame{}
		p.queue = p.queue[1:]
		p.bytes -= len(f.Payload)
		p.mu.Unlock()
	}
}

// stop drops the queued commands; the running ones finish.
func (p *commandPool) stop() {
	p.mu.Lock()
	p.stopped = true
	p.queue, p.bytes = nil, 0
	p.mu.Unlock()
}

// unknownCommand is the answer to a command without a handler, in the
// Hub client's wording.
type unknownCommand string

func (u unknownCommand) Error() string { return "Unknown command: '" + string(u) + "'" }

// call runs a handler, turning a panic into an error.
func (a *HubAgent) call(ctx context.Context, conn *websocket.Conn, h CommandHandler, cmd *Command) (result any, err error) {
	// mu orders the command's frames: a progress call holds it while it
	// sends, and the handler's end waits for it, so the result always
	// follows every progress frame.
	var mu sync.Mutex
	done := false
	progress := func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		if done {
			return
		}
		p := map[string]string{"correlation_id": cmd.ID, "message": a.redact(msg)}
		if err := a.send(ctx, conn, "progress", "progress", newFrameID(), p); err != nil {
			a.c.logger.DebugContext(ctx, "arcsecond: Hub progress not sent", "command", cmd.Name, "error", err.Error())
		}
	}
	defer func() {
		mu.Lock()
		done = true
		mu.Unlock()
		if r := recover(); r != nil {
			a.c.logger.DebugContext(ctx, "arcsecond: Hub command handler panicked", "command", cmd.Name, "panic", a.redact(fmt.Sprint(r)), "stack", a.redact(string(debug.Stack())))
			result, err = nil, fmt.Errorf("command %s failed: handler panicked: %v", cmd.Name, r)
		}
	}()
	return h(ctx, cmd, progress)
}

// redact strips the client's keys and tokens and the agent's Hub token from
// text a command handler produced (its error, panic or progress message)
// before it goes to the Hub or the log.
func (a *HubAgent) redact(s string) string {
	a.mu.Lock()
	hub := ""
	if a.token != nil {
		hub = a.token.JWT
	}
	a.mu.Unlock()
	return string(a.c.redactBytes([]byte(s), hub))
}

// newFrameID is a random (version 4) UUID in hex, as the Hub's ids are.
func newFrameID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return hex.EncodeToString(b[:])
}

package arcsecondtest

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// The Hub agent WebSocket (as focale speaks it: arcsecond-io/focale @
// 36a5129, src/focale/hub.py and agent_auth.py), served at /ws/agent on
// the server's own host (the real Hub lives on its own host,
// wss://hub.arcsecond.io/ws/agent; point an agent at Server.HubURL).
//
// Frames are {"v": 1, "type", "id", "ts", "payload"} text JSON of at most
// 256 KiB. The handshake: the agent sends hello {agent_uuid, workspace_id,
// jwt} with a token minted by POST /[{org}/]agent/mint/; the server checks
// the token and that its holder enrolled that agent, and answers challenge
// {nonce (32 random bytes, base64), agent_uuid}; the agent answers
// challenge_response {agent_uuid, nonce, sig}, sig being the Ed25519
// signature of "arcsecond-hub:v1\nagent_uuid=<uuid>\nnonce=<raw nonce>" by
// the enrolled key; the server answers welcome {agent_uuid, session_id,
// keepalive_s: 30}. A failure is an error frame {message, code} and a close
// (1008). After the welcome, tests drive the agent with HubCommand,
// HubPing and HubDrop.

// hubFrameLimit is the largest frame either side may send.
const hubFrameLimit = 256 << 10

type hubState struct {
	mu           sync.Mutex
	agents       map[string]*hubConn // connected agents, by uuid
	sessions     map[string]int      // welcomes, by agent uuid
	closes       map[string]string   // the last close of each agent: "1000 reason"
	badChallenge int                 // handshakes left that get a malformed challenge
}

type hubConn struct {
	conn    *websocket.Conn
	mu      sync.Mutex
	pending map[string]chan hubFrame // by command id
	pongs   chan struct{}
}

type hubFrame struct {
	V       int             `json:"v"`
	Type    string          `json:"type"`
	ID      string          `json:"id"`
	TS      int64           `json:"ts"`
	Payload json.RawMessage `json:"payload"`
}

// HubURL is the agent WebSocket of the server: ws://127.0.0.1:port/ws/agent.
func (s *Server) HubURL() string { return "ws" + s.URL[len("http"):] + "/ws/agent" }

// HubBadChallenge makes the next n agent handshakes answer hello with a
// challenge whose nonce is not base64, to test that agents refuse it.
func (s *Server) HubBadChallenge(n int) {
	h := s.hub()
	h.mu.Lock()
	h.badChallenge = n
	h.mu.Unlock()
}

// HubSessions returns how many sessions the agent has opened (welcomes
// sent), to observe reconnections.
func (s *Server) HubSessions(agentUUID string) int {
	h := s.hub()
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.sessions[agentUUID]
}

// HubLastClose returns how the agent last closed its connection: the
// close code and reason ("1000 Relay stopped locally"), or "" when it
// has not sent a close frame.
func (s *Server) HubLastClose(agentUUID string) string {
	h := s.hub()
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.closes[agentUUID]
}

// WaitHubAgent waits until the agent has a session, or ctx ends.
func (s *Server) WaitHubAgent(ctx context.Context, agentUUID string) error {
	for {
		if s.hubAgent(agentUUID) != nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("arcsecondtest: agent %s not connected: %w", agentUUID, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// HubDrop closes the agent's connection abruptly, as a network failure
// would.
func (s *Server) HubDrop(agentUUID string) {
	if a := s.hubAgent(agentUUID); a != nil {
		a.conn.CloseNow()
	}
}

// HubPing sends the agent an application ping and waits for its pong.
func (s *Server) HubPing(ctx context.Context, agentUUID string) error {
	a := s.hubAgent(agentUUID)
	if a == nil {
		return fmt.Errorf("arcsecondtest: agent %s not connected", agentUUID)
	}
	if err := a.send(ctx, "ping", newHubID(), map[string]any{}); err != nil {
		return err
	}
	select {
	case <-a.pongs:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// HubResult is an agent's answer to a command.
type HubResult struct {
	OK       bool
	Result   json.RawMessage // the result object when OK
	Error    string          // the error when not OK
	Progress []string        // the progress messages, in order
}

// HubCommand sends the agent a command frame {command: name, …args} and
// waits for its command_result, collecting its progress messages.
func (s *Server) HubCommand(ctx context.Context, agentUUID, name string, args map[string]any) (*HubResult, error) {
	a := s.hubAgent(agentUUID)
	if a == nil {
		return nil, fmt.Errorf("arcsecondtest: agent %s not connected", agentUUID)
	}
	payload := map[string]any{"command": name}
	for k, v := range args {
		payload[k] = v
	}
	id := newHubID()
	ch := make(chan hubFrame, 16)
	a.mu.Lock()
	a.pending[id] = ch
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		delete(a.pending, id)
		a.mu.Unlock()
	}()
	if err := a.send(ctx, "command", id, payload); err != nil {
		return nil, err
	}
	res := &HubResult{}
	for {
		select {
		case f, ok := <-ch:
			if !ok {
				return nil, errors.New("arcsecondtest: agent disconnected before its command_result")
			}
			var p struct {
				Message string          `json:"message"`
				OK      bool            `json:"ok"`
				Result  json.RawMessage `json:"result"`
				Error   string          `json:"error"`
			}
			if err := json.Unmarshal(f.Payload, &p); err != nil {
				return nil, fmt.Errorf("arcsecondtest: %s payload: %w", f.Type, err)
			}
			if f.Type == "progress" {
				res.Progress = append(res.Progress, p.Message)
				continue
			}
			res.OK, res.Result, res.Error = p.OK, p.Result, p.Error
			return res, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

func (s *Server) hub() *hubState {
	st := &s.streams
	st.init()
	h := &st.hub
	h.mu.Lock()
	if h.agents == nil {
		h.agents, h.sessions, h.closes = map[string]*hubConn{}, map[string]int{}, map[string]string{}
	}
	h.mu.Unlock()
	return h
}

func (s *Server) hubAgent(agentUUID string) *hubConn {
	h := s.hub()
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.agents[agentUUID]
}

func newHubID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func (a *hubConn) send(ctx context.Context, typ, id string, payload any) error {
	p, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	return wsjson.Write(ctx, a.conn, hubFrame{V: 1, Type: typ, ID: id, TS: time.Now().Unix(), Payload: p})
}

// hubFail sends an error frame and closes with policy violation.
func hubFail(ctx context.Context, a *hubConn, code, msg string) {
	_ = a.send(ctx, "error", newHubID(), map[string]string{"message": msg, "code": code})
	_ = a.conn.Close(websocket.StatusPolicyViolation, msg)
}

func (s *Server) serveHub() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer conn.CloseNow()
		conn.SetReadLimit(hubFrameLimit)
		ctx, cancel := s.streams.context(r)
		defer cancel()
		a := &hubConn{conn: conn, pending: map[string]chan hubFrame{}, pongs: make(chan struct{}, 1)}
		agentUUID, ok := s.hubHandshake(ctx, a)
		if !ok {
			return
		}
		h := s.hub()
		h.mu.Lock()
		if old := h.agents[agentUUID]; old != nil {
			old.conn.CloseNow()
		}
		h.agents[agentUUID] = a
		h.mu.Unlock()
		defer func() {
			h.mu.Lock()
			if h.agents[agentUUID] == a {
				delete(h.agents, agentUUID)
			}
			h.mu.Unlock()
			a.mu.Lock()
			for id, ch := range a.pending {
				close(ch)
				delete(a.pending, id)
			}
			a.mu.Unlock()
		}()
		for {
			var f hubFrame
			if err := wsjson.Read(ctx, conn, &f); err != nil {
				var ce websocket.CloseError
				if errors.As(err, &ce) {
					h.mu.Lock()
					h.closes[agentUUID] = fmt.Sprintf("%d %s", int(ce.Code), ce.Reason)
					h.mu.Unlock()
				}
				return
			}
			switch f.Type {
			case "pong":
				select {
				case a.pongs <- struct{}{}:
				default:
				}
			case "progress", "command_result":
				var p struct {
					CorrelationID string `json:"correlation_id"`
				}
				_ = json.Unmarshal(f.Payload, &p)
				a.mu.Lock()
				if ch := a.pending[p.CorrelationID]; ch != nil {
					select {
					case ch <- f:
					default:
					}
				}
				a.mu.Unlock()
			}
		}
	})
}

// expect reads a frame of type typ and its payload into v.
func (a *hubConn) expect(ctx context.Context, typ string, v any) bool {
	var f hubFrame
	return wsjson.Read(ctx, a.conn, &f) == nil && f.Type == typ && json.Unmarshal(f.Payload, v) == nil
}

// hubHandshake runs hello → challenge → challenge_response → welcome and
// returns the agent's uuid.
func (s *Server) hubHandshake(ctx context.Context, a *hubConn) (string, bool) {
	hctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	var hp struct {
		AgentUUID   string `json:"agent_uuid"`
		WorkspaceID string `json:"workspace_id"`
		JWT         string `json:"jwt"`
	}
	if !a.expect(hctx, "hello", &hp) || hp.AgentUUID == "" || hp.WorkspaceID == "" {
		hubFail(ctx, a, "bad_hello", "Expected hello {agent_uuid, workspace_id, jwt}.")
		return "", false
	}
	cl, err := s.verifyJWT(hp.JWT, "agent")
	if err != nil {
		hubFail(ctx, a, "invalid_token", "Invalid or expired token.")
		return "", false
	}
	rec, ok := s.db.coll("agents").first(func(r record) bool {
		return str(r["uuid"]) == hp.AgentUUID && str(r["_owner"]) == cl.Username
	})
	if !ok {
		hubFail(ctx, a, "unknown_agent", "This agent is not enrolled.")
		return "", false
	}
	pub, err := base64.StdEncoding.DecodeString(str(rec["public_key_b64"]))
	if err != nil || len(pub) != ed25519.PublicKeySize {
		hubFail(ctx, a, "unknown_agent", "This agent has no valid key.")
		return "", false
	}
	nonce := make([]byte, 32)
	_, _ = rand.Read(nonce)
	nonceB64 := base64.StdEncoding.EncodeToString(nonce)
	h := s.hub()
	h.mu.Lock()
	bad := h.badChallenge > 0
	if bad {
		h.badChallenge--
	}
	h.mu.Unlock()
	if bad {
		nonceB64 = "%%% not base64 %%%"
	}
	if a.send(hctx, "challenge", newHubID(), map[string]string{"nonce": nonceB64, "agent_uuid": hp.AgentUUID}) != nil {
		return "", false
	}
	var rp struct {
		AgentUUID string `json:"agent_uuid"`
		Nonce     string `json:"nonce"`
		Sig       string `json:"sig"`
	}
	if !a.expect(hctx, "challenge_response", &rp) {
		hubFail(ctx, a, "bad_response", "Expected challenge_response.")
		return "", false
	}
	sig, err := base64.StdEncoding.DecodeString(rp.Sig)
	msg := append([]byte("arcsecond-hub:v1\nagent_uuid="+hp.AgentUUID+"\nnonce="), nonce...)
	if err != nil || rp.Nonce != nonceB64 || rp.AgentUUID != hp.AgentUUID || !ed25519.Verify(pub, msg, sig) {
		hubFail(ctx, a, "bad_signature", "Signature verification failed.")
		return "", false
	}
	h.mu.Lock()
	h.sessions[hp.AgentUUID]++
	h.mu.Unlock()
	welcome := map[string]any{"agent_uuid": hp.AgentUUID, "session_id": newHubID(), "keepalive_s": 30}
	if a.send(hctx, "welcome", newHubID(), welcome) != nil {
		return "", false
	}
	return hp.AgentUUID, true
}

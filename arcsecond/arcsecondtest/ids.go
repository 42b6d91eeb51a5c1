package arcsecondtest

import (
	crand "crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"sync"
)

// idGen hands out UUIDs, keys and secrets from one ChaCha8 stream, seeded
// either by WithSeed (deterministic) or from crypto/rand.
type idGen struct {
	mu  sync.Mutex
	rng *rand.ChaCha8
}

func newIDGen(seed uint64, fixed bool) *idGen {
	var s [32]byte
	if fixed {
		binary.LittleEndian.PutUint64(s[:], seed)
		copy(s[8:], "arcsecondtest seed stream")
	} else {
		_, _ = crand.Read(s[:])
	}
	return &idGen{rng: rand.NewChaCha8(s)}
}

func (g *idGen) bytes(n int) []byte {
	b := make([]byte, n)
	g.mu.Lock()
	_, _ = g.rng.Read(b)
	g.mu.Unlock()
	return b
}

// uuid returns a version-4 UUID in canonical form.
func (g *idGen) uuid() string {
	b := g.bytes(16)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// key returns 32 hexadecimal characters, the length of the API's access and
// upload keys (UserProfileAPIKey.api_key maxLength 32).
func (g *idGen) key() string { return hex.EncodeToString(g.bytes(16)) }

// token returns 40 hexadecimal characters, the length of a DRF auth token.
func (g *idGen) token() string { return hex.EncodeToString(g.bytes(20)) }

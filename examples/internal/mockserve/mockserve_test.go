package mockserve_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
	"github.com/arcsecond-go/arcsecond/examples/internal/mockserve"
)

// Serve announces a listening server whose printed keys work, stops when
// its context ends, and reports a taken address at once.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	type ready struct {
		base, key string
		table     string
	}
	got := make(chan ready, 1)
	done := make(chan error, 1)
	o := mockserve.Options{Addr: "127.0.0.1:0", Seed: 7, Clock: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
		Announce: func(base string, srv *arcsecondtest.Server) error {
			var b strings.Builder
			if err := mockserve.PrintUsers(&b, base, srv); err != nil {
				return err
			}
			got <- ready{base, srv.UserWithRole("member").AccessKey, b.String()}
			return nil
		}}
	go func() { done <- mockserve.Serve(ctx, o, io.Discard) }()
	var r ready
	select {
	case r = <-got:
	case err := <-done:
		t.Fatal(err)
	}
	if !strings.Contains(r.table, "Arcsecond mock API on "+r.base+"/") || !strings.Contains(r.table, r.key) {
		t.Errorf("table:\n%s", r.table)
	}
	req, _ := http.NewRequest(http.MethodGet, r.base+"/lyra/nightlogs/", nil)
	req.Header.Set("X-Arcsecond-API-Authorization", "Key "+r.key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /lyra/nightlogs/ with a member's key: %d", resp.StatusCode)
	}

	// The same address again: the listen error, at once.
	host := strings.TrimPrefix(r.base, "http://")
	if err := mockserve.Serve(ctx, mockserve.Options{Addr: host}, io.Discard); err == nil {
		t.Error("a second server on a taken address started")
	} else if _, ok := err.(*net.OpError); !ok {
		t.Errorf("taken address: %T %v", err, err)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not stop when its context ended")
	}
}

package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY returns the two ends of a new pseudo-terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("no pseudo-terminal here:", err)
	}
	t.Cleanup(func() { m.Close() })
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skip("cannot unlock the pseudo-terminal:", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skip("no pseudo-terminal number:", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("cannot open the pseudo-terminal:", err)
	}
	t.Cleanup(func() { s.Close() })
	return m, s
}

// TestLoginKeyNotEchoed types a key on a real (pseudo) terminal: the
// terminal must not show it, as it shows anything typed with echo on.
func TestLoginKeyNotEchoed(t *testing.T) {
	master, slave := openPTY(t)
	srv, vera, env, errOut := loginSetup(t)

	// What the terminal shows: everything the master end reads.
	shown := make(chan string, 1)
	go func() {
		var b strings.Builder
		buf := make([]byte, 256)
		for {
			n, err := master.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				shown <- b.String()
				return
			}
		}
	}()
	typed := make(chan error, 1)
	go func() {
		// type the key once the prompt has turned echo off
		deadline := time.Now().Add(3 * time.Second)
		for time.Now().Before(deadline) {
			tio, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
			if err != nil {
				typed <- err
				return
			}
			if tio.Lflag&unix.ECHO == 0 {
				_, err := master.Write([]byte(vera.AccessKey + "\n"))
				typed <- err
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
		master.Write([]byte(vera.AccessKey + "\n")) // let the login end
		typed <- fmt.Errorf("echo was still on when the key was asked for")
	}()
	err := runLogin(context.Background(), env, slave, true, loginFlags{username: vera.Username, kind: "access"})
	if terr := <-typed; terr != nil {
		t.Fatal(terr)
	}
	if err != nil {
		t.Fatalf("login on a terminal: %v (%s)", err, errOut.String())
	}
	if got, want := readConfig(t), pySection("lab", "api_server", srv.URL, "access_key", vera.AccessKey, "username", vera.Username); got != want {
		t.Errorf("saved %q, want %q", got, want)
	}
	tio, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil || tio.Lflag&unix.ECHO == 0 {
		t.Errorf("echo not restored after the prompt: %v", err)
	}
	// Echo a marker so the reader has something after the key, then close.
	if _, err := slave.Write([]byte("END\n")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	slave.Close()
	master.SetReadDeadline(time.Now().Add(2 * time.Second))
	got := <-shown
	if !strings.Contains(got, "END") {
		t.Fatalf("the terminal showed %q; the test did not see its output", got)
	}
	if strings.Contains(got, vera.AccessKey) {
		t.Errorf("the terminal showed the key: %q", got)
	}
}

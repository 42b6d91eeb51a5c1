package cliapp

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// Exit codes of the arcsecond command. Scripts may rely on them.
const (
	ExitOK          = 0   // done
	ExitFailure     = 1   // anything else: a file that could not be read or sent, a network failure
	ExitUsage       = 2   // wrong flags or arguments; nothing was sent
	ExitNotLoggedIn = 3   // no saved key for --api NAME (or NAME not registered), or the server refused it: run arcsecond login
	ExitAPI         = 4   // the API answered with an error (not found, forbidden, invalid, server error)
	ExitInterrupted = 130 // stopped by Ctrl-C or SIGTERM; rerunning resumes where it can
)

// ExitHelp is the exit codes' description, for the root command's help.
const ExitHelp = `Exit codes:
  0    done
  1    failure (a file that could not be read or sent, a network error)
  2    wrong flags or arguments (nothing was sent)
  3    not logged in for --api NAME (or NAME not registered with arcsecond api),
       or the key was refused: run arcsecond login
  4    the API answered with an error (not found, forbidden, invalid request, server error)
  130  interrupted (Ctrl-C or SIGTERM); run the same command again to resume`

// ErrNotLoggedIn is wrapped by Client when --api NAME has no saved key.
var ErrNotLoggedIn = errors.New("not logged in")

// ErrInterrupted is wrapped by commands stopped by a signal.
var ErrInterrupted = errors.New("interrupted")

// UsageError is a mistake in the command line: exit code 2.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Usagef returns a *UsageError with a formatted message.
func Usagef(format string, args ...any) error {
	return &UsageError{fmt.Errorf(format, args...)}
}

// ExitCode maps an error returned by a command to the process's exit code:
// *UsageError 2; ErrNotLoggedIn, ErrLoginRefused or a 401 from the API 3; any other API
// answer 4; ErrInterrupted or a cancelled context 130; else 1.
func ExitCode(err error) int {
	var usage *UsageError
	var apiErr *arcsecond.ErrorResponse
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &usage):
		return ExitUsage
	case errors.Is(err, ErrNotLoggedIn), errors.Is(err, ErrLoginRefused), errors.Is(err, arcsecond.ErrUnauthorized):
		return ExitNotLoggedIn
	case errors.Is(err, ErrInterrupted), errors.Is(err, context.Canceled):
		return ExitInterrupted
	case errors.As(err, &apiErr):
		return ExitAPI
	}
	return ExitFailure
}

// Explain returns the message printed for err, with the fix appended when
// the error's kind has one the message does not already name.
func Explain(err error, apiName string) string {
	msg := err.Error()
	login := "arcsecond login"
	if apiName != "" && apiName != CloudAPIName {
		login += " --api " + apiName
	}
	switch {
	case errors.Is(err, ErrLoginRefused):
	case errors.Is(err, ErrNotLoggedIn):
		if !strings.Contains(msg, "arcsecond login") {
			msg += ": run " + login
		}
	case errors.Is(err, arcsecond.ErrUnauthorized):
		msg += "\nthe server refused the saved key: run " + login + " with a valid key"
	case isUnreachable(err):
		msg += "\nthe API could not be reached: check the network, and the server address with arcsecond api"
	case errors.Is(err, arcsecond.ErrForbidden):
		msg += "\nthe saved key has no right to this: check -p/--portal, or, with an upload key (which only creates datasets and uploads files), run " + login + " --type access"
	}
	return msg
}

// isUnreachable reports a request that got no answer: no route, refused
// connection, unknown host, TLS failure (but not a cancelled context).
func isUnreachable(err error) bool {
	var op *net.OpError
	var dns *net.DNSError
	var apiErr *arcsecond.ErrorResponse
	if errors.As(err, &apiErr) || errors.Is(err, context.Canceled) {
		return false
	}
	return errors.As(err, &op) || errors.As(err, &dns)
}

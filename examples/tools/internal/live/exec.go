package live

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// splitCommand splits the --exec value into words as a shell would split
// a plain command line: blanks separate words, '…' keeps everything
// literally, "…" and \ escape; nothing is expanded or substituted, and no
// shell ever sees the activity, so nothing in it can become a command.
func splitCommand(s string) ([]string, error) {
	var (
		words []string
		cur   strings.Builder
		in    bool // inside a word
		quote rune
	)
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case quote == '"':
			switch {
			case r == '"':
				quote = 0
			case r == '\\' && i+1 < len(rs) && strings.ContainsRune(`"\$`+"`", rs[i+1]):
				i++
				cur.WriteRune(rs[i])
			default:
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, in = r, true
		case r == '\\':
			if i+1 == len(rs) {
				return nil, errors.New("trailing backslash")
			}
			i++
			cur.WriteRune(rs[i])
			in = true
		case r == ' ' || r == '\t' || r == '\n':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated %c quote", quote)
	}
	if in {
		words = append(words, cur.String())
	}
	if len(words) == 0 {
		return nil, errors.New("empty command")
	}
	return words, nil
}

// runCommand runs argv (no shell) with the activity as JSON on its
// standard input and its main fields in ARCSECOND_ACTIVITY_* variables
// (ARCSECOND_API_KEY and ARCSECOND_UPLOAD_KEY removed), its output going
// to w; it is killed after timeout or when ctx ends.
func runCommand(ctx context.Context, argv []string, a *arcsecond.Activity, timeout time.Duration, w io.Writer) error {
	body, err := json.Marshal(a)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdin = bytes.NewReader(body)
	cmd.Stdout, cmd.Stderr = w, w
	cmd.WaitDelay = time.Second
	cmd.Env = append(childEnv(),
		"ARCSECOND_ACTIVITY_ID="+strconv.Itoa(a.ID),
		"ARCSECOND_ACTIVITY_DATE="+a.Date.UTC().Format(time.RFC3339),
		"ARCSECOND_ACTIVITY_TITLE="+envValue(a.Title),
		"ARCSECOND_ACTIVITY_TARGET="+envValue(a.TargetName),
		"ARCSECOND_ACTIVITY_SATELLITE="+envValue(a.Satellite),
		"ARCSECOND_ACTIVITY_ORGANISATION="+envValue(a.Organisation),
		"ARCSECOND_ACTIVITY_OBSERVING_SITE="+envValue(a.ObservingSite),
		"ARCSECOND_ACTIVITY_TELESCOPE="+envValue(a.Telescope),
	)
	if err := cmd.Run(); err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return fmt.Errorf("%s: killed after %s", argv[0], timeout)
		}
		return fmt.Errorf("%s: %w", argv[0], err)
	}
	return nil
}

// childEnv is the command's environment: ours without the API keys, which
// are for the API only.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != arcsecond.EnvAPIKey && k != arcsecond.EnvUploadKey {
			env = append(env, kv)
		}
	}
	return env
}

// envValue keeps an environment value on one line and without NUL bytes,
// which the system would refuse.
func envValue(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 0 || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

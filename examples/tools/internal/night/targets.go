package night

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/examples/internal/exampleenv"
)

func loadTargets(ctx context.Context, e env, o options) ([]aa.NightTarget, error) {
	var (
		out []aa.NightTarget
		err error
	)
	switch {
	case o.list != "":
		out, err = listTargets(ctx, e, o.list)
	case o.targets != "":
		out, err = fileTargets(ctx, e, o.targets)
	default:
		for _, name := range o.objects {
			if name = strings.TrimSpace(name); name == "" {
				continue
			}
			pos, canonical, err := object(ctx, e, name)
			if err != nil {
				return nil, err
			}
			out = append(out, aa.NightTarget{Name: canonical, J2000: pos})
		}
	}
	if err == nil && len(out) == 0 {
		err = errors.New("no targets: give --list, --targets or --objects")
	}
	return out, err
}

func listTargets(ctx context.Context, e env, key string) ([]aa.NightTarget, error) {
	var list *arcsecond.TargetList
	for l, err := range e.client.TargetLists.All(ctx, nil) {
		if err != nil {
			return nil, fmt.Errorf("listing target lists: %w", err)
		}
		if l.UUID == key || l.Name == key {
			list = l
			break
		}
	}
	if list == nil {
		return nil, fmt.Errorf("no target list is named %q", key)
	}
	var out []aa.NightTarget
	for _, t := range list.Targets {
		q := t.EquatorialCoordinates
		if (q == nil || q.RightAscension == nil || q.Declination == nil) && t.Object != nil {
			q = t.Object.EquatorialCoordinates
		}
		if q != nil && q.RightAscension != nil && q.Declination != nil {
			out = append(out, aa.NightTarget{Name: t.Name, J2000: aa.Equatorial{RA: aa.Deg(*q.RightAscension), Dec: aa.Deg(*q.Declination)}})
			continue
		}
		pos, _, err := object(ctx, e, t.Name)
		if err != nil {
			return nil, fmt.Errorf("target list %q: %w", list.Name, err)
		}
		out = append(out, aa.NightTarget{Name: t.Name, J2000: pos})
	}
	return out, nil
}

func fileTargets(ctx context.Context, e env, path string) ([]aa.NightTarget, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []aa.NightTarget
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		if strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, ",")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		switch len(fields) {
		case 1:
			pos, name, err := object(ctx, e, fields[0])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			out = append(out, aa.NightTarget{Name: name, J2000: pos})
		case 3:
			ra, err1 := parseAngle(fields[1], 15, 360)
			dec, err2 := parseAngle(fields[2], 1, 90)
			if err := errors.Join(err1, err2); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			if ra >= 360 {
				return nil, fmt.Errorf("%s:%d: RA %q is not below 24h (360°)", path, line, fields[1])
			}
			out = append(out, aa.NightTarget{Name: fields[0], J2000: aa.Equatorial{RA: aa.Deg(ra), Dec: aa.Deg(dec)}})
		default:
			return nil, fmt.Errorf("%s:%d: want \"name\" or \"name, RA, Dec\", got %q", path, line, sc.Text())
		}
	}
	return out, sc.Err()
}

// plainDecimal reports whether s is digits with at most one decimal point
// (no sign, exponent, hex or Inf), as a sexagesimal field must be.
func plainDecimal(s string) bool {
	digits, dot := 0, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// parseAngle reads degrees ("83.82", "-5.39") or sexagesimal units of
// scale degrees ("5:35:17.3" hours with scale 15, "-05:23:28" degrees with
// scale 1), and checks the result against ±limit degrees.
func parseAngle(s string, scale, limit float64) (float64, error) {
	var v float64
	if strings.Contains(s, ":") {
		neg := strings.HasPrefix(s, "-")
		body := s
		if neg || strings.HasPrefix(s, "+") {
			body = s[1:]
		}
		parts := strings.Split(body, ":")
		if len(parts) > 3 {
			return 0, fmt.Errorf("angle %q: too many fields", s)
		}
		for i, p := range parts {
			x, err := strconv.ParseFloat(p, 64)
			if err != nil || !plainDecimal(p) || (i > 0 && x >= 60) {
				return 0, fmt.Errorf("angle %q: bad field %q", s, p)
			}
			v += x / math.Pow(60, float64(i))
		}
		if neg {
			v = -v
		}
		v *= scale
	} else {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsInf(x, 0) {
			return 0, fmt.Errorf("angle %q: not degrees or sexagesimal", s)
		}
		v = x
	}
	if math.IsNaN(v) || math.Abs(v) > limit {
		return 0, fmt.Errorf("angle %q: out of range ±%g°", s, limit)
	}
	return v, nil
}

// object resolves a name through the API. The in-process server answers
// only for the objects it was seeded with, so its 404 says which they are.
func object(ctx context.Context, e env, name string) (aa.Equatorial, string, error) {
	pos, canonical, err := exampleenv.Object(ctx, e.client, name)
	if err == nil || !e.inProcess || !errors.Is(err, arcsecond.ErrNotFound) {
		return pos, canonical, err
	}
	// A cone of 180° around any point is the whole sky: every seeded object.
	all, _, lerr := e.client.Objects.List(ctx, &arcsecond.ObjectListOptions{
		Cone: &arcsecond.Cone{Radius: aa.Deg(180)}})
	if lerr != nil || len(all) == 0 {
		return pos, canonical, fmt.Errorf("%w (the in-process server knows only the objects it was seeded with)", err)
	}
	names := make([]string, 0, len(all))
	for _, o := range all {
		names = append(names, o.Name)
	}
	slices.Sort(names)
	more := ""
	if len(names) > 8 {
		more = fmt.Sprintf(" and %d more", len(names)-8)
		names = names[:8]
	}
	return pos, canonical, fmt.Errorf("%w: the in-process server knows only the objects it was seeded with (%s%s); give the position in a --targets file (name, RA, Dec) or use the real API",
		err, strings.Join(names, ", "), more)
}

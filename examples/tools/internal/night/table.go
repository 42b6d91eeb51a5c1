package night

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// report is the night at a site, written as text or JSON.
type report struct {
	site   *arcsecond.ObservingSite
	day    time.Time
	loc    *time.Location
	n      *aa.NightSummary
	minAlt float64
}

// clock is a time of the night in local time with its weekday (a night
// spans two dates) and UT in brackets: "Wed 19:02 (23:02 UT)".
func (r *report) clock(jd aa.UT) string {
	t := jd.Time()
	return fmt.Sprintf("%s (%s UT)", t.In(r.loc).Format("Mon 15:04"), t.UTC().Format("15:04"))
}

// bounds is the span the night is described over: sunset to sunrise, or
// the whole noon-to-noon window when the Sun does not both set and rise.
func (r *report) bounds() (from, to aa.UT, sunset bool) {
	if r.n.Sun.HasDusk && r.n.Sun.HasDawn && r.n.Sun.Dusk < r.n.Sun.Dawn {
		return r.n.Sun.Dusk, r.n.Sun.Dawn, true
	}
	return r.n.Start, r.n.End, false
}

func (r *report) writeText(w io.Writer) error {
	n := r.n
	fmt.Fprintf(w, "%s, %.4f°, %.4f°, %.0f m\nNight of %s, local time %s (UT in brackets)\n\n",
		r.site.Name, r.site.Coordinates.Latitude, r.site.Coordinates.Longitude, r.site.Coordinates.Height, r.day.Format("Mon 2 Jan 2006"), r.loc)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SUN\tDUSK\tDAWN")
	for _, l := range []struct {
		name string
		lvl  aa.SunLevel
	}{{"sunset/sunrise", n.Sun}, {"civil (−6°)", n.Civil}, {"nautical (−12°)", n.Nautical}, {"astronomical (−18°)", n.Astronomical}} {
		dusk, dawn := "-", "-"
		switch l.lvl.Status {
		case aa.Circumpolar:
			dusk, dawn = "Sun stays above", ""
		case aa.NeverRises:
			dusk, dawn = "Sun stays below", ""
		}
		if l.lvl.HasDusk {
			dusk = r.clock(l.lvl.Dusk)
		}
		if l.lvl.HasDawn {
			dawn = r.clock(l.lvl.Dawn)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", l.name, dusk, dawn)
	}
	tw.Flush()
	var dark float64
	for _, d := range n.Dark {
		dark += d.Hours()
	}
	fmt.Fprintf(w, "astronomical night: %.1f h\n", dark)
	fmt.Fprintf(w, "\nMoon: %s, %.0f%% illuminated; %s\n", n.Moon.Phase, 100*n.Moon.Illuminated, r.moonText())

	fmt.Fprintf(w, "\nTargets (above %g° in the dark):\n", r.minAlt)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "TARGET\tRISE\tTRANSIT\tMAX ALT\tSET\tOBSERVABLE")
	for _, t := range n.Targets {
		var rise, set string
		switch t.Events.Status {
		case aa.Circumpolar:
			rise, set = "circumpolar", ""
		case aa.NeverRises:
			rise, set = "never rises", ""
		default:
			rise, set = r.clock(t.Events.Rise), r.clock(t.Events.Set)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.0f°\t%s\t%s\n", t.Name, rise, r.clock(t.Events.Transit), t.Events.TransitAltitude.Deg(), set, r.intervals(t.AboveDark))
	}
	return tw.Flush()
}

func (r *report) intervals(iv []aa.Interval) string {
	if len(iv) == 0 {
		return "no"
	}
	var parts []string
	var total float64
	for _, i := range iv {
		parts = append(parts, i.Start.Time().In(r.loc).Format("15:04")+"–"+i.End.Time().In(r.loc).Format("15:04"))
		total += i.Hours()
	}
	return fmt.Sprintf("%s (%.1f h)", strings.Join(parts, ", "), total)
}

// moonEvent is a moonrise (Rise) or moonset.
type moonEvent struct {
	At   aa.UT
	Rise bool
}

// moonDuring tells whether the Moon is up at from (its centre above the
// standard altitude of its parallax, as for rise and set) and the rises
// and sets between from and to, in order. aa.Night gives the first rise
// and set of the noon-to-noon window, which may be the next morning's;
// this is the Moon of the dark hours.
func moonDuring(n *aa.NightSummary, from, to aa.UT) (upAtStart bool, events []moonEvent) {
	h0 := aa.MoonStdAltitude(n.Moon.Parallax).Deg()
	f := func(jd aa.UT) float64 { return n.MoonAltitude(jd).Deg() - h0 }
	const step = aa.UT(5.0 / 1440)
	lo, flo := from, f(from)
	upAtStart = flo > 0
	for lo < to {
		hi := min(lo+step, to)
		fhi := f(hi)
		if (flo > 0) != (fhi > 0) {
			a, b, fa := lo, hi, flo
			for b-a > aa.UT(1.0/86400) {
				m := (a + b) / 2
				if fm := f(m); (fm > 0) == (fa > 0) {
					a, fa = m, fm
				} else {
					b = m
				}
			}
			events = append(events, moonEvent{At: (a + b) / 2, Rise: fhi > 0})
		}
		lo, flo = hi, fhi
	}
	return upAtStart, events
}

// moonText describes the Moon over the night: up or down at sunset, its
// rises and sets until sunrise with their dates, up or down at sunrise.
func (r *report) moonText() string {
	from, to, sunset := r.bounds()
	up, events := moonDuring(r.n, from, to)
	start, end := "sunset", "sunrise"
	if !sunset {
		start, end = "noon", "the next noon"
	}
	if len(events) == 0 {
		if up {
			return fmt.Sprintf("up all night (from %s to %s)", start, end)
		}
		return fmt.Sprintf("down all night (from %s to %s)", start, end)
	}
	var parts []string
	if up {
		parts = append(parts, "up at "+start)
	} else {
		parts = append(parts, "down at "+start)
	}
	for _, e := range events {
		verb := "sets"
		if e.Rise {
			verb = "rises"
		}
		t := e.At.Time()
		parts = append(parts, fmt.Sprintf("%s %s (%s UT)", verb, t.In(r.loc).Format("Mon 2 Jan 15:04"), t.UTC().Format("15:04")))
	}
	if events[len(events)-1].Rise {
		parts = append(parts, "up at "+end)
	} else {
		parts = append(parts, "down at "+end)
	}
	return strings.Join(parts, ", ")
}

// The JSON form of the report, for scripts: times are RFC 3339 UTC.
type (
	jsonReport struct {
		Site        jsonSite       `json:"site"`
		Date        string         `json:"date"`
		TimeZone    string         `json:"time_zone"`
		MinAltitude float64        `json:"min_altitude_deg"`
		Sun         []jsonSunLevel `json:"sun"`
		DarkHours   float64        `json:"astronomical_night_hours"`
		Moon        jsonMoon       `json:"moon"`
		Targets     []jsonTarget   `json:"targets"`
	}
	jsonSite struct {
		Name      string  `json:"name"`
		UUID      string  `json:"uuid"`
		Latitude  float64 `json:"latitude_deg"`
		Longitude float64 `json:"longitude_deg"`
		Height    float64 `json:"height_m"`
	}
	jsonSunLevel struct {
		Level    string  `json:"level"`
		Altitude float64 `json:"sun_altitude_deg"`
		Status   string  `json:"status"`
		Dusk     *string `json:"dusk"`
		Dawn     *string `json:"dawn"`
	}
	jsonMoon struct {
		Phase       string          `json:"phase"`
		Illuminated float64         `json:"illuminated"`
		UpAtStart   bool            `json:"up_at_sunset"`
		Events      []jsonMoonEvent `json:"events"`
	}
	jsonMoonEvent struct {
		Event string `json:"event"`
		Time  string `json:"time"`
	}
	jsonTarget struct {
		Name            string         `json:"name"`
		Status          string         `json:"status"`
		Rise            *string        `json:"rise"`
		Transit         string         `json:"transit"`
		Set             *string        `json:"set"`
		TransitAltitude float64        `json:"transit_altitude_deg"`
		AboveDark       []jsonInterval `json:"above_in_the_dark"`
	}
	jsonInterval struct {
		Start string `json:"start"`
		End   string `json:"end"`
	}
)

func stamp(jd aa.UT) string { return jd.Time().UTC().Format(time.RFC3339) }

func stampIf(ok bool, jd aa.UT) *string {
	if !ok {
		return nil
	}
	s := stamp(jd)
	return &s
}

func status(s aa.RiseSetStatus) string {
	switch s {
	case aa.Circumpolar:
		return "circumpolar"
	case aa.NeverRises:
		return "never_rises"
	}
	return "rises_and_sets"
}

func (r *report) writeJSON(w io.Writer) error {
	n := r.n
	j := jsonReport{
		Site: jsonSite{Name: r.site.Name, UUID: r.site.UUID, Latitude: r.site.Coordinates.Latitude,
			Longitude: r.site.Coordinates.Longitude, Height: r.site.Coordinates.Height},
		Date: r.day.Format(time.DateOnly), TimeZone: r.loc.String(), MinAltitude: r.minAlt,
		Moon:    jsonMoon{Phase: fmt.Sprint(n.Moon.Phase), Illuminated: n.Moon.Illuminated, Events: []jsonMoonEvent{}},
		Targets: []jsonTarget{},
	}
	for _, l := range []struct {
		name string
		lvl  aa.SunLevel
	}{{"sunset", n.Sun}, {"civil", n.Civil}, {"nautical", n.Nautical}, {"astronomical", n.Astronomical}} {
		j.Sun = append(j.Sun, jsonSunLevel{Level: l.name, Altitude: l.lvl.Altitude.Deg(), Status: status(l.lvl.Status),
			Dusk: stampIf(l.lvl.HasDusk, l.lvl.Dusk), Dawn: stampIf(l.lvl.HasDawn, l.lvl.Dawn)})
	}
	for _, d := range n.Dark {
		j.DarkHours += d.Hours()
	}
	from, to, _ := r.bounds()
	up, events := moonDuring(n, from, to)
	j.Moon.UpAtStart = up
	for _, e := range events {
		ev := "set"
		if e.Rise {
			ev = "rise"
		}
		j.Moon.Events = append(j.Moon.Events, jsonMoonEvent{Event: ev, Time: stamp(e.At)})
	}
	for _, t := range n.Targets {
		rs := t.Events.Status == aa.RisesAndSets
		jt := jsonTarget{Name: t.Name, Status: status(t.Events.Status), Rise: stampIf(rs, t.Events.Rise), Set: stampIf(rs, t.Events.Set),
			Transit: stamp(t.Events.Transit), TransitAltitude: t.Events.TransitAltitude.Deg(), AboveDark: []jsonInterval{}}
		for _, i := range t.AboveDark {
			jt.AboveDark = append(jt.AboveDark, jsonInterval{Start: stamp(i.Start), End: stamp(i.End)})
		}
		j.Targets = append(j.Targets, jt)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(j)
}

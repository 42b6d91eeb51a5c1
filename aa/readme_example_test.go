package aa_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
)

// The example of the repository's README: Sirius from Paranal on the night
// of 28 November 2026. TestREADMENightExample keeps the README's code the
// same as this function's.
func ExampleNight_paranal() {
	site := aa.Geographic{Lat: aa.Deg(-24.6275), Lon: aa.Deg(-70.4044), HeightMetres: 2635} // Paranal
	sirius := aa.Star{Pos: aa.Equatorial{RA: aa.HMS(false, 6, 45, 8.917), Dec: aa.DMS(true, 16, 42, 58.02)}, Epoch: aa.J2000}
	ut := aa.UTFromTime(time.Date(2026, 11, 29, 6, 0, 0, 0, time.UTC))
	hz := aa.ApparentPlace(sirius, ut.TT()).Horizontal(site, ut) // azimuth from the North
	night, err := aa.Night(site, 2026, 11, 28, []aa.NightTarget{{Name: "Sirius", J2000: sirius.Pos}},
		aa.NightOptions{MinAltitude: aa.Deg(30)}) // twilights, Moon, when Sirius is above 30° in the dark
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("at 06:00 UT: altitude %.1f°, azimuth %.1f°\n", hz.Alt.Deg(), hz.Az.Deg())
	for _, iv := range night.Targets[0].AboveDark {
		fmt.Printf("above 30° in the dark: %s–%s UT\n", iv.Start.Time().Format("15:04"), iv.End.Time().Format("15:04"))
	}
	// Output:
	// at 06:00 UT: altitude 74.8°, azimuth 61.3°
	// above 30° in the dark: 02:39–08:17 UT
}

// The README's aa.Night snippet is the body of ExampleNight_paranal, line
// for line, so that what it claims is checked by the example's output.
func TestREADMENightExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	self, err := os.ReadFile("readme_example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	var block []string
	for b := range strings.SplitSeq(string(readme), "```go\n") {
		code, _, _ := strings.Cut(b, "```")
		if strings.Contains(code, "aa.Night(site") {
			block = strings.Split(strings.TrimSpace(code), "\n")
		}
	}
	if block == nil {
		t.Fatal("the README has no ```go block calling aa.Night(site, …)")
	}
	_, body, _ := strings.Cut(string(self), "func ExampleNight_paranal() {\n")
	var lines []string
	for l := range strings.SplitSeq(body, "\n") {
		lines = append(lines, strings.TrimPrefix(l, "\t"))
	}
	for i := range lines {
		if lines[i] == block[0] {
			if len(lines) >= i+len(block) && strings.Join(lines[i:i+len(block)], "\n") == strings.Join(block, "\n") {
				return
			}
		}
	}
	t.Errorf("the README's block is not the start of ExampleNight_paranal's body:\n%s", strings.Join(block, "\n"))
}

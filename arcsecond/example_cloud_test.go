package arcsecond_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// cloudExampleClient is a client of a member of the seeded organisation of an
// in-process server, with a site and a telescope; a real program would use
// NewClientFromEnv.
func cloudExampleClient() (*arcsecond.Client, string, func()) {
	srv := arcsecondtest.NewServer(arcsecondtest.WithSeedData(false))
	admin, err := srv.ClientAs("edwin", arcsecond.WithOrganisation(arcsecondtest.SeedOrganisation))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	site, _, err := admin.ObservingSites.Create(ctx, &arcsecond.ObservingSiteCreate{Name: "Lyra Hill", Coordinates: arcsecond.GeoCoordinates{Longitude: 6.93, Latitude: 44.1, Height: 1270}})
	if err != nil {
		log.Fatal(err)
	}
	tel, _, err := admin.Telescopes.Create(ctx, &arcsecond.TelescopeCreate{Name: "RC400", ObservingSite: site.UUID, OwnershipMode: "owner"})
	if err != nil {
		log.Fatal(err)
	}
	c, err := srv.ClientAs("vera", arcsecond.WithOrganisation(arcsecondtest.SeedOrganisation))
	if err != nil {
		log.Fatal(err)
	}
	return c, tel.UUID, srv.Close
}

// List the organisation's datasets, then those with one exact name.
func ExampleDatasetsService_List() {
	c, telescope, done := cloudExampleClient()
	defer done()
	ctx := context.Background()
	for _, name := range []string{"2026-11-27 M31", "2026-11-28 M31", "2026-11-28 flats"} {
		if _, _, err := c.Datasets.Create(ctx, &arcsecond.DatasetCreate{Name: name, Telescope: telescope}); err != nil {
			log.Fatal(err)
		}
	}

	page, _, err := c.Datasets.List(ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("datasets on the first page:", len(page))

	found, _, err := c.Datasets.List(ctx, &arcsecond.DatasetListOptions{Name: "2026-11-28 flats"})
	if err != nil {
		log.Fatal(err)
	}
	for _, ds := range found {
		fmt.Println(ds.Name, ds.Telescope == telescope)
	}
	// Output:
	// datasets on the first page: 3
	// 2026-11-28 flats true
}

// Find the dataset of tonight's run by name (creating it the first time) and
// upload a directory of FITS files to it, skipping those already there.
func ExampleDatasetsService_UploadDir() {
	c, telescope, done := cloudExampleClient()
	defer done()
	ctx := context.Background()

	dir, _ := os.MkdirTemp("", "night")
	defer os.RemoveAll(dir)
	for _, name := range []string{"m31_001.fits", "m31_002.fits", "flat_V.fits.gz", "notes.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("SIMPLE  =                    T"), 0o644)
	}

	ds, created, err := c.Datasets.FindOrCreate(ctx, &arcsecond.DatasetCreate{Name: "2026-11-27 M31", Telescope: telescope})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created:", created)
	for range 2 { // the second run finds everything uploaded
		results, err := c.Datasets.UploadDir(ctx, ds.UUID, dir, &arcsecond.UploadDirOptions{Concurrency: 2, IsRaw: true})
		if err != nil {
			log.Fatal(err)
		}
		for _, r := range results {
			fmt.Println(r.Name, r.Status)
		}
	}
	// Output:
	// created: true
	// flat_V.fits.gz uploaded
	// m31_001.fits uploaded
	// m31_002.fits uploaded
	// flat_V.fits.gz skipped
	// m31_001.fits skipped
	// m31_002.fits skipped
}

// List the observations of tonight's night log of a telescope.
func ExampleNightLogsService_Observations() {
	c, telescope, done := cloudExampleClient()
	defer done()
	ctx := context.Background()
	tonight := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC).Format(time.DateOnly) // time.Now() in a real program

	// What an observing tool would have written during the night.
	nl, _, _ := c.NightLogs.Create(ctx, &arcsecond.NightLogCreate{Date: tonight, Telescope: telescope})
	for _, target := range []string{"M31", "NGC 7331"} {
		c.NightLogs.Observations(nl.UUID).Create(ctx, &arcsecond.ObservationCreate{NightLog: nl.UUID, Name: target + " L", TargetName: target})
	}

	for log, err := range c.NightLogs.All(ctx, &arcsecond.NightLogListOptions{Date: tonight, Telescope: telescope}) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("night of", log.Date)
		for obs, err := range c.NightLogs.Observations(log.UUID).All(ctx, nil) {
			if err != nil {
				fmt.Println(err)
				return
			}
			fmt.Println("-", obs.Name, "on", obs.TargetName)
		}
	}
	// Output:
	// night of 2026-11-27
	// - M31 L on M31
	// - NGC 7331 L on NGC 7331
}

// Keep a target list in sync with a local plan: the first call creates it,
// later calls replace its targets.
func ExampleTargetListsService_Upsert() {
	c, _, done := cloudExampleClient()
	defer done()
	ctx := context.Background()
	plan := &arcsecond.TargetListCreate{Name: "Transients", Targets: []arcsecond.TargetCreate{
		*arcsecond.ManualTarget("SN 2026xyz", aa.Equatorial{RA: aa.Deg(150.1), Dec: aa.Deg(2.2)}),
		{Name: "M 101", TargetClass: arcsecond.TargetAstronomicalObject},
	}}
	for range 2 {
		list, created, err := c.TargetLists.Upsert(ctx, plan)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(list.Name, "created:", created, "targets:", len(list.Targets))
		plan.Targets = plan.Targets[:1]
	}
	// Output:
	// Transients created: true targets: 2
	// Transients created: false targets: 1
}

// Add tonight's targets to a list without repeating those it holds, then
// drop one, as the CLI's add_targets and remove_targets do.
func ExampleTargetListsService_AddTargets() {
	c, _, done := cloudExampleClient()
	defer done()
	ctx := context.Background()
	sn := *arcsecond.ManualTarget("SN 2026xyz", aa.Equatorial{RA: aa.Deg(150.1), Dec: aa.Deg(2.2)})
	m101 := arcsecond.TargetCreate{Name: "M 101", TargetClass: arcsecond.TargetAstronomicalObject}
	list, _, err := c.TargetLists.Create(ctx, &arcsecond.TargetListCreate{Name: "Follow-up", Targets: []arcsecond.TargetCreate{sn}})
	if err != nil {
		log.Fatal(err)
	}
	list, _, err = c.TargetLists.AddTargets(ctx, list.UUID, sn, m101, m101)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("after add:", len(list.Targets))
	list, _, err = c.TargetLists.RemoveTargets(ctx, list.UUID, sn)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("after remove:", list.Targets[0].Name)
	// Output:
	// after add: 2
	// after remove: M 101
}

// Create a dataset the first time and update its description afterwards,
// as the CLI's upsert does.
func ExampleDatasetsService_Upsert() {
	c, _, done := cloudExampleClient()
	defer done()
	ctx := context.Background()
	for _, desc := range []string{"first pass", "reduced"} {
		ds, created, err := c.Datasets.Upsert(ctx, &arcsecond.DatasetCreate{Name: "NGC 891 deep", Description: desc})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(ds.Name, "created:", created, "description:", ds.Description)
	}
	// Output:
	// NGC 891 deep created: true description: first pass
	// NGC 891 deep created: false description: reduced
}

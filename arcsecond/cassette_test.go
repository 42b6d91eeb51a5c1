package arcsecond_test

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/aa"
	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/internal/cassette"
)

// Cassette tests of the Cloud services: each replays
// testdata/cassettes/cloud/<name>.yaml (see testdata/README.md for how they
// were recorded). Requests carry uuids of earlier answers, so a recording
// replays only in the order it was made.

func cloudCassette(t *testing.T, name string, org bool) *arcsecond.Client {
	t.Helper()
	var opts []arcsecond.Option
	if org {
		opts = append(opts, arcsecond.WithOrganisation(cassetteOrg))
	}
	return cassette.New(t, "cloud/"+name, opts...)
}

// cassetteTelescope creates a site and a telescope in the client's scope.
func cassetteTelescope(t *testing.T, c *arcsecond.Client, name string) (site, telescope string) {
	t.Helper()
	s := check(c.ObservingSites.Create(t.Context(), &arcsecond.ObservingSiteCreate{Name: name + " site", Coordinates: arcsecond.GeoCoordinates{Longitude: -17.88, Latitude: 28.76, Height: 2396}})).ok(t)
	tel := check(c.Telescopes.Create(t.Context(), &arcsecond.TelescopeCreate{Name: name, Alias: name, ObservingSite: s.UUID, OwnershipMode: "owner"})).ok(t)
	return s.UUID, tel.UUID
}

func TestProfilesCassette(t *testing.T) {
	c := cloudCassette(t, "profiles", false)
	ps := check(c.Profiles.List(t.Context(), &arcsecond.ProfileListOptions{Search: "annie"})).ok(t)
	if len(ps) != 1 {
		t.Fatalf("search: %+v", ps)
	}
	p := check(c.Profiles.Get(t.Context(), ps[0].Username)).ok(t)
	if p.LastName != "Cannon" {
		t.Errorf("profile %+v", p)
	}
}

func TestOrganisationsCassette(t *testing.T) {
	c := cloudCassette(t, "organisations", false)
	o := check(c.Organisations.Get(t.Context(), cassetteOrg)).ok(t)
	if o.Subdomain != cassetteOrg || o.Name == "" {
		t.Errorf("organisation %+v", o)
	}
	if all := check(c.Organisations.List(t.Context(), nil)).ok(t); len(all) == 0 {
		t.Error("no organisations")
	}
}

func TestMembersCassette(t *testing.T) {
	c := cloudCassette(t, "members", true)
	ms := check(c.Members.List(t.Context(), nil)).ok(t)
	roles := map[arcsecond.Role]bool{}
	for _, m := range ms {
		roles[m.Role] = true
	}
	if !roles[arcsecond.RoleSuperadmin] || !roles[arcsecond.RoleObserver] {
		t.Errorf("members %+v", ms)
	}
}

func TestObservingSitesCassette(t *testing.T) {
	c := cloudCassette(t, "observingsites", false)
	s := check(c.ObservingSites.Create(t.Context(), &arcsecond.ObservingSiteCreate{Name: "Teide", Coordinates: arcsecond.GeoCoordinates{Longitude: -16.51, Latitude: 28.3, Height: 2390}})).ok(t)
	got := check(c.ObservingSites.Get(t.Context(), s.UUID)).ok(t)
	if got.Coordinates.Height != 2390 {
		t.Errorf("site %+v", got)
	}
	if w := check(c.ObservingSites.Weather(t.Context(), s.UUID)).ok(t); w.ObservingSite != s.UUID {
		t.Errorf("weather %+v", w)
	}
}

func TestTelescopesCassette(t *testing.T) {
	c := cloudCassette(t, "telescopes", true)
	_, tel := cassetteTelescope(t, c, "mercator")
	got := check(c.Telescopes.Get(t.Context(), "mercator")).ok(t)
	if got.UUID != tel {
		t.Errorf("by alias %+v", got)
	}
}

func TestNightLogsCassette(t *testing.T) {
	c := cloudCassette(t, "nightlogs", false)
	ctx := t.Context()
	nl := check(c.NightLogs.Create(ctx, &arcsecond.NightLogCreate{Date: "2026-02-28"})).ok(t)
	check(c.NightLogs.Observations(nl.UUID).Create(ctx, &arcsecond.ObservationCreate{NightLog: nl.UUID, Name: "M81 R", TargetName: "M81"})).ok(t)
	logs := check(c.NightLogs.List(ctx, &arcsecond.NightLogListOptions{Date: "2026-02-28"})).ok(t)
	obs := check(c.NightLogs.Observations(nl.UUID).List(ctx, nil)).ok(t)
	if len(logs) != 1 || len(obs) != 1 || obs[0].TargetName != "M81" {
		t.Errorf("logs %+v, observations %+v", logs, obs)
	}
}

func TestObservationsCassette(t *testing.T) {
	c := cloudCassette(t, "observations", false)
	ctx := t.Context()
	nl := check(c.NightLogs.Create(ctx, &arcsecond.NightLogCreate{Date: "2026-02-27"})).ok(t)
	o := check(c.Observations.Create(ctx, &arcsecond.ObservationCreate{NightLog: nl.UUID, Name: "51 Peg b transit", TargetClass: arcsecond.TargetExoplanet})).ok(t)
	if got := check(c.Observations.Get(ctx, o.UUID)).ok(t); got.Name != "51 Peg b transit" {
		t.Errorf("observation %+v", got)
	}
}

func TestCalibrationsCassette(t *testing.T) {
	c := cloudCassette(t, "calibrations", false)
	ctx := t.Context()
	nl := check(c.NightLogs.Create(ctx, &arcsecond.NightLogCreate{Date: "2026-02-26"})).ok(t)
	cal := check(c.Calibrations.Create(ctx, &arcsecond.CalibrationCreate{NightLog: nl.UUID, Type: arcsecond.CalibrationDarks})).ok(t)
	if got := check(c.Calibrations.Get(ctx, cal.UUID)).ok(t); got.Type != arcsecond.CalibrationDarks {
		t.Errorf("calibration %+v", got)
	}
}

func TestObservingRunsCassette(t *testing.T) {
	c := cloudCassette(t, "observingruns", false)
	run := check(c.ObservingRuns.Create(t.Context(), &arcsecond.ObservingRunCreate{Name: "Winter"})).ok(t)
	check(c.ObservingRuns.NightLogs(run.UUID).Create(t.Context(), &arcsecond.NightLogCreate{Date: "2026-01-15"})).ok(t)
	if logs := check(c.ObservingRuns.NightLogs(run.UUID).List(t.Context(), nil)).ok(t); len(logs) != 1 {
		t.Errorf("night logs %+v", logs)
	}
}

func TestTargetsCassette(t *testing.T) {
	c := cloudCassette(t, "targets", true)
	tg := check(c.Targets.Create(t.Context(), arcsecond.ManualTarget("AT 2026abc", aa.Equatorial{RA: aa.Deg(201.365), Dec: aa.Deg(-43.019)}))).ok(t)
	got := check(c.Targets.Get(t.Context(), tg.ID)).ok(t)
	if got.Mode != arcsecond.TargetModeManual || got.Object == nil || got.Object.EquatorialCoordinates == nil {
		t.Errorf("target %+v", got)
	}
}

func TestTargetListsCassette(t *testing.T) {
	c := cloudCassette(t, "targetlists", true)
	plan := &arcsecond.TargetListCreate{Name: "Galaxies", Targets: []arcsecond.TargetCreate{*arcsecond.ManualTarget("NGC 4631", aa.Equatorial{RA: aa.Deg(190.53), Dec: aa.Deg(32.54)})}}
	if _, created, err := c.TargetLists.Upsert(t.Context(), plan); err != nil || !created {
		t.Fatalf("first upsert: %v %v", created, err)
	}
	plan.Targets = append(plan.Targets, *arcsecond.ManualTarget("NGC 4656", aa.Equatorial{RA: aa.Deg(190.99), Dec: aa.Deg(32.17)}))
	l, created, err := c.TargetLists.Upsert(t.Context(), plan)
	if err != nil || created || len(l.Targets) != 2 {
		t.Errorf("second upsert: %+v %v %v", l, created, err)
	}
}

func TestDatasetsCassette(t *testing.T) {
	c := cloudCassette(t, "datasets", true)
	_, tel := cassetteTelescope(t, c, "dutch")
	ds, created, err := c.Datasets.FindOrCreate(t.Context(), &arcsecond.DatasetCreate{Name: "NGC 2403", Telescope: tel})
	if err != nil || !created {
		t.Fatalf("FindOrCreate: %v %v", created, err)
	}
	again, created, err := c.Datasets.FindOrCreate(t.Context(), &arcsecond.DatasetCreate{Name: "NGC 2403", Telescope: tel})
	if err != nil || created || again.UUID != ds.UUID {
		t.Errorf("second FindOrCreate: %v %v", created, err)
	}
	if files := check(c.Datasets.DataFiles(ds.UUID).List(t.Context(), nil)).ok(t); len(files) != 0 {
		t.Errorf("files %+v", files)
	}
}

func TestDataFilesCassette(t *testing.T) {
	c := cloudCassette(t, "datafiles", false)
	ds := check(c.Datasets.Create(t.Context(), &arcsecond.DatasetCreate{Name: "empty"})).ok(t)
	if files := check(c.DataFiles.List(t.Context(), &arcsecond.DataFileListOptions{Dataset: ds.UUID})).ok(t); len(files) != 0 {
		t.Errorf("files %+v", files)
	}
	if _, _, err := c.DataFiles.Get(t.Context(), 999999); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("unknown file: %v", err)
	}
}

func TestDataPackagesCassette(t *testing.T) {
	c := cloudCassette(t, "datapackages", false)
	p := check(c.DataPackages.Create(t.Context(), &arcsecond.DataPackageCreate{Name: "DR0"})).ok(t)
	if got := check(c.DataPackages.Get(t.Context(), p.UUID)).ok(t); got.Name != "DR0" {
		t.Errorf("package %+v", got)
	}
}

func TestAllSkyCamerasCassette(t *testing.T) {
	c := cloudCassette(t, "allskycameras", true)
	check(c.AllSkyCameras.List(t.Context(), nil)).ok(t)
	if _, _, err := c.AllSkyCameras.Get(t.Context(), "00000000-0000-4000-8000-000000000000"); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("unknown camera: %v", err)
	}
}

func TestActivitiesCassette(t *testing.T) {
	c := cloudCassette(t, "activities", true)
	a := check(c.Activities.Create(t.Context(), &arcsecond.ActivityCreate{Title: "Roof opened"})).ok(t)
	list := check(c.Activities.List(t.Context(), nil)).ok(t)
	if len(list) == 0 || list[0].ID != a.ID || list[0].CreationDate.IsZero() {
		t.Errorf("activities %+v", list)
	}
}

func TestAuthCassette(t *testing.T) {
	c := cloudCassette(t, "auth", false)
	if _, err := c.Auth.VerifyKey(t.Context(), "annie", "not-a-real-key"); !errors.Is(err, arcsecond.ErrUnauthorized) {
		t.Errorf("wrong key: %v", err)
	}
	if _, err := c.Auth.VerifyTokenOrganisation(t.Context()); err != nil {
		t.Error(err)
	}
}

func TestAgentsCassette(t *testing.T) {
	c := cloudCassette(t, "agents", true)
	a := check(c.Agents.Enroll(t.Context(), &arcsecond.AgentEnroll{PublicKey: base64.StdEncoding.EncodeToString(make([]byte, 32))})).ok(t)
	if a.UUID == "" {
		t.Error("no agent uuid")
	}
}

func TestAlpacaCassette(t *testing.T) {
	c := cloudCassette(t, "alpaca", true)
	srv := check(c.AlpacaServers.Create(t.Context(), &arcsecond.AlpacaServerCreate{Name: "dome-pc", Address: "http://10.0.0.5:11111"})).ok(t)
	check(c.AlpacaDevices.Create(t.Context(), &arcsecond.AlpacaDeviceCreate{Server: srv.UUID, Name: "Focuser", Type: arcsecond.DeviceFocuser})).ok(t)
	if devs := check(c.AlpacaDevices.List(t.Context(), &arcsecond.AlpacaDeviceListOptions{Server: srv.UUID})).ok(t); len(devs) != 1 {
		t.Errorf("devices %+v", devs)
	}
}

func TestEquipmentCassette(t *testing.T) {
	c := cloudCassette(t, "equipment", true)
	site, tel := cassetteTelescope(t, c, "liverpool")
	check(c.Enclosures.Create(t.Context(), &arcsecond.EquipmentCreate{Name: "Clamshell", ObservingSite: site})).ok(t)
	cam := check(c.Cameras.Create(t.Context(), &arcsecond.EquipmentCreate{Name: "IO:O", Telescope: tel})).ok(t)
	if got := check(c.Cameras.Get(t.Context(), cam.UUID)).ok(t); got.Telescope != tel {
		t.Errorf("camera %+v", got)
	}
}

func TestUploadKeysCassette(t *testing.T) {
	c := cloudCassette(t, "uploadkeys", true)
	keys := check(c.UploadKeys.List(t.Context(), nil)).ok(t)
	if len(keys) == 0 {
		t.Fatal("no upload keys")
	}
	for _, k := range keys {
		// Replayed, the key reads "REDACTED": cassettes never hold one.
		if k.Username == "" || k.Key == "" {
			t.Errorf("upload key of %q: %q", k.Username, k.Key)
		}
	}
}

func TestLoginCassette(t *testing.T) {
	c := cloudCassette(t, "login", false)
	res := check(c.Auth.Login(t.Context(), "annie", cassettePassword)).ok(t)
	if res.JWT == nil || res.JWT.Username != "annie" || res.JWT.Access == "" || res.JWT.AccessExpiry.IsZero() {
		t.Errorf("login %+v", res.JWT)
	}
}

func TestDataFileUploadCassette(t *testing.T) {
	c := cloudCassette(t, "datafile-upload", true)
	_, tel := cassetteTelescope(t, c, "upload")
	ds, _, err := c.Datasets.FindOrCreate(t.Context(), &arcsecond.DatasetCreate{Name: "M 42 flats", Telescope: tel})
	if err != nil {
		t.Fatal(err)
	}
	content := "SIMPLE  =                    T / cassette upload"
	f := arcsecond.File{Name: "flat_001.fits", Content: strings.NewReader(content), Size: int64(len(content))}
	df := check(c.DataFiles.Upload(t.Context(), ds.UUID, f, &arcsecond.UploadOptions{IsRaw: true, Tags: []string{"flat", "m42"}})).ok(t)
	if df.Name != "flat_001.fits" || df.Size != int64(len(content)) {
		t.Errorf("uploaded %+v", df)
	}
	f.Content = strings.NewReader(content)
	if _, _, err := c.DataFiles.Upload(t.Context(), ds.UUID, f, nil); !errors.Is(err, arcsecond.ErrAlreadyExists) {
		t.Errorf("second upload: err = %v, want ErrAlreadyExists", err)
	}
}

// cassettePassword is annie's password on the recording server
// (`go run ./examples/mockserver -seed 1`); cassettes hold it redacted.
const cassettePassword = "arcsecond-f6c8c594c272"

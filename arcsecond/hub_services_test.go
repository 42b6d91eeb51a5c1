package arcsecond_test

import (
	"encoding/base64"
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestAgentsEnrollMint(t *testing.T) {
	e := newEnv(t, "member", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	pub := base64.StdEncoding.EncodeToString(make([]byte, 32))
	a := check(e.c.Agents.Enroll(ctx, &arcsecond.AgentEnroll{PublicKey: pub})).ok(t)
	e.expect(t, "POST", "/lyra/agent/enroll/", "", map[string]any{"public_key_b64": pub, "organisation": "lyra"})
	tok := check(e.c.Agents.Mint(ctx, &arcsecond.AgentMint{AgentUUID: a.UUID})).ok(t)
	e.expect(t, "POST", "/lyra/agent/mint/", "", map[string]any{"agent_uuid": a.UUID, "organisation": "lyra"})
	if tok.JWT == "" || tok.Expiry().IsZero() {
		t.Errorf("token %+v", tok)
	}
	if _, _, err := e.c.Agents.Mint(ctx, &arcsecond.AgentMint{AgentUUID: "not-enrolled"}); !errors.Is(err, arcsecond.ErrForbidden) {
		t.Errorf("unknown agent: %v", err)
	}
	if _, _, err := e.c.Agents.Enroll(ctx, &arcsecond.AgentEnroll{PublicKey: "c2hvcnQ="}); err == nil {
		t.Error("short key: no error")
	}
	personal := e.c.ForOrganisation("")
	check(personal.Agents.Enroll(ctx, &arcsecond.AgentEnroll{PublicKey: pub, Profile: "vera"})).ok(t)
	e.expect(t, "POST", "/agent/enroll/", "", map[string]any{"public_key_b64": pub, "profile": "vera"})
}

func TestAlpacaAndEquipment(t *testing.T) {
	e := newEnv(t, "admin", arcsecond.WithOrganisation("lyra"))
	ctx := t.Context()
	site, tel := e.siteAndTelescope(t)
	srv := check(e.c.AlpacaServers.Create(ctx, &arcsecond.AlpacaServerCreate{Name: "obs-pc", Address: "http://192.168.1.20:11111"})).ok(t)
	e.expect(t, "POST", "/lyra/alpacaservers/", "", map[string]any{"name": "obs-pc", "address": "http://192.168.1.20:11111"})
	check(e.c.AlpacaServers.List(ctx, &arcsecond.AlpacaServerListOptions{Profile: "edwin"})).ok(t)
	e.expect(t, "GET", "/lyra/alpacaservers/", "profile=edwin", nil)
	dev := check(e.c.AlpacaDevices.Create(ctx, &arcsecond.AlpacaDeviceCreate{Server: srv.UUID, Name: "ZWO ASI2600", Number: 0, Type: arcsecond.DeviceCamera, UniqueID: "u-1"})).ok(t)
	e.expect(t, "POST", "/lyra/alpacadevices/", "", map[string]any{"server": srv.UUID, "name": "ZWO ASI2600", "number": 0, "type": "camera", "unique_id": "u-1"})
	devs := check(e.c.AlpacaDevices.List(ctx, &arcsecond.AlpacaDeviceListOptions{Server: srv.UUID})).ok(t)
	e.expect(t, "GET", "/lyra/alpacadevices/", "server="+srv.UUID, nil)
	if len(devs) != 1 || devs[0].ID == 0 || devs[0].ID != dev.ID {
		t.Fatalf("devices %+v", devs)
	}

	kinds := []struct {
		name string
		svc  arcsecond.EquipmentService
		site bool
	}{
		{"enclosures", e.c.Enclosures, true}, {"safetymonitors", e.c.SafetyMonitors, true}, {"observingconditions", e.c.ObservingConditions, true},
		{"cameras", e.c.Cameras, false}, {"filterwheels", e.c.FilterWheels, false}, {"rotators", e.c.Rotators, false},
		{"focusers", e.c.Focusers, false}, {"switches", e.c.Switches, false}, {"covercalibrators", e.c.CoverCalibrators, false},
	}
	for _, k := range kinds {
		body := &arcsecond.EquipmentCreate{Name: k.name + " 1", Device: &dev.ID}
		if k.site {
			body.ObservingSite = site
		} else {
			body.Telescope = tel
		}
		eq := check(k.svc.Create(ctx, body)).ok(t)
		e.expect(t, "POST", "/lyra/"+k.name+"/", "", body)
		if eq.UUID == "" || eq.Device == nil || *eq.Device != dev.ID {
			t.Errorf("%s: %+v", k.name, eq)
		}
		check(k.svc.Get(ctx, eq.UUID)).ok(t)
		e.expect(t, "GET", "/lyra/"+k.name+"/"+eq.UUID+"/", "", nil)
		check(k.svc.Update(ctx, eq.UUID, &arcsecond.EquipmentUpdate{Name: arcsecond.Ptr("renamed")})).ok(t)
		e.expect(t, "PATCH", "/lyra/"+k.name+"/"+eq.UUID+"/", "", map[string]any{"name": "renamed"})
		list := check(k.svc.List(ctx, nil)).ok(t)
		e.expect(t, "GET", "/lyra/"+k.name+"/", "", nil)
		if len(list) != 1 || list[0].Name != "renamed" {
			t.Errorf("%s list %+v", k.name, list)
		}
	}
	if _, _, err := e.c.Cameras.Create(ctx, &arcsecond.EquipmentCreate{Name: "no telescope"}); err == nil {
		t.Error("camera without telescope: no error")
	}
}

package arcsecond_test

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

// handSchemaTypes maps the schemas decoded by hand-written types (the Cloud
// resources) to those types; generatedSchemaTypes has the others. A Cloud
// type joins this map once it decodes its schema's instances.
var handSchemaTypes = map[string]any{
	"Activity":                          arcsecond.Activity{},
	"ActivityLink":                      arcsecond.ActivityLink{},
	"Calibration":                       arcsecond.Calibration{},
	"Dataset":                           arcsecond.Dataset{},
	"DirectDataStoragePoint":            arcsecond.DataStoragePoint{},
	"Dome":                              arcsecond.Dome{},
	"HDU":                               arcsecond.HDU{},
	"MembershipCreate":                  arcsecond.Member{},
	"NightLog":                          arcsecond.NightLog{},
	"Observation":                       arcsecond.Observation{},
	"ObservingRun":                      arcsecond.ObservingRun{},
	"OrganisationDataset":               arcsecond.Dataset{},
	"OrganisationDetails":               arcsecond.Organisation{},
	"OrganisationList":                  arcsecond.Organisation{},
	"OrganisationNightLog":              arcsecond.NightLog{},
	"OrganisationUploadKey":             arcsecond.OrganisationUploadKey{},
	"TelescopeImageList":                arcsecond.TelescopeImage{},
	"UserProfile":                       arcsecond.Profile{},
	"UserProfileAPIKey":                 arcsecond.APIKey{},
	"UserProfileOrganisationUploadKey":  arcsecond.SharedKey{},
	"UserProfileUploadKey":              arcsecond.UploadKey{},
	"WeatherCondition":                  arcsecond.WeatherCondition{},
	"Address":                           arcsecond.Address{},
	"DataBlock":                         arcsecond.DataBlock{},
	"DataFile":                          arcsecond.DataFile{},
	"OrganisationDataFile":              arcsecond.DataFile{},
	"DataPackage":                       arcsecond.DataPackage{},
	"OrganisationDataPackage":           arcsecond.DataPackage{},
	"DataStorage":                       arcsecond.DataStorage{},
	"EmailAddress":                      arcsecond.EmailAddress{},
	"MembershipList":                    arcsecond.Member{},
	"ObservingSiteListCreate":           arcsecond.ObservingSite{},
	"ObservingSiteUpdate":               arcsecond.ObservingSite{},
	"ObservingSiteUpdateList":           arcsecond.UpdateLog{},
	"OrganisationCalibration":           arcsecond.Calibration{},
	"OrganisationObservation":           arcsecond.Observation{},
	"TelescopeListCreate":               arcsecond.Telescope{},
	"TelescopeUpdate":                   arcsecond.Telescope{},
	"TelescopeUpdateList":               arcsecond.UpdateLog{},
	"OrganisationTelescopeCreateUpdate": arcsecond.Telescope{},
	"OrganisationTelescopeListRetrieve": arcsecond.Telescope{},
	"OrganisationTelescopeImageList":    arcsecond.TelescopeImage{},
	"Target":                            arcsecond.Target{},
	"TargetList":                        arcsecond.TargetList{},
	"Register":                          arcsecond.Registration{},
	"RestAuthDetail":                    arcsecond.AuthDetail{},
	"PasswordResetConfirm":              arcsecond.PasswordResetConfirm{},
}

// TestSchemaInstancesDecode decodes, for every schema of the 2023 document
// that has a Go type, an instance with every field and one with the
// required fields only (testdata/openapi/instances.json, generated from the
// document), refusing unknown fields, so that no field of the schema is
// silently dropped.
func TestSchemaInstancesDecode(t *testing.T) {
	raw, err := os.ReadFile("testdata/openapi/instances.json")
	if err != nil {
		t.Fatal(err)
	}
	var instances map[string]map[string]json.RawMessage
	if err := json.Unmarshal(raw, &instances); err != nil {
		t.Fatal(err)
	}
	types := map[string]any{}
	for _, m := range []map[string]any{generatedSchemaTypes, handSchemaTypes} {
		for k, v := range m {
			if _, dup := types[k]; dup {
				t.Errorf("schema %s is mapped twice", k)
			}
			types[k] = v
		}
	}
	var untyped []string
	for name, inst := range instances {
		zero, ok := types[name]
		if !ok {
			untyped = append(untyped, name)
			continue
		}
		typ := reflect.TypeOf(zero)
		for _, variant := range []string{"full", "required"} {
			t.Run(name+"/"+variant, func(t *testing.T) {
				dec := json.NewDecoder(bytes.NewReader(inst[variant]))
				dec.DisallowUnknownFields()
				v := reflect.New(typ)
				if err := dec.Decode(v.Interface()); err != nil {
					t.Fatalf("decoding into %s: %v", typ, err)
				}
				var generic any
				if err := json.Unmarshal(inst[variant], &generic); err != nil {
					t.Fatal(err)
				}
				// custom UnmarshalJSON methods (legacy names) escape
				// DisallowUnknownFields: compare the keys with the tags too
				if missing := unknownKeys(typ, generic, name); len(missing) > 0 {
					t.Errorf("%s has no field for %s", typ, strings.Join(missing, ", "))
				}
			})
		}
	}
	for name := range types {
		if _, ok := instances[name]; !ok {
			t.Errorf("schema %s is mapped but not in the document", name)
		}
	}
	sort.Strings(untyped)
	t.Logf("%d schemas decoded; %d without a Go type yet: %s", len(types), len(untyped), strings.Join(untyped, " "))
}

// unknownKeys lists the keys of the JSON value v (recursively) that have no
// field in the Go type t.
func unknownKeys(t reflect.Type, v any, at string) []string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		if arr, ok := v.([]any); ok && t.Kind() == reflect.Slice {
			var out []string
			for _, e := range arr {
				out = append(out, unknownKeys(t.Elem(), e, at+"[]")...)
			}
			return out
		}
		t = t.Elem()
	}
	obj, ok := v.(map[string]any)
	if !ok || t.Kind() != reflect.Struct || t == reflect.TypeFor[arcsecond.Timestamp]() || t == reflect.TypeFor[arcsecond.Date]() {
		return nil
	}
	fields := map[string]reflect.Type{}
	for _, f := range reflect.VisibleFields(t) {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			fields[name] = f.Type
		}
	}
	var out []string
	for k, val := range obj {
		ft, ok := fields[k]
		if !ok {
			out = append(out, at+"."+k)
			continue
		}
		out = append(out, unknownKeys(ft, val, at+"."+k)...)
	}
	sort.Strings(out)
	return out
}

package arcsecond_test

import (
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

// TestPublicServicesAgainstServer calls every method of the public services
// (with the coverage test's generated arguments) against arcsecondtest, as
// the superadmin of the seeded organisation and unscoped. Refusals of the
// dummy arguments (400, 404…) are fine; an answer the SDK cannot decode, a
// 5xx or a route the server does not serve fails.
func TestPublicServicesAgainstServer(t *testing.T) {
	_, c := publicServer(t)
	org := c.ForOrganisation(arcsecondtest.SeedOrganisation)
	group, ok := reflect.TypeFor[arcsecond.Client]().FieldByName("PublicServices")
	if !ok {
		t.Fatal("no PublicServices group in Client")
	}
	calls := 0
	for _, cl := range []*arcsecond.Client{c, org} {
		v := reflect.ValueOf(cl).Elem()
		for _, f := range reflect.VisibleFields(v.Type()) {
			if len(f.Index) != 2 || f.Index[0] != group.Index[0] || !f.IsExported() {
				continue
			}
			calls += callAll(t, v.FieldByIndex(f.Index), f.Name, cl.Organisation() != "")
		}
	}
	t.Logf("%d calls", calls)
}

// callAll calls every method of the service sv and of the services its
// fields and methods return; it returns the number of calls.
func callAll(t *testing.T, sv reflect.Value, name string, scoped bool) int {
	p := reflect.New(sv.Type())
	p.Elem().Set(sv)
	n := 0
	for i := range p.NumMethod() {
		m, mname := p.Method(i), name+"."+p.Type().Method(i).Name
		mt := m.Type()
		if mname == name+".All" || mt.NumOut() == 0 {
			continue
		}
		args := make([]reflect.Value, mt.NumIn())
		for j := range args {
			args[j] = argument(mt.In(j), 0, true)
		}
		out := m.Call(args)
		n++
		if mt.NumOut() == 1 && out[0].Kind() == reflect.Struct {
			n += callAll(t, out[0], mname+"()", scoped)
			continue
		}
		last := out[len(out)-1]
		if last.Type() != errType || last.IsNil() {
			continue
		}
		err := last.Interface().(error)
		var er *arcsecond.ErrorResponse
		switch {
		case errors.As(err, &er) && er.StatusCode < http.StatusInternalServerError:
		case errors.Is(err, arcsecond.ErrNoOrganisation) && !scoped:
		case errors.As(err, &er):
			t.Errorf("%s (scoped %v): %v", mname, scoped, err)
		case strings.Contains(err.Error(), "decoding"):
			t.Errorf("%s (scoped %v): the answer does not decode: %v", mname, scoped, err)
		}
	}
	for i := range sv.NumField() {
		f := sv.Type().Field(i)
		if f.IsExported() && !f.Anonymous && f.Type.Kind() == reflect.Struct {
			n += callAll(t, sv.Field(i), name+"."+f.Name, scoped)
		}
	}
	return n
}

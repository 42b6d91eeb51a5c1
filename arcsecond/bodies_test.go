package arcsecond_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/internal/openapi"
)

// Request bodies carry the fields of the schema the document gives their
// method, no other: a PUT body has every field the PUT schema requires
// (not only those of PATCH), and a create body none that only the update
// schema has (the invitation POST has no collaboration_name).
func TestBodyTypesMatchDocument(t *testing.T) {
	doc, err := openapi.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		body         any
		method, path string
	}{
		{arcsecond.CollaborationInvitationCreate{}, "post", "/collaborations/{id}/invitations/"},
		{arcsecond.CollaborationInvitationCreate{}, "post", "/invitations/"},
		{arcsecond.CollaborationInvitationUpdate{}, "patch", "/invitations/{token}/"},
		{arcsecond.CollaborationInvitationUpdate{}, "put", "/invitations/{token}/"},
		{arcsecond.SubscriptionUpdate{}, "patch", "/profiles/{username}/subscriptions/{stripe_id}/"},
		{arcsecond.SubscriptionReplace{}, "put", "/profiles/{username}/subscriptions/{stripe_id}/"},
		{arcsecond.ActivitySubscriptionCreate{}, "post", "/subscriptions/"},
		{arcsecond.ActivitySubscriptionUpdate{}, "put", "/subscriptions/{id}/"},
		{arcsecond.OrganisationInvitationCreate{}, "post", "/{organisation}/invitations/"},
		{arcsecond.OrganisationInvitationUpdate{}, "patch", "/{organisation}/invitations/{token}/"},
		{arcsecond.CollaborationCreate{}, "post", "/collaborations/"},
		{arcsecond.CollaborationUpdate{}, "patch", "/collaborations/{id}/"},
	}
	for _, tt := range tests {
		typ := reflect.TypeOf(tt.body)
		op := doc.Paths[tt.path][tt.method]
		if op == nil || op.RequestBody == nil {
			t.Errorf("%s %s: no such operation with a body in the document", tt.method, tt.path)
			continue
		}
		var schema *openapi.Schema
		for _, c := range op.RequestBody.Content {
			schema = doc.Resolve(c.Schema)
			break
		}
		writable := map[string]bool{}
		for _, p := range schema.Properties {
			if !doc.Resolve(p.Schema).ReadOnly && !p.Schema.ReadOnly {
				writable[p.Name] = true
			}
		}
		sent := map[string]bool{}
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			sent[name] = true
			if !writable[name] {
				t.Errorf("%s (%s %s) sends %q, which the schema does not take", typ.Name(), strings.ToUpper(tt.method), tt.path, name)
			}
		}
		if tt.method == "patch" {
			continue
		}
		for _, r := range schema.Required {
			if writable[r] && !sent[r] {
				t.Errorf("%s (%s %s) lacks %q, which the schema requires", typ.Name(), strings.ToUpper(tt.method), tt.path, r)
			}
		}
	}
	if f, ok := reflect.TypeOf(arcsecond.CollaborationInvitationCreate{}).FieldByName("CollaborationName"); ok {
		t.Errorf("the invitation create body has %s", f.Name)
	}
	// The methods take those bodies.
	for _, m := range []struct {
		method reflect.Type
		body   any
	}{
		{reflect.TypeOf((*arcsecond.ProfileSubscriptionsService).Replace), &arcsecond.SubscriptionReplace{}},
		{reflect.TypeOf((*arcsecond.ProfileSubscriptionsService).Update), &arcsecond.SubscriptionUpdate{}},
		{reflect.TypeOf((*arcsecond.CollaborationInvitationsService).Create), &arcsecond.CollaborationInvitationCreate{}},
		{reflect.TypeOf((*arcsecond.InvitationsService).Create), &arcsecond.CollaborationInvitationCreate{}},
	} {
		if got := m.method.In(m.method.NumIn() - 1); got != reflect.TypeOf(m.body) {
			t.Errorf("%v takes %v, want %T", m.method, got, m.body)
		}
	}
}

// DataFile and Target have one id: ID, set from pk when the API sends only
// that (the 2023 document names it pk, the CLI-era API id).
func TestIDFromPK(t *testing.T) {
	var f arcsecond.DataFile
	var tg arcsecond.Target
	for _, v := range []any{&f, &tg} {
		if err := json.Unmarshal([]byte(`{"pk":42}`), v); err != nil {
			t.Fatal(err)
		}
	}
	if f.ID != 42 || tg.ID != 42 {
		t.Errorf("ID from pk: file %d, target %d", f.ID, tg.ID)
	}
	for _, v := range []any{&f, &tg} {
		if err := json.Unmarshal([]byte(`{"id":7,"pk":42}`), v); err != nil {
			t.Fatal(err)
		}
	}
	if f.ID != 7 || tg.ID != 7 {
		t.Errorf("id wins over pk: file %d, target %d", f.ID, tg.ID)
	}
}

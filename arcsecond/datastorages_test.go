package arcsecond_test

import (
	"errors"
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
	"github.com/arcsecond-go/arcsecond/arcsecond/arcsecondtest"
)

func TestDataStorages(t *testing.T) {
	_, c := publicServer(t)
	ctx := t.Context()
	st, _, err := c.DataStorages.Create(ctx, &arcsecond.DataStorageCreate{Name: "Archive bucket", Type: arcsecond.DataStorageS3, Region: "eu-west-3", Credentials: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	if st.UUID == "" || st.Type != arcsecond.DataStorageS3 {
		t.Fatalf("created %+v", st)
	}
	got, _, err := c.DataStorages.Update(ctx, st.UUID, &arcsecond.DataStorageCreate{Type: arcsecond.DataStorageS3, Description: "raw frames"})
	if err != nil || got.Description != "raw frames" || got.Name != "Archive bucket" {
		t.Fatalf("update: %+v, %v", got, err)
	}
	list, _, err := c.DataStorages.List(ctx, nil)
	found := false // beside the seeded storage
	for _, x := range list {
		found = found || x.UUID == st.UUID
	}
	if err != nil || !found {
		t.Fatalf("list: %v, %v", list, err)
	}
	if _, err := c.DataStorages.Delete(ctx, st.UUID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.DataStorages.Get(ctx, st.UUID); !errors.Is(err, arcsecond.ErrNotFound) {
		t.Errorf("deleted storage: %v", err)
	}
	if _, _, err := c.DataStoragePoints.List(ctx, nil); !errors.Is(err, arcsecond.ErrNoOrganisation) {
		t.Errorf("points without an organisation: %v", err)
	}
	if _, _, err := c.ForOrganisation(arcsecondtest.SeedOrganisation).DataStoragePoints.List(ctx, nil); err != nil {
		t.Error(err)
	}
}

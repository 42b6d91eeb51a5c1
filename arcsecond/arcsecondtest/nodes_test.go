package arcsecondtest

import (
	"net/http"
	"testing"
)

// A node created under a dataset (POST /nodes/data-{uuid}/) belongs to it:
// the dataset's tree lists it and its URL reads it, though the request
// schema (TargetTreeNodeWithTree) has no dataset member.
func TestDataNodeRoundTrip(t *testing.T) {
	s := newTestServer(t)
	c := clientAs(t, s, "carl")
	ds := str(send(t, c, http.MethodPost, "datasets/", map[string]any{"name": "nodes"}).object()["uuid"])
	r := send(t, c, http.MethodPost, "nodes/data-"+ds+"/", map[string]any{"name": "folder", "is_folder": true})
	wantStatus(t, "create", r, http.StatusCreated)
	pk := str(r.object()["pk"])
	list, _ := send(t, c, http.MethodGet, "nodes/data-"+ds+"/", nil).body.([]any)
	if len(list) != 1 || str(list[0].(map[string]any)["pk"]) != pk {
		t.Errorf("the dataset's tree: %v, want the node %s", list, pk)
	}
	wantStatus(t, "read", send(t, c, http.MethodGet, "nodes/data-"+ds+"/"+pk+"/", nil), http.StatusOK)
	other := str(send(t, c, http.MethodPost, "datasets/", map[string]any{"name": "other"}).object()["uuid"])
	wantStatus(t, "read under another dataset", send(t, c, http.MethodGet, "nodes/data-"+other+"/"+pk+"/", nil), http.StatusNotFound)
}

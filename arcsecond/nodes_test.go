package arcsecond_test

import (
	"testing"

	"github.com/arcsecond-go/arcsecond/arcsecond"
)

func TestIObserveTree(t *testing.T) {
	_, c := publicServer(t)
	ctx := t.Context()
	tree := c.Nodes.IObserve
	root, _, err := tree.Create(ctx, &arcsecond.TargetTreeNodeWithTreeCreate{Name: arcsecond.Ptr("Galaxies"), IsFolder: arcsecond.Ptr(true)})
	if err != nil {
		t.Fatal(err)
	}
	if root.PK == 0 || root.Name != "Galaxies" || !root.IsFolder {
		t.Fatalf("root %+v", root)
	}
	child, _, err := tree.AddChild(ctx, root.PK, &arcsecond.TargetTreeNodeWithTreeCreate{
		Name: arcsecond.Ptr("M 31"), TargetClass: arcsecond.Ptr(arcsecond.TargetTreeNodeClassAstronomicalObject)})
	if err != nil {
		t.Fatal(err)
	}
	if child.Parent == nil || *child.Parent != root.PK {
		t.Errorf("child %+v is not under %d", child, root.PK)
	}
	nodes, _, err := tree.List(ctx, nil)
	if err != nil || len(nodes) < 2 {
		t.Fatalf("nodes: %v, %v", nodes, err)
	}
	if _, err := tree.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if nodes, _, err := tree.List(ctx, nil); err != nil || len(nodes) != 0 {
		t.Errorf("after DeleteAll: %v, %v", nodes, err)
	}
	if _, _, err := tree.AddChild(ctx, 1, nil); err == nil {
		t.Error("nil body accepted")
	}
}

func TestDatasetTreeRoute(t *testing.T) {
	c, last := recordingClient(t, `[]`)
	if _, _, err := c.Nodes.Data("5c2d3a8e").List(t.Context(), nil); err != nil || *last != "GET /nodes/data-5c2d3a8e/" {
		t.Errorf("sent %s, %v", *last, err)
	}
	if _, err := c.Nodes.Data("5c2d3a8e").Delete(t.Context(), 7); err != nil || *last != "DELETE /nodes/data-5c2d3a8e/7/" {
		t.Errorf("sent %s, %v", *last, err)
	}
	for _, bad := range []string{"", "a/b"} {
		if _, _, err := forbidSending(t).Nodes.Data(bad).List(t.Context(), nil); err == nil {
			t.Errorf("Data(%q) accepted", bad)
		}
	}
}

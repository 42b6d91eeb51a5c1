package arcsecond

import (
	"context"
	"net/http"
)

// NodesService reads and edits the target trees of iObserve: the personal
// tree at /nodes/iobserve/ and the tree of a dataset at /nodes/data-{uuid}/.
type NodesService struct {
	IObserve TargetTreeService
	base     endpoint
}

func (s *NodesService) bind(ep endpoint) {
	s.base = ep
	s.IObserve.bind(ep.at("iobserve"))
}

// Data returns the target tree of the dataset uuid (/nodes/data-{uuid}/); an
// empty or invalid uuid is returned by every call.
func (s *NodesService) Data(uuid string) *TargetTreeService {
	ep := s.base
	if err := checkSegment(uuid); err != nil {
		ep.err = err
	} else {
		ep = ep.at("data-" + uuid)
	}
	return bound[TargetTreeService](ep)
}

// TargetTreeService is one target tree: List (GET, its nodes), Get (GET
// {id}/), Create (POST, a root node), AddChild (POST {id}/, a node under
// id), Update/Replace (PATCH/PUT {id}/), Delete (DELETE {id}/) and DeleteAll
// (DELETE on the tree). Writes answer the node with the whole tree.
type TargetTreeService struct{ ep endpoint }

// AddChild creates a node under the node id (POST {tree}/{id}/).
//
// POST /nodes/{tree}/{id}/ ({tree}: iobserve or data-{uuid}).
func (s *TargetTreeService) AddChild(ctx context.Context, id int, body *TargetTreeNodeWithTreeCreate) (*TargetTreeNodeWithTree, *Response, error) {
	if body == nil {
		return nil, nil, errNilBody
	}
	return fetch[TargetTreeNodeWithTree](ctx, s.ep, http.MethodPost, id, nil, body)
}

// DeleteAll deletes every node of the tree (DELETE on the tree's route).
//
// DELETE /nodes/{tree}/ ({tree}: iobserve or data-{uuid}).
func (s *TargetTreeService) DeleteAll(ctx context.Context) (*Response, error) {
	return s.ep.call(ctx, http.MethodDelete, nil, nil, nil, nil)
}

package arcsecond

// BetasService registers interest in Arcsecond's beta programmes: GET, POST
// /betas/ (anonymous).
type BetasService struct {
	Lister[BetaInterest, ListOptions]
	Creator[BetaInterest, BetaInterestRequest]
}

func (s *BetasService) bind(ep endpoint) { bindAll(ep, &s.Lister, &s.Creator) }

// VotesService reads and edits the features users vote on: GET
// /votes/[{id}/], PUT, PATCH /votes/{id}/.
type VotesService struct {
	ReadOnly[Vote, int, ListOptions]
	Updater[Vote, VoteRequest, int]
}

func (s *VotesService) bind(ep endpoint) { bindAll(ep, &s.Lister, &s.Getter, &s.Updater) }

// VoteSessionsService reads vote sessions: GET /votessessions/[{id}/], with
// the comments (GET, POST …/{id}/comments/) and votes (GET …/{id}/votes/)
// of a session.
type VoteSessionsService struct {
	ReadOnly[VoteSession, int, ListOptions]
}

// VoteSessionCommentsService lists and posts the comments of a session.
type VoteSessionCommentsService struct {
	Lister[VoteSessionComment, ListOptions]
	Creator[VoteSessionComment, VoteSessionCommentRequest]
}

func (s *VoteSessionCommentsService) bind(ep endpoint) { bindAll(ep, &s.Lister, &s.Creator) }

// Comments returns the comments of the session id.
func (s *VoteSessionsService) Comments(id int) VoteSessionCommentsService {
	return bound[VoteSessionCommentsService](s.Getter.endpoint.child(id, "comments"))
}

// Votes returns the votes of the session id.
func (s *VoteSessionsService) Votes(id int) Lister[Vote, ListOptions] {
	return Lister[Vote, ListOptions]{s.Getter.endpoint.child(id, "votes")}
}

// StatsService reads Arcsecond's daily statistics: GET /stats/ (paginated)
// and /stats/{id}/.
type StatsService struct {
	ReadOnly[AppStats, int, ListOptions]
}

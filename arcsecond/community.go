package arcsecond

// BetasService registers interest in Arcsecond's beta programmes: GET, POST
// /betas/ (anonymous).
type BetasService struct{ ep endpoint }

// VotesService reads and edits the features users vote on: GET
// /votes/[{id}/], PUT, PATCH /votes/{id}/.
type VotesService struct{ ep endpoint }

// VoteSessionsService reads vote sessions: GET /votessessions/[{id}/], with
// the comments (GET, POST …/{id}/comments/) and votes (GET …/{id}/votes/)
// of a session.
type VoteSessionsService struct{ ep endpoint }

// VoteSessionCommentsService lists and posts the comments of a session.
type VoteSessionCommentsService struct{ ep endpoint }

// Comments returns the comments of the session id.
//
// Route: /votessessions/{id}/comments/.
func (s *VoteSessionsService) Comments(id int) *VoteSessionCommentsService {
	return bound[VoteSessionCommentsService](s.ep.child(id, "comments"))
}

// VoteSessionVotesService lists the votes of one session.
type VoteSessionVotesService struct{ ep endpoint }

// Votes returns the votes of the session id: /votessessions/{id}/votes/.
func (s *VoteSessionsService) Votes(id int) *VoteSessionVotesService {
	return bound[VoteSessionVotesService](s.ep.child(id, "votes"))
}

// StatsService reads Arcsecond's daily statistics: GET /stats/ (paginated)
// and /stats/{id}/.
type StatsService struct{ ep endpoint }

package arcsecond

// CollaborationsService reads and edits collaborations (groups of
// astronomers sharing data across organisations): GET, POST
// /collaborations/, GET, PUT, PATCH, DELETE /collaborations/{id}/, and the
// invitations of one collaboration.
type CollaborationsService struct{ ep endpoint }

// CollaborationInvitationsService lists and sends the invitations of one
// collaboration.
type CollaborationInvitationsService struct{ ep endpoint }

// Invitations returns the invitations of the collaboration id: GET, POST
// /collaborations/{id}/invitations/.
func (s *CollaborationsService) Invitations(id int) *CollaborationInvitationsService {
	return bound[CollaborationInvitationsService](s.ep.child(id, "invitations"))
}

// InvitationsService reads, answers and withdraws invitations to
// collaborations by their token: /invitations/[{token}/] (all methods).
type InvitationsService struct{ ep endpoint }

// OrganisationInvitationsService invites people into the client's
// organisation: /{org}/invitations/[{token}/] (all methods). Without an
// organisation every call returns ErrNoOrganisation.
type OrganisationInvitationsService struct{ ep endpoint }

// SubscriptionsService manages the e-mail alerts on activities (a
// telescope, a site, a programme, a target…): /subscriptions/[{id}/] (all
// methods, authenticated).
type SubscriptionsService struct{ ep endpoint }

package arcsecond

// Role is a membership role in an organisation, highest first.
type Role string

// Membership roles (arcsecond-io.github.io docs/portals/permissions.md). Superadmins, admins and members
// may write; observers only read.
const (
	RoleSuperadmin Role = "superadmin"
	RoleAdmin      Role = "admin"
	RoleMember     Role = "member"
	RoleObserver   Role = "observer"
)

// CanWrite reports whether the role may create datasets and upload data.
func (r Role) CanWrite() bool {
	return r == RoleSuperadmin || r == RoleAdmin || r == RoleMember
}

// Member is a membership of the organisation (2023 schema MembershipList).
type Member struct {
	PK           int          `json:"pk"`
	DateJoined   Timestamp    `json:"date_joined"`
	Role         Role         `json:"role"`
	Organisation Organisation `json:"organisation"`
	Username     string       `json:"username"`
	FirstName    string       `json:"first_name"`
	LastName     string       `json:"last_name"`
	Title        string       `json:"title"`
	Email        string       `json:"email"`
	Avatar       string       `json:"avatar"`
	IsPayer      bool         `json:"is_payer"`
}

// MemberCreate adds a user to the organisation with a role.
type MemberCreate struct {
	Username string `json:"username"`
	Role     Role   `json:"role"`
}

// MemberUpdate changes a member's role.
type MemberUpdate struct {
	Role *Role `json:"role,omitempty"`
}

// MembersService manages the members of an organisation: /{org}/members/
// with integer ids (organisation only: ErrNoOrganisation without one).
// Admins create, update and delete; 403 for other roles.
type MembersService struct{ ep endpoint }

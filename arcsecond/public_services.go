package arcsecond

//go:generate go run ./internal/genapi

// PublicServices are the public astronomy data (objects, exoplanets,
// satellites, archives, standard stars…) and the remaining routes of the
// API's 2023 OpenAPI document. They are fields of every Client (c.Objects,
// c.Exoplanets …), bound by NewClient.
type PublicServices struct {
	// Public astronomy data (anonymous, never organisation-scoped).
	Archives      ArchivesService
	ATel          ATelService
	Catalogues    CataloguesService
	Converters    ConvertersService
	Coordinates   CoordinatesService
	Exoplanets    ExoplanetsService
	FindingCharts FindingChartsService
	GCN           GCNService
	Objects       ObjectsService
	People        PeopleService
	Programmes    ProgrammesService
	Publications  PublicationsService
	Releases      ReleasesService
	Satellites    SatellitesService
	SmallBodies   SmallBodiesService
	StandardStars StandardStarsService

	// Equipment and community routes of the 2023 schema.
	Betas               BetasService
	Billing             BillingService
	Collaborations      CollaborationsService
	DataStorages        DataStoragesService
	Instruments         InstrumentsService
	Interferometers     InterferometersService
	Invitations         InvitationsService
	Mirrors             MirrorsService
	Nodes               NodesService
	ObservingSiteImages ObservingSiteImagesService
	Schema              SchemaService
	Stats               StatsService
	Subscriptions       SubscriptionsService
	TelescopeStations   TelescopeStationsService
	Votes               VotesService
	VoteSessions        VoteSessionsService

	// Organisation-only portal resources (/{org}/…; ErrNoOrganisation
	// without an organisation).
	DataFolders             DataFoldersService
	DataStoragePoints       DataStoragePointsService
	DatasetCounts           DatasetCountsService
	Detectors               DetectorsService
	Events                  EventsService
	ObservedTargets         ObservedTargetsService
	OrganisationInstruments OrganisationInstrumentsService
	OrganisationInvitations OrganisationInvitationsService
	OrganisationStats       OrganisationStatsService
	Periods                 PeriodsService
	Reminders               RemindersService
	TelescopeActivations    TelescopeActivationsService
	TelescopeOwnerships     TelescopeOwnershipsService
}

func (c *Client) bindPublicServices() {
	bind := c.bindTo()
	bind(&c.Archives, "archives/", Global)
	bind(&c.ATel, "telegrams/ATel/", Global)
	bind(&c.Catalogues, "catalogues/", Global)
	bind(&c.Converters, "converters/", Global)
	bind(&c.Coordinates, "coordinates/", Global)
	bind(&c.Exoplanets, "exoplanets/", Global)
	bind(&c.FindingCharts, "findingcharts/", Global)
	bind(&c.GCN, "telegrams/GCN/Circulars/", Global)
	bind(&c.Objects, "objects/", Global)
	bind(&c.People, "people/", Global)
	bind(&c.Programmes, "programmes/", Global)
	bind(&c.Publications, "publications/", Global)
	bind(&c.Releases, "releases/", Global)
	bind(&c.Satellites, "satellites/", Global)
	bind(&c.SmallBodies, "smallbodies/", Global)
	bind(&c.StandardStars, "standardstars/", Global)

	bind(&c.Betas, "betas/", Global)
	bind(&c.Billing, "stripe/", Global)
	bind(&c.Collaborations, "collaborations/", Global)
	bind(&c.DataStorages, "datastorages/", Global)
	bind(&c.Instruments, "instruments/", Global)
	bind(&c.Interferometers, "interferometers/", Global)
	bind(&c.Invitations, "invitations/", Global)
	bind(&c.Mirrors, "mirrors/", Global)
	bind(&c.Nodes, "nodes/", Global)
	bind(&c.ObservingSiteImages, "observingsiteimages/", Global)
	bind(&c.Schema, "schema/", Global)
	bind(&c.Stats, "stats/", Global)
	bind(&c.Subscriptions, "subscriptions/", Global)
	bind(&c.TelescopeStations, "telescopestations/", Global)
	bind(&c.Votes, "votes/", Global)
	bind(&c.VoteSessions, "votessessions/", Global)

	bind(&c.DataFolders, "datafolders/", OrgOnly)
	bind(&c.DataStoragePoints, "datastoragepoints/", OrgOnly)
	bind(&c.DatasetCounts, "datasetcounts/", OrgOnly)
	bind(&c.Detectors, "detectors/", OrgOnly)
	bind(&c.Events, "events/", OrgOnly)
	bind(&c.ObservedTargets, "observedtargets/", OrgOnly)
	bind(&c.OrganisationInstruments, "instruments/", OrgOnly)
	bind(&c.OrganisationInvitations, "invitations/", OrgOnly)
	bind(&c.OrganisationStats, "stats/", OrgOnly)
	bind(&c.Periods, "periods/", OrgOnly)
	bind(&c.Reminders, "reminders/", OrgOnly)
	bind(&c.TelescopeActivations, "telescopeactivations/", OrgOnly)
	bind(&c.TelescopeOwnerships, "telescopeownerships/", OrgOnly)
}

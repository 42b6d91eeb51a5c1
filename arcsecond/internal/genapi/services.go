package main

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// service is one service type of the SDK and the generic operations it
// offers on its route. genapi writes one thin method per operation into
// services_gen.go, documented with its route, scope and errors, over the
// unexported generic functions of resource.go.
type service struct {
	Type  string // the service's Go type
	Route string // the collection route: /[{org}/]… (personal or organisation), /{org}/… (organisation only) or /…
	Key   string // the item's route parameter ({uuid}); its Go type is KeyType, "string" when empty
	Item  string // the type an item decodes into
	Noun  string // singular and plural for the docs, "data file|data files" (plural: singular+"s" when omitted)
	Ops   string // among List All Get Create Update Replace Delete FindOne Upsert (by name, as the CLI's find_one and upsert)
	// Opts is the list options type (ListOptions when empty), Create and
	// Update the bodies of POST and of PATCH/PUT, Replace the body of PUT
	// when the document's PUT requires more than PATCH (Update when empty),
	// Written the type a write answers (Item when empty).
	Opts, Create, Update, Replace, Written string
	KeyType                                string
	// OrgOnlyWrites: Update, Replace and Delete exist only under /{org}/.
	OrgOnlyWrites bool
	// CustomBind: the service binds itself (it holds more than its route).
	CustomBind bool
	Note       string // a sentence added to every operation's doc
	// AltOps are item operations by a second key, AltKey (of Go type
	// AltKeyType), named with AltSuffix: GetByName, DeleteByID.
	AltOps, AltKey, AltKeyType, AltSuffix string

	suffix string // of the methods being written: AltSuffix for AltOps
}

// services is the table of every service. A service with no Ops only gets
// its bind method: its operations are written by hand.
var services = []service{
	// Cloud resources.
	{Type: "ActivitiesService", Route: "/[{org}/]activities/", Key: "id", KeyType: "int", Item: "Activity", Noun: "activity|activities",
		Ops: "List All Get Create Update Replace Delete", Create: "ActivityCreate", Update: "ActivityUpdate", OrgOnlyWrites: true},
	{Type: "AgentsService", Route: "/[{org}/]agent/"},
	{Type: "AllSkyCamerasService", Route: "/[{org}/]allskycameras/", Key: "uuid", Item: "AllSkyCamera", Noun: "all-sky camera",
		Ops: "List All Get Create", Create: "AllSkyCameraCreate"},
	{Type: "AllSkyImagesService", Route: "/[{org}/]allskycameras/{uuid}/images/", Item: "AllSkyImage", Noun: "image", Ops: "List All"},
	{Type: "AlpacaServersService", Route: "/[{org}/]alpacaservers/", Item: "AlpacaServer", Noun: "Alpaca server", Ops: "List All Create",
		Opts: "AlpacaServerListOptions", Create: "AlpacaServerCreate"},
	{Type: "AlpacaDevicesService", Route: "/[{org}/]alpacadevices/", Item: "AlpacaDevice", Noun: "Alpaca device", Ops: "List All Create",
		Opts: "AlpacaDeviceListOptions", Create: "AlpacaDeviceCreate"},
	{Type: "EmailsService", Route: "/auth/emails/", Key: "email", Item: "EmailAddress", Noun: "e-mail address|e-mail addresses",
		Ops: "List All Get Create Update Replace Delete", Create: "EmailAddress", Update: "EmailAddressUpdate"},
	{Type: "CalibrationsService", Route: "/[{org}/]calibrations/", Key: "uuid", Item: "Calibration", Noun: "calibration",
		Ops: "List All Get Create Update Replace Delete", Opts: "ObservationListOptions", Create: "CalibrationCreate", Update: "CalibrationUpdate"},
	{Type: "DataFilesService", Route: "/[{org}/]datafiles/", Key: "id", KeyType: "int", Item: "DataFile", Noun: "data file",
		Ops: "List All Get Update Delete", Opts: "DataFileListOptions", Update: "DataFileUpdate",
		AltOps: "Get Update Delete", AltKey: "name", AltSuffix: "ByName"}, // Replace (a multipart PUT) is in datafiles.go
	{Type: "DataPackagesService", Route: "/[{org}/]datapackages/", Key: "uuid", Item: "DataPackage", Noun: "data package",
		Ops: "List All Get Create Update Replace Delete FindOne Upsert", Create: "DataPackageCreate", Update: "DataPackageUpdate"},
	{Type: "DatasetsService", Route: "/[{org}/]datasets/", Key: "uuid", Item: "Dataset", Noun: "dataset",
		Ops: "List All Get Create Update Replace Delete FindOne Upsert", Opts: "DatasetListOptions", Create: "DatasetCreate", Update: "DatasetUpdate"},
	{Type: "DatasetFilesService", Route: "/[{org}/]datasets/{uuid}/datafiles/", Key: "name", Item: "DataFile", Noun: "file",
		Ops: "List All Get Update Delete", Update: "DataFileUpdate",
		AltOps: "Get Update Delete", AltKey: "id", AltKeyType: "int", AltSuffix: "ByID"}, // Replace: datafiles.go
	{Type: "EquipmentService", Route: "/[{org}/]{equipment}/", Key: "uuid", Item: "Equipment", Noun: "device",
		Ops: "List All Get Create Update Replace", Create: "EquipmentCreate", Update: "EquipmentUpdate",
		Note: "{equipment} is the Client field's route: enclosures, safetymonitors, observingconditions, cameras, filterwheels, rotators, focusers, switches or covercalibrators."},
	{Type: "MembersService", Route: "/{org}/members/", Key: "id", KeyType: "int", Item: "Member", Noun: "member",
		Ops: "List All Get Create Update Replace Delete", Create: "MemberCreate", Update: "MemberUpdate"},
	{Type: "NightLogsService", Route: "/[{org}/]nightlogs/", Key: "uuid", Item: "NightLog", Noun: "night log",
		Ops: "List All Get Create Update Replace Delete", Opts: "NightLogListOptions", Create: "NightLogCreate", Update: "NightLogUpdate"},
	{Type: "NightObservationsService", Route: "/[{org}/]nightlogs/{uuid}/observations/", Item: "Observation", Noun: "observation",
		Ops: "List All Create", Create: "ObservationCreate"},
	{Type: "NightCalibrationsService", Route: "/[{org}/]nightlogs/{uuid}/calibrations/", Item: "Calibration", Noun: "calibration",
		Ops: "List All Create", Create: "CalibrationCreate"},
	{Type: "ObservationsService", Route: "/[{org}/]observations/", Key: "uuid", Item: "Observation", Noun: "observation",
		Ops: "List All Get Create Update Replace Delete", Opts: "ObservationListOptions", Create: "ObservationCreate", Update: "ObservationUpdate"},
	{Type: "ObservingRunsService", Route: "/observingruns/", Key: "uuid", Item: "ObservingRun", Noun: "observing run",
		Ops: "List All Get Create Update Replace Delete", Create: "ObservingRunCreate", Update: "ObservingRunUpdate"},
	{Type: "RunNightLogsService", Route: "/observingruns/{uuid}/nightlogs/", Item: "NightLog", Noun: "night log",
		Ops: "List All Create", Create: "NightLogCreate"},
	{Type: "ObservingSitesService", Route: "/[{org}/]observingsites/", Key: "uuid", Item: "ObservingSite", Noun: "observing site",
		Ops: "List All Get Create Update Replace", Create: "ObservingSiteCreate", Update: "ObservingSiteUpdate"},
	{Type: "SiteImagesService", Route: "/observingsites/{uuid}/images/", Item: "SiteImage", Noun: "picture", Ops: "List All"},
	{Type: "SiteTelescopesService", Route: "/observingsites/{uuid}/telescopes/", Item: "Telescope", Noun: "telescope",
		Ops: "List All Create", Create: "TelescopeCreate"},
	{Type: "SiteUpdatesService", Route: "/observingsites/updates/", Item: "UpdateLog", Noun: "change|changes", Ops: "List All"},
	{Type: "OrganisationsService", Route: "/organisations/", Key: "subdomain", Item: "Organisation", Noun: "organisation",
		Ops: "List All Get Create Update Replace", Create: "OrganisationCreate", Update: "OrganisationUpdate"},
	{Type: "UploadKeysService", Route: "/{org}/uploadkeys/", Item: "OrganisationUploadKey", Noun: "upload key", Ops: "List All"},
	{Type: "ProfilesService", Route: "/profiles/", Key: "username", Item: "Profile", Noun: "profile",
		Ops: "List All Get Update Replace", Opts: "ProfileListOptions", Update: "ProfileUpdate"},
	{Type: "SharedKeysService", Route: "/profiles/{username}/sharedkeys/", Key: "id", KeyType: "int", Item: "SharedKey", Noun: "shared key",
		Ops: "List All Create Delete", Create: "SharedKeyCreate"},
	{Type: "ProfileDataStoragesService", Route: "/profiles/{username}/datastorages/", Item: "DataStorage", Noun: "storage",
		Ops: "List All Create", Create: "DataStorageCreate"},
	{Type: "ProfileSubscriptionsService", Route: "/profiles/{username}/subscriptions/", Key: "stripe_id", Item: "Subscription", Noun: "subscription",
		Ops: "List All Get Update Replace", Update: "SubscriptionUpdate", Replace: "SubscriptionReplace"},
	{Type: "TargetListsService", Route: "/[{org}/]targetlists/", Key: "uuid", Item: "TargetList", Noun: "target list",
		Ops: "List All Get Create Update Replace Delete FindOne", Opts: "NameListOptions", Create: "TargetListCreate", Update: "TargetListUpdate"},
	{Type: "TargetsService", Route: "/[{org}/]targets/", Key: "id", KeyType: "int", Item: "Target", Noun: "target",
		Ops: "List All Get Create Update Replace Delete FindOne Upsert", Opts: "NameListOptions", Create: "TargetCreate", Update: "TargetUpdate"},
	{Type: "TelescopesService", Route: "/[{org}/]telescopes/", Key: "uuid_or_alias", Item: "Telescope", Noun: "telescope",
		Ops: "List All Get Create Update Replace Delete FindOne Upsert", Create: "TelescopeCreate", Update: "TelescopeUpdate"},
	{Type: "TelescopeImagesService", Route: "/[{org}/]telescopes/{uuid_or_alias}/images/", Item: "TelescopeImage", Noun: "picture", Ops: "List All"},
	{Type: "TelescopeUpdatesService", Route: "/telescopes/updates/", Item: "UpdateLog", Noun: "change|changes", Ops: "List All"},

	// Public astronomy data.
	{Type: "ArchivesService", Route: "/archives/", Key: "name", Item: "DataArchive", Noun: "archive", Ops: "List All Get", CustomBind: true},
	{Type: "ESODataService", Route: "/archives/ESO/data/", Item: "ESOArchiveDataRow", Noun: "observation row", Ops: "List All"},
	{Type: "ESOProgrammesService", Route: "/archives/ESO/programmes/", Key: "identifier", Item: "ESOProgramme", Noun: "programme", Ops: "Get"},
	{Type: "GeminiDataService", Route: "/archives/Gemini/data/", Item: "GeminiArchiveDataRow", Noun: "observation row", Ops: "List All"},
	{Type: "GeminiProgrammesService", Route: "/archives/Gemini/programmes/", Key: "identifier", Item: "GeminiProgramme", Noun: "programme", Ops: "Get"},
	{Type: "ATelService", Route: "/telegrams/ATel/", Key: "identifier", KeyType: "int", Item: "AstronomersTelegram", Noun: "telegram",
		Ops: "List All Get Update Replace", Update: "AstronomersTelegramPrivateUpdate", Written: "AstronomersTelegramPrivate"},
	{Type: "CataloguesService", Route: "/catalogues/", Key: "id", KeyType: "int", Item: "Catalogue", Noun: "catalogue", Ops: "List All Get"},
	{Type: "CatalogueTablesService", Route: "/catalogues/{id}/tables/", Key: "table_index", KeyType: "int", Item: "CatalogueTable", Noun: "table", Ops: "List All Get"},
	{Type: "CatalogueRowsService", Route: "/catalogues/{id}/tables/{table_index}/rows/", Item: "CatalogueRow", Noun: "row", Ops: "List All"},
	{Type: "ConvertersService", Route: "/converters/"},
	{Type: "CoordinatesService", Route: "/coordinates/", Key: "id", KeyType: "int", Item: "GeoCoordinates", Noun: "position", Ops: "Get"},
	{Type: "ExoplanetsService", Route: "/exoplanets/", Key: "name", Item: "Exoplanet", Noun: "exoplanet", Ops: "List All Get", Opts: "ExoplanetListOptions"},
	{Type: "FindingChartsService", Route: "/findingcharts/"},
	{Type: "GCNService", Route: "/telegrams/GCN/Circulars/", Key: "identifier", KeyType: "int", Item: "GCNCircular", Noun: "circular", Ops: "Get"},
	{Type: "ObjectsService", Route: "/objects/", Key: "name", Item: "AstronomicalObject", Noun: "object", Ops: "Get",
		Note: "Names may hold spaces and any Unicode; they are path-escaped."},
	{Type: "PeopleService", Route: "/people/", Item: "Person", Noun: "person|people", Ops: "List All"},
	{Type: "ProgrammesService", Route: "/programmes/", Item: "Programme", Noun: "programme", Ops: "List All", Opts: "ProgrammeListOptions"},
	{Type: "PublicationsService", Route: "/publications/", Key: "bibcode", Item: "PublicationFull", Noun: "publication", Ops: "Get"},
	{Type: "ReleasesService", Route: "/releases/", Item: "Release", Noun: "release", Ops: "List All", Opts: "ReleaseListOptions"},
	{Type: "SatellitesService", Route: "/satellites/", Key: "norad_catalog_number", Item: "Satellite", Noun: "satellite", Ops: "List All Get"},
	{Type: "SmallBodiesService", Route: "/smallbodies/", Key: "primary_spk_id_or_pdes", Item: "SmallBody", Noun: "small body|small bodies", Ops: "List All Get"},
	{Type: "StandardStarsService", Route: "/standardstars/"},

	// Equipment and community routes of the 2023 document.
	{Type: "BetasService", Route: "/betas/", Item: "BetaInterest", Noun: "beta registration", Ops: "List All Create", Create: "BetaInterestCreate"},
	{Type: "BillingService", Route: "/stripe/"},
	{Type: "CollaborationsService", Route: "/collaborations/", Key: "id", KeyType: "int", Item: "Collaboration", Noun: "collaboration",
		Ops: "List All Get Create Update Replace Delete", Create: "CollaborationCreate", Update: "CollaborationUpdate"},
	{Type: "CollaborationInvitationsService", Route: "/collaborations/{id}/invitations/", Item: "CollaborationInvitation", Noun: "invitation",
		Ops: "List All Create", Create: "CollaborationInvitationCreate"},
	{Type: "DataStoragesService", Route: "/datastorages/", Key: "uuid", Item: "DataStorage", Noun: "storage",
		Ops: "List All Get Create Update Replace Delete", Create: "DataStorageCreate", Update: "DataStorageCreate"},
	{Type: "InstrumentsService", Route: "/instruments/", Key: "uuid", Item: "Instrument", Noun: "instrument",
		Ops: "List All Get Create Update Replace", Create: "InstrumentCreate", Update: "InstrumentUpdate"},
	{Type: "InterferometersService", Route: "/interferometers/", Key: "uuid", Item: "Interferometer", Noun: "interferometer",
		Ops: "List All Get Update Replace", Update: "InterferometerUpdate"},
	{Type: "InvitationsService", Route: "/invitations/", Key: "token", Item: "CollaborationInvitation", Noun: "invitation",
		Ops: "List All Get Create Update Replace Delete", Create: "CollaborationInvitationCreate", Update: "CollaborationInvitationUpdate"},
	{Type: "MirrorsService", Route: "/mirrors/", Key: "id", KeyType: "int", Item: "Mirror", Noun: "mirror",
		Ops: "List All Get Update Replace", Update: "MirrorUpdate"},
	{Type: "ObservingSiteImagesService", Route: "/observingsiteimages/", Item: "SiteImage", Noun: "site picture", Ops: "List All"},
	{Type: "SchemaService", Route: "/schema/"},
	{Type: "StatsService", Route: "/stats/", Key: "id", KeyType: "int", Item: "AppStats", Noun: "daily statistic", Ops: "List All Get"},
	{Type: "SubscriptionsService", Route: "/subscriptions/", Key: "id", KeyType: "int", Item: "ActivitySubscription", Noun: "subscription",
		Ops: "List All Get Create Update Replace Delete", Create: "ActivitySubscriptionCreate", Update: "ActivitySubscriptionUpdate"},
	{Type: "TargetTreeService", Route: "/nodes/{tree}/", Key: "id", KeyType: "int", Item: "TargetTreeNode", Noun: "node",
		Ops: "List All Get Create Update Replace Delete", Create: "TargetTreeNodeWithTreeCreate", Update: "TargetTreeNodeWithTreeUpdate",
		Written: "TargetTreeNodeWithTree", Note: "{tree} is iobserve (NodesService.IObserve) or data-{uuid} (NodesService.Data); writes answer the node with its tree."},
	{Type: "TelescopeStationsService", Route: "/telescopestations/", Item: "TelescopeStation", Noun: "station", Ops: "List All"},
	{Type: "VotesService", Route: "/votes/", Key: "id", KeyType: "int", Item: "Vote", Noun: "vote", Ops: "List All Get Update Replace", Update: "VoteUpdate"},
	{Type: "VoteSessionsService", Route: "/votessessions/", Key: "id", KeyType: "int", Item: "VoteSession", Noun: "vote session", Ops: "List All Get"},
	{Type: "VoteSessionCommentsService", Route: "/votessessions/{id}/comments/", Item: "VoteSessionComment", Noun: "comment",
		Ops: "List All Create", Create: "VoteSessionCommentCreate"},
	{Type: "VoteSessionVotesService", Route: "/votessessions/{id}/votes/", Item: "Vote", Noun: "vote", Ops: "List All"},

	// Organisation-only portal resources.
	{Type: "DataFoldersService", Route: "/{org}/datafolders/"},
	{Type: "DataStoragePointsService", Route: "/{org}/datastoragepoints/", Item: "DataStoragePoint", Noun: "storage volume measure", Ops: "List All"},
	{Type: "DatasetCountsService", Route: "/{org}/datasetcounts/", Item: "DatasetCount", Noun: "dataset count", Ops: "List All"},
	{Type: "DetectorsService", Route: "/{org}/detectors/", Key: "id", KeyType: "int", Item: "Detector", Noun: "detector",
		Ops: "List All Get Update Replace", Update: "DetectorUpdate"},
	{Type: "EventsService", Route: "/{org}/events/", Key: "id", KeyType: "int", Item: "ScheduleEvent", Noun: "schedule event",
		Ops: "List All Get Create Update Replace Delete", Create: "ScheduleEventCreate", Update: "ScheduleEventUpdate"},
	{Type: "ObservedTargetsService", Route: "/{org}/observedtargets/", Item: "ObservedTarget", Noun: "observed target", Ops: "List All"},
	{Type: "OrganisationInstrumentsService", Route: "/{org}/instruments/", Key: "uuid", Item: "OrganisationInstrument", Noun: "instrument",
		Ops: "List All Get Update Replace", Update: "OrganisationInstrumentUpdate"},
	{Type: "OrganisationInvitationsService", Route: "/{org}/invitations/", Key: "token", Item: "OrganisationInvitation", Noun: "invitation",
		Ops: "List All Get Create Update Replace Delete", Create: "OrganisationInvitationCreate", Update: "OrganisationInvitationUpdate"},
	{Type: "OrganisationStatsService", Route: "/{org}/stats/", Item: "OrganisationStats", Noun: "usage statistic", Ops: "List All"},
	{Type: "PeriodsService", Route: "/{org}/periods/", Item: "Period", Noun: "observing period", Ops: "List All Create", Create: "PeriodCreate"},
	{Type: "RemindersService", Route: "/{org}/reminders/", Key: "id", KeyType: "int", Item: "ScheduleEventReminder", Noun: "reminder",
		Ops: "List All Get Create Update Replace Delete", Create: "ScheduleEventReminderCreate", Update: "ScheduleEventReminderUpdate"},
	{Type: "TelescopeActivationsService", Route: "/{org}/telescopeactivations/", Key: "id", KeyType: "int", Item: "TelescopeActivation", Noun: "telescope activation",
		Ops: "List All Get Create Update Replace", Create: "TelescopeActivationCreate", Update: "TelescopeActivationUpdate"},
	{Type: "TelescopeOwnershipsService", Route: "/{org}/telescopeownerships/", Key: "id", KeyType: "int", Item: "TelescopeOwnership", Noun: "telescope ownership",
		Ops: "List All Get Create Update Replace", Create: "TelescopeOwnershipCreate", Update: "TelescopeOwnershipUpdate"},
}

// opOrder is the order of the operations in the generated file.
var opOrder = []string{"List", "All", "Get", "Create", "Update", "Replace", "Delete", "FindOne", "Upsert"}

// serviceMethods writes services_gen.go from the table.
func serviceMethods(table []service) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by internal/genapi from its service table (internal/genapi/services.go); DO NOT EDIT.\n\n")
	b.WriteString("package arcsecond\n\nimport (\n\t\"context\"\n\t\"iter\"\n\t\"net/http\"\n)\n")
	seen := map[string]bool{}
	sorted := append([]service(nil), table...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Type < sorted[j].Type })
	for _, s := range sorted {
		if seen[s.Type] {
			return nil, fmt.Errorf("service %s is in the table twice", s.Type)
		}
		seen[s.Type] = true
		if err := s.check(); err != nil {
			return nil, err
		}
		if !s.CustomBind {
			fmt.Fprintf(&b, "\nfunc (s *%s) bind(ep endpoint) { s.ep = ep }\n", s.Type)
		}
		alt := s
		alt.Key, alt.KeyType, alt.suffix = s.AltKey, s.AltKeyType, s.AltSuffix
		for _, w := range []struct {
			s   service
			ops []string
		}{{s, strings.Fields(s.Ops)}, {alt, strings.Fields(s.AltOps)}} {
			for _, op := range opOrder {
				if !slices.Contains(w.ops, op) {
					continue
				}
				b.WriteString("\n")
				for _, line := range w.s.doc(op) {
					b.WriteString(strings.TrimRight("// "+line, " ") + "\n")
				}
				b.WriteString(w.s.method(op))
			}
		}
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("services_gen.go: %w\n%s", err, b.Bytes())
	}
	return src, nil
}

func (s service) check() error {
	ops := strings.Fields(s.Ops)
	for _, op := range ops {
		if !slices.Contains(opOrder, op) {
			return fmt.Errorf("%s: unknown operation %q", s.Type, op)
		}
	}
	has := func(op string) bool { return slices.Contains(ops, op) }
	switch {
	case !strings.HasPrefix(s.Route, "/") || !strings.HasSuffix(s.Route, "/"):
		return fmt.Errorf("%s: route %q must start and end with /", s.Type, s.Route)
	case len(ops) > 0 && s.Item == "":
		return fmt.Errorf("%s: operations without an item type", s.Type)
	case (has("Get") || has("Update") || has("Replace") || has("Delete")) && s.Key == "":
		return fmt.Errorf("%s: item operations without a key", s.Type)
	case has("Create") && s.Create == "":
		return fmt.Errorf("%s: Create without a body type", s.Type)
	case (has("Update") || has("Replace") || strings.Contains(s.AltOps, "Update") || strings.Contains(s.AltOps, "Replace")) && s.Update == "":
		return fmt.Errorf("%s: Update without a body type", s.Type)
	case (has("FindOne") || has("Upsert")) && s.keyField() == "":
		return fmt.Errorf("%s: FindOne/Upsert need a uuid or id key", s.Type)
	case has("Upsert") && s.Create == "":
		return fmt.Errorf("%s: Upsert without a body type", s.Type)
	case s.AltOps != "" && (s.AltKey == "" || s.AltSuffix == ""):
		return fmt.Errorf("%s: AltOps without AltKey and AltSuffix", s.Type)
	}
	for _, op := range strings.Fields(s.AltOps) {
		switch op {
		case "Get", "Update", "Replace", "Delete":
		default:
			return fmt.Errorf("%s: %q is not an item operation (AltOps)", s.Type, op)
		}
	}
	return nil
}

func (s service) keyType() string {
	if s.KeyType == "" {
		return "string"
	}
	return s.KeyType
}

// keyField is the item's Go field holding its key, for Upsert.
func (s service) keyField() string {
	switch s.Key {
	case "uuid", "uuid_or_alias":
		return "UUID"
	case "id":
		return "ID"
	}
	return ""
}

func (s service) opts() string {
	if s.Opts == "" {
		return "ListOptions"
	}
	return s.Opts
}

func (s service) written() string {
	if s.Written == "" {
		return s.Item
	}
	return s.Written
}

// param is the key's Go parameter name: uuid_or_alias → uuidOrAlias.
func (s service) param() string {
	parts := strings.Split(s.Key, "_")
	for i := 1; i < len(parts); i++ {
		r := []rune(parts[i])
		r[0] = unicode.ToUpper(r[0])
		parts[i] = string(r)
	}
	return strings.Join(parts, "")
}

func (s service) nouns() (one, many string) {
	one, many, ok := strings.Cut(s.Noun, "|")
	if !ok {
		many = one + "s"
	}
	return one, many
}

// orgOnly reports whether op exists only under /{org}/.
func (s service) orgOnly(op string) bool {
	if strings.HasPrefix(s.Route, "/{org}/") {
		return true
	}
	return s.OrgOnlyWrites && (op == "Update" || op == "Replace" || op == "Delete")
}

// route is op's HTTP method and route.
func (s service) route(op string) string {
	r := s.Route
	if s.orgOnly(op) {
		r = strings.Replace(r, "/[{org}/]", "/{org}/", 1)
	}
	item := r + "{" + s.Key + "}/"
	switch op {
	case "List", "All":
		return "GET " + r
	case "Get":
		return "GET " + item
	case "Create":
		return "POST " + r
	case "Update":
		return "PATCH " + item
	case "Replace":
		return "PUT " + item
	case "Delete":
		return "DELETE " + item
	case "FindOne":
		return "GET " + r + "?name=… (every page)."
	case "Upsert":
		return "GET " + r + "?name=…, then POST " + r + " or PATCH " + item + "."
	}
	panic("unknown operation " + op)
}

// scope says how the route depends on the client's organisation.
func (s service) scope(op string) string {
	switch {
	case s.orgOnly(op):
		return "Organisation only: without WithOrganisation it returns ErrNoOrganisation before sending."
	case strings.HasPrefix(s.Route, "/[{org}/]"):
		return "Personal, or the organisation's when the client has one (WithOrganisation)."
	}
	return "Never organisation-scoped."
}

const errorsDoc = "Errors: *ErrorResponse for a non-2xx answer (errors.Is ErrNotFound, ErrUnauthorized, ErrForbidden, ErrRateLimited, ErrServer); *RequestError when no answer came."

// doc returns the comment lines of op, wrapped.
func (s service) doc(op string) []string {
	one, many := s.nouns()
	var summary, errs string
	switch op {
	case "List":
		summary = fmt.Sprintf("List fetches one page of %s, as opts selects (nil: the first page with the server's page size); All walks every page.", many)
	case "All":
		summary = fmt.Sprintf("All iterates over every %s from the page opts selects, fetching each page as the previous one is consumed; each range starts again. Next links are followed on the API's own origin only.", one)
		errs = " It yields one (nil, err) and stops on failure; links that never end are a *PaginationError."
	case "Get":
		summary = fmt.Sprintf("Get reads the %s whose %s is %s.", one, s.Key, s.param())
	case "Create":
		summary = fmt.Sprintf("Create sends body (nil is refused before sending) and returns the new %s as the API stores it.", one)
		errs = " A 400's *ErrorResponse names the refused fields."
	case "Update":
		summary = fmt.Sprintf("Update sends the set fields of body as a partial update (nil is refused before sending) and returns the %s as updated.", one)
	case "Replace":
		summary = fmt.Sprintf("Replace sends body as the whole %s (nil is refused before sending) and returns it as stored.", one)
	case "Delete":
		summary = fmt.Sprintf("Delete deletes the %s whose %s is %s.", one, s.Key, s.param())
	case "FindOne":
		summary = fmt.Sprintf("FindOne returns the %s named name exactly, nil if there is none, or ErrAmbiguousName if several are.", one)
	case "Upsert":
		summary = fmt.Sprintf("Upsert creates the %s body describes, or, if one %s has its name, sends body to it as a partial update (PATCH); created reports which. Several of that name are ErrAmbiguousName; a body without a name is refused before sending.", one, one)
	}
	summary = op + s.suffix + strings.TrimPrefix(summary, op)
	var lines []string
	lines = append(lines, wrap(summary)...)
	lines = append(lines, "", s.route(op))
	scope := s.scope(op)
	if s.Note != "" {
		scope += " " + s.Note
	}
	lines = append(lines, "")
	lines = append(lines, wrap(scope)...)
	lines = append(lines, "")
	lines = append(lines, wrap(errorsDoc+errs)...)
	return lines
}

// wrap breaks text into lines of at most 76 characters.
func wrap(text string) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > 76 {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// method is the Go source of op's method.
func (s service) method(op string) string {
	ep := "s.ep"
	if s.orgOnly(op) && !strings.HasPrefix(s.Route, "/{org}/") {
		ep = "scopedTo(s.ep, OrgOnly)"
	}
	k, kt := s.param(), s.keyType()
	switch op {
	case "List":
		return fmt.Sprintf("func (s *%s) List(ctx context.Context, opts *%s) ([]*%s, *Response, error) {\n\treturn fetchPage[%s](ctx, %s, opts)\n}\n",
			s.Type, s.opts(), s.Item, s.Item, ep)
	case "All":
		return fmt.Sprintf("func (s *%s) All(ctx context.Context, opts *%s) iter.Seq2[*%s, error] {\n\treturn listAll[%s](ctx, %s, opts)\n}\n",
			s.Type, s.opts(), s.Item, s.Item, ep)
	case "Get":
		return fmt.Sprintf("func (s *%s) Get%s(ctx context.Context, %s %s) (*%s, *Response, error) {\n\treturn fetch[%s](ctx, %s, http.MethodGet, %s, nil, nil)\n}\n",
			s.Type, s.suffix, k, kt, s.Item, s.Item, ep, k)
	case "Create":
		return fmt.Sprintf("func (s *%s) Create(ctx context.Context, body *%s) (*%s, *Response, error) {\n\treturn writeItem[%s](ctx, %s, http.MethodPost, nil, body)\n}\n",
			s.Type, s.Create, s.written(), s.written(), ep)
	case "Update", "Replace":
		method, body := "http.MethodPatch", s.Update
		if op == "Replace" {
			method = "http.MethodPut"
			body = cmp.Or(s.Replace, s.Update)
		}
		return fmt.Sprintf("func (s *%s) %s%s(ctx context.Context, %s %s, body *%s) (*%s, *Response, error) {\n\treturn writeItem[%s](ctx, %s, %s, %s, body)\n}\n",
			s.Type, op, s.suffix, k, kt, body, s.written(), s.written(), ep, method, k)
	case "Delete":
		return fmt.Sprintf("func (s *%s) Delete%s(ctx context.Context, %s %s) (*Response, error) {\n\treturn %s.call(ctx, http.MethodDelete, %s, nil, nil, nil)\n}\n",
			s.Type, s.suffix, k, kt, ep, k)
	case "FindOne":
		return fmt.Sprintf("func (s *%s) FindOne(ctx context.Context, name string) (*%s, error) {\n\treturn findByName(ctx, %s, name, func(x *%s) string { return x.Name })\n}\n",
			s.Type, s.Item, ep, s.Item)
	case "Upsert":
		return fmt.Sprintf("func (s *%s) Upsert(ctx context.Context, body *%s) (item *%s, created bool, err error) {\n\treturn upsertByName(ctx, %s, body, func(b *%s) string { return b.Name }, func(x *%s) string { return x.Name }, func(x *%s) any { return x.%s })\n}\n",
			s.Type, s.Create, s.Item, ep, s.Create, s.Item, s.Item, s.keyField())
	}
	panic("unknown operation " + op)
}

package arcsecond

// CloudServices are the resources of the Arcsecond Cloud: observatories,
// telescopes, night logs, observations, datasets and data files, targets,
// organisations and profiles, and the Hub's REST side. They are fields of
// every Client (c.Datasets, c.Telescopes …), bound by NewClient.
type CloudServices struct {
	Activities     ActivitiesService
	Agents         AgentsService
	AllSkyCameras  AllSkyCamerasService
	AlpacaDevices  AlpacaDevicesService
	AlpacaServers  AlpacaServersService
	Auth           AuthService
	Calibrations   CalibrationsService
	DataFiles      DataFilesService
	DataPackages   DataPackagesService
	Datasets       DatasetsService
	Members        MembersService
	NightLogs      NightLogsService
	Observations   ObservationsService
	ObservingRuns  ObservingRunsService
	ObservingSites ObservingSitesService
	Organisations  OrganisationsService
	Profiles       ProfilesService
	TargetLists    TargetListsService
	Targets        TargetsService
	Telescopes     TelescopesService
	UploadKeys     UploadKeysService

	// The Hub's equipment, one route per kind.
	Enclosures          EquipmentService
	SafetyMonitors      EquipmentService
	ObservingConditions EquipmentService
	Cameras             EquipmentService
	FilterWheels        EquipmentService
	Rotators            EquipmentService
	Focusers            EquipmentService
	Switches            EquipmentService
	CoverCalibrators    EquipmentService
}

func (c *Client) bindCloudServices() {
	bind := c.bindTo()
	bind(&c.Activities, "activities/", Scoped)
	bind(&c.Agents, "agent/", Scoped)
	bind(&c.AllSkyCameras, "allskycameras/", Scoped)
	bind(&c.AlpacaDevices, "alpacadevices/", Scoped)
	bind(&c.AlpacaServers, "alpacaservers/", Scoped)
	bind(&c.Auth, "auth/", Global)
	bind(&c.Calibrations, "calibrations/", Scoped)
	bind(&c.DataFiles, "datafiles/", Scoped)
	bind(&c.DataPackages, "datapackages/", Scoped)
	bind(&c.Datasets, "datasets/", Scoped)
	bind(&c.Members, "members/", OrgOnly)
	bind(&c.NightLogs, "nightlogs/", Scoped)
	bind(&c.Observations, "observations/", Scoped)
	bind(&c.ObservingRuns, "observingruns/", Global)
	bind(&c.ObservingSites, "observingsites/", Scoped)
	bind(&c.Organisations, "organisations/", Global)
	bind(&c.Profiles, "profiles/", Global)
	bind(&c.TargetLists, "targetlists/", Scoped)
	bind(&c.Targets, "targets/", Scoped)
	bind(&c.Telescopes, "telescopes/", Scoped)
	bind(&c.UploadKeys, "uploadkeys/", OrgOnly)

	bind(&c.Enclosures, "enclosures/", Scoped)
	bind(&c.SafetyMonitors, "safetymonitors/", Scoped)
	bind(&c.ObservingConditions, "observingconditions/", Scoped)
	bind(&c.Cameras, "cameras/", Scoped)
	bind(&c.FilterWheels, "filterwheels/", Scoped)
	bind(&c.Rotators, "rotators/", Scoped)
	bind(&c.Focusers, "focusers/", Scoped)
	bind(&c.Switches, "switches/", Scoped)
	bind(&c.CoverCalibrators, "covercalibrators/", Scoped)
}

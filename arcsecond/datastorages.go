package arcsecond

// DataStoragesService reads and edits the authenticated user's external
// storages (S3, Dropbox, local disk): /datastorages/[{uuid}/] (all methods).
// Create, Update and Replace take a DataStorageCreate, whose Credentials are
// write-only. A profile's storages are also at Profiles.DataStorages.
type DataStoragesService struct{ ep endpoint }

// DataStoragePointsService lists the storage volume measures of the client's
// organisation: GET /{org}/datastoragepoints/ (ErrNoOrganisation without an
// organisation).
type DataStoragePointsService struct{ ep endpoint }

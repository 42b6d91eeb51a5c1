package arcsecond_test

// omittedOperations are the operations of the 2023 OpenAPI document that no
// SDK method reaches, each with its reason. TestOpenAPICoverage fails for any
// other unreached operation, and for an entry here that a method does reach.
var omittedOperations = map[string]string{
	// The strict reading (typed path parameters) shows that these need a key
	// of the other type than the service takes: DataFilesService takes an
	// integer id, DatasetFilesService a name (its GetByID reads only).
	"PATCH /datafiles/{name}/":                "DataFilesService takes an integer id",
	"PUT /datafiles/{name}/":                  "DataFilesService takes an integer id",
	"DELETE /datafiles/{name}/":               "DataFilesService takes an integer id",
	"PATCH /datasets/{uuid}/datafiles/{id}/":  "DatasetFilesService writes by name only",
	"PUT /datasets/{uuid}/datafiles/{id}/":    "DatasetFilesService writes by name only",
	"DELETE /datasets/{uuid}/datafiles/{id}/": "DatasetFilesService deletes by name only",
}

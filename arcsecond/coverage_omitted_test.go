package arcsecond_test

// omittedOperations are the operations of the 2023 OpenAPI document that no
// SDK method reaches, each with its reason. TestOpenAPICoverage fails for any
// other unreached operation, and for an entry here that a method does reach.
var omittedOperations = map[string]string{}

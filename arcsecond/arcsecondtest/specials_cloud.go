package arcsecondtest

// Adjustments of the 2023 schemas to the Cloud era's bodies, for the SDK's
// service tests.
func init() {
	// A manual-mode target sends "object" as {name, equatorial_coordinates}
	// (arcsecond-api.md §4.1, CLI HEAD docs/resources.md); a resolved one as
	// a name. Accept both.
	for _, name := range []string{"Target", "PatchedTarget"} {
		s, ok := openAPISchemas[name]
		if !ok {
			continue
		}
		for i := range s.fields {
			if s.fields[i].name == "object" {
				s.fields[i].typ = "any"
			}
		}
	}
}

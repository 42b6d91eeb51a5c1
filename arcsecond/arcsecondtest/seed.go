package arcsecondtest

// seed loads the organisation and its members, then the catalogue data.
// The order is fixed, so that WithSeed gives the same identifiers each time.
func (s *Server) seed() {
	s.seedOrganisation()
	if !s.cfg.seedData {
		return
	}
	s.seedObservatories()
	s.seedExoplanets()
	s.seedObjects()
	s.seedSatellites()
	s.seedArchives()
	s.seedStandardStars()
	s.seedTelegrams()
	s.seedPublications()
	s.seedSmallBodies()
	s.seedSample()
	s.seedCommunity()
}

package arcsecondtest
func (s *Server) seedObservatories() {}
func (s *Server) seedExoplanets() {}
func (s *Server) seedObjects() {}
func (s *Server) seedSatellites() {}
func (s *Server) seedArchives() {}
func (s *Server) seedStandardStars() {}

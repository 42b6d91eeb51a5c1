package aa

import "math"

// The sky-disk projection of aa-js coordinates.transformHorizontalToPoint
// and transformPointToHorizontal: a user-interface helper.

// SkyDisk maps the visible hemisphere onto a disk of a picture (pixel
// coordinates with y growing downwards): zenith at the centre, horizon on
// the circle of radius Radius, North up and East to the left, as seen
// looking up at the sky; the distance from the centre is proportional to
// the zenith distance (azimuthal equidistant projection).
type SkyDisk struct {
	X, Y   float64 // centre of the disk
	Radius float64 // radius of the horizon circle
}

// Point returns the position of the horizontal direction h on the disk, and
// false if h is below the horizon.
func (d SkyDisk) Point(h Horizontal) (x, y float64, ok bool) {
	if h.Alt < 0 {
		return 0, 0, false
	}
	r := d.Radius * (1 - h.Alt.Deg()/90)
	s, c := h.Az.SinCos()
	return d.X - r*s, d.Y - r*c, true
}

// Horizontal returns the horizontal direction at the point (x, y) of the disk,
// and false outside the disk.
func (d SkyDisk) Horizontal(x, y float64) (Horizontal, bool) {
	dx, dy := x-d.X, y-d.Y
	r := math.Hypot(dx, dy)
	if !(d.Radius > 0) || r > d.Radius {
		return Horizontal{}, false
	}
	return Horizontal{
		Az:  Angle(math.Atan2(-dx, -dy)).Norm(),
		Alt: Deg(90 * (1 - r/d.Radius)),
	}, true
}

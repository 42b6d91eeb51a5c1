package aa

import (
	"testing"
)

func TestMinSeparation(t *testing.T) {
	// Meeus, second exercise p. 110 and p. 111–113: Mercury and Saturn,
	// 1978 September 13–15, 0h TD; minimum 3′44″ (224″).
	mercury := [3]Equatorial{
		{HMS(false, 10, 29, 44.27), DMS(false, 11, 2, 5.9)},
		{HMS(false, 10, 36, 19.63), DMS(false, 10, 29, 51.7)},
		{HMS(false, 10, 43, 1.75), DMS(false, 9, 55, 16.7)},
	}
	saturn := [3]Equatorial{
		{HMS(false, 10, 33, 29.64), DMS(false, 10, 40, 13.2)},
		{HMS(false, 10, 33, 57.97), DMS(false, 10, 37, 33.4)},
		{HMS(false, 10, 34, 26.22), DMS(false, 10, 34, 53.9)},
	}
	day, sep, err := MinSeparation(13, 15, mercury, saturn)
	if err != nil {
		t.Fatal(err)
	}
	approx(t, "min separation ″", sep.ArcSec(), 224, 1)
	if day < 13.5 || day > 14.5 {
		t.Errorf("time of minimum = %v", day)
	}
	// A minimum outside the table is reported.
	if _, _, err := MinSeparation(13, 15, [3]Equatorial{{0, 0}, {Deg(1), 0}, {Deg(2), 0}}, [3]Equatorial{{Deg(5), 0}, {Deg(5), 0}, {Deg(5), 0}}); err != ErrNoEvent {
		t.Errorf("err = %v", err)
	}
}

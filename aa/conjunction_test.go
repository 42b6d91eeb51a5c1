package aa

import (
	"fmt"
	"math"
	"testing"
)

func ExampleConjunction() {
	// Meeus Example 18.a, p. 117: Mercury and Venus, 1991 August 5–9, 0h TD.
	venus := [5]Equatorial{
		{HMS(false, 10, 27, 27.175), DMS(false, 4, 4, 41.83)},
		{HMS(false, 10, 26, 32.410), DMS(false, 3, 55, 54.66)},
		{HMS(false, 10, 25, 29.042), DMS(false, 3, 48, 3.51)},
		{HMS(false, 10, 24, 17.191), DMS(false, 3, 41, 10.25)},
		{HMS(false, 10, 22, 57.024), DMS(false, 3, 35, 16.61)},
	}
	mercury := [5]Equatorial{
		{HMS(false, 10, 24, 30.125), DMS(false, 6, 26, 32.05)},
		{HMS(false, 10, 25, 0.342), DMS(false, 6, 10, 57.72)},
		{HMS(false, 10, 25, 12.515), DMS(false, 5, 57, 33.08)},
		{HMS(false, 10, 25, 6.235), DMS(false, 5, 46, 27.07)},
		{HMS(false, 10, 24, 41.185), DMS(false, 5, 37, 48.45)},
	}
	day, ddec, _ := Conjunction(5, 9, venus, mercury)
	fmt.Printf("1991 August %.5f TD, Mercury %s north of Venus\n", day, ddec.DMSString(0))
	// Output: 1991 August 7.23797 TD, Mercury 2°08′22″ north of Venus
}

func ExampleConjunctionStar() {
	// Meeus, exercise p. 119: Mars and α Librae (with proper motion to the date).
	mars := [5]Equatorial{
		{HMS(false, 15, 3, 51.937), DMS(true, 8, 57, 34.51)},
		{HMS(false, 15, 9, 57.327), DMS(true, 9, 9, 3.88)},
		{HMS(false, 15, 15, 37.898), DMS(true, 9, 17, 37.94)},
		{HMS(false, 15, 20, 50.632), DMS(true, 9, 23, 16.25)},
		{HMS(false, 15, 25, 32.695), DMS(true, 9, 26, 1.01)},
	}
	jd, _ := JDFromGregorian(1996, 2, 17)
	c := jd.Centuries()
	star := Equatorial{HMS(false, 15, 17, 0.421+-0.649*c), DMS(true, 9, 22, 58.54+1.91*c)}
	fmt.Println(star.RA.HMSString(3), star.Dec.DMSString(2))
	day, ddec, _ := ConjunctionStar(7, 27, star, mars)
	d := int(day)
	fmt.Printf("1996 February %d at %s TD, Δδ = %s\n", d, Hours((day-float64(d))*24).HMSString(0), ddec.DMSString(0))
	// Output:
	// 15h17m00.446s -9°22′58.47″
	// 1996 February 18 at 6h36m55s TD, Δδ = 0°03′38″
}

func ExampleInLine() {
	// Meeus Example 19.a, p. 121: Mars in line with Castor and Pollux,
	// 1994 September 29 … October 3, 0h TD.
	castor := Equatorial{Deg(113.56833), Deg(31.89756)}
	pollux := Equatorial{Deg(116.25042), Deg(28.03681)}
	ra := [5]float64{118.98067, 119.59396, 120.20413, 120.81108, 121.41475}
	dec := [5]float64{21.68417, 21.58983, 21.49394, 21.39653, 21.29761}
	var mars [5]Equatorial
	for i := range mars {
		mars[i] = Equatorial{Deg(ra[i]), Deg(dec[i])}
	}
	t1, _ := JDFromGregorian(1994, 9, 29)
	t5, _ := JDFromGregorian(1994, 10, 3)
	jd, _ := InLine(float64(t1), float64(t5), castor, pollux, mars)
	y, m, d := JD(jd).Gregorian()
	fmt.Printf("%d-%02d-%.4f\n", y, m, d)
	// Output: 1994-10-1.2233
}

func ExampleLineAngle() {
	// Meeus p. 123–125: δ, ε and ζ Orionis.
	delta := Equatorial{HMS(false, 5, 32, 0.40), DMS(true, 0, 17, 56.9)}
	eps := Equatorial{HMS(false, 5, 36, 12.81), DMS(true, 1, 12, 7.0)}
	zeta := Equatorial{HMS(false, 5, 40, 45.52), DMS(true, 1, 56, 33.3)}
	n := LineAngle(delta, eps, zeta)
	fmt.Printf("%.4f°, deviation from a straight line %s\n", n.Deg(), (Deg(180) - n).DMSString(0))
	w := LineDeviation(zeta, delta, eps)
	fmt.Printf("ε is %.6f° = %.0f″ from the great circle ζ–δ\n", w.Deg(), w.ArcSec())
	// Output:
	// 172.4830°, deviation from a straight line 7°31′01″
	// ε is 0.089876° = 324″ from the great circle ζ–δ
}

func ExampleSmallestCircle() {
	// Meeus Example 20.a, p. 128, and the exercise of p. 128.
	d, two := SmallestCircle(
		Equatorial{HMS(false, 12, 41, 8.64), DMS(true, 5, 37, 54.2)},
		Equatorial{HMS(false, 12, 52, 5.21), DMS(true, 4, 22, 26.2)},
		Equatorial{HMS(false, 12, 39, 28.11), DMS(true, 1, 50, 3.7)})
	fmt.Printf("%.5f° %v\n", d.Deg(), two)
	d, two = SmallestCircle(
		Equatorial{HMS(false, 9, 5, 41.44), DMS(false, 18, 30, 30)},
		Equatorial{HMS(false, 9, 9, 29), DMS(false, 17, 43, 56.7)},
		Equatorial{HMS(false, 8, 59, 47.14), DMS(false, 17, 49, 36.8)})
	m := int(math.Round(d.ArcMin()))
	fmt.Printf("%d°%02d′ %v\n", m/60, m%60, two)
	// Output:
	// 4.26363° false
	// 2°19′ true
}

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

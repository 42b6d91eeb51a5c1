// Generates the aa-js 4.2.4 reference vectors p2_aajs.json used by
// p2_aajs_test.go (chapters 25–46 of package aa).
//
// Rerun (outside the repository; needs Node ≥ 18):
//
//	mkdir -p /tmp/aajs2 && cd /tmp/aajs2 && npm init -y && npm install aa-js@4.2.4
//	TZ=UTC node /path/to/aa/testdata/p2_gen_aajs.js > /path/to/aa/testdata/p2_aajs.json
//
// TZ=UTC matters: aa-js takes the decimal year from Date.getFullYear()
// (local time) in getPerihelion/getAphelion.
const path = require('path');
const aa = require(path.join(process.cwd(), 'node_modules', 'aa-js'));

const names = ['Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune'];
const jds = [];
// 1800-01-01 … 2200-01-01, 41 dates 10 years apart, offset by 0.3 day.
for (let i = 0; i <= 40; i++) jds.push(2378496.5 + i * 3652.4 + 0.3);

const out = { pluto: jds.filter((jd) => jd > 2409543.5 && jd < 2488069.5).map((jd) => ({ jd, L: aa.Pluto.getEclipticLongitude(jd), B: aa.Pluto.getEclipticLatitude(jd), R: aa.Pluto.getRadiusVector(jd) })), generator: 'aa-js ' + require(path.join(process.cwd(), 'node_modules', 'aa-js', 'package.json')).version, jds, sun: [], planets: {}, elements: {}, saturnRing: [], mars: [], jupiter: [], sunRTS: [] };
const geo = { longitude: 2.3522, latitude: 48.8566, height: 35 }; // Paris, east-positive

for (const jd of jds) {
  const q = aa.Sun.getApparentGeocentricEquatorialCoordinates(jd);
  const l = aa.Sun.getApparentGeocentricEclipticCoordinates(jd);
  out.sun.push({
    ra: q.rightAscension, dec: q.declination,
    lon: l.longitude, lat: l.latitude,
    meanAnomaly: aa.Sun.getMeanAnomaly(jd), variation: aa.Sun.getVariationGeometricEclipticLongitude(jd),
    eccentricity: aa.Earth.getEccentricity(jd),
    earthL: aa.Earth.getEclipticLongitude(jd), earthB: aa.Earth.getEclipticLatitude(jd), earthR: aa.Earth.getRadiusVector(jd),
  });
  const r = aa.Sun.getRiseTransitSet(jd, geo);
  out.sunRTS.push({ rise: r.rise.julianDay, transit: r.transit.julianDay, set: r.set.julianDay });
  const ring = aa.Saturn.getRingSystemDetails(jd);
  out.saturnRing.push({ B: ring.earthCoordinates.latitude, Bp: ring.sunCoordinates.latitude, a: ring.majorAxis, b: ring.minorAxis, P: ring.northPolePositionAngle, dU: ring.saturnicentricSunEarthLongitudesDifference });
  out.mars.push({ DE: aa.Mars.getPlanetocentricDeclinationOfTheEarth(jd), DS: aa.Mars.getPlanetocentricDeclinationOfTheSun(jd) });
  out.jupiter.push({ DE: aa.Jupiter.getPlanetocentricDeclinationOfTheEarth(jd), DS: aa.Jupiter.getPlanetocentricDeclinationOfTheSun(jd) });
}
for (const n of names) {
  const p = aa[n];
  out.planets[n] = jds.map((jd) => {
    const g = p.getGeocentricEclipticCoordinates(jd);
    const a = p.getApparentGeocentricEquatorialCoordinates(jd);
    return {
      L: p.getEclipticLongitude(jd), B: p.getEclipticLatitude(jd), R: p.getRadiusVector(jd),
      geoLon: g.longitude, geoLat: g.latitude, delta: p.getGeocentricDistance(jd),
      appRA: a.rightAscension, appDec: a.declination,
      phase: p.getPhaseAngle(jd), illum: p.getIlluminatedFraction(jd), mag: p.getMagnitude(jd),
      perihelion: p.getPerihelion(jd), aphelion: p.getAphelion(jd),
      velocity: p.getInstantaneousVelocity(jd), vPeri: p.getVelocityAtPerihelion(jd), vAph: p.getVelocityAtAphelion(jd),
    };
  });
  out.elements[n] = jds.map((jd) => {
    const e = {};
    for (const eq of ['MeanOfTheDate', 'StandardJ2000']) {
      e[eq] = [p.getMeanLongitude(jd, eq), p.getSemiMajorAxis(jd), p.getEccentricity(jd), p.getInclination(jd, eq), p.getLongitudeOfAscendingNode(jd, eq), p.getLongitudeOfPerihelion(jd, eq)];
    }
    return e;
  });
}
process.stdout.write(JSON.stringify(out) + '\n');

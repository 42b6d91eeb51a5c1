// Reference vectors from aa-js 4.2.4 for the Moon, cosmology, distances,
// exoplanets and the sky disk (aa part 3 tests, p3_aajs_test.go).
//
// Rerun (outside the repository):
//   mkdir -p /tmp/aajs3 && cd /tmp/aajs3 && npm init -y >/dev/null && npm install aa-js@4.2.4
//   cp <repo>/aa/testdata/p3_gen_aajs.js . && TZ=UTC node p3_gen_aajs.js > <repo>/aa/testdata/p3_aajs.json
import * as aa from 'aa-js';

const M = aa.Earth.Moon;
const jds = [2448724.5, 2451545.0, 2455034.6088, 2460000.25, 2460310.5, 2461000.75, 2440000.5, 2470000.125];
const site = { longitude: -70.404, latitude: -24.627, height: 2635 }; // Paranal-like, east-positive

const moon = jds.map((jd) => {
  const ecl = M.getGeocentricEclipticCoordinates(jd);
  const app = M.getApparentGeocentricEquatorialCoordinates(jd);
  const rts = M.getRiseTransitSet(jd, site);
  return {
    jd,
    Lp: M.getMeanLongitude(jd), D: M.getMeanElongation(jd), Mp: M.getMeanAnomaly(jd), F: M.getArgumentOfLatitude(jd),
    lon: ecl.longitude, lat: ecl.latitude, dist: M.getRadiusVectorInKilometer(jd),
    ra: app.rightAscension, dec: app.declination, parallax: M.getEquatorialHorizontalParallax(jd),
    node: M.getMeanLongitudeAscendingNode(jd), trueNode: M.trueLongitudeOfAscendingNode(jd), perigee: M.getMeanLongitudePerigee(jd),
    phaseAngle: M.getPhaseAngle(jd), illum: M.getIlluminatedFraction(jd), limb: M.getPositionAngleOfTheBrightLimb(jd),
    semi: M.getGeocentricSemiDiameter(jd),
    age: M.getAge(jd), ageName: M.getAgeName(jd),
    meanNew: M.getTimeOfMeanPhase(jd, 0), meanFull: M.getTimeOfMeanPhase(jd, 2),
    rv: M.getTopocentricRadialVelocity(jd, site),
    rise: rts.rise.julianDay, transit: rts.transit.julianDay, set: rts.set.julianDay,
  };
});

const D = aa.distances;
const distances = [0.5, 1, 10, 1300, 1e6].map((pc) => ({
  pc, parallax: D.getParallaxFromParsecs(pc), back: D.getParsecsFromParallax(D.getParallaxFromParsecs(pc)),
  au: D.getAstronomicalUnitsFromParsecs(pc), km: D.getKilometersFromParsecs(pc), ly: D.getLightYearsFromParsecs(pc),
  mod: D.getDistanceModulusFromParsecs(pc), modA: D.getDistanceModulusFromParsecs(pc, 0.3),
  fromMod: D.getParsecsFromDistanceModulus(D.getDistanceModulusFromParsecs(pc, 0.3), 0.3),
  z: D.getRedshiftFromMegaparsecs(pc), zH: D.getRedshiftFromMegaparsecs(pc, 67.4),
  mpc: D.getMegaparsecsFromRedshift(pc / 1e6), lt: D.getLightTimeFromDistance(pc),
}));

const C = aa.cosmology;
const cosmology = [[69.6, 0.286, 0.714, 3], [70, 0.3, 0.7, 1], [70, 0.3, 0.7, 0.1], [70, 0.3, 0, 2], [70, 1, 0, 3], [67.4, 0.315, 0.685, 6]].map(([h, m, v, z]) => ({
  H0: h, OmegaM: m, OmegaV: v, z,
  age: C.getUniverseAge(h, m, v), ageZ: C.getUniverseAgeAtRedshift(h, m, v, z), ltt: C.getLightTravelTime(h, m, v, z),
  dcmr: C.getComovingRadialDistance(h, m, v, z), dcmt: C.getTangentialComovingDistance(h, m, v, z),
  da: C.getAngularSizeDistance(h, m, v, z), dl: C.getLuminosityDistance(h, m, v, z), scale: C.getAngularSizeScale(h, m, v, z),
  vol: C.getComovingVolumeWithinRedshift(h, m, v, z), omegaR: C.getOmegaR(h), omegaK: C.getOmegaK(h, m, v),
}));

const X = aa.exoplanets;
const exoplanets = [
  { after: 2460000.3, period: 3.52474859, t0: 2452826.628521 },
  { after: 2455000.0, period: 1.0914203, t0: 2454508.9761 },
].map((c) => ({ ...c, next: X.julianDayOfNextTransit(c.after, c.period, c.t0) }));
// Circular orbit, omega = 90°: aa-js gives a zero duration.
const details = X.getExoplanetTransitDetails(3.52474859, 90, 2452826.628521, 0, 1.38, 0.04747, 1.162);
const culmination = [[10, -24.627], [-60, -24.627], [45, 52]].map(([dec, lat]) => ({
  dec, lat, alt: X.getTransitAltitude({ rightAscension: 0, declination: dec }, { longitude: 0, latitude: lat }),
}));

const center = { x: 200, y: 150 }, radius = 100;
const skydisk = [[0, 45], [90, 30], [180, 60], [270, 10], [135, 80], [315, 5]].map(([azS, alt]) => {
  const p = aa.coordinates.transformHorizontalToPoint({ azimuth: azS, altitude: alt }, center, radius);
  const back = aa.coordinates.transformPointToHorizontal(p, center, radius);
  return { azS, alt, x: p.x, y: p.y, backAz: back.azimuth, backAlt: back.altitude };
});

console.log(JSON.stringify({ site, moon, distances, cosmology, exoplanets, details, culmination, skydisk }, null, 1));

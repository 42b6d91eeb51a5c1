// Times aa-js 4.2.4 on the rows of aa/README's aa-js table: one line per row,
// "<Go benchmark>\t<ns per call>", the median of 3 timed loops after a
// warm-up of a tenth of a loop. Run by bench_aajs.sh, from the folder where
// aa-js is installed.
const aa = require(process.cwd() + '/node_modules/aa-js');
function bench(key, n, f) {
  for (let i = 0; i < n / 10; i++) f(i); // warm-up
  const runs = [];
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f(i);
    runs.push(Number(process.hrtime.bigint() - t0) / n);
  }
  runs.sort((a, b) => a - b);
  console.log(key + '\t' + runs[1].toFixed(1));
}
let sink = 0;
const N = 100000;
const jd0 = 2448724.5; // Meeus Example 47.a
bench('JDFromGregorian', N, i => { sink += aa.times.getFullScaleJulianDay(1957, 10, 4.81 + i * 1e-9, true); });
bench('MeanSidereal', N, i => { sink += aa.juliandays.getGreenwichSiderealTime(2446896.30625 + i * 1e-9); });
bench('ApparentSidereal', N, i => { sink += aa.juliandays.getApparentLocalSiderealTime(2446896.30625 + i * 1e-9, 0); });
bench('Nutation', N, i => { sink += aa.Earth.getNutationInLongitude(2446895.5 + i * 1e-9) + aa.Earth.getNutationInObliquity(2446895.5 + i * 1e-9); });
const jde = aa.times.getFullScaleJulianDay(2028, 11, 13.19, true);
bench('ApparentPlace', N / 10, i => {
  const q = { rightAscension: 41.0499 + i * 1e-9, declination: 49.2285 };
  const p = aa.coordinates.precessEquatorialCoordinates(q, 2451545, jde);
  const n = aa.Earth.getNutationEquatorialAberration(jde, p);
  const a = aa.Earth.getAccurateAnnualEquatorialAberration(jde, q);
  sink += p.rightAscension + n.DeltaRightAscension + a.DeltaRightAscension;
});
const geo = { longitude: -71.0833, latitude: 42.3333 };
bench('RiseTransitSetApprox', N, i => {
  sink += aa.risetransitset.getRiseTransitSetTimes(2447240.5, { rightAscension: 41.73129 + i * 1e-9, declination: 18.44092 }, geo, -0.5667).transit.utc;
});
bench('RiseTransitSetMoving', N / 10, i => {
  const c = [{ rightAscension: 40.68021, declination: 18.04761 }, { rightAscension: 41.73129 + i * 1e-9, declination: 18.44092 }, { rightAscension: 42.78204, declination: 18.82742 }];
  sink += aa.risetransitset.getAccurateRiseTransitSetTimes(2447240.5, c, geo, -0.5667).transit.utc;
});
bench('SunApparentEquatorial/truncated', N / 10, i => { sink += aa.Sun.getApparentGeocentricEquatorialCoordinates(jd0 + i * 0.37).rightAscension; });
bench('JupiterHeliocentric/truncated', N / 10, i => {
  const t = jd0 + i * 0.37;
  sink += aa.Jupiter.getEclipticLongitude(t) + aa.Jupiter.getEclipticLatitude(t) + aa.Jupiter.getRadiusVector(t);
});
bench('PlanetApparent', N / 10, i => { sink += aa.Jupiter.getApparentGeocentricEquatorialCoordinates(jd0 + i * 0.37).rightAscension; });
const paris = { longitude: 2.3522, latitude: 48.8566, height: 35 };
bench('SunRiseTransitSet/truncated', N / 10, i => { sink += aa.Sun.getRiseTransitSet(2460000.5 + (i % 365), paris).transit.julianDay || 0; });
const M = aa.Earth.Moon;
bench('MoonGeocentric', N / 10, i => { sink += M.getGeocentricEclipticCoordinates(jd0 + i * 1e-6).longitude + M.getRadiusVectorInKilometer(jd0 + i * 1e-6); });
bench('MoonApparentEquatorial', N / 10, i => { sink += M.getApparentGeocentricEquatorialCoordinates(jd0 + i * 1e-6).rightAscension; });
bench('MoonIllumination', N / 100, i => {
  const t = jd0 + i * 1e-6;
  sink += M.getPhaseAngle(t) + M.getIlluminatedFraction(t) + M.getPositionAngleOfTheBrightLimb(t);
});
bench('MoonRiseTransitSet', N / 100, i => { sink += M.getRiseTransitSet(2460000.5 + (i % 365), paris).transit.julianDay || 0; });
bench('Cosmology', N / 1000, i => {
  const C = aa.cosmology, h = 69.6 + i * 1e-9, m = 0.286, v = 0.714, z = 3;
  sink += C.getUniverseAgeAtRedshift(h, m, v, z) + C.getLightTravelTime(h, m, v, z) + C.getComovingRadialDistance(h, m, v, z) +
    C.getTangentialComovingDistance(h, m, v, z) + C.getAngularSizeDistance(h, m, v, z) + C.getLuminosityDistance(h, m, v, z) +
    C.getComovingVolumeWithinRedshift(h, m, v, z);
});
if (sink === 42) console.log(sink);

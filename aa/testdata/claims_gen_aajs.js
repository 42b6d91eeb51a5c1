// Generates claims_aajs.json, the aa-js 4.2.4 outputs behind the figures
// that aa/README.md states about aa-js (read by claims_aajs_test.go):
// sunrise/sunset at mid latitudes and at Tromsø, moonrise/moonset, the
// planets' phase angles, Saturn's ring B and the cosmology at high z.
//
// Rerun (outside the repository; needs Node ≥ 18):
//
//	mkdir -p /tmp/aajs && cd /tmp/aajs && npm init -y && npm install aa-js@4.2.4
//	TZ=UTC node /path/to/aa/testdata/claims_gen_aajs.js > /path/to/aa/testdata/claims_aajs.json
const path = require('path');
const aa = require(path.join(process.cwd(), 'node_modules', 'aa-js'));

// 2024, one day in three, at 0h UT (the day whose events are asked for).
const days = [];
for (let i = 0; i < 366; i += 3) days.push(2460310.5 + i);
const sites = {
  quito: { longitude: -78.47, latitude: -0.18, height: 0 },
  tenerife: { longitude: -16.51, latitude: 28.30, height: 0 },
  paris: { longitude: 2.3522, latitude: 48.8566, height: 0 },
  tromso: { longitude: 18.96, latitude: 69.65, height: 0 },
};
const ev = (e) => (e && e.julianDay !== undefined && isFinite(e.julianDay) ? e.julianDay : null);
const sun = {}, moon = {};
for (const [name, site] of Object.entries(sites)) {
  sun[name] = days.map((jd) => { const r = aa.Sun.getRiseTransitSet(jd, site); return { jd, rise: ev(r.rise), set: ev(r.set) }; });
  moon[name] = days.map((jd) => { const r = aa.Earth.Moon.getRiseTransitSet(jd, site); return { jd, rise: ev(r.rise), set: ev(r.set) }; });
}
// 2000–2030, every 7 days, TT.
const pjds = [];
for (let jd = 2451545.0; jd < 2462502.5; jd += 7) pjds.push(jd);
const phase = {};
for (const n of ['Mercury', 'Venus', 'Mars']) phase[n] = pjds.map((jd) => aa[n].getPhaseAngle(jd));
const ring = [2451544.8, 2455000.5, 2458000.5, 2460000.5].map((jd) => {
  const r = aa.Saturn.getRingSystemDetails(jd);
  return { jd, B: r.earthCoordinates.latitude, minor: r.minorAxis, major: r.majorAxis };
});
const C = aa.cosmology;
const cosmology = [[69.6, 0.286, 0.714, 3], [69.6, 0.286, 0.714, 100], [69.6, 0.286, 0.714, 1000], [69.6, 0.286, 0.714, 10000]].map(([h, m, v, z]) => ({
  H0: h, OmegaM: m, OmegaV: v, z, dcmr: C.getComovingRadialDistance(h, m, v, z), vol: C.getComovingVolumeWithinRedshift(h, m, v, z),
}));
console.log(JSON.stringify({ generator: 'aa-js ' + require(path.join(process.cwd(), 'node_modules', 'aa-js', 'package.json')).version, sites, sun, moon, pjds, phase, ring, cosmology }));

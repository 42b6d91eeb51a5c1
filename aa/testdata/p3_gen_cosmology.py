#!/usr/bin/python3
"""Reference values for aa.Cosmology from astropy (Debian python3-astropy 5.2.1).

Rerun from aa/testdata:  /usr/bin/python3 p3_gen_cosmology.py > p3_cosmology.json

The radiation density of Wright's calculator, 4.165e-5/h^2 (photons and
massless neutrinos), is reproduced by choosing Tcmb so that astropy's
Ogamma0 + Onu0 equals it (Neff = 3.04, massless neutrinos).
"""
import json
import math
from astropy.cosmology import LambdaCDM
import astropy.units as u

cases = [
    # H0, Om, Ode (None = flat with radiation), z
    (69.6, 0.286, None, 3.0),
    (69.6, 0.286, None, 0.5),
    (70.0, 0.3, 0.7, 0.1),
    (70.0, 0.3, 0.7, 1.0),
    (70.0, 0.3, 0.7, 3.0),
    (70.0, 0.3, 0.7, 10.0),
    (70.0, 0.3, 0.0, 2.0),
    (70.0, 1.0, 0.0, 3.0),
    (70.0, 0.5, 0.8, 1.5),
    (67.4, 0.315, None, 1100.0),
]
out = []
for h0, om, ode, z in cases:
    wr = 4.165e-5 / (h0 / 100) ** 2
    probe = LambdaCDM(H0=h0, Om0=om, Ode0=0.7, Tcmb0=2.725, Neff=3.04, m_nu=0 * u.eV)
    t = 2.725 * (wr / (probe.Ogamma0 + probe.Onu0)) ** 0.25
    if ode is None:
        ode = 1 - om - wr
    c = LambdaCDM(H0=h0, Om0=om, Ode0=ode, Tcmb0=t, Neff=3.04, m_nu=0 * u.eV)
    da = c.angular_diameter_distance(z).to_value(u.Mpc)
    out.append(dict(
        H0=h0, OmegaM=om, OmegaV=ode, z=z,
        OmegaR=float(c.Ogamma0 + c.Onu0),
        Age=c.age(0).to_value(u.Gyr) * 977.8 / 977.79222168,
        AgeAtZ=c.age(z).to_value(u.Gyr) * 977.8 / 977.79222168,
        LookbackTime=c.lookback_time(z).to_value(u.Gyr) * 977.8 / 977.79222168,
        ComovingRadial=c.comoving_distance(z).to_value(u.Mpc),
        ComovingTransverse=c.comoving_transverse_distance(z).to_value(u.Mpc),
        AngularSize=da,
        Luminosity=c.luminosity_distance(z).to_value(u.Mpc),
        Scale=da / 206.264806,
        # astropy 5.2 returns -0.0 when Ok0 is a rounding residue; the
        # flat formula is exact there.
        ComovingVolume=(4 / 3 * math.pi * (c.comoving_transverse_distance(z).to_value(u.Gpc)) ** 3
                        if abs(c.Ok0) < 1e-12 else c.comoving_volume(z).to_value(u.Gpc ** 3)),
    ))
print(json.dumps(out, indent=1))

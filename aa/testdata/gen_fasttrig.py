# Prints the polynomial coefficients of ../fasttrig.go (sincosSmall and
# atan2Upper): Chebyshev least-squares fits (mpmath.chebyfit, 50 digits),
# rounded to float64 and printed in hex as the Go constants hold them.
# Usage: python3 gen_fasttrig.py   (needs mpmath; pip install mpmath)
from mpmath import mp, mpf, sin, cos, atan, sqrt, pi, chebyfit

mp.dps = 50


def fit(name, f, hi, n):
    # f on [0, hi], hi 0.01 % (0.1 % for atan) past the reduced range, so
    # that arguments rounded across its end stay within the fit.
    c, err = chebyfit(f, [0, hi], n, error=True)
    print("// %s: %d terms, fit error %s" % (name, n, mp.nstr(err, 3)))
    for i, x in enumerate(reversed(c)):
        print("%s%d = %s" % (name, i, float(x).hex()))


def small(f, first):
    # the series' first term where the quotients below are 0/0
    return lambda z: f(z) if z > mpf("1e-30") else first


# sin r = r + r·z·S(z), z = r², |r| ≤ π/4
fit("sinS", small(lambda z: (sin(sqrt(z)) - sqrt(z)) / (sqrt(z) * z), mpf(-1) / 6), (pi / 4) ** 2 * mpf("1.0001"), 6)
# cos r = 1 − z/2 + z²·C(z)
fit("cosC", small(lambda z: (cos(sqrt(z)) - 1 + z / 2) / (z * z), mpf(1) / 24), (pi / 4) ** 2 * mpf("1.0001"), 6)
# atan t = t + t·w·A(w), w = t², |t| ≤ 0.6
fit("atanA", small(lambda w: (atan(sqrt(w)) - sqrt(w)) / (sqrt(w) * w), mpf(-1) / 3), mpf("0.6") ** 2 * mpf("1.001"), 14)

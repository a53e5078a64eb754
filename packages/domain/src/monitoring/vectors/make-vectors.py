"""Writes drift-vectors.json: scipy's answers for the drift statistics of packages/domain/src/monitoring.

Run once with Debian's python3-scipy (python3 make-vectors.py); the tests read only the JSON it writes.
"""
import json
import math
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance
from scipy.stats._stats_py import _attempt_exact_2kssamp

rng = np.random.RandomState(20261203)


def q(values, digits=4):
    """Values rounded so that the JSON stays small; the vector holds exactly what scipy was given."""
    return [float(round(float(v), digits)) for v in values]


def ks_case(name, a, b):
    result = stats.ks_2samp(a, b)
    return {"name": name, "a": a, "b": b, "statistic": float(result.statistic), "pvalue": float(result.pvalue)}


ks = []
ks.append(ks_case("tiny equal sizes", q(rng.normal(0, 1, 5)), q(rng.normal(0.5, 1, 5))))
ks.append(ks_case("small unequal sizes", q(rng.normal(0, 1, 50)), q(rng.normal(0.3, 1.2, 73))))
ks.append(ks_case("ties on integers", [float(v) for v in rng.poisson(3, 200)], [float(v) for v in rng.poisson(3.4, 311)]))
ks.append(ks_case("every value twice", q(rng.normal(0, 1, 40)) * 2, q(rng.normal(0, 1, 40)) * 2))
same = q(rng.normal(0, 1, 64))
ks.append(ks_case("same sample twice", same, same))
ks.append(ks_case("disjoint", q(rng.uniform(0, 1, 30)), q(rng.uniform(2, 3, 45))))
ks.append(ks_case("exact at the limit", q(rng.normal(0, 1, 1000), 3), q(rng.normal(0.05, 1, 10000), 3)))
ks.append(ks_case("asymptotic, no drift", q(rng.normal(0, 1, 1000), 3), q(rng.normal(0, 1, 10001), 3)))
ks.append(ks_case("asymptotic, drift", q(rng.normal(0, 1, 800), 3), q(rng.normal(0.2, 1, 12000), 3)))
ks.append(ks_case("asymptotic, small reference", q(rng.normal(0, 1, 100), 3), q(rng.normal(0.1, 1, 10500), 3)))

# The p-value alone over a grid of sizes and statistics, through the same two paths ks_2samp takes.
pvalues = []
for n1, n2 in [(3, 7), (10, 10), (25, 40), (100, 100), (140, 333), (500, 750), (1000, 1000), (1000, 9999), (999, 10000)]:
    g = math.gcd(n1, n2)
    lcm = (n1 // g) * n2
    for h in sorted({1, 2, max(1, lcm // 50), max(1, lcm // 20), max(1, lcm // 10), max(1, lcm // 4), lcm // 2, lcm - 1, lcm}):
        d = h / lcm
        ok, d2, p = _attempt_exact_2kssamp(n1, n2, g, d, "two-sided")
        method = "exact"
        if not ok:  # as ks_2samp does when the exact sum overflows
            m, n = sorted([float(n1), float(n2)], reverse=True)
            p, method = stats.kstwo.sf(d, np.round(m * n / (m + n))), "asymptotic"
        pvalues.append({"n1": n1, "n2": n2, "d": d, "pvalue": float(np.clip(p, 0, 1)), "method": method})
for n1, n2 in [(1000, 10001), (1000, 100000), (500, 20000), (141, 50000), (140, 12000), (100, 10001), (30, 20000), (5, 10001), (1, 10001)]:
    m, n = sorted([float(n1), float(n2)], reverse=True)
    en = np.round(m * n / (m + n))
    for d in [0.0, 1e-4, 0.001, 0.004, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.45, 0.5, 0.6, 0.8, 0.95, 1.0]:
        p = float(np.clip(stats.kstwo.sf(d, en), 0, 1))
        pvalues.append({"n1": n1, "n2": n2, "d": d, "pvalue": p, "method": "asymptotic"})


def w_case(name, u, v, uw=None, vw=None):
    case = {"name": name, "u": u, "v": v, "distance": float(stats.wasserstein_distance(u, v, uw, vw))}
    if uw is not None:
        case["uWeights"] = uw
        case["vWeights"] = vw
    return case


wasserstein = [
    w_case("small", [0.0, 1.0, 3.0], [5.0, 6.0, 8.0]),
    w_case("unequal sizes", q(rng.normal(0, 1, 300)), q(rng.normal(0.4, 1.5, 451))),
    w_case("ties", [float(v) for v in rng.poisson(2, 100)], [float(v) for v in rng.poisson(2.5, 80)]),
    w_case("weighted", [0.0, 1.0, 3.0], [5.0, 6.0, 8.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]),
    w_case("weighted unequal", q(rng.normal(0, 1, 50)), q(rng.normal(1, 1, 70)), q(rng.uniform(0.1, 3, 50)), q(rng.uniform(0.1, 3, 70))),
    w_case("one point each", [2.5], [-1.25]),
    w_case("same", [1.0, 2.0, 2.0, 7.0], [7.0, 2.0, 1.0, 2.0]),
]


def c_case(name, observed, expected):
    result = stats.chisquare(observed, expected)
    return {"name": name, "observed": observed, "expected": expected, "statistic": float(result.statistic), "pvalue": float(result.pvalue)}


def scaled(observed, reference):
    total = sum(observed)
    return [r / sum(reference) * total for r in reference]


chisquare = [
    c_case("uniform expectation", [16.0, 18.0, 16.0, 14.0, 12.0, 12.0], [14.666666666666666] * 5 + [14.666666666666668]),
    c_case("scaled from a reference", [30.0, 50.0, 20.0], scaled([30.0, 50.0, 20.0], [40.0, 40.0, 20.0])),
    c_case("two categories", [9.0, 1.0], scaled([9.0, 1.0], [5.0, 5.0])),
    c_case("many categories", [float(v) for v in rng.multinomial(5000, [0.05] * 20)], scaled([float(v) for v in rng.multinomial(5000, [0.05] * 20)], [float(v) for v in rng.multinomial(9000, [0.05] * 20)])),
    c_case("far from expected", [100.0, 0.0, 0.0, 1.0], scaled([100.0, 0.0, 0.0, 1.0], [25.0, 25.0, 25.0, 26.0])),
    c_case("exactly as expected", [10.0, 20.0, 30.0], [10.0, 20.0, 30.0]),
    c_case("a thousand degrees", [float(v) for v in rng.poisson(50, 1001)], None),
]
chisquare[-1]["expected"] = scaled(chisquare[-1]["observed"], [1.0] * 1001)
last = stats.chisquare(chisquare[-1]["observed"], chisquare[-1]["expected"])
chisquare[-1]["statistic"], chisquare[-1]["pvalue"] = float(last.statistic), float(last.pvalue)


def j_case(name, p, qq):
    return {"name": name, "p": p, "q": qq, "distance": float(distance.jensenshannon(p, qq))}


jensenshannon = [
    j_case("counts", [10.0, 20.0, 30.0], [30.0, 20.0, 10.0]),
    j_case("proportions", [0.5, 0.5, 0.0], [0.0, 0.1, 0.9]),
    j_case("disjoint", [1.0, 0.0], [0.0, 1.0]),
    j_case("same", [3.0, 1.0, 4.0, 1.0, 5.0], [6.0, 2.0, 8.0, 2.0, 10.0]),
    j_case("many", [float(v) for v in rng.multinomial(3000, [0.02] * 50)], [float(v) for v in rng.multinomial(2000, list(np.linspace(1, 3, 50) / np.linspace(1, 3, 50).sum()))]),
]

out = {
    "generatedWith": f"scipy {scipy.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}",
    "ks2samp": ks,
    "ksPvalues": pvalues,
    "wasserstein": wasserstein,
    "chisquare": chisquare,
    "jensenshannon": jensenshannon,
}
with open(__file__.replace("make-vectors.py", "drift-vectors.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
    f.write("\n")

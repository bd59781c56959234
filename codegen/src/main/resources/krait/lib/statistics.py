"""Krait's statistics: averages and spread computed exactly (through Fraction) like CPython's, with its
result types: int or float data give float results except where CPython keeps ints (median, mode)."""
from fractions import Fraction
import math
from collections import Counter


class StatisticsError(ValueError):
    pass


def _exact(x):
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return None
        return Fraction(*x.as_integer_ratio())
    if isinstance(x, (int, Fraction)):
        return Fraction(x)
    if hasattr(x, 'as_integer_ratio'):
        return Fraction(*x.as_integer_ratio())
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _result_type(data):
    t = int
    for x in data:
        if isinstance(x, bool):
            continue
        if type(x) is float or isinstance(x, float):
            if t is int:
                t = float
        elif isinstance(x, Fraction):
            if t in (int,):
                t = Fraction
            elif t is float:
                pass
        elif not isinstance(x, int):
            t = type(x)
    return t


def _sum(data):
    total = Fraction(0)
    special = None
    n = 0
    for x in data:
        n += 1
        e = _exact(x)
        if e is None:
            special = x if special is None else special + x
        else:
            total += e
    return total, special, n


def _convert(value, t):
    if t is int:
        t = float if value.denominator != 1 else int
    if t is int:
        return value.numerator
    if t is Fraction:
        return value
    if t is float:
        return value.numerator / value.denominator
    return t(value)


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    total, special, n = _sum(data)
    if special is not None:
        return special
    return _convert(total / n, _result_type(data))


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    return math.fsum(x * w for x, w in zip(data, weights)) / math.fsum(weights)


def geometric_mean(data):
    data = list(data)
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if weights is None:
        weights = [1] * len(data)
    if any(x == 0 for x in data):
        return 0
    total = sum(Fraction(w) / _exact(x) for x, w in zip(data, weights))
    t = _result_type(data)
    return _convert(Fraction(sum(weights)) / total, t if t is not int else float)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    L = x - interval / 2
    cf = data.index(x)
    f = data.count(x)
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _ss(data, c=None):
    exact = [_exact(x) for x in data]
    n = len(exact)
    if c is None:
        c = sum(exact, Fraction(0)) / n
    else:
        c = _exact(c)
    total = sum(((x - c) ** 2 for x in exact), Fraction(0))
    total2 = sum((x - c for x in exact), Fraction(0))
    total -= total2 ** 2 / n
    return total, n


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    ss, n = _ss(data, xbar)
    t = _result_type(data)
    return _convert(ss / (n - 1), t)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    ss, n = _ss(data, mu)
    t = _result_type(data)
    return _convert(ss / n, t)


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    ss, n = _ss(data, xbar)
    v = ss / (n - 1)
    return _float_sqrt(v)


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    ss, n = _ss(data, mu)
    return _float_sqrt(ss / n)


def _float_sqrt(f):
    """The float nearest the square root of a fraction (checked against its neighbours exactly)."""
    if f <= 0:
        return 0.0
    x = math.sqrt(f.numerator / f.denominator)
    candidates = [math.nextafter(x, 0), x, math.nextafter(x, math.inf)]
    return min(candidates, key=lambda c: abs(Fraction(c) ** 2 - f))


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: %r' % (method,))


def correlation(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def covariance(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)

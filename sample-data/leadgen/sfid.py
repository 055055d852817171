"""Salesforce and HubSpot record ids."""

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"


def to18(id15):
    """15 -> 18 characters: per 5-char chunk, bit i set when char i is an upper-case A-Z letter;
    the 0-31 value indexes ABCDEFGHIJKLMNOPQRSTUVWXYZ012345."""
    assert len(id15) == 15, id15
    out = []
    for chunk in (id15[0:5], id15[5:10], id15[10:15]):
        v = 0
        for i, ch in enumerate(chunk):
            if "A" <= ch <= "Z":
                v |= 1 << i
        out.append(SUFFIX[v])
    return id15 + "".join(out)


def base62(n, width):
    s = []
    for _ in range(width):
        n, r = divmod(n, 62)
        s.append(BASE62[r])
    assert n == 0, "counter overflow"
    return "".join(reversed(s))


def decode62(s):
    n = 0
    for ch in s:
        n = n * 62 + BASE62.index(ch)
    return n


class IdSequence:
    """Sequential ids of one key prefix on one pod (`00Q` + `5g` + `0` + 9-char counter), with
    random gaps so that the counters have mixed case and the checksum suffix varies."""

    def __init__(self, rng, prefix, start):
        self.rng, self.prefix, self.n = rng, prefix, decode62(start)

    def next15(self):
        self.n += self.rng.randint(1, 9000)
        return self.prefix + "5g0" + base62(self.n, 9)


assert to18("0015000000Gv7qJ") == "0015000000Gv7qJAAR"
assert to18("001A0000006Vm9r") == "001A0000006Vm9rIAC"

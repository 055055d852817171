#!/usr/bin/env python3
"""Write a large Salesforce-Lead-API-style CSV for the ingest benchmark.

    python3 bench/generate_leads.py OUT_PATH [--mb 1024] [--seed 7]

Exactly 20 columns (Id, FirstName, LastName, Email, Company, Phone, MobilePhone, Title, Country,
Status, LeadSource, Rating, OwnerId, CreatedDate, LastModifiedDate, IsConverted, ConvertedDate,
Street, City, Description), UTF-8, comma, LF, quoting only where needed (RFC 4180): companies with
commas, multi-line descriptions (~10 % of rows) and streets, embedded quotes. Deterministic: the
same --mb and --seed give the same bytes. Fast: values come from precomputed pools, combined per
row in batches; the file stops at the first row boundary past --mb MiB."""

import argparse
import os
import random
import sys
import time
from datetime import datetime, timedelta, timezone

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"

FIRST = ["Anna", "Jürgen", "Sören", "Käthe", "Björn", "Sophie", "Thomas", "Maximilian", "Ülkü", "Jörg",
         "Hans-Peter", "Marie-Luise", "Dr. Stefan", "Prof. Dr. Ute", "Łukasz", "José", "Chloé", "Zoë",
         "Oliver", "Emma", "Mehmet", "Ayşe", "Sven", "Ingrid", "Renate", "Klaus", "Lena", "Felix", "Jana",
         "Tobias", "Heike", "Uwe", "Frauke", "Götz", "Mareike", "Kai-Uwe", "Bärbel", "Rüdiger", "Silke",
         "Niklas", "Henrike", "Malte", "Dörte", "Sönke", "Grit", "Till", "Jördis", "Detlef", "Carolin"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
        "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
        "Krause", "Köhler", "König", "Weiß", "Groß", "Strauß", "Oßwald", "Jäger", "Böhm", "Kühn",
        "Müller-Lüdenscheidt", "von Bülow", "van der Berg", "de la Cruz", "O'Brien", "Öztürk", "Yılmaz",
        "Kowalski", "Wiśniewski", "Dvořák", "Dubois", "García", "Rossi", "Nilsson", "Åberg", "Jansen"]
STEMS = ["Nord", "Süd", "Elb", "Rhein", "Alpen", "Spree", "Isar", "Main", "Weser", "Harz", "Taunus",
         "Eifel", "Licht", "Stahl", "Daten", "Quell", "Ostsee", "Mosel", "Havel", "Neckar", "Ruhr", "Saale"]
INDUSTRY = ["Logistik", "Maschinenbau", "Software", "Systemtechnik", "Medizintechnik", "Elektrotechnik",
            "Immobilien", "Steuerberatung", "Consulting", "IT-Services", "Druckerei", "Anlagenbau",
            "Verpackungen", "Gebäudetechnik", "Lebensmittel", "Metallbau", "Energie", "Spedition"]
LEGAL = ["GmbH"] * 8 + ["AG", "GmbH & Co. KG", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "e.K.", "KG", "SE",
                        "OHG", "B.V.", "S.A.S.", "Sp. z o.o.", "Ltd", "Inc.", "LLC", "S.r.l."]
TITLES = ["Geschäftsführer", "Geschäftsführerin", "Leiter IT", "Leiterin Einkauf", "Head of Operations",
          "IT-Administrator", "Vertriebsleiter", "Prokurist", "CFO", "CTO", "Inhaber", "Werkleiter",
          "Projektmanagerin", "Office Manager", "", ""]
COUNTRIES = ["Germany"] * 12 + ["Austria"] * 2 + ["Switzerland"] * 2 + ["Netherlands", "France", "Poland",
                                                                          "United Kingdom", "DE", "Deutschland"]
STATUS = ([("Open - Not Contacted", "false")] * 3 + [("Working - Contacted", "false")] * 4
          + [("Closed - Converted", "true")] * 2 + [("Closed - Not Converted", "false")] * 3)
SOURCES = ["Web", "Demo Request", "Contact Us", "Pricing", "Kontaktformular", "Webinar", "Whitepaper",
           "Trade Show", "Cold Call", "Outbound", "Partner Referral", "Kaltakquise", "Phone Inquiry", "Other"]
RATINGS = ["", "", "", "Hot", "Warm", "Cold"]
CITIES = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig",
          "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Münster", "Lübeck", "Würzburg",
          "Göttingen", "Wien", "Graz", "Zürich", "Genève", "Saarbrücken", "Osnabrück", "Fürth"]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenweg", "Am Mühlbach", "Lindenallee",
           "Goethestraße", "Industriestraße", "Königsallee", "Große Elbstraße", "Friedrich-Ebert-Straße",
           "Schloßplatz", "Rue de Lausanne", "Grüner Weg", "An der Weißen Mühle"]
SENTENCES = ["Interessiert an Modul Zeiterfassung.", "Rückruf erbeten, bitte nicht vor 10 Uhr.",
             "Demo-Anfrage über Website, ca. 120 Mitarbeiter, 3 Standorte.",
             "Kunde sagt: \"Budget erst 2027\".", "Messe-Kontakt (it-sa), Visitenkarte gescannt.",
             "Requested a call back re: API access, SAML, and EU data residency.",
             "Aktuell Excel-Listen im Einsatz; Wechsel geplant.", "Preise für 50 Lizenzen, ggf. Rabatt?",
             "Ansprechpartner wechselt zum 01.01.", "Hat bereits Lösung von Wettbewerber im Test.",
             "Entscheidung durch GF, Termin in KW 49.", "Wünscht Angebot \"inkl. Schulung\"."]


def to18(id15):
    out = []
    for k in (0, 5, 10):
        v = 0
        for i, ch in enumerate(id15[k:k + 5]):
            if "A" <= ch <= "Z":
                v |= 1 << i
        out.append(SUFFIX[v])
    return id15 + "".join(out)


def b62(n, width):
    s = []
    for _ in range(width):
        n, r = divmod(n, 62)
        s.append(BASE62[r])
    return "".join(reversed(s))


def upper_mask(s, shift=0):
    return sum(1 << (i + shift) for i, ch in enumerate(s) if "A" <= ch <= "Z")


def quote(v):
    if any(c in v for c in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def fold(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("ł", "l"),
                 ("ı", "i"), ("ş", "s"), ("ř", "r"), ("ś", "s"), ("å", "a"), ("ç", "c"), ("ë", "e"),
                 ("Ü", "Ue"), ("Ö", "Oe"), ("Ä", "Ae"), ("Å", "A"), ("Ł", "L"), ("'", ""), (" ", ""),
                 ("dr.", ""), ("prof.", "")):
        s = s.replace(a, b)
    return s


class Ids:
    """Sequential 18-character lead ids `00Q5g0` + 9-char counter, checksum via precomputed parts.
    Chunk 3 of the id (characters 10-14) = 2 middle + 3 low counter characters."""

    def __init__(self, start):
        self.n = start
        self.low = [b62(i, 3) for i in range(62 ** 3)]
        self.low_mask = [upper_mask(s, 2) for s in self.low]
        self.mid = [b62(i, 2) for i in range(62 ** 2)]
        self.mid_mask = [upper_mask(s) for s in self.mid]

    def batch(self, k):
        out = []
        low, low_mask, mid, mid_mask = self.low, self.low_mask, self.mid, self.mid_mask
        n = self.n
        hi_cache = {}
        for _ in range(k):
            lo = n % 238328
            rest = n // 238328
            m = rest % 3844
            hi = rest // 3844
            h = hi_cache.get(hi)
            if h is None:
                hs = "0" + b62(hi, 4)                 # characters 5-9
                h = hi_cache[hi] = ("00Q5g" + hs, SUFFIX[4] + SUFFIX[upper_mask(hs)])
            out.append(h[0] + mid[m] + low[lo] + h[1] + SUFFIX[mid_mask[m] | low_mask[lo]])
            n += 1
        self.n = n
        return out


def pools(rng):
    people = []
    for _ in range(20000):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        if rng.random() < 0.02:
            f, l = f.upper(), l.upper()
        local = rng.choice(["%s.%s", "%s%s", "%.1s.%s"]) % (fold(f.lower()), fold(l.lower()))
        people.append((quote(f), quote(l), local))
    companies = []
    for _ in range(6000):
        r = rng.random()
        if r < 0.12:
            core = "%s, %s & Partner" % (rng.choice(LAST), rng.choice(LAST))
        elif r < 0.5:
            core = "%s %s" % (rng.choice(LAST), rng.choice(INDUSTRY))
        else:
            core = "%s%s %s" % (rng.choice(STEMS), rng.choice(["werk", "tec", "soft", "data", ""]),
                                rng.choice(INDUSTRY))
        name = core + " " + rng.choice(LEGAL)
        dom = fold(core.lower()).replace(",", "").replace("&", "und") + rng.choice([".de", ".de", ".com", ".at"])
        companies.append((quote(name), dom))
    phones = []
    for _ in range(30000):
        area = rng.choice(["30", "40", "89", "69", "221", "711", "341", "6221", "3641"])
        sub = "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 7])))
        sub = rng.choice("123456789") + sub[1:]
        phones.append(rng.choice(["0%s %s", "+49 %s %s", "+49 (0)%s %s", "(0%s) %s", "0049 %s %s"]) % (area, sub)
                      + rng.choice(["", "", "", "", "", "", " (Büro)", " (nach 16 Uhr)"]))
    mobiles = [""] * 30000
    for i in range(0, 30000, 3):
        mobiles[i] = rng.choice(["0151/", "0171 ", "+49 160 ", "0176 "]) + "".join(
            rng.choice("0123456789") for _ in range(8))
    epoch = datetime(2024, 1, 1, tzinfo=timezone.utc)
    dates = []
    for _ in range(50000):
        c = epoch + timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
        m = c + timedelta(seconds=rng.randint(0, 60 * 86400))
        dates.append((c.strftime("%Y-%m-%dT%H:%M:%S.000+0000"), m.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                      m.strftime("%Y-%m-%d")))
    streets = []
    for _ in range(20000):
        s = "%s %d%s" % (rng.choice(STREETS), rng.randint(1, 180), rng.choice(["", "", "", "a", "b"]))
        if rng.random() < 0.03:
            s = "c/o %s\n%s" % (rng.choice(LAST), s)
        streets.append(quote(s))
    descriptions = [""] * 700
    for _ in range(200):
        descriptions.append(quote(" ".join(rng.sample(SENTENCES, rng.randint(1, 3)))))
    for _ in range(100):
        lines = rng.sample(SENTENCES, rng.randint(2, 4))
        descriptions.append(quote(rng.choice(["\n", "\r\n"]).join(lines)))
    owners = [to18("0055g0" + b62(rng.randint(10 ** 9, 62 ** 6), 9)[:9]) for _ in range(40)]
    owners += [to18("00G5g0" + b62(rng.randint(10 ** 9, 62 ** 6), 9)[:9]) for _ in range(3)]
    return dict(people=people, companies=companies, phones=phones, mobiles=mobiles, dates=dates, streets=streets,
                descriptions=descriptions, owners=owners, titles=[quote(t) for t in TITLES],
                countries=COUNTRIES, status=STATUS, sources=SOURCES, ratings=RATINGS,
                cities=[quote(c) for c in CITIES])


HEADER = ("Id,FirstName,LastName,Email,Company,Phone,MobilePhone,Title,Country,Status,LeadSource,Rating,"
          "OwnerId,CreatedDate,LastModifiedDate,IsConverted,ConvertedDate,Street,City,Description\n")


def batch(rng, P, ids, k):
    ch = rng.choices
    return ["%s,%s,%s,%s@%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n" % (
            i, pe[0], pe[1], pe[2], co[1], co[0], ph, mo, ti, cn, st[0], so, ra, ow, dt[0], dt[1], st[1],
            dt[2] if st[1] == "true" else "", sr, ci, de)
            for i, pe, co, ph, mo, ti, cn, st, so, ra, ow, dt, sr, ci, de in zip(
            ids.batch(k), ch(P["people"], k=k), ch(P["companies"], k=k), ch(P["phones"], k=k),
            ch(P["mobiles"], k=k), ch(P["titles"], k=k), ch(P["countries"], k=k), ch(P["status"], k=k),
            ch(P["sources"], k=k), ch(P["ratings"], k=k), ch(P["owners"], k=k), ch(P["dates"], k=k),
            ch(P["streets"], k=k), ch(P["cities"], k=k), ch(P["descriptions"], k=k))]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=1024, help="target size in MiB (default 1024)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    target = int(a.mb * 1024 * 1024)
    rng = random.Random(a.seed)
    t0 = time.time()
    P = pools(rng)
    ids = Ids(62 ** 7 * 3 + 12345)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    tmp = a.out + ".part"
    written = records = 0
    with open(tmp, "wb") as f:
        head = HEADER.encode()
        f.write(head)
        written += len(head)
        while written < target:
            rows = batch(rng, P, ids, 20000)
            data = "".join(rows).encode("utf-8")
            if written + len(data) > target:       # last batch: stop at the first row past the target
                keep = []
                for r in rows:
                    keep.append(r)
                    written += len(r.encode("utf-8"))
                    if written >= target:
                        break
                f.write("".join(keep).encode("utf-8"))
                records += len(keep)
                break
            f.write(data)
            written += len(data)
            records += len(rows)
    os.replace(tmp, a.out)
    print("%s: %d bytes, %d records (+ header) in %.1f s" % (a.out, written, records, time.time() - t0),
          file=sys.stderr)


if __name__ == "__main__":
    main()

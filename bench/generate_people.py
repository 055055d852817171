#!/usr/bin/env python3
"""Write a generic people register with known duplicates, for the link benchmark.

    python3 bench/generate_people.py OUT_DIR --rows N [--seed S]

Writes OUT_DIR/people.csv with the columns `ID,First Name,Last Name,Email,Phone,Company,Date of
Birth,Street,PLZ,City` (headers of the `generic_people` preset) and OUT_DIR/truth.csv
(`record_id,person`): which records are the same human, for pairwise precision and recall.

About 10 % of the N rows are duplicates of another row's person, written with the noise real
registers carry: one-edit typos in names, first and last name swapped, umlauts transcribed or
dropped (Müller / Mueller / Muller), the e-mail upper-cased or a different address, the phone in
another format (`030 1234567`, `+49 30 1234567`, `0049 …`, `(030) …`), the company's legal form
spelled differently or dropped (`GmbH` / `G.m.b.H.`, `GmbH & Co. KG` → `GmbH`), another date
format or a typo in the date of birth, `Straße` / `Str.`, a move to another address, and fields
left empty. About 2 % of the other rows are namesakes: a different person with the same first
and last name as someone else, at another company and born on another day (hard negatives);
common names make many more namesakes by chance, as in a real register.

Names, companies, streets and numbers are invented from small pools (common German and
international first and last names, surnames built from German parts, company names built from
stems and industries); no real person is meant. Deterministic: the same --rows and --seed give
the same bytes. Plain Python, values drawn from precomputed pools: 1,000,000 rows (134 MB) take
about 25 s on the bench machine (more when the other core is busy) and 1.4 GB of memory (every
row is held until the shuffle)."""

import argparse
import csv
import gc
import os
import random
import sys
import time
import unicodedata
from datetime import date
from itertools import accumulate

# --- name pools ------------------------------------------------------------------------------------
# Most common first within each list: sampling weights fall with the position (see zipf()).

FIRST_F = [
    "Anna", "Julia", "Katharina", "Sophie", "Maria", "Laura", "Lea", "Sabine", "Petra", "Ursula",
    "Monika", "Claudia", "Andrea", "Stefanie", "Nicole", "Susanne", "Birgit", "Christina", "Sandra",
    "Karin", "Lena", "Jana", "Melanie", "Heike", "Anja", "Tanja", "Renate", "Silke", "Kerstin",
    "Elke", "Ute", "Jutta", "Martina", "Gabriele", "Franziska", "Johanna", "Hannah", "Emma", "Mia",
    "Lisa", "Sarah", "Vanessa", "Yvonne", "Daniela", "Ines", "Frauke", "Gesine", "Maren", "Anke",
    "Bärbel", "Dörte", "Jördis", "Käthe", "Mareike", "Hannelore", "Marie-Luise", "Annegret", "Miriam",
    "Grit", "Sünje", "Henrike", "Carolin", "Theresa", "Luisa", "Clara", "Charlotte", "Greta",
    "Paula", "Ida", "Frieda", "Ayşe", "Elif", "Zeynep", "Fatma", "Agnieszka", "Małgorzata",
    "Katarzyna", "Olga", "Natalia", "Svetlana", "Irina", "Elena", "Giulia", "Chiara", "Francesca",
    "María", "Lucía", "Chloé", "Élodie", "Camille", "Femke", "Sanne", "Ingrid", "Linnéa", "Siobhán",
    "Fatima", "Leila", "Amira", "Noor", "Mei", "Yuki", "Priya", "Aaliyah", "Zoë", "Renée",
]
FIRST_M = [
    "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank", "Peter", "Klaus",
    "Jürgen", "Wolfgang", "Matthias", "Alexander", "Martin", "Daniel", "Sebastian", "Tobias",
    "Jan", "Lukas", "Maximilian", "Felix", "Jonas", "Paul", "Leon", "Florian", "Tim", "Dirk",
    "Uwe", "Bernd", "Ralf", "Jörg", "Holger", "Sven", "Torsten", "Dieter", "Günter", "Manfred",
    "Horst", "Heinz", "Hans-Peter", "Karl-Heinz", "Kai-Uwe", "Björn", "Sönke", "Rüdiger", "Götz",
    "Till", "Niklas", "Malte", "Jens", "Detlef", "Olaf", "Lutz", "Volker", "Norbert", "Eckhard",
    "Moritz", "Benedikt", "Joachim", "Ole", "Finn", "Noah", "Elias", "Ben", "Henry", "Emil",
    "Mehmet", "Mustafa", "Ahmet", "Emre", "Ali", "Hüseyin", "Łukasz", "Piotr", "Paweł", "Krzysztof",
    "Tomasz", "Sergej", "Dmitri", "Alexej", "Wladimir", "Marco", "Alessandro", "Giuseppe",
    "José", "Álvaro", "Carlos", "François", "Mathieu", "Pierre", "Bram", "Joost", "Pieter", "Jiří",
    "Ondřej", "Anders", "Lars", "Oliver", "George", "John", "Michael-John", "Omar", "Karim",
    "Youssef", "Hiroshi", "Wei", "Arjun", "Nguyen",
]
LAST_COMMON = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
    "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz",
    "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther",
    "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
    "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer",
    "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas",
    "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn",
    "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Strauß",
    "Oßwald", "Weißenborn", "Thießen", "Dreßler", "Brüggemann", "Jürgensen", "Nöthling", "Wöhrle",
    "Müller-Lüdenscheidt", "Schulze-Delitzsch", "Meyer-Landrut", "Hoffmann-Rübsam",
    "von Bülow", "von der Heide", "von Aster", "zu Stolberg", "van Almsick", "de Maizière",
]
LAST_INTL = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç",
    "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Zieliński", "Lewandowski",
    "Iwanow", "Petrow", "Smirnow", "Popow", "Kusnezow", "Rossi", "Russo", "Ferrari", "Esposito",
    "Bianchi", "Romano", "di Stefano", "García", "Martínez", "Fernández", "López", "de la Cruz",
    "Núñez", "Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "van Dijk", "de Vries",
    "van der Berg", "Jansen", "de Jong", "Bakker", "Visser", "Dvořák", "Novák", "Černý", "Nilsson",
    "Andersson", "Åberg", "Sæther", "Smith", "O'Brien", "Clarke", "Davies", "Fitzgerald",
    "McAllister", "Nguyen", "Tran", "Pham", "Kim", "Park", "Wang", "Li", "Zhang", "Chen", "Sato",
    "Tanaka", "Haddad", "Khoury", "Nasser", "Hassan", "Rahman", "Khan", "Singh", "Patel",
    "Popescu", "Ionescu", "Horváth", "Nagy", "Kovačević", "Petrović", "Jovanović", "Hodžić",
]
# German surnames are mostly compounds of a few parts: Steinbach, Rosenthal, Waldmann, Hofmeier.
LAST_STEMS = [
    "Alt", "Asch", "Bach", "Baum", "Berg", "Birk", "Blum", "Brand", "Brück", "Buch", "Burg", "Dorn",
    "Eich", "Eng", "Falk", "Feld", "Fels", "Frei", "Gold", "Grün", "Haber", "Hagen", "Hain", "Hart",
    "Hein", "Hell", "Herz", "Hirsch", "Hoch", "Hof", "Holz", "Horn", "Kirch", "Klee", "Kling", "Kron",
    "Lau", "Lieb", "Linden", "Löwen", "Mahl", "Mühl", "Neu", "Ober", "Ost", "Rein", "Ried", "Rosen",
    "Sand", "Schön", "See", "Sieg", "Silber", "Sonn", "Stern", "Tann", "Wald", "Wein", "Wester",
    "Wies", "Wild", "Zell", "Acker", "Adler", "Amsel", "Bieder", "Dreh", "Ehren", "Fried", "Glas",
    "Greif", "Hase", "Heid", "Kalt", "Kess", "Kirsch", "Kreuz", "Leh", "Lind", "Mohr", "Nuss",
    "Pfaff", "Rau", "Reh", "Ros", "Stock", "Tiefen", "Vogel", "Wasser", "Wend",
]
LAST_SUFFIXES = [
    "berg", "mann", "er", "hofer", "meier", "bach", "feld", "hagen", "bauer", "thaler", "huber",
    "brink", "kamp", "haus", "ring", "städter", "acker", "dorf", "wald", "inger", "eder", "schmidt",
    "müller", "reuther", "stein", "becker", "hardt", "lein", "ke", "mayr", "weiler", "ling",
]

def mailbox(email):
    """The mailbox an address delivers to: Gmail ignores dots in the local part and
    googlemail.com is gmail.com, so `anna.berg@gmail.com` and `annaberg@googlemail.com` are one
    person's. Two people never share a mailbox, so uniqueness is checked on this."""
    local, _, domain = email.partition("@")
    if domain in ("gmail.com", "googlemail.com"):
        return local.replace(".", "") + "@gmail.com"
    return email


FREEMAIL = (["gmail.com"] * 6 + ["web.de"] * 5 + ["gmx.de"] * 5 + ["t-online.de"] * 3 + ["outlook.com"] * 2
            + ["googlemail.com", "gmx.net", "yahoo.de", "hotmail.de", "icloud.com", "posteo.de", "freenet.de",
               "mail.de", "arcor.de", "online.de", "mailbox.org", "proton.me"])

# --- companies ---------------------------------------------------------------------------------------
LEGAL = (["GmbH"] * 14 + ["AG"] * 3 + ["GmbH & Co. KG"] * 5 + ["UG (haftungsbeschränkt)"] * 2
         + ["e.K.", "KG", "OHG", "SE", "GbR", "PartG mbB", "gGmbH", "mbH", "e.V.", "eG", "Ltd", "B.V.", "Inc."])
INDUSTRY = ["Logistik", "Maschinenbau", "Software", "Systemtechnik", "Medizintechnik", "Bauunternehmung",
            "Elektrotechnik", "Immobilien", "Steuerberatung", "Consulting", "IT-Services", "Druckerei",
            "Anlagenbau", "Verpackungen", "Personalservice", "Gebäudetechnik", "Lebensmittel", "Metallbau",
            "Kunststofftechnik", "Energie", "Fördertechnik", "Haustechnik", "Spedition", "Werkzeugbau",
            "Facility Services", "Versicherungsmakler", "Autohaus", "Pflegedienst", "Brauerei", "Verlag"]
STEMS = ["Nord", "Süd", "Elb", "Rhein", "Alpen", "Spree", "Isar", "Main", "Weser", "Harz", "Taunus", "Eifel",
         "Blau", "Grün", "Licht", "Stahl", "Daten", "Quell", "Ostsee", "Mosel", "Bergland", "Allgäu", "Havel",
         "Neckar", "Ruhr", "Saale", "Fichtel", "Heide", "Förde", "Donau", "Lahn", "Fulda", "Werra", "Ems",
         "Rhön", "Spessart", "Sauerland", "Odenwald", "Hanse", "Börde"]
STEM_SUFFIX = ["werk", "tec", "tronic", "soft", "logic", "data", " Systems", " Solutions", "kraft", "plan",
               "med", "bau", "form", "netz", "pro", "line", "consult", "haus"]
PREFIX_TRADE = ["Autohaus", "Bäckerei", "Steuerbüro", "Praxis", "Ingenieurbüro", "Malerbetrieb", "Kanzlei",
                "Apotheke am", "Elektro", "Sanitär", "Zahnarztpraxis", "Physiotherapie"]
INTL_WORDS = ["Globex", "Initech", "Vandelay", "Northwind", "Bluebird", "Ironbridge", "Clearwater",
              "Silverline", "Brightpath", "Redwood", "Oakridge", "Stonegate", "Sunfield", "Harbor", "Keystone",
              "Lakeside", "Summit", "Pinecrest"]
INTL_INDUSTRY = ["Logistics", "Software", "Analytics", "Manufacturing", "Consulting", "Systems",
                 "Technologies", "Medical", "Foods", "Energy"]

# --- addresses and phones ----------------------------------------------------------------------------
# (city, first PLZ, last PLZ, landline area code, weight)
CITIES = [
    ("Berlin", 10115, 14199, "30", 36), ("Hamburg", 20095, 22769, "40", 18), ("München", 80331, 81929, "89", 15),
    ("Köln", 50667, 51149, "221", 11), ("Frankfurt am Main", 60306, 65936, "69", 8),
    ("Stuttgart", 70173, 70629, "711", 6), ("Düsseldorf", 40210, 40629, "211", 6),
    ("Leipzig", 4103, 4357, "341", 6), ("Dortmund", 44135, 44388, "231", 6), ("Essen", 45127, 45359, "201", 6),
    ("Bremen", 28195, 28779, "421", 6), ("Dresden", 1067, 1328, "351", 6), ("Hannover", 30159, 30669, "511", 5),
    ("Nürnberg", 90402, 90491, "911", 5), ("Duisburg", 47051, 47279, "203", 5), ("Bochum", 44787, 44894, "234", 4),
    ("Wuppertal", 42103, 42399, "202", 4), ("Bielefeld", 33602, 33739, "521", 3), ("Bonn", 53111, 53229, "228", 3),
    ("Münster", 48143, 48167, "251", 3), ("Mannheim", 68159, 68309, "621", 3), ("Karlsruhe", 76131, 76229, "721", 3),
    ("Augsburg", 86150, 86199, "821", 3), ("Wiesbaden", 65183, 65207, "611", 3), ("Mönchengladbach", 41061, 41239, "2161", 2),
    ("Gelsenkirchen", 45879, 45899, "209", 2), ("Aachen", 52062, 52080, "241", 2), ("Braunschweig", 38100, 38126, "531", 2),
    ("Kiel", 24103, 24159, "431", 2), ("Chemnitz", 9111, 9247, "371", 2), ("Halle (Saale)", 6108, 6132, "345", 2),
    ("Magdeburg", 39104, 39130, "391", 2), ("Freiburg im Breisgau", 79098, 79117, "761", 2), ("Krefeld", 47798, 47839, "2151", 2),
    ("Mainz", 55116, 55131, "6131", 2), ("Lübeck", 23552, 23570, "451", 2), ("Erfurt", 99084, 99099, "361", 2),
    ("Oberhausen", 46045, 46149, "208", 2), ("Rostock", 18055, 18147, "381", 2), ("Kassel", 34117, 34134, "561", 2),
    ("Potsdam", 14467, 14482, "331", 1), ("Saarbrücken", 66111, 66133, "681", 1), ("Osnabrück", 49074, 49090, "541", 1),
    ("Göttingen", 37073, 37085, "551", 1), ("Würzburg", 97070, 97084, "931", 1), ("Regensburg", 93047, 93059, "941", 1),
    ("Ulm", 89073, 89081, "731", 1), ("Heidelberg", 69115, 69126, "6221", 1), ("Fürth", 90762, 90768, "911", 1),
    ("Konstanz", 78462, 78467, "7531", 1), ("Jena", 7743, 7751, "3641", 1), ("Offenbach am Main", 63065, 63075, "69", 1),
    ("Flensburg", 24937, 24944, "461", 1), ("Görlitz", 2826, 2829, "3581", 1), ("Garmisch-Partenkirchen", 82467, 82467, "8821", 1),
]
STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Bergstraße", "Lindenstraße",
    "Kirchstraße", "Waldstraße", "Ringstraße", "Goethestraße", "Schillerstraße", "Mozartstraße", "Birkenweg",
    "Am Mühlbach", "Lindenallee", "Industriestraße", "Königsallee", "Friedrich-Ebert-Straße", "Schloßplatz",
    "Grüner Weg", "An der Weißen Mühle", "Rosenstraße", "Feldstraße", "Wiesenweg", "Blumenstraße",
    "Beethovenstraße", "Poststraße", "Marktplatz", "Kastanienallee", "Eichendorffstraße", "Uhlandstraße",
    "Heinrich-Heine-Straße", "Am Sportplatz", "Mühlenweg", "Tulpenweg", "Sonnenstraße", "Parkstraße",
    "Talstraße", "Kantstraße", "Weserstraße", "Rheinstraße", "Bismarckstraße", "Kaiserstraße",
    "Wilhelmstraße", "Luisenstraße", "Am Anger", "Hafenstraße", "Brückenstraße", "Mittelweg",
    "Große Elbstraße", "Lange Reihe", "Karl-Marx-Allee", "Torstraße", "Prenzlauer Allee", "Leopoldstraße",
    "Sonnenallee", "Dammtorstraße", "Zeil", "Kö-Bogen", "Am Stadtgarten", "Fasanenweg", "Amselweg",
    "Drosselgasse", "Mühlgasse", "Hinter der Kirche", "Auf dem Berg", "Im Winkel", "Vor dem Tore",
]
DE_MOBILE = ["151", "152", "155", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
             "175", "176", "177", "178", "179", "1512", "1520", "1523", "1590"]
FOREIGN = [(43, "1", 7), (43, "662", 6), (41, "44", 7), (41, "31", 7), (31, "20", 7), (48, "22", 7),
           (90, "212", 7), (33, "1", 8), (39, "02", 8), (44, "20", 8)]

FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
                      "æ": "ae", "ø": "o", "ł": "l", "Ł": "L", "ı": "i", "đ": "d"})
PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "ss"})
UMLAUTS = set("äöüÄÖÜß")
KEYBOARD = {  # German QWERTZ neighbours, for substitution typos
    "a": "sqy", "b": "vgn", "c": "xdv", "d": "sfe", "e": "wrd", "f": "dgr", "g": "fht", "h": "gjz",
    "i": "uok", "j": "hku", "k": "jli", "l": "kö", "m": "nj", "n": "bmh", "o": "ipl", "p": "oü",
    "q": "wa", "r": "etf", "s": "adw", "t": "rzg", "u": "zij", "v": "cbf", "w": "qes", "x": "yc",
    "y": "xa", "z": "tuh", "ä": "öa", "ö": "läo", "ü": "pö", "ß": "s",
}


def fold_ascii(s):
    """`Müller-Lüdenscheidt` -> `Mueller-Luedenscheidt`, then marks dropped (é -> e)."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    out = []
    for ch in fold_ascii(s).lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def local_key(name):
    """A name as it appears in an e-mail local part: `hanspeter`, `obrien`, `vonbuelow`."""
    return "".join(ch for ch in fold_ascii(name).lower() if ch.isalpha())


def german_date(d):
    return "%02d.%02d.%04d" % (d.day, d.month, d.year)


def zipf(n, offset):
    """Cumulative weights 1/(rank + offset): a few very common values and a long tail."""
    return list(accumulate(1.0 / (k + offset) for k in range(n)))


def surnames():
    seen, pool = set(), []
    compounds = [stem + suffix for suffix in LAST_SUFFIXES for stem in LAST_STEMS]
    # Interleave: common German names first, then the compounds with international names spread
    # among them so that the tail mixes both.
    tail = []
    step = max(1, len(compounds) // len(LAST_INTL))
    for i, name in enumerate(compounds):
        tail.append(name)
        if i % step == step - 1 and i // step < len(LAST_INTL):
            tail.append(LAST_INTL[i // step])
    for name in LAST_COMMON + tail:
        if name not in seen:
            seen.add(name)
            pool.append(name)
    return pool


class Gen:
    """One register: pools drawn once, then people, then rows (clean or noisy) in shuffled order."""

    def __init__(self, rows, seed):
        self.rng = random.Random(seed)
        self.rows = rows
        self.emails = set()
        self.phones = set()
        self.last_pool = surnames()
        self.last_cw = zipf(len(self.last_pool), 60)
        self.female_cw = zipf(len(FIRST_F), 8)
        self.male_cw = zipf(len(FIRST_M), 8)
        self.city_cw = list(accumulate(c[4] for c in CITIES))
        self.companies = self.make_companies(max(150, rows // 25))
        self.company_cw = zipf(len(self.companies), 15)
        self.local = {}          # name -> e-mail spelling, cached

    # random.Random's choice/randint/randrange cost ~1 µs each in Python; these ~0.2 µs (the
    # float has 53 bits, far more than any range here needs).
    def pick(self, seq):
        return seq[int(self.rng.random() * len(seq))]

    def between(self, a, b):
        return a + int(self.rng.random() * (b - a + 1))

    def below(self, n):
        return int(self.rng.random() * n)

    # --- pools ---------------------------------------------------------------------------------
    def make_companies(self, count):
        rng, companies, domains = self.rng, [], set()
        for _ in range(count):
            kind = rng.random()
            legal = self.pick(LEGAL)
            if kind < 0.30:
                core = "%s %s" % (self.pick(self.last_pool[:400]), self.pick(INDUSTRY))
            elif kind < 0.58:
                core = self.pick(STEMS) + self.pick(STEM_SUFFIX)
            elif kind < 0.68:
                a, b = rng.sample(self.last_pool[:600], 2)
                core = "%s & %s" % (a, b)
            elif kind < 0.75:
                a, b = rng.sample(self.last_pool[:600], 2)
                core = "%s, %s & Partner" % (a, b)
                legal = self.pick(["PartG mbB", "GbR", "PartG"])
            elif kind < 0.85:
                core = "%s %s" % (self.pick(PREFIX_TRADE), self.pick(self.last_pool[:800]))
                legal = self.pick(["e.K.", "e.K.", "GmbH", "", ""])
            elif kind < 0.93:
                core = "%s %s" % (self.pick(STEMS), self.pick(INDUSTRY))
            else:
                core = "%s %s" % (self.pick(INTL_WORDS), self.pick(INTL_INDUSTRY))
                legal = self.pick(["GmbH", "Ltd", "Inc.", "B.V.", "LLC", "S.A.S."])
            domain = slug(core.replace(",", "").replace(" & ", " und "))
            tld = "com" if legal in ("Ltd", "Inc.", "LLC") else "de"
            base, n = domain, 1
            while "%s.%s" % (domain, tld) in domains:
                n += 1
                domain = ("%s%d" % (base, n) if n > 2
                          else base + self.pick(["-gruppe", "-online", "-nord", "-sued", "-west", "-ost"]))
            domains.add("%s.%s" % (domain, tld))
            companies.append((core, legal, "%s.%s" % (domain, tld)))
        return companies

    def lkey(self, name):
        key = self.local.get(name)
        if key is None:
            key = self.local[name] = local_key(name)
        return key

    def email_for(self, first, last, domain, freemail, dob_year):
        """A unique address: name-based, at the company's domain or a free-mail provider."""
        rand = self.rng.random
        lkey = self.local.get
        f = lkey(first) or self.lkey(first) or "x"
        l = lkey(last) or self.lkey(last) or "x"
        f1 = f if "-" not in first else self.lkey(first.split("-")[0]) or f
        r = rand()
        if freemail:
            domain = FREEMAIL[int(rand() * len(FREEMAIL))]
            local = ("%s.%s" % (f, l) if r < 0.35 else "%s%s" % (f, l) if r < 0.5
                     else "%s.%s%02d" % (f, l, dob_year % 100) if r < 0.7
                     else "%s%s%d" % (f1[0], l, 1 + int(rand() * 99)) if r < 0.85 else "%s_%s" % (l, f1))
        else:
            local = ("%s.%s" % (f, l) if r < 0.55 else "%s.%s" % (f1[0], l) if r < 0.75
                     else "%s%s" % (f1, l) if r < 0.83 else "%s_%s" % (f1, l) if r < 0.88
                     else "%s.%s" % (l, f1) if r < 0.93 else l)
        email = local + "@" + domain
        n = 1
        while mailbox(email) in self.emails:
            n += 1
            email = "%s%d@%s" % (local, n if n < 10 else self.between(10, 999), domain)
        self.emails.add(mailbox(email))
        return email

    def new_phone(self, area):
        """(country code, national number, length of its area code or mobile prefix); unique."""
        rand = self.rng.random
        while True:
            r = rand()
            if r < 0.03:
                cc, lead, n = FOREIGN[int(rand() * len(FOREIGN))]
                nsn = lead + str(10 ** (n - 1) + int(rand() * 9 * 10 ** (n - 1)))
                phone = (cc, nsn, 1 if cc in (43, 33) and lead == "1" else len(lead))
            elif r < 0.38:
                pre = DE_MOBILE[int(rand() * len(DE_MOBILE))]
                n = 11 - len(pre)
                phone = (49, pre + str(10 ** (n - 1) + int(rand() * 9 * 10 ** (n - 1))), len(pre))
            else:
                n = (7 if r < 0.69 else 8) if len(area) <= 2 else (6 if r < 0.69 else 7)
                phone = (49, area + str(2 * 10 ** (n - 1) + int(rand() * 8 * 10 ** (n - 1))), len(area))
            if phone not in self.phones:
                self.phones.add(phone)
                return phone

    # --- people --------------------------------------------------------------------------------
    def person(self, first, last, female, city_index, company_index, dob):
        """A person as a dict of canonical parts (not yet written as cells)."""
        rand = self.rng.random
        company = self.companies[company_index] if company_index is not None else None
        freemail = company is None or rand() < 0.3
        city = CITIES[city_index]
        return dict(first=first, last=last, female=female,
                    email=self.email_for(first, last, company[2] if company else "", freemail, dob.year),
                    phone=self.new_phone(city[3]), company=company, dob=dob, city_index=city_index,
                    street=STREETS[int(rand() * len(STREETS))],
                    house=str(1 + int(rand() * 180)) + ("" if rand() < 0.94 else "abc"[int(rand() * 3)]),
                    plz="%05d" % (city[1] + int(rand() * (city[2] - city[1] + 1))), city=city[0])

    def address(self, city_index):
        """A new address in the city: for people who moved."""
        rand = self.rng.random
        city = CITIES[city_index]
        return dict(street=STREETS[int(rand() * len(STREETS))],
                    house=str(1 + int(rand() * 180)) + ("" if rand() < 0.94 else "abc"[int(rand() * 3)]),
                    plz="%05d" % (city[1] + int(rand() * (city[2] - city[1] + 1))), city=city[0],
                    city_index=city_index)

    def people(self, count):
        rng = self.rng
        rand = rng.random
        females = [rand() < 0.5 for _ in range(count)]
        n_f = sum(females)
        firsts_f = iter(rng.choices(FIRST_F, cum_weights=self.female_cw, k=n_f))
        firsts_m = iter(rng.choices(FIRST_M, cum_weights=self.male_cw, k=count - n_f))
        lasts = rng.choices(self.last_pool, cum_weights=self.last_cw, k=count)
        cities = rng.choices(range(len(CITIES)), cum_weights=self.city_cw, k=count)
        companies = rng.choices(range(len(self.companies)), cum_weights=self.company_cw, k=count)
        dob0 = date(1945, 1, 1).toordinal()
        dob_days = date(2006, 12, 31).toordinal() - dob0 + 1
        fromordinal = date.fromordinal
        person = self.person
        out = []
        for k in range(count):
            female = females[k]
            first = next(firsts_f) if female else next(firsts_m)
            last = lasts[k]
            company = companies[k] if rand() >= 0.06 else None
            dob = fromordinal(dob0 + int(rand() * dob_days))
            if k > 0 and rand() < 0.02:
                # A namesake of someone already drawn: same name, another person.
                other = out[int(rand() * k)]
                first, last, female = other["first"], other["last"], other["female"]
                if company is not None and other["company"] is self.companies[company]:
                    company = (company + 1) % len(self.companies)   # a namesake works elsewhere
                if rand() < 0.3:
                    cities[k] = other["city_index"]
            out.append(person(first, last, female, cities[k], company, dob))
        return out

    # --- writing a person as a row, cleanly or with noise -------------------------------------
    def phone_text(self, phone):
        rng = self.rng
        cc, nsn, split = phone
        area, sub = nsn[:split], nsn[split:]
        if cc != 49:
            return self.pick(["+%d %s %s" % (cc, area, sub), "00%d %s %s" % (cc, area, sub),
                               "+%d (0)%s %s" % (cc, area, sub)])
        style = rng.random()
        if style < 0.30:
            return "0%s %s" % (area, sub)
        if style < 0.50:
            return "+49 %s %s" % (area, sub)
        if style < 0.58:
            return "0049 %s %s" % (area, sub)
        if style < 0.66:
            return "+49 (0)%s %s" % (area, sub)
        if style < 0.74:
            return "(0%s) %s" % (area, sub)
        if style < 0.82:
            return "0%s/%s" % (area, sub)
        if style < 0.90:
            return "0%s %s-%s" % (area, sub[:-2], sub[-2:])
        if style < 0.95:
            return "+49%s%s" % (area, sub)
        return "0%s %s" % (area, " ".join(sub[i:i + 2] for i in range(0, len(sub), 2)))

    @staticmethod
    def company_text(company, legal=None):
        core, form, _ = company
        form = form if legal is None else legal
        return (core + " " + form).strip()

    def row(self, p, dob_style):
        return [p["first"], p["last"], p["email"], self.phone_text(p["phone"]),
                self.company_text(p["company"]) if p["company"] else "",
                german_date(p["dob"]) if dob_style else p["dob"].isoformat(),
                "%s %s" % (p["street"], p["house"]), p["plz"], p["city"]]

    def clean_row(self, p):
        rng = self.rng
        r = self.row(p, rng.random() < 0.85)
        # Registers are incomplete: a few % of every field is missing.
        for col, share in ((2, 0.05), (3, 0.08), (4, 0.03), (5, 0.03), (6, 0.03), (7, 0.03)):
            if rng.random() < share:
                r[col] = ""
        if r[6] == "":
            r[7] = r[7] if rng.random() < 0.5 else ""
        return r

    def typo(self, s):
        rng = self.rng
        if len(s) < 3:
            return s
        i = 1 + self.below(len(s) - 1)
        op = rng.random()
        if op < 0.35:
            ch = s[i].lower()
            repl = self.pick(KEYBOARD.get(ch, "eainrst"))
            return s[:i] + repl + s[i + 1:]
        if op < 0.6:
            return s[:i] + s[i + 1:]
        if op < 0.8:
            return s[:i] + s[i] + s[i:]
        if i < len(s) - 1:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return s[:i - 1] + s[i] + s[i - 1]

    def umlaut(self, s):
        if not UMLAUTS.intersection(s):
            return s
        return s.translate(FOLD) if self.rng.random() < 0.65 else s.translate(PLAIN)

    def noisy_row(self, p):
        rng = self.rng
        q = dict(p)
        # Life happens between two entries: a move, a new employer.
        if rng.random() < 0.05:
            q.update(self.address(rng.choices(range(len(CITIES)), cum_weights=self.city_cw)[0]))
        if rng.random() < 0.04:
            q["company"] = self.companies[rng.choices(range(len(self.companies)), cum_weights=self.company_cw)[0]]
            q["email"] = self.email_for(p["first"], p["last"], q["company"][2], False, p["dob"].year)
        first, last = q["first"], q["last"]
        if rng.random() < 0.5:
            first, last = self.umlaut(first), self.umlaut(last)
        if rng.random() < 0.12:
            first = self.typo(first)
        if rng.random() < 0.14:
            last = self.typo(last)
        if rng.random() < 0.03:
            last = last.upper()
        if rng.random() < 0.04:
            first, last = last, first
        q["first"], q["last"] = first, last
        r = self.row(q, rng.random() < 0.7)
        # E-mail: case changed, another address, or none.
        e = rng.random()
        if e < 0.15:
            local, _, domain = r[2].partition("@")
            r[2] = r[2].upper() if rng.random() < 0.4 else ".".join(w[:1].upper() + w[1:] for w in local.split(".")) + "@" + domain
        elif e < 0.35:
            r[2] = self.email_for(p["first"], p["last"], "", True, p["dob"].year)
        elif e < 0.42:
            r[2] = ""
        # Phone: another number (a mobile next to a landline), or none; the format is drawn anew.
        e = rng.random()
        if e < 0.15:
            r[3] = self.phone_text(self.new_phone(CITIES[q["city_index"]][3]))
        elif e < 0.25:
            r[3] = ""
        # Company: the legal form spelled otherwise or dropped, or none.
        if q["company"]:
            e = rng.random()
            core, form, _ = q["company"]
            if e < 0.35:
                variants = {
                    "GmbH": ["G.m.b.H.", "Gmbh", "GMBH", ""],
                    "GmbH & Co. KG": ["GmbH & Co.KG", "GmbH u. Co. KG", "GmbH", ""],
                    "UG (haftungsbeschränkt)": ["UG", "UG (haftungsbeschr.)", ""],
                    "e.K.": ["", "e. K."], "AG": [""], "mbH": ["GmbH"],
                }.get(form, [""])
                r[4] = self.company_text(q["company"], self.pick(variants))
                if " & " in core and rng.random() < 0.3:
                    r[4] = r[4].replace(" & ", " und ", 1)
            elif e < 0.42:
                r[4] = ""
        # Date of birth: a typo (a day off, digits swapped) or missing.
        e = rng.random()
        if e < 0.04:
            d = p["dob"]
            if d.day <= 12 and d.month != d.day and rng.random() < 0.5:
                d = date(d.year, d.day, d.month)
            else:
                d = date.fromordinal(d.toordinal() + self.pick((-1, 1, -10, 10)))
            r[5] = german_date(d)
        elif e < 0.08:
            r[5] = ""
        # Address: Straße / Str. / Strasse, or missing.
        e = rng.random()
        if e < 0.25:
            r[6] = r[6].replace("straße", "str.").replace("Straße", "Str.")
        elif e < 0.35:
            r[6] = r[6].replace("ß", "ss")
        elif e < 0.40:
            r[6] = r[7] = ""
        if rng.random() < 0.04:
            r[7] = ""
        return r

    def generate(self):
        rng = self.rng
        n = self.rows
        dups = round(n * 0.10)
        base = self.people(n - dups)
        rows = [(k, self.clean_row(p)) for k, p in enumerate(base)]
        for _ in range(dups):
            k = self.below(len(base))
            rows.append((k, self.noisy_row(base[k])))
        rng.shuffle(rows)
        return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.rows < 10:
        ap.error("--rows must be at least 10")
    started = time.time()
    gc.disable()   # millions of small dicts and lists, no cycles: the collector only costs time here
    rows = Gen(args.rows, args.seed).generate()
    os.makedirs(args.out_dir, exist_ok=True)
    width = max(6, len(str(args.rows)))
    people_path = os.path.join(args.out_dir, "people.csv")
    truth_path = os.path.join(args.out_dir, "truth.csv")
    header = ["ID", "First Name", "Last Name", "Email", "Phone", "Company", "Date of Birth", "Street", "PLZ", "City"]
    with open(people_path + ".tmp", "w", encoding="utf-8", newline="") as pf, \
            open(truth_path + ".tmp", "w", encoding="utf-8", newline="") as tf:
        # Plain joins, five times faster than csv.writer; a row whose cells hold a comma, quote or
        # line break (companies such as "Koch, Otto & Partner") goes through csv.writer instead.
        quoted = csv.writer(pf, lineterminator="\n")
        pf.write(",".join(header) + "\n")
        tf.write("record_id,person\n")
        separators = len(header) - 1
        for start in range(0, len(rows), 65536):
            people, truth = [], []
            for i, (person, row) in enumerate(rows[start:start + 65536], start=start + 1):
                rid = "P%0*d" % (width, i)
                line = rid + "," + ",".join(row)
                if line.count(",") != separators or '"' in line or "\n" in line or "\r" in line:
                    pf.write("\n".join(people) + "\n" if people else "")
                    people = []
                    quoted.writerow([rid] + row)
                else:
                    people.append(line)
                truth.append("%s,H%0*d" % (rid, width, person + 1))
            pf.write("\n".join(people) + "\n" if people else "")
            tf.write("\n".join(truth) + "\n")
    os.replace(people_path + ".tmp", people_path)
    os.replace(truth_path + ".tmp", truth_path)
    persons = len({p for p, _ in rows})
    print("generate_people: %d rows, %d people, %d duplicate rows -> %s (%.1f s)"
          % (len(rows), persons, len(rows) - persons, args.out_dir, time.time() - started), file=sys.stderr)


if __name__ == "__main__":
    main()

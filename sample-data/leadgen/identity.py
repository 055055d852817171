"""Fictional people and companies: names, legal forms, e-mail addresses, phone numbers.

Every value is drawn from the rng passed in, never from module state, so that the generator is
deterministic. Names are fictional combinations of common names; domains are derived from the
fictional company names (no real company is meant)."""

import unicodedata

GER_F = [
    "Anna", "Julia", "Katharina", "Sophie", "Lea", "Jana", "Sabine", "Petra", "Ursula", "Anke",
    "Birgit", "Claudia", "Dörte", "Elke", "Frauke", "Gesine", "Heike", "Ines", "Jutta", "Karin",
    "Lena", "Maren", "Nicole", "Renate", "Silke", "Tanja", "Ute", "Vanessa", "Yvonne", "Anja",
    "Bärbel", "Jördis", "Mareike", "Hannelore", "Käthe", "Marie-Luise", "Annegret", "Franziska",
    "Miriam", "Stefanie", "Kerstin", "Grit", "Sünje", "Henrike", "Carolin", "Theresa",
]
GER_M = [
    "Andreas", "Björn", "Christian", "Dieter", "Eckhard", "Frank", "Günter", "Hans-Peter", "Jörg",
    "Jürgen", "Klaus", "Lutz", "Matthias", "Norbert", "Olaf", "Rüdiger", "Sönke", "Thomas", "Uwe",
    "Volker", "Wolfgang", "Jan", "Lukas", "Maximilian", "Felix", "Tobias", "Moritz", "Kai-Uwe",
    "Karl-Heinz", "Stefan", "Markus", "Sven", "Florian", "Benedikt", "Joachim", "Ralf", "Torsten",
    "Holger", "Bernd", "Götz", "Till", "Niklas", "Malte", "Jens", "Detlef",
]
GER_LAST = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler",
    "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz",
    "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther",
    "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster",
    "Ludwig", "Böhm", "Winter", "Kraus", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto",
    "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte",
    "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt",
    "Sauer", "Arnold", "Wolff", "Pfeiffer", "Strauß", "Oßwald", "Weißenborn", "Thießen", "Dreßler",
    "Müller-Lüdenscheidt", "Schulze-Delitzsch", "Meyer-Landrut", "Hoffmann-Rübsam", "Brüggemann",
    "Jürgensen", "Nöthling", "Wöhrle", "Sæther",
]
# (prefix, surname) pairs: particles stay with the surname, as Salesforce stores them.
GER_PARTICLE_LAST = [
    "von Bülow", "von der Heide", "von Aster", "zu Stolberg", "von und zu Eltz", "van Almsick",
    "de Maizière", "von Rönne",
]
INTL = {
    "Netherlands": (["Bram", "Femke", "Sanne", "Joost", "Lotte", "Pieter"],
                    ["van Dijk", "de Vries", "van der Berg", "Jansen", "de Jong", "van den Heuvel",
                     "Bakker", "Visser"], "nl"),
    "United Kingdom": (["Oliver", "Emma", "Liam", "Siobhán", "Harriet", "George"],
                       ["Smith", "O'Brien", "Clarke", "Davies", "Fitzgerald", "Hughes"], "co.uk"),
    "United States": (["John", "Sarah", "Michael", "Emily", "Noah", "Madison"],
                      ["Johnson", "Brown", "Miller", "García", "Nguyen", "McAllister"], "com"),
    "France": (["Pierre", "Camille", "Chloé", "François", "Élodie", "Mathieu"],
               ["Dubois", "Lefèvre", "Moreau", "Girard", "de la Fontaine", "Rousseau"], "fr"),
    "Spain": (["José", "María", "Lucía", "Álvaro"],
              ["García", "Martínez", "de la Cruz", "Fernández", "Núñez"], "es"),
    "Italy": (["Giulia", "Marco", "Alessandro", "Chiara"],
              ["Rossi", "Bianchi", "di Stefano", "Esposito", "Ricci"], "it"),
    "Poland": (["Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Piotr"],
               ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Zieliński"], "pl"),
    "Czech Republic": (["Jiří", "Tereza", "Ondřej"], ["Dvořák", "Novák", "Černý"], "cz"),
    "Turkey": (["Mehmet", "Ayşe", "Emre", "Elif"], ["Öztürk", "Yılmaz", "Kaya", "Şahin"], "com.tr"),
    "Sweden": (["Sven", "Ingrid", "Linnéa", "Anders"], ["Andersson", "Nilsson", "Åberg"], "se"),
}
# cp1252-safe subset for the German Excel files (no ł, ı, ş, ř ...).
CP1252_SAFE_INTL = ["Netherlands", "United Kingdom", "United States", "France", "Spain", "Italy",
                    "Sweden"]

DACH = {"Germany": ("de", 49), "Austria": ("at", 43), "Switzerland": ("ch", 41)}

LEGAL_DE = (["GmbH"] * 14 + ["AG"] * 3 + ["GmbH & Co. KG"] * 4 + ["UG (haftungsbeschränkt)"] * 2
            + ["e.K.", "KG", "OHG", "SE", "GbR", "PartG mbB", "gGmbH", "GmbH & Co. KGaA", "mbH",
               "e.V.", "eG", "UG (haftungsbeschränkt) & Co. KG"])
LEGAL_AT = ["GmbH"] * 4 + ["AG", "KG", "OG", "e.U."]
LEGAL_CH = ["AG"] * 3 + ["GmbH"] * 2 + ["SA", "Sàrl"]
LEGAL_INTL = {
    "Netherlands": ["B.V.", "B.V.", "N.V."], "United Kingdom": ["Ltd", "Limited", "PLC"],
    "United States": ["Inc.", "LLC", "Corp", "Inc"], "France": ["S.A.S.", "SARL", "S.A."],
    "Spain": ["S.L.", "S.A."], "Italy": ["S.r.l.", "S.p.A."], "Poland": ["Sp. z o.o."],
    "Czech Republic": ["s.r.o."], "Turkey": ["A.Ş.", "Ltd. Şti."], "Sweden": ["AB"],
}
INDUSTRY = ["Logistik", "Maschinenbau", "Software", "Systemtechnik", "Medizintechnik",
            "Bauunternehmung", "Elektrotechnik", "Immobilien", "Steuerberatung", "Consulting",
            "IT-Services", "Druckerei", "Anlagenbau", "Verpackungen", "Personalservice",
            "Gebäudetechnik", "Lebensmittel", "Metallbau", "Kunststofftechnik", "Energie",
            "Fördertechnik", "Haustechnik", "Spedition", "Werkzeugbau", "Facility Services"]
STEMS = ["Nord", "Süd", "Elb", "Rhein", "Alpen", "Spree", "Isar", "Main", "Weser", "Harz",
         "Taunus", "Eifel", "Blau", "Grün", "Licht", "Stahl", "Daten", "Quell", "Ostsee", "Mosel",
         "Bergland", "Allgäu", "Havel", "Neckar", "Ruhr", "Saale", "Fichtel", "Heide", "Förde"]
STEM_SUFFIX = ["werk", "tec", "tronic", "soft", "logic", "data", " Systems", " Solutions",
               "kraft", "plan", "med", "bau", "form", "netz"]
INTL_WORDS = ["Globex", "Initech", "Vandelay", "Northwind", "Bluebird", "Ironbridge",
              "Clearwater", "Silverline", "Brightpath", "Redwood", "Oakridge", "Stonegate",
              "Sunfield", "Harbor", "Keystone", "Lakeside"]
INTL_INDUSTRY = ["Logistics", "Software", "Analytics", "Manufacturing", "Consulting", "Systems",
                 "Technologies", "Medical", "Foods", "Energy"]

FREEMAIL = ["gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "gmx.at", "gmx.ch",
            "t-online.de", "freenet.de", "mail.de", "posteo.de", "arcor.de", "online.de",
            "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "live.com", "live.de",
            "msn.com", "yahoo.com", "yahoo.de", "ymail.com", "aol.com", "aol.de", "icloud.com",
            "me.com", "mailbox.org", "protonmail.com", "proton.me", "tutanota.de", "tutanota.com",
            "bluewin.ch"]
FREEMAIL_COMMON = (["gmail.com"] * 6 + ["web.de"] * 5 + ["gmx.de"] * 5 + ["t-online.de"] * 3
                   + ["outlook.com"] * 2 + ["googlemail.com", "gmx.net", "yahoo.de", "hotmail.de",
                                            "icloud.com", "posteo.de", "freenet.de", "mail.de",
                                            "arcor.de", "online.de", "mailbox.org", "proton.me"])

JOB_TITLES_DE = ["Geschäftsführer", "Geschäftsführerin", "Leiter IT", "Leiterin Einkauf",
                 "Head of Operations", "IT-Administrator", "Vertriebsleiter", "Prokurist",
                 "Teamleiterin Marketing", "CFO", "CTO", "Assistenz der Geschäftsführung",
                 "Projektmanager", "Inhaber", "Inhaberin", "Werkleiter", "Leiter Controlling",
                 "Referentin Digitalisierung", "Head of Sales", "Office Manager", "Disponent",
                 "Bereichsleiter Finanzen", "Sachbearbeiterin Buchhaltung", "COO", ""]
JOB_TITLES_EN = ["CEO", "Head of IT", "Procurement Manager", "Operations Director",
                 "IT Manager", "VP Sales", "Finance Director", "Project Manager", "CTO", ""]

FEMININE = {"Geschäftsführer": "Geschäftsführerin", "Leiter IT": "Leiterin IT",
            "Vertriebsleiter": "Vertriebsleiterin", "Prokurist": "Prokuristin", "Inhaber": "Inhaberin",
            "Werkleiter": "Werkleiterin", "Leiter Controlling": "Leiterin Controlling",
            "Disponent": "Disponentin", "Bereichsleiter Finanzen": "Bereichsleiterin Finanzen",
            "IT-Administrator": "IT-Administratorin", "Projektmanager": "Projektmanagerin"}
MASCULINE = {"Geschäftsführerin": "Geschäftsführer", "Leiterin Einkauf": "Leiter Einkauf",
             "Teamleiterin Marketing": "Teamleiter Marketing", "Inhaberin": "Inhaber",
             "Referentin Digitalisierung": "Referent Digitalisierung",
             "Sachbearbeiterin Buchhaltung": "Sachbearbeiter Buchhaltung"}

DE_AREA = ["30", "40", "89", "69", "221", "211", "711", "341", "351", "511", "911", "421", "231",
           "201", "6221", "7531", "4131", "3641", "331", "381", "561", "641", "8031", "2151"]
DE_MOBILE = ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177",
             "178", "179", "1523", "1590"]
PHONE_NOTES = [" (Büro)", " (nach 16 Uhr)", " (mobil)", " (Zentrale)", " (Sekretariat)"]


def fold_de(s):
    """E-mail local-part spelling used in Germany: ä->ae ö->oe ü->ue ß->ss, other marks dropped."""
    s = (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
         .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss").replace("æ", "ae"))
    return fold_ascii(s)


def fold_ascii(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    out = []
    for ch in fold_de(s).lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


class Phone:
    """A phone number: country code and national significant number (no trunk 0)."""

    def __init__(self, cc, nsn, mobile=False):
        self.cc, self.nsn, self.mobile = cc, nsn, mobile

    def e164(self):
        return "+%d%s" % (self.cc, self.nsn)

    def area_split(self):
        if self.cc == 49:
            prefixes = DE_MOBILE if self.mobile else DE_AREA
            for p in sorted(prefixes, key=len, reverse=True):
                if self.nsn.startswith(p):
                    return p, self.nsn[len(p):]
        if self.cc in (43, 41, 31, 33, 44):
            n = 1 if self.nsn[0] in "1" and self.cc in (43, 33) else 2
            return self.nsn[:n], self.nsn[n:]
        return self.nsn[:3], self.nsn[3:]

    def render(self, rng, style=None, note=False):
        area, sub = self.area_split()
        if self.cc == 1:
            s = "+1 (%s) %s-%s" % (self.nsn[:3], self.nsn[3:6], self.nsn[6:])
        elif self.cc == 44:
            s = rng.choice(["+44 %s %s %s" % (area, sub[:4], sub[4:]),
                            "0%s %s %s" % (area, sub[:4], sub[4:])])
        elif self.cc != 49:
            s = rng.choice(["+%d %s %s" % (self.cc, area, sub), "00%d %s %s" % (self.cc, area, sub),
                            "+%d (0)%s %s" % (self.cc, area, sub)])
        else:
            if style is None:
                if self.mobile:
                    style = rng.choice(["slash", "national", "intl", "plus0", "e164"])
                else:
                    style = rng.choice(["national", "national", "intl", "intl", "plus0", "paren",
                                        "0049", "dash", "e164"])
            s = {
                "national": "0%s %s" % (area, sub),
                "intl": "+49 %s %s" % (area, sub),
                "plus0": "+49 (0)%s %s" % (area, sub),
                "paren": "(0%s) %s" % (area, sub),
                "0049": "0049 %s %s" % (area, sub),
                "dash": "0%s %s-%s" % (area, sub[:-2], sub[-2:]),
                "slash": "0%s/%s" % (area, sub),
                "e164": "+49%s%s" % (area, sub),
            }[style]
        if note:
            s += rng.choice(PHONE_NOTES)
        return s


def new_phone(rng, country, mobile=False):
    if country in ("Germany", None):
        if mobile:
            p = rng.choice(DE_MOBILE)
            return Phone(49, p + "".join(rng.choice("0123456789") for _ in range(11 - len(p))), True)
        a = rng.choice(DE_AREA)
        n = rng.choice([7, 8]) if len(a) == 2 else rng.choice([6, 7])
        first = rng.choice("123456789")
        return Phone(49, a + first + "".join(rng.choice("0123456789") for _ in range(n - 1)))
    if country == "United States":
        return Phone(1, rng.choice(["415", "212", "617", "312"]) + "55501"
                     + "%02d" % rng.randint(0, 99))
    if country == "United Kingdom":
        return Phone(44, "2079460" + "%03d" % rng.randint(0, 999))
    cc = {"Austria": 43, "Switzerland": 41, "Netherlands": 31, "France": 33, "Spain": 34,
          "Italy": 39, "Poland": 48, "Czech Republic": 420, "Turkey": 90, "Sweden": 46}[country]
    lead = {43: "1", 41: "44", 31: "20", 33: "1", 34: "91", 39: "02", 48: "22", 420: "2",
            90: "212", 46: "8"}[cc]
    return Phone(cc, lead + rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(6)))


def new_company(rng, country, last_names=GER_LAST):
    """(display name, domain core)."""
    if country in DACH:
        legal = rng.choice({"Germany": LEGAL_DE, "Austria": LEGAL_AT, "Switzerland": LEGAL_CH}[country])
        kind = rng.random()
        if kind < 0.35:
            core = "%s %s" % (rng.choice(last_names), rng.choice(INDUSTRY))
        elif kind < 0.65:
            core = rng.choice(STEMS) + rng.choice(STEM_SUFFIX)
        elif kind < 0.75:
            a, b = rng.sample(last_names, 2)
            core = "%s & %s" % (a, b)
        elif kind < 0.83:
            a, b = rng.sample(last_names, 2)
            core = "%s, %s & Partner" % (a, b)
            legal = rng.choice(["PartG mbB", "GbR", "PartG"])
        elif kind < 0.90:
            core = "%s %s" % (rng.choice(["Autohaus", "Bäckerei", "Steuerbüro", "Praxis",
                                          "Ingenieurbüro", "Malerbetrieb"]), rng.choice(last_names))
            legal = rng.choice(["e.K.", "e.K.", "GmbH", ""])
        else:
            core = "%s %s" % (rng.choice(STEMS), rng.choice(INDUSTRY))
        name = (core + " " + legal).strip()
        dom = slug(core.replace(",", "").replace(" & ", " und "))
        tld = DACH[country][0]
        return name, "%s.%s" % (dom, tld)
    words = rng.choice(INTL_WORDS)
    core = "%s %s" % (words, rng.choice(INTL_INDUSTRY))
    legal = rng.choice(LEGAL_INTL[country])
    sep = ", " if legal in ("Inc.", "LLC", "Ltd") and rng.random() < 0.4 else " "
    name = core + sep + legal
    tld = INTL[country][2]
    return name, "%s.%s" % (slug(core), tld)


def email_local(rng, first, last, style=None):
    f = fold_de(first).lower().replace(" ", "").replace("'", "")
    l = fold_de(last).lower().replace(" ", "").replace("'", "")
    f1 = f.split("-")[0]
    style = style or rng.choice(["f.l"] * 5 + ["fi.l"] * 2 + ["fl", "l", "f_l", "l.f"])
    return {
        "f.l": "%s.%s" % (f, l), "fi.l": "%s.%s" % (f1[0], l), "fl": f1 + l, "l": l,
        "f_l": "%s_%s" % (f1, l), "l.f": "%s.%s" % (l, f1),
    }[style]


def freemail_local(rng, first, last):
    f = fold_de(first).lower().replace(" ", "")
    l = fold_de(last).lower().replace(" ", "").replace("'", "")
    return rng.choice(["%s.%s" % (f, l), "%s%s" % (f, l), "%s.%s%d" % (f, l, rng.randint(1, 99)),
                       "%s%s%d" % (f[0], l, rng.randint(60, 99)), "%s_%s" % (l, f)])


def gmail_variant(local_part, rng):
    """Same Gmail mailbox, another spelling: dots moved, a +tag, or case changed."""
    bare = local_part.replace(".", "")
    choice = rng.choice(["nodots", "tag", "dots"])
    if choice == "nodots":
        return bare
    if choice == "tag":
        return local_part + "+" + rng.choice(["newsletter", "events", "work", "hs"])
    mid = max(1, len(bare) // 2)
    return bare[:mid] + "." + bare[mid:]


class Identity:
    """One human: name, company, country, e-mail, phones."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def new_identity(rng, freemail=False, country=None, cp1252=False, allow_title=True):
    if country is None:
        r = rng.random()
        if r < 0.78:
            country = "Germany"
        elif r < 0.86:
            country = "Austria"
        elif r < 0.91:
            country = "Switzerland"
        else:
            pool = CP1252_SAFE_INTL if cp1252 else list(INTL)
            country = rng.choice(pool)
    female = False
    if country in DACH:
        female = rng.random() < 0.45
        first = rng.choice(GER_F if female else GER_M)
        last = rng.choice(GER_PARTICLE_LAST) if rng.random() < 0.04 else rng.choice(GER_LAST)
        if cp1252 and "æ" in last:
            last = "Seher"
    else:
        firsts, lasts, _ = INTL[country]
        first, last = rng.choice(firsts), rng.choice(lasts)
    title = ""
    if allow_title and country in DACH and rng.random() < 0.06:
        titles = ["Dr.", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing."]
        title = rng.choice(titles + (["Mag."] if country == "Austria" else []))
    company, domain = new_company(rng, country)
    if freemail:
        dom = rng.choice(FREEMAIL_COMMON)
        if country == "Austria" and rng.random() < 0.5:
            dom = "gmx.at"
        if country == "Switzerland" and rng.random() < 0.5:
            dom = "bluewin.ch"
        email = "%s@%s" % (freemail_local(rng, first, last), dom)
    else:
        email = "%s@%s" % (email_local(rng, first, last), domain)
    phone = new_phone(rng, country)
    mobile = new_phone(rng, country, mobile=True) if country == "Germany" and rng.random() < 0.35 else None
    jt = rng.choice(JOB_TITLES_DE if country in DACH else JOB_TITLES_EN)
    if country in DACH:
        jt = (FEMININE if female else MASCULINE).get(jt, jt)
    return Identity(first=first, last=last, title=title, company=company, domain=domain,
                    country=country, email=email, phone=phone, mobile=mobile, job_title=jt,
                    freemail=freemail)


def display_first(rng, ident, caps=False):
    s = ("%s %s" % (ident.title, ident.first)).strip()
    return s.upper() if caps else s


def is_freemail(email):
    return email.rsplit("@", 1)[-1].lower() in FREEMAIL

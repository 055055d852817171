"""The German Excel case: a Salesforce lead *report* export re-saved by German Excel (';',
Windows-1252, CRLF, two preamble lines, report footer) and a HubSpot contact export with German
labels (';', UTF-8 with BOM, dd.mm.yyyy dates). Its own population of people, linkable across
the two files; expected-people.csv holds the truth."""

import random
from datetime import date, timedelta

from . import identity as idn
from .context import Ctx
from .sfid import IdSequence, to18
from .workcal import addw, at, fmt_de, local, HOUR
from .writers import TextFile, minimal_row

REPORT_HEADER = ["Lead-Inhaber", "Lead-ID", "Anrede", "Vorname", "Nachname", "Titel", "Firma/Account",
                 "Lead-Quelle", "Lead-Status", "E-Mail", "Telefon", "Mobiltelefon", "Land", "Erstelldatum",
                 "Letzte Aktivität", "Beschreibung"]
HUBSPOT_HEADER = ["Datensatz-ID", "Vorname", "Nachname", "E-Mail", "Telefonnummer", "Kontaktinhaber",
                  "Lebenszyklusphase", "Lead-Status", "Firmenname", "Land/Region", "Erstellungsdatum",
                  "Datum, an dem der Kontakt zu einem Marketing-qualifizierten Lead wurde", "Letzte Aktivität"]

STATUS_DE = {"NEW": "Offen - Nicht kontaktiert", "WORKING": "In Bearbeitung - Kontaktiert",
             "CONVERTED": "Geschlossen - Konvertiert", "CLOSED": "Geschlossen - Nicht konvertiert"}
STATUS_EN = {"NEW": "Open - Not Contacted", "WORKING": "Working - Contacted",
             "CONVERTED": "Closed - Converted", "CLOSED": "Closed - Not Converted"}
STAGE_DE = {"NEW": "Marketing-qualifizierter Lead", "WORKING": "Vertriebsqualifizierter Lead",
            "CONVERTED": "Opportunity", "CLOSED": "Marketing-qualifizierter Lead"}
LEADSTATUS_DE = {"NEW": "Neu", "WORKING": "In Bearbeitung", "CONVERTED": "Offener Deal",
                 "CLOSED": "Nicht qualifiziert"}
COUNTRY_DE = {"Germany": "Deutschland", "Austria": "Österreich", "Switzerland": "Schweiz",
              "Netherlands": "Niederlande", "United Kingdom": "Vereinigtes Königreich", "France": "Frankreich",
              "Spain": "Spanien", "Italy": "Italien", "Sweden": "Schweden", "United States": "USA"}
MARKETING_SOURCES_DE = ["Kontaktformular"] * 4 + ["Demo Request"] * 2 + ["Webinar"] * 3 + ["Messe"] * 2 + \
                       ["Website"] * 3 + ["Whitepaper"] * 2
SALES_SOURCES_DE = ["Kaltakquise"] * 3 + ["Partnerempfehlung", "Telefonanfrage"]
NOTES_DE = [
    "Rückruf erbeten.\r\nAnsprechpartner ist im Urlaub bis 02.12.",
    "Messe-Kontakt; Interesse an Zeiterfassung und Urlaubsplanung.",
    "Fragt nach Angebot \"Standard\" für 25 Nutzer;\r\nEntscheidung Anfang 2027.",
    "Hat Preisliste erhalten.",
    "Kunde möchte Demo vor Ort (Werk Süd).\r\nParkplatz: Tor 3.",
]


class GermanSet:
    pass


def _gender_salutation(first):
    f = first.split()[-1]
    if f in idn.GER_F:
        return "Frau"
    if f in idn.GER_M:
        return "Herr"
    return ""


def build(seed):
    rng = random.Random(seed)
    ctx = Ctx(seed)                       # identities stay unique within this set
    ctx.rng = rng
    lead_ids = IdSequence(random.Random(seed + 1), "00Q", "0001bR7kQ")
    as_of = at(2026, 11, 27, 18, 0)

    people = []                           # (key, matched_on, [hs dicts], [lead dicts])

    def ident(**kw):
        return ctx.ident(cp1252=True, **kw)

    def hs_rec(i, mql, stage, lead_status, owner, email=None):
        created = mql - timedelta(days=rng.randint(0, 300))
        return dict(first=("%s %s" % (i.title, i.first)).strip() if i.title and rng.random() < 0.5 else i.first,
                    last=i.last, email=email or i.email,
                    phone=i.phone.render(rng, note=rng.random() < 0.08) if rng.random() < 0.75 else "",
                    owner=owner, stage=stage, lead_status=lead_status, company=i.company,
                    country=COUNTRY_DE[i.country], created=created, mql=mql, last_activity=None)

    def lead_rec(i, created, owner, source, bucket, email=None):
        last_act = None
        if bucket != "NEW":
            last_act = local(addw(created, rng.uniform(1, 60) * HOUR)).date()
            if last_act > date(2026, 11, 27):
                last_act = date(2026, 11, 27)
        phone = i.phone.render(rng, note=rng.random() < 0.1)
        mobile = i.mobile.render(rng, style=rng.choice(["slash", "national", "intl"])) if i.mobile else ""
        return dict(owner=owner, id15=None, salutation=_gender_salutation(i.first), first=i.first, last=i.last,
                    title=i.job_title, company=i.company, source=source,
                    status=(STATUS_EN if rng.random() < 0.15 else STATUS_DE)[bucket],
                    email=email or i.email, phone=phone, mobile=mobile, country=COUNTRY_DE[i.country],
                    created=created, last_activity=last_act,
                    note=rng.choice(NOTES_DE) if rng.random() < 0.07 else "", malformed=None,
                    mobile_digits=i.mobile.nsn if i.mobile else "")

    def linked(matched_on="email", dup_hs=False, dup_sf=False):
        i = ident(freemail=dup_hs or rng.random() < 0.2, allow_title=matched_on == "email")
        if dup_hs:
            lp = idn.freemail_local(rng, i.first, i.last)
            i.email = "%s@%s" % (lp if "." in lp else lp[:3] + "." + lp[3:], "gmail.com")
            ctx.claim_email(i.email)
        d = ctx.day(date(2026, 9, 1), date(2026, 11, 26))
        mql = ctx.time(d, 8, 17)
        bucket = rng.choice(["NEW"] * 2 + ["WORKING"] * 4 + ["CONVERTED"] * 2 + ["CLOSED"] * 2)
        owner = rng.choice(ctx.reps + ctx.queues[:1]) if rng.random() < 0.05 else rng.choice(ctx.reps)
        src = rng.choice(MARKETING_SOURCES_DE)
        hs = [hs_rec(i, mql, STAGE_DE[bucket], LEADSTATUS_DE[bucket], owner.name if owner.is_person else "")]
        lead_email = None
        if matched_on == "name_company":
            lead_email = "%s@%s" % (idn.email_local(rng, i.first, i.last, "fi.l"), i.domain.replace(".", "-gruppe.", 1))
            ctx.claim_email(lead_email)
            hs[0]["phone"] = ""
        elif matched_on == "phone":
            lead_email = "%s@%s" % (idn.email_local(rng, i.first, i.last, "fl"), rng.choice(["web.de", "gmx.de"]))
            ctx.claim_email(lead_email)
            hs[0]["phone"] = i.phone.render(rng, style="intl")
        created = mql + timedelta(minutes=rng.randint(1, 15))
        leads = [lead_rec(i, created, owner, src, bucket, lead_email)]
        if matched_on == "name_company":
            leads[0]["phone"] = leads[0]["mobile"] = ""
        if matched_on == "phone":
            leads[0]["first"] = idn.fold_de(i.first)[0] + "."
            leads[0]["company"] = idn.new_company(rng, "Germany")[0]
            leads[0]["phone"] = i.phone.render(rng, style=rng.choice(["national", "plus0", "paren"]))
        hs[0]["last_activity"] = leads[0]["last_activity"]
        if dup_hs:
            lp, dom = i.email.split("@")
            hs.append(hs_rec(i, mql, "Abonnent", "", "", email="%s@%s" % (idn.gmail_variant(lp, rng), dom)))
            hs[1]["mql"] = None
            hs[1]["created"] = mql - timedelta(days=rng.randint(200, 800))
        if dup_sf:
            other = rng.choice([r for r in ctx.reps if r is not owner])
            leads.append(lead_rec(i, created + timedelta(hours=rng.randint(2, 30)), other, "Messe", "WORKING"))
        people.append(("G%04d" % (len(people) + 1), matched_on, hs, leads))

    def sf_only(malformed=False):
        i = ident(country="Germany" if malformed else None)
        d = ctx.day(date(2026, 7, 1), date(2026, 11, 26))
        created = ctx.time(d, 8, 17)
        bucket = rng.choice(["NEW", "WORKING", "WORKING", "CONVERTED", "CLOSED"])
        lead = lead_rec(i, created, rng.choice(ctx.reps), rng.choice(SALES_SOURCES_DE), bucket)
        if malformed:
            lead.update(company="Becker; Söhne GmbH", malformed="field_count", note="")
        people.append(("G%04d" % (len(people) + 1), "", [], [lead]))

    def hs_only():
        i = ident(freemail=rng.random() < 0.3)
        created = at(2024, 1, 1) + timedelta(minutes=rng.randint(0, 1_400_000))
        rec = hs_rec(i, created, rng.choice(["Abonnent", "Lead", "Lead", "Andere"]),
                     rng.choice(["", "", "Neu", "Offen"]), "")
        rec["created"], rec["mql"] = created, None
        if rng.random() < 0.3:
            rec["company"] = ""
        people.append(("G%04d" % (len(people) + 1), "", [rec], []))

    for k in range(255):
        linked("name_company" if k % 25 == 3 else "phone" if k % 31 == 7 else "email")
    for _ in range(5):
        linked(dup_hs=True)
    for _ in range(4):
        linked(dup_sf=True)
    for _ in range(300 - 255 - 5 - 4 * 2 - 1):
        sf_only()
    sf_only(malformed=True)
    for _ in range(400 - 255 - 5 * 2 - 4):
        hs_only()

    # ids in creation order
    leads = sorted((l for p in people for l in p[3]), key=lambda l: (l["created"], l["last"]))
    for l in leads:
        l["id15"] = lead_ids.next15()
    hs = sorted((r for p in people for r in p[2]), key=lambda r: (r["created"], r["last"]))
    rid = 48611970001
    for r in hs:
        rid += rng.randint(40000, 3000000)
        r["rid"] = rid

    out = GermanSet()
    out.report = _report(leads)
    out.mangled = list(MANGLED)
    out.hubspot = _hubspot(hs)
    rows = [minimal_row(["person", "source", "record_id", "record_id_15", "matched_on"])]
    for key, matched_on, hrecs, lrecs in people:
        for r in hrecs:
            rows.append(minimal_row([key, "hubspot", str(r["rid"]), "", matched_on]))
        for l in lrecs:
            if not l["malformed"]:
                rows.append(minimal_row([key, "salesforce", to18(l["id15"]), l["id15"], matched_on]))
    out.people_csv = "".join(rows)
    out.counts = dict(linked=sum(1 for p in people if p[2] and p[3]), hs_only=sum(1 for p in people if not p[3]),
                      sf_only=sum(1 for p in people if not p[2]))
    return out


MANGLED = []


def _report(leads):
    del MANGLED[:]
    f = TextFile("\r\n")
    nl = "\r\n"
    f.add("Leads DACH – alle Inhaber" + nl, is_record=False)
    f.add("Stand: 27.11.2026" + nl, is_record=False)
    f.add(minimal_row(REPORT_HEADER, ";", nl), is_record=False)
    rows = sorted(leads, key=lambda l: (l["owner"].name, l["created"]))
    mangled = 0
    for l in rows:
        mobile = l["mobile"]
        if mangled < 2 and mobile and not l["malformed"]:
            # typed as 01511234567, German Excel read a number and dropped the leading zero
            mobile = l["mobile_digits"]
            MANGLED.append(mobile)
            mangled += 1
        vals = [l["owner"].name, l["id15"], l["salutation"], l["first"], l["last"], l["title"], l["company"],
                l["source"], l["status"], l["email"], l["phone"], mobile, l["country"], fmt_de(l["created"]),
                l["last_activity"].strftime("%d.%m.%Y") if l["last_activity"] else "", l["note"]]
        if l["malformed"] == "field_count":
            f.add(";".join(vals) + nl, tag="field_count")
        else:
            f.add(minimal_row(vals, ";", nl))
    f.add(nl, is_record=False)
    f.add('"Grand Totals (%d records)"%s' % (len(rows), nl), is_record=False)
    f.add('"Confidential Information - Do Not Distribute"' + nl, is_record=False)
    f.add('"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."' + nl, is_record=False)
    return f


def _hubspot(records):
    f = TextFile("\r\n")
    nl = "\r\n"
    f.add(minimal_row(HUBSPOT_HEADER, ";", nl), is_record=False)
    for r in sorted(records, key=lambda r: r["rid"]):
        f.add(minimal_row([str(r["rid"]), r["first"], r["last"], r["email"], r["phone"], r["owner"], r["stage"],
                           r["lead_status"], r["company"], r["country"], local(r["created"]).strftime("%d.%m.%Y"),
                           local(r["mql"]).strftime("%d.%m.%Y") if r["mql"] else "",
                           r["last_activity"].strftime("%d.%m.%Y") if r["last_activity"] else ""], ";", nl))
    return f

"""Building blocks for scenarios: unique identities, owners, records and activity timelines."""

import random
from datetime import timedelta

from . import identity as idn
from .model import HsRecord, Person, SfLead, User
from .sfid import IdSequence
from .workcal import HOUR, addw, at, is_working_day, local, wt

AS_OF = at(2026, 11, 27, 18, 0)

HANDRAISE_SOURCES = ["Demo Request"] * 5 + ["Contact Us"] * 3 + ["Pricing"] * 2 + ["Kontaktformular"] * 2
DEFAULT_SOURCES = ["Webinar"] * 3 + ["Whitepaper"] * 3 + ["Web"] * 3 + ["Trade Show"] * 2 + ["Event", "Content Download"]
SALES_SOURCES = ["Cold Call", "Outbound", "Partner Referral", "Kaltakquise"]
HAND_RAISE = ("Demo Request", "Contact Us", "Pricing", "Kontaktformular")

READINESS_REASONS = ["Bad timing", "No budget", "Just researching", "Kein Bedarf", "Zu früh"]
OTHER_REASONS = ["No response", "Chose competitor", "Not a decision maker", "Wrong contact data",
                 "Existing customer", "Student / private person"]

ORIG_SOURCE = {
    "Demo Request": ["Organic Search", "Paid Search", "Direct Traffic"],
    "Contact Us": ["Organic Search", "Direct Traffic", "Referrals"],
    "Pricing": ["Paid Search", "Organic Search"],
    "Kontaktformular": ["Organic Search", "Direct Traffic"],
    "Webinar": ["Email Marketing", "Social Media"],
    "Whitepaper": ["Paid Social", "Organic Search", "Paid Search"],
    "Web": ["Organic Search", "Direct Traffic", "Referrals"],
    "Trade Show": ["Offline Sources"],
    "Event": ["Offline Sources", "Email Marketing"],
    "Content Download": ["Organic Search", "Paid Social"],
}

DESCRIPTIONS = [
    "Interessiert an Modul Zeiterfassung.\nRückruf erbeten, bitte nicht vor 10 Uhr.",
    "Demo-Anfrage über Website.\r\nNachricht: \"Wir suchen eine Lösung für 3 Standorte, ca. 120 Mitarbeiter.\"",
    "Messe-Kontakt (it-sa 2026), Visitenkarte gescannt.\nThemen: SSO, DATEV-Schnittstelle",
    "Budget frühestens Q2/2027, laut Kunde: \"erst nach der Umstrukturierung\".",
    "Bestandskunde der Schwesterfirma; Ansprechpartner wechselt zum 01.01.",
    "Fragt nach Preisen für 50 Lizenzen,\nggf. Rabatt für Non-Profit?\n\n-- übernommen aus HubSpot-Formular",
    "Requested a call back re: API access, SAML, and EU data residency.\nPrefers English.",
    "Webinar-Teilnehmer \"Digitale Personalakte\", 2 Fragen im Chat gestellt.",
    "Kontaktformular:\r\n\"Bitte um Rückruf wegen Angebot für unsere Niederlassungen in Graz, Linz & Wien.\"\r\nGruß",
    "Empfehlung durch Steuerbüro; Entscheider ist der Inhaber, Frau/Herr siehe Notiz.",
    "Aktuell Excel-Listen im Einsatz, Wechsel geplant, Zeitrahmen unklar.",
]

CALL_SUBJECTS = ["Anruf", "Call", "Erstkontakt Anruf", "Follow-up call", "Rückruf", "Anruf: Nachfassen",
                 "Call - qualification"]
EMAIL_SUBJECTS = ["E-Mail: Ihre Demo-Anfrage", "Email: Follow-up", "Re: Angebot", "E-Mail: Terminvorschlag",
                  "Email: Intro & next steps", "E-Mail: Unterlagen wie besprochen"]
MEETING_SUBJECTS = ["Termin: Produktdemo", "Discovery-Call (Teams)", "Meeting: Demo", "Vor-Ort-Termin",
                    "Online-Präsentation"]
CALL_RESULTS = ["Erreicht", "Nicht erreicht", "Mailbox", "Connected", "Left voicemail", "No answer",
                "Besetzt", "Rückruf vereinbart"]
TASK_NOTES = ["Kurz gesprochen, schickt Unterlagen an IT weiter.",
              "Nicht erreicht, AB besprochen.",
              "Bedarf: ca. 80 User, Start Q1.\nEntscheidung durch GF.",
              "Spoke to assistant; decision maker back next week.",
              "Termin für Demo vereinbart, Teams-Link verschickt.",
              "Angebot angefragt \"inkl. Schulung\", Preisrahmen offen.",
              "Hat bereits Lösung von Wettbewerber im Test."]

REPS = [("Jonas Weber", "0000Jb2Qw"), ("Lena Hoffmann", "0000Jb5xK"), ("Murat Yilmaz", "0000JbAa3"),
        ("Katrin Schäfer", "0000JbDpL"), ("Tobias Krüger", "0000JbHz9"), ("Sophie Lambert", "0000JbKk0"),
        ("Matthias Brenner", "0000JbQr7"), ("Anna-Lena Voß", "0000JbUe2")]
QUEUES = [("DACH Inbound Queue", "00001aXq2"), ("Marketing Nurture Queue", "00001aYtB")]
INTEGRATION = ("HubSpot Integration", "0000JaZ9x")


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.persons = []
        self._emails, self._namecomp, self._phones, self._names = set(), set(), set(), set()
        self.reps = [User(n, "005" + "5g0" + c) for n, c in REPS]
        self.sloppy = self.reps[0]
        self.queues = [User(n, "00G" + "5g0" + c, "queue") for n, c in QUEUES]
        self.integration = User(INTEGRATION[0], "005" + "5g0" + INTEGRATION[1], "integration")
        self.lead_ids = IdSequence(random.Random(seed + 11), "00Q", "00007Qa1b")
        self.task_ids = IdSequence(random.Random(seed + 12), "00T", "0000Zk3Lm")

    # --- people ------------------------------------------------------------------------------

    def ident(self, freemail=False, country=None, allow_title=True, cp1252=False):
        while True:
            i = idn.new_identity(self.rng, freemail=freemail, country=country,
                                 allow_title=allow_title, cp1252=cp1252)
            nc = (idn.fold_de(i.last).lower(), idn.slug(i.company))
            nm = (idn.fold_de(i.first).lower(), idn.fold_de(i.last).lower())
            ph = i.phone.e164()
            if i.email.lower() in self._emails or nc in self._namecomp or ph in self._phones:
                continue
            if nm in self._names and self.rng.random() < 0.8:
                continue  # a few namesakes at other companies stay: real data has them
            self._emails.add(i.email.lower())
            self._namecomp.add(nc)
            self._phones.add(ph)
            self._names.add(nm)
            if i.mobile:
                self._phones.add(i.mobile.e164())
            return i

    def claim_email(self, email):
        if email.lower() in self._emails:
            return False
        self._emails.add(email.lower())
        return True

    def person(self, scenario, ident=None, freemail=None, country=None, allow_title=True):
        if ident is None:
            fm = (self.rng.random() < 0.18) if freemail is None else freemail
            ident = self.ident(freemail=fm, country=country, allow_title=allow_title)
        p = Person("P%04d" % (len(self.persons) + 1), scenario, ident)
        p.matched_on = "email"
        self.persons.append(p)
        return p

    def owner(self, sloppy=False):
        if sloppy and self.rng.random() < 0.45:
            return self.sloppy
        return self.rng.choice(self.reps)

    # --- time --------------------------------------------------------------------------------

    def day(self, lo, hi, weekday=None):
        days = [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
        days = [d for d in days if is_working_day(d) and (weekday is None or d.weekday() == weekday)]
        return self.rng.choice(days)

    def time(self, d, h0=9, h1=15):
        m = self.rng.randint(h0 * 60, h1 * 60 - 1)
        return at(d.year, d.month, d.day, m // 60, m % 60)

    def recent_time(self, days_lo=1, days_hi=9):
        """A weekday working time between days_hi and days_lo calendar days before as_of."""
        d = self.day((AS_OF - timedelta(days=days_hi)).date(), (AS_OF - timedelta(days=days_lo)).date())
        return self.time(d, 8, 17)

    # --- records -----------------------------------------------------------------------------

    def hs(self, p, **kw):
        i, rng = p.ident, self.rng
        caps = rng.random() < 0.025
        first = ("%s %s" % (i.title, i.first)).strip() if i.title and rng.random() < 0.7 else i.first
        last = i.last
        if caps:
            first, last = first.upper(), last.upper()
        elif rng.random() < 0.01:
            first, last = first.lower(), last.lower()
        rec = HsRecord(p, first=first, last=last, email=i.email,
                       phone=i.phone.render(rng, note=rng.random() < 0.05) if rng.random() < 0.8 else "",
                       mobile=i.mobile.render(rng) if i.mobile and rng.random() < 0.5 else "",
                       company=i.company, job_title=i.job_title, country=i.country)
        rec.__dict__.update(kw)
        p.hs.append(rec)
        return rec

    def lead(self, p, created, owner, source, **kw):
        i, rng = p.ident, self.rng
        email = i.email
        r = rng.random()
        if r < 0.08:
            lp, dom = email.split("@")
            email = "%s@%s" % (".".join(s[:1].upper() + s[1:] for s in lp.split(".")), dom)
        elif r < 0.11:
            email = email.upper()
        first, last = i.first, i.last
        r = rng.random()
        if r < 0.03:
            first, last = idn.fold_de(first), idn.fold_de(last)
        elif r < 0.05:
            first, last = first.upper(), last.upper()
        elif r < 0.08 and i.title:
            first = "%s %s" % (i.title, first)
        company = i.company
        if rng.random() < 0.12:
            company = company.replace(" GmbH & Co. KG", " GmbH & Co KG").replace(" e.K.", " eK")
        lead = SfLead(p, first=first, last=last, email=email, company=company,
                      phone=i.phone.render(rng, note=rng.random() < 0.04),
                      mobile=i.mobile.render(rng) if i.mobile and rng.random() < 0.7 else "",
                      title=i.job_title, country=i.country if rng.random() < 0.93 else
                      {"Germany": "DE", "Austria": "AT", "Switzerland": "CH"}.get(i.country, i.country),
                      source=source, owner=owner, created=created,
                      assigned=created if owner.is_person else None,
                      rating=rng.choice(["", "", "Hot", "Warm", "Cold"]),
                      description=rng.choice(DESCRIPTIONS) if rng.random() < 0.09 else "")
        lead.__dict__.update(kw)
        if lead.last_modified is None or lead.last_modified < lead.created:
            lead.last_modified = lead.created
        p.sf.append(lead)
        return lead

    def mql_handoff(self, p, T, source, owner, sync=(1, 12), score=None, hs_kw=None, lead_kw=None,
                    created_before=None):
        """A contact that became MQL at T and the lead the HubSpot sync created for it."""
        rng = self.rng
        if score is None:
            score = rng.randint(45, 100) if source in HAND_RAISE else rng.randint(60, 100)
        if created_before is None:
            created_before = 0 if (source in HAND_RAISE and rng.random() < 0.5) else rng.randint(1, 400)
        hs_created = T - timedelta(days=created_before, minutes=rng.randint(0, 600) if created_before else 0)
        kw = dict(mql_at=T, mql_precision="datetime", score=score, created=hs_created,
                  orig_source=rng.choice(ORIG_SOURCE.get(source, ["Offline Sources"])))
        kw.update(hs_kw or {})
        rec = self.hs(p, **kw)
        H = T + timedelta(minutes=rng.randint(*sync), seconds=rng.randint(0, 59))
        lead = self.lead(p, H, owner, source, **(lead_kw or {}))
        return rec, lead

    # --- activities --------------------------------------------------------------------------

    def touch(self, lead, t, kind=None, owner=None, no_completed=None):
        rng = self.rng
        kind = kind or rng.choice(["Call"] * 5 + ["Email"] * 3 + ["Meeting"])
        subj = {"Call": CALL_SUBJECTS, "Email": EMAIL_SUBJECTS, "Meeting": MEETING_SUBJECTS}[kind]
        sub = {"Call": "Call", "Email": "Email", "Meeting": "Task"}[kind]
        if no_completed is None:
            no_completed = rng.random() < 0.1
        created = t if no_completed else t + timedelta(minutes=rng.randint(0, 4), seconds=rng.randint(0, 59))
        return lead.add_task(owner=owner or lead.owner, subject=rng.choice(subj), type=kind, subtype=sub,
                             disposition=rng.choice(CALL_RESULTS) if kind == "Call" else "",
                             created=created, completed=None if no_completed else t,
                             description=rng.choice(TASK_NOTES) if rng.random() < 0.12 else "")

    def open_task(self, lead, created, due_days=2):
        due = local(created).date() + timedelta(days=due_days)
        return lead.add_task(subject=self.rng.choice(["Rückruf", "Follow-up call", "Nachfassen"]),
                             type="Call", subtype="Task", status=self.rng.choice(
                                 ["Not Started", "Not Started", "In Progress", "Deferred"]),
                             created=created, completed=None, activity_date=due)

    def other_task(self, lead, t):
        return lead.add_task(subject=self.rng.choice(["Lead-Status geändert", "Notiz", "Daten aktualisiert"]),
                             type="Other", subtype="Task", created=t, completed=t)

    def marketing_task(self, lead, t):
        return lead.add_task(owner=self.integration, subject=self.rng.choice(
            ["Marketing-E-Mail geöffnet: Webinar-Einladung", "Marketing email clicked: Product update",
             "Formular ausgefüllt: Newsletter"]), type="", subtype="Task", created=t, completed=t)

    def noise(self, lead, lo, hi):
        """Tasks that are not touches: status-change notes and HubSpot-synced marketing e-mails."""
        rng = self.rng
        if hi <= lo:
            return
        if rng.random() < 0.25:
            self.marketing_task(lead, lo + (hi - lo) * rng.random())
        if rng.random() < 0.15:
            self.other_task(lead, lo + (hi - lo) * rng.random())

    def follow_up(self, lead, T0, ft, prefer, touch_owner=None):
        """Touches after a first touch at ft and the lead's final state.

        prefer: "working" (open, last touch within the last 10 days), "converted", or
        "closed_proper" (6+ touches within 9 working days of T0, a non-readiness reason)."""
        rng = self.rng
        limit = AS_OF - timedelta(hours=1)
        assert ft < limit
        self.touch(lead, ft, owner=touch_owner)
        lead.set_status("WORKING", ft + timedelta(minutes=rng.randint(1, 5)))
        if prefer == "closed_proper":
            offsets = sorted(rng.uniform(wt(T0, ft) / HOUR + 1, 88) for _ in range(rng.randint(5, 7)))
            last = ft
            for o in offsets:
                t = addw(T0, o * HOUR)
                if t <= last:
                    t = last + timedelta(minutes=30)
                self.touch(lead, t, owner=touch_owner)
                last = t
            close = addw(last, rng.uniform(1, 12) * HOUR)
            assert close < limit, "closed_proper needs an older T0"
            lead.set_status("CLOSED", close, rng.choice(OTHER_REASONS))
            self.noise(lead, lead.created, close)
            return
        last = ft
        for _ in range(rng.randint(1, 3)):
            t = addw(last, rng.uniform(4, 25) * HOUR)
            if t >= limit:
                break
            self.touch(lead, t, owner=touch_owner)
            last = t
        if prefer == "converted":
            conv = addw(last, rng.uniform(2, 30) * HOUR)
            if conv < limit:
                lead.set_status("CONVERTED", conv)
                self.noise(lead, lead.created, conv)
                return
        # working: keep the lead fresh (a touch within the last 10 calendar days)
        if last < AS_OF - timedelta(days=10):
            t = self.recent_time(1, 9)
            self.touch(lead, t, owner=touch_owner)
            last = t
        if rng.random() < 0.4:
            self.open_task(lead, last + timedelta(minutes=10), due_days=rng.randint(1, 6))
        self.noise(lead, lead.created, last)

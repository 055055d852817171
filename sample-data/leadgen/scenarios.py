"""The scenarios of RULES.md, each placed several times against as_of 2026-11-27 18:00 Berlin and
the default SLAs. Every builder makes one person; `SCENARIOS` says how many of each.

Timestamps are placed with working-time arithmetic (workcal) and generous margins: a late touch
is hours past its window, a pending lead is far from its deadline. The oracle re-derives every
expectation from the records afterwards, so a builder that drifts is caught."""

from datetime import date, timedelta

from . import identity as idn
from .context import (AS_OF, DEFAULT_SOURCES, HAND_RAISE, HANDRAISE_SOURCES, OTHER_REASONS,
                      READINESS_REASONS, SALES_SOURCES)
from .workcal import HOUR, addw, at, local, wt

D = date


def _window(source):
    return (1 if source in HAND_RAISE else 8) * HOUR


def _in_time(ctx, lead, T0=None):
    """A first-touch instant comfortably inside the window (10 %..60 % of it)."""
    T0 = T0 or lead.handoff_at
    return addw(T0, ctx.rng.uniform(0.1, 0.6) * _window(lead.source))


def _source(ctx, handraise=None):
    hr = ctx.rng.random() < 0.35 if handraise is None else handraise
    return ctx.rng.choice(HANDRAISE_SOURCES if hr else DEFAULT_SOURCES)


def _std(ctx, scenario, lo, hi, *, source=None, owner=None, sloppy=False, h0=9, h1=15, freemail=None,
         score=None, hs_kw=None, lead_kw=None, person_kw=None):
    d = ctx.day(lo, hi)
    T = ctx.time(d, h0, h1)
    p = ctx.person(scenario, freemail=freemail, **(person_kw or {}))
    src = source or _source(ctx)
    rec, lead = ctx.mql_handoff(p, T, src, owner or ctx.owner(sloppy), score=score, hs_kw=hs_kw,
                                lead_kw=lead_kw)
    return p, rec, lead


def _outcome_for(ctx, lead, recent_only_working=False):
    if lead.handoff_at < at(2026, 11, 9) and not recent_only_working:
        return ctx.rng.choice(["converted"] * 9 + ["closed_proper"] * 8 + ["working"] * 3)
    return ctx.rng.choice(["converted"] * 3 + ["working"] * 7)


# --- clean hand-offs (no finding) ----------------------------------------------------------------

def touched_in_time(ctx, scenario="touched_in_time", freemail=None, score=None, source=None):
    p, rec, lead = _std(ctx, scenario, D(2026, 9, 28), D(2026, 11, 25), h0=8, h1=17,
                        freemail=freemail, score=score, source=source)
    ctx.follow_up(lead, lead.handoff_at, _in_time(ctx, lead), _outcome_for(ctx, lead))
    return p


def email_differs_name_company(ctx):
    p, rec, lead = _std(ctx, "email_differs_name_company", D(2026, 10, 5), D(2026, 11, 20), freemail=False,
                        person_kw=dict(allow_title=False))
    i = p.ident
    alt = "%s@%s" % (idn.email_local(ctx.rng, i.first, i.last, "fi.l"),
                     i.domain.replace(".", "-gruppe.", 1))
    assert ctx.claim_email(alt)
    lead.email = alt
    lead.phone = lead.mobile = ""
    rec.phone = rec.mobile = ""
    lead.first, lead.last = i.first, i.last
    # the same company, written with or without its legal form
    for form in (" GmbH & Co. KG", " GmbH", " AG", " e.K.", " UG (haftungsbeschränkt)", " KG", " SE"):
        if i.company.endswith(form):
            lead.company = i.company[: -len(form)] if ctx.rng.random() < 0.5 else \
                i.company.replace(" GmbH & Co. KG", " GmbH & Co KG").replace(" GmbH", " G.m.b.H.")
            break
    else:
        lead.company = i.company
    p.matched_on = "name_company"
    ctx.follow_up(lead, lead.handoff_at, _in_time(ctx, lead), _outcome_for(ctx, lead))
    return p


NICK = {"Hans-Peter": "H.-P.", "Katharina": "Kathi", "Christian": "Chris", "Matthias": "Matze",
        "Stefanie": "Steffi", "Maximilian": "Max", "Alexander": "Alex", "Karl-Heinz": "K.-H.",
        "Franziska": "Franzi", "Andreas": "Andi", "Wolfgang": "Wolf"}


def email_differs_phone_only(ctx):
    p, rec, lead = _std(ctx, "email_differs_phone_only", D(2026, 10, 5), D(2026, 11, 20), freemail=False,
                        person_kw=dict(country="Germany", allow_title=False))
    i = p.ident
    other_company, other_domain = idn.new_company(ctx.rng, "Germany")
    alt = "%s@%s" % (idn.email_local(ctx.rng, i.first, i.last, "fl"), other_domain)
    assert ctx.claim_email(alt)
    lead.email, lead.company = alt, other_company
    lead.first = NICK.get(i.first, i.first[0] + ".")
    lead.last = i.last
    rec.phone = i.phone.render(ctx.rng, style="intl")
    lead.phone = i.phone.render(ctx.rng, style=ctx.rng.choice(["national", "plus0", "paren", "0049"]))
    rec.mobile = lead.mobile = ""
    p.matched_on = "phone"
    p.note = "company changed (new employer's lead); first name abbreviated in Salesforce"
    ctx.follow_up(lead, lead.handoff_at, _in_time(ctx, lead), _outcome_for(ctx, lead))
    return p


def swapped_first_last(ctx):
    p, rec, lead = _std(ctx, "swapped_first_last", D(2026, 10, 5), D(2026, 11, 20),
                        person_kw=dict(allow_title=False))
    lead.first, lead.last = p.ident.last, p.ident.first
    ctx.follow_up(lead, lead.handoff_at, _in_time(ctx, lead), _outcome_for(ctx, lead))
    return p


def _gmail_ident(ctx):
    i = ctx.ident(freemail=True, allow_title=False)
    local_part = idn.freemail_local(ctx.rng, i.first, i.last).split("@")[0]
    local_part = local_part if "." in local_part else "%s.%s" % (idn.fold_de(i.first).lower(),
                                                                 idn.fold_de(i.last).lower().replace(" ", ""))
    i.email = "%s@%s" % (local_part, ctx.rng.choice(["gmail.com", "gmail.com", "googlemail.com"]))
    assert ctx.claim_email(i.email)
    return i


def _dupe_email(ctx, email):
    lp, dom = email.split("@")
    if dom in ("gmail.com", "googlemail.com"):
        v = "%s@%s" % (idn.gmail_variant(lp, ctx.rng), dom)
    else:
        v = "%s@%s" % (lp.title(), dom)       # a case variant from a list import
    ctx.claim_email(v)
    return v


def hubspot_duplicate_contacts(ctx):
    gm = ctx.rng.random() < 0.6
    ident = _gmail_ident(ctx) if gm else None
    d = ctx.day(D(2026, 10, 5), D(2026, 11, 6))
    T = ctx.time(d)
    p = ctx.person("hubspot_duplicate_contacts", ident=ident)
    src = _source(ctx)
    rec, lead = ctx.mql_handoff(p, T, src, ctx.owner())
    ctx.hs(p, email=_dupe_email(ctx, p.ident.email), lifecycle=ctx.rng.choice(["Subscriber", "Lead"]),
           lead_status="", score=ctx.rng.randint(5, 30), created=T - timedelta(days=ctx.rng.randint(90, 700)),
           orig_source="Email Marketing", phone="")
    ctx.follow_up(lead, lead.handoff_at, _in_time(ctx, lead), ctx.rng.choice(["working", "closed_proper"]))
    p.note = "two HubSpot contacts (gmail dot/+tag or case variant); one is MQL"
    return p


def duplicate_leads(ctx, same_owner):
    scenario = "duplicate_same_owner" if same_owner else "duplicate_work"
    two_hs = (not same_owner) and ctx.rng.random() < 0.6
    ident = _gmail_ident(ctx) if two_hs else None
    d = ctx.day(D(2026, 11, 12), D(2026, 11, 19))
    T = ctx.time(d, 9, 12)
    p = ctx.person(scenario, ident=ident)
    r1 = ctx.owner()
    src = ctx.rng.choice(DEFAULT_SOURCES)
    rec, l1 = ctx.mql_handoff(p, T, src, r1)
    r2 = r1 if same_owner else ctx.rng.choice([r for r in ctx.reps if r is not r1])
    if two_hs:
        T2 = addw(T, ctx.rng.uniform(2, 5) * HOUR).replace(second=0)
        rec2, l2 = ctx.mql_handoff(p, T2, src, r2, hs_kw=dict(email=_dupe_email(ctx, p.ident.email)))
        l2.email = p.hs[1].email
        p.note = "two HubSpot contacts (gmail variant), each synced to its own lead, round robin to two reps"
    else:
        H2 = addw(l1.created, ctx.rng.uniform(1, 3) * HOUR)
        l2 = ctx.lead(p, H2, r2, "Trade Show")
        p.note = "second lead entered by hand (business card)"
    ft1 = _in_time(ctx, l1)
    ctx.follow_up(l1, l1.handoff_at, ft1, "working")
    ft2 = _in_time(ctx, l2)
    ctx.follow_up(l2, l2.handoff_at, ft2, "working", touch_owner=r2)
    return p


def routed_via_queue_in_time(ctx):
    p, rec, lead = _std(ctx, "routed_via_queue_in_time", D(2026, 10, 12), D(2026, 11, 18), h0=9, h1=12)
    lead.assigned = addw(lead.created, ctx.rng.uniform(12, 18) * HOUR)
    p.note = "created in a queue, assigned to a rep 1.2-1.8 working days later (Owner_Assigned_Date__c)"
    ctx.follow_up(lead, lead.assigned, _in_time(ctx, lead, lead.assigned), _outcome_for(ctx, lead))
    return p


def calendar_weekend_in_time(ctx, fri):
    p = ctx.person("calendar_weekend_in_time")
    T = at(fri.year, fri.month, fri.day, 17, 35)
    rec, lead = ctx.mql_handoff(p, T, ctx.rng.choice(["Demo Request", "Pricing"]), ctx.owner(), sync=(5, 5))
    mon = fri + timedelta(days=3)
    ft = at(mon.year, mon.month, mon.day, 8, 10)
    p.note = "hand-off Fri 17:40, first touch Mon 08:10: 30 working minutes"
    ctx.follow_up(lead, lead.handoff_at, ft, "converted" if fri < D(2026, 11, 16) else "working")
    return p


def calendar_mql_on_weekend(ctx, sat):
    p = ctx.person("calendar_mql_on_weekend")
    T = at(sat.year, sat.month, sat.day, 11, 0)
    rec, lead = ctx.mql_handoff(p, T, "Demo Request", ctx.owner(), sync=(5, 5))
    mon = sat + timedelta(days=2)
    ft = at(mon.year, mon.month, mon.day, 8, 40)
    p.note = "form sent on Saturday; first touch Monday 08:40: 40 working minutes"
    ctx.follow_up(lead, lead.handoff_at, ft, "working")
    return p


def calendar_dst_in_time(ctx, handraise):
    p = ctx.person("calendar_dst_in_time")
    if handraise:
        T = at(2026, 10, 23, 17, 35)
        ft = at(2026, 10, 26, 8, 10)
        rec, lead = ctx.mql_handoff(p, T, "Demo Request", ctx.owner(), sync=(5, 5))
        p.note = "Fri 23.10. 17:40 CEST -> Mon 26.10. 08:10 CET (clocks went back on 25.10.): 30 working minutes"
    else:
        T = at(2026, 10, 23, 16, 25)
        ft = at(2026, 10, 26, 13, 0)
        rec, lead = ctx.mql_handoff(p, T, "Webinar", ctx.owner(), sync=(5, 5))
        p.note = "Fri 23.10. 16:30 CEST -> Mon 26.10. 13:00 CET: 6.5 working hours"
    ctx.follow_up(lead, lead.handoff_at, ft, "converted")
    return p


def calendar_buss_und_bettag_late(ctx):
    p = ctx.person("calendar_buss_und_bettag_late")
    T = at(2026, 11, 18, 8, 55)
    rec, lead = ctx.mql_handoff(p, T, "Demo Request", ctx.owner(True), sync=(5, 5))
    ft = at(2026, 11, 19, 8, 30)
    p.note = "Wed 18.11. (Buss- und Bettag: a holiday in Saxony only, a working day in Berlin) 09:00 -> Thu 08:30: 9.5 working hours"
    ctx.follow_up(lead, lead.handoff_at, ft, "working")
    return p


def calendar_weekend_late(ctx, fri):
    p = ctx.person("calendar_weekend_late")
    T = at(fri.year, fri.month, fri.day, 13, 55)
    rec, lead = ctx.mql_handoff(p, T, ctx.rng.choice(["Webinar", "Whitepaper"]), ctx.owner(True), sync=(5, 5))
    mon = fri + timedelta(days=3)
    ft = at(mon.year, mon.month, mon.day, 15, 0)
    p.note = "hand-off Fri 14:00, first touch Mon 15:00: 11 working hours against 8"
    ctx.follow_up(lead, lead.handoff_at, ft, "working")
    return p


def mql_on_time_sync_grace(ctx):
    """Lead created 2 working hours before the MQL date (sync ran first): inside the 1-day grace."""
    d = ctx.day(D(2026, 10, 12), D(2026, 11, 20))
    p = ctx.person("handoff_within_sync_grace")
    H = ctx.time(d, 9, 11)
    M = addw(H, 2 * HOUR).replace(second=0)
    src = ctx.rng.choice(DEFAULT_SOURCES)
    ctx.hs(p, mql_at=M, mql_precision="datetime", score=ctx.rng.randint(60, 95),
           created=M - timedelta(days=ctx.rng.randint(20, 200)), orig_source="Organic Search")
    lead = ctx.lead(p, H, ctx.owner(), src)
    ctx.follow_up(lead, M, _in_time(ctx, lead, M), _outcome_for(ctx, lead))
    p.note = "lead created 2 working hours before mql_at (grace is 1 working day)"
    return p


# --- ignored good leads ----------------------------------------------------------------------------

def late_first_touch(ctx, handraise):
    scenario = "late_first_touch_handraise" if handraise else "late_first_touch_default"
    src = _source(ctx, handraise)
    p, rec, lead = _std(ctx, scenario, D(2026, 10, 5), D(2026, 11, 20), source=src, sloppy=True, h0=9, h1=13)
    late = ctx.rng.uniform(3, 5) if handraise else ctx.rng.uniform(11, 20)
    ft = addw(lead.handoff_at, late * HOUR)
    p.note = "first touch %.1f working hours after hand-off (window %d h)" % (late, 1 if handraise else 8)
    ctx.follow_up(lead, lead.handoff_at, ft, _outcome_for(ctx, lead, recent_only_working=False)
                  .replace("closed_proper", "converted"))
    return p


def late_and_stale(ctx):
    hr = ctx.rng.random() < 0.5
    p, rec, lead = _std(ctx, "late_and_stale", D(2026, 10, 5), D(2026, 10, 23), source=_source(ctx, hr),
                        sloppy=True)
    ft = addw(lead.handoff_at, (4 if hr else 14) * HOUR)
    ctx.touch(lead, ft)
    lead.set_status("WORKING", ft + timedelta(minutes=2))
    t = addw(ft, ctx.rng.uniform(5, 20) * HOUR)
    ctx.touch(lead, t)
    p.note = "late first touch, then nothing for weeks"
    return p


def no_first_touch_only(ctx, variant):
    if variant == "status_without_activity":
        p, rec, lead = _std(ctx, "no_first_touch_only", D(2026, 11, 16), D(2026, 11, 20), sloppy=True)
        lead.set_status("WORKING", addw(lead.created, 1 * HOUR))
        ctx.other_task(lead, lead.last_modified)
        p.note = "status set to Working - Contacted, but no call, e-mail or meeting logged"
    else:
        p = ctx.person("no_first_touch_only")
        T = ctx.time(D(2026, 11, 26), 9, 11)
        rec, lead = ctx.mql_handoff(p, T, ctx.rng.choice(["Demo Request", "Contact Us"]), ctx.owner(True))
        ctx.open_task(lead, lead.created + timedelta(minutes=3), due_days=1)
        p.note = "hand-raiser since Thu morning, only an open (not completed) call task; under 24 working hours so no NO_DECISION yet"
    return p


def no_touch_no_decision(ctx):
    p, rec, lead = _std(ctx, "no_touch_no_decision", D(2026, 11, 16), D(2026, 11, 23), sloppy=True)
    if ctx.rng.random() < 0.5:
        ctx.open_task(lead, lead.created + timedelta(minutes=20))
    return p


def ignored_classic(ctx):
    p, rec, lead = _std(ctx, "ignored_untouched_stale", D(2026, 9, 28), D(2026, 11, 10), sloppy=True)
    r = ctx.rng.random()
    if r < 0.3:
        ctx.open_task(lead, lead.created + timedelta(minutes=30))
    elif r < 0.5:
        ctx.marketing_task(lead, addw(lead.created, ctx.rng.uniform(5, 40) * HOUR))
    return p


def no_decision_only(ctx):
    p, rec, lead = _std(ctx, "no_decision_only", D(2026, 11, 16), D(2026, 11, 23))
    ft = _in_time(ctx, lead)
    ctx.touch(lead, ft)
    ctx.touch(lead, addw(ft, ctx.rng.uniform(3, 9) * HOUR))
    p.note = "touched in time, status still Open - Not Contacted"
    return p


def too_few_attempts(ctx, silent, n_touches):
    scenario = {(False, True): "too_few_attempts", (True, True): "too_few_and_silent",
                (True, False): "silent_close"}[(silent, n_touches < 6)]
    p, rec, lead = _std(ctx, scenario, D(2026, 9, 28), D(2026, 11, 6), sloppy=not silent)
    ft = _in_time(ctx, lead)
    if n_touches >= 6:
        ctx.follow_up(lead, lead.handoff_at, ft, "closed_proper")
        lead.reason = ""
        return p
    ctx.touch(lead, ft)
    lead.set_status("WORKING", ft + timedelta(minutes=2))
    last = ft
    for _ in range(n_touches - 1):
        last = addw(last, ctx.rng.uniform(3, 12) * HOUR)
        ctx.touch(lead, last)
    close = addw(last, ctx.rng.uniform(2, 20) * HOUR)
    lead.set_status("CLOSED", close, "" if silent else ctx.rng.choice(OTHER_REASONS))
    p.note = "%d touch(es) before closing" % n_touches
    return p


def rejected_before_contact(ctx):
    p, rec, lead = _std(ctx, "rejected_before_contact", D(2026, 10, 5), D(2026, 11, 13), sloppy=True)
    close = addw(lead.created, ctx.rng.uniform(2, 6) * HOUR)
    lead.set_status("CLOSED", close, ctx.rng.choice(["Wrong contact data", "Not a decision maker",
                                                     "Student / private person"]))
    p.note = "closed with a reason but without any touch"
    return p


def stale_open_only(ctx):
    p, rec, lead = _std(ctx, "stale_open_only", D(2026, 9, 28), D(2026, 10, 30))
    ft = _in_time(ctx, lead)
    ctx.touch(lead, ft)
    lead.set_status("WORKING", ft + timedelta(minutes=3))
    last = ft
    for _ in range(ctx.rng.randint(1, 3)):
        t = addw(last, ctx.rng.uniform(4, 30) * HOUR)
        if t > at(2026, 11, 10):
            break
        ctx.touch(lead, t)
        last = t
    p.note = "worked, then no touch since %s" % local(last).strftime("%d.%m.")
    return p


def pending(ctx, handraise):
    p = ctx.person("pending_handraise" if handraise else "pending_default")
    if handraise:
        T = at(2026, 11, 27, 17, ctx.rng.randint(15, 34))
        src = ctx.rng.choice(["Demo Request", "Contact Us", "Kontaktformular"])
    else:
        T = at(2026, 11, 27, 12, ctx.rng.randint(0, 29))
        src = ctx.rng.choice(DEFAULT_SOURCES)
    rec, lead = ctx.mql_handoff(p, T, src, ctx.owner(), sync=(2, 5))
    if ctx.rng.random() < 0.5:
        ctx.open_task(lead, lead.created + timedelta(minutes=1), due_days=3)
    return p


# --- premature hand-offs ---------------------------------------------------------------------------

def never_mql(ctx, variant):
    scenario = "handoff_before_mql_confirmed" if variant == "confirmed" else "handoff_before_mql_never_mql"
    p = ctx.person(scenario)
    d = ctx.day(D(2026, 10, 5), D(2026, 11, 6) if variant in ("confirmed", "closed") else D(2026, 11, 20))
    H = ctx.time(d)
    src = ctx.rng.choice(["Webinar", "Whitepaper", "Trade Show", "Event"])
    ctx.hs(p, lifecycle="Lead", mql_at=None, mql_precision=None, score=ctx.rng.randint(45, 59),
           created=H - timedelta(days=ctx.rng.randint(0, 90), minutes=ctx.rng.randint(5, 300)),
           orig_source="Offline Sources" if src in ("Trade Show", "Event") else "Email Marketing")
    lead = ctx.lead(p, H, ctx.owner(), src)
    if variant == "working":
        ctx.follow_up(lead, H, addw(H, ctx.rng.uniform(1, 12) * HOUR), "working")
    elif variant == "new":
        pass
    else:
        t = addw(H, ctx.rng.uniform(1, 6) * HOUR)
        n = ctx.rng.randint(2, 3)
        for k in range(n):
            ctx.touch(lead, t)
            lead.set_status("WORKING", t + timedelta(minutes=2))
            t = addw(t, ctx.rng.uniform(5, 20) * HOUR)
        if variant == "confirmed":
            lead.set_status("CLOSED", t, ctx.rng.choice(READINESS_REASONS))
            p.note = "never an MQL; sales worked it and sent it back as not ready within 30 days"
        else:
            lead.set_status("CLOSED", t, ctx.rng.choice(["Not a decision maker", "Chose competitor"]))
    p.hs[0].lead_status = {"working": "In Progress", "new": "Open", "closed": "Unqualified",
                           "confirmed": "Bad Timing"}[variant]
    p.hs[0].owner = lead.owner
    if not p.note:
        p.note = "HubSpot lifecycle Lead (never MQL), but a lead owned by a rep exists"
    return p


def handoff_before_mql(ctx, ignored):
    scenario = "ignored_and_premature_before_mql" if ignored else "handoff_before_mql_then_mql"
    p = ctx.person(scenario)
    d = ctx.day(D(2026, 10, 5), D(2026, 10, 30) if ignored else D(2026, 11, 10))
    H = ctx.time(d, 9, 12)
    M = addw(H, ctx.rng.uniform(25, 45) * HOUR).replace(second=0)
    src = ctx.rng.choice(["Webinar", "Whitepaper", "Web"])
    ctx.hs(p, mql_at=M, mql_precision="datetime", score=ctx.rng.randint(60, 90),
           created=H - timedelta(days=ctx.rng.randint(10, 200)), orig_source="Email Marketing")
    lead = ctx.lead(p, H, ctx.owner(ignored), src)
    p.note = "lead created %.1f working hours before the MQL date" % (wt(H, M) / HOUR)
    if not ignored:
        ctx.follow_up(lead, M, _in_time(ctx, lead, M), ctx.rng.choice(["working", "converted"]))
    return p


def below_threshold(ctx):
    p = touched_in_time(ctx, "below_threshold", score=ctx.rng.randint(12, 35),
                        source=ctx.rng.choice(["Demo Request", "Contact Us"]))
    p.note = "HubSpot Score below 40: flagged only with premature.min_score: 40"
    return p


def incomplete(ctx, variant, ignored=False):
    scenario = ("ignored_and_premature_incomplete" if ignored else
                "incomplete_record_company" if variant == "company" else "incomplete_record_contact")
    lo, hi = (D(2026, 11, 16), D(2026, 11, 23)) if ignored else (D(2026, 11, 12), D(2026, 11, 20))
    src = "Trade Show" if variant == "contact" else None
    p, rec, lead = _std(ctx, scenario, lo, hi, source=src, sloppy=ignored, freemail=False,
                        person_kw=dict(allow_title=False))
    if variant == "company":
        rec.company = lead.company = ""
        p.note = "no company on either side"
    else:
        rec.email = rec.phone = rec.mobile = ""
        lead.email = lead.phone = lead.mobile = ""
        p.matched_on = "name_company"
        p.note = "trade-show list: name and company only, no e-mail, no phone"
    if not ignored:
        ctx.follow_up(lead, lead.handoff_at, _in_time(ctx, lead), "working")
    return p


def unfit_freemail(ctx):
    p = touched_in_time(ctx, "unfit_profile_freemail", freemail=True)
    p.note = "free-mail address: flagged only with good_lead.business_email_only: true"
    return p


def rejected_not_ready(ctx, after_window=False):
    scenario = "closed_not_ready_after_window" if after_window else "rejected_not_ready"
    hi = D(2026, 10, 9) if after_window else D(2026, 11, 6)
    p, rec, lead = _std(ctx, scenario, D(2026, 9, 28), hi)
    ctx.follow_up(lead, lead.handoff_at, _in_time(ctx, lead), "closed_proper")
    if after_window:
        last = max(t.touch_time for t in lead.tasks)
        close = lead.handoff_at + timedelta(days=ctx.rng.randint(36, 44))
        close = addw(close, ctx.rng.uniform(1, 5) * HOUR)
        assert close > last
        lead.last_modified = close
        p.note = "closed as not ready %d days after hand-off (confirm window 30 cd)" % (close - lead.handoff_at).days
    lead.reason = ctx.rng.choice(READINESS_REASONS)
    return p


# --- other findings -------------------------------------------------------------------------------

def leaked_mql(ctx, within_grace=False):
    p = ctx.person("mql_within_sync_grace" if within_grace else "leaked_mql")
    if within_grace:
        T = at(2026, 11, 27, 10, ctx.rng.randint(0, 29))
    else:
        T = ctx.time(ctx.day(D(2026, 9, 28), D(2026, 11, 25)), 8, 17)
    src = _source(ctx)
    ctx.hs(p, mql_at=T, mql_precision="datetime", score=ctx.rng.randint(60, 100),
           created=T - timedelta(days=ctx.rng.randint(0, 300)),
           orig_source=ctx.rng.choice(["Organic Search", "Paid Search", "Email Marketing"]),
           lifecycle="Marketing Qualified Lead", lead_status="New")
    return p


def status_drift(ctx, marketing_ahead):
    if marketing_ahead:
        p = ctx.person("status_drift_marketing_ahead")
        T = ctx.time(D(2026, 11, 26), 9, 10)
        stage = ctx.rng.choice(["Customer", "Opportunity"])
        rec, lead = ctx.mql_handoff(p, T, "Demo Request", ctx.owner(), created_before=ctx.rng.randint(200, 500),
                                    hs_kw=dict(lifecycle=stage, lead_status="Open Deal"))
        rec.mql_at = T - timedelta(days=ctx.rng.randint(150, 400))
        rec.created = rec.mql_at - timedelta(days=ctx.rng.randint(10, 100))
        ft = addw(lead.created, ctx.rng.uniform(0.3, 0.6) * HOUR)
        ctx.touch(lead, ft)
        p.note = "HubSpot says %s; the new Salesforce lead is still Open - Not Contacted (touched in time)" % stage
    else:
        p, rec, lead = _std(ctx, "status_drift_crm_ahead", D(2026, 10, 5), D(2026, 11, 6),
                            hs_kw=dict(lifecycle="Marketing Qualified Lead", lead_status="New"))
        ctx.follow_up(lead, lead.handoff_at, _in_time(ctx, lead), "converted")
        assert lead.bucket == "CONVERTED"
        p.note = "converted in Salesforce, HubSpot still Marketing Qualified Lead"
    return p


def sales_sourced(ctx, by_touch):
    p = ctx.person("sales_sourced_touch_before_mql" if by_touch else "sales_sourced_lead_source")
    d = ctx.day(D(2026, 10, 5), D(2026, 11, 6))
    S = ctx.time(d)
    owner = ctx.owner()
    if by_touch:
        lead = ctx.lead(p, S, owner, ctx.rng.choice(["Trade Show", "Event", "Web"]))
        ctx.touch(lead, addw(S, 1 * HOUR), kind="Call")
        lead.set_status("WORKING", addw(S, 1.1 * HOUR))
        M = addw(S, ctx.rng.uniform(50, 100) * HOUR).replace(second=0)
        p.note = "rep called before marketing qualified the contact"
    else:
        src = ctx.rng.choice(SALES_SOURCES)
        M = ctx.time(ctx.day(D(2026, 10, 5), D(2026, 11, 6)))
        lead = ctx.lead(p, S, owner, src)
        if ctx.rng.random() < 0.5:
            ctx.touch(lead, addw(lead.created, 30 * HOUR))
            lead.set_status("WORKING", lead.tasks[-1].touch_time)
        p.note = "lead source %s" % src
    ctx.hs(p, mql_at=M, mql_precision="datetime", score=ctx.rng.randint(60, 90),
           created=min(S, M) - timedelta(days=ctx.rng.randint(30, 300)), orig_source="Offline Sources",
           owner=owner)
    return p


def crm_only(ctx, scenario="crm_only_sales_lead", silent=False):
    """A lead sales created itself (cold call, outbound, partner): no HubSpot contact."""
    rng = ctx.rng
    p = ctx.person(scenario)
    p.matched_on = ""
    d = ctx.day(D(2026, 5, 4), D(2026, 10, 30) if silent else D(2026, 11, 26))
    S = ctx.time(d, 8, 17)
    lead = ctx.lead(p, S, ctx.owner(), rng.choice(SALES_SOURCES))
    outcome = "closed" if silent else rng.choice(["new"] * 2 + ["working"] * 4 + ["converted"] * 2
                                                 + ["closed"] * 3)
    limit = AS_OF - timedelta(hours=1)
    t = addw(S, rng.uniform(0.2, 30) * HOUR)
    if outcome == "new" or t >= limit:
        return p
    for _ in range(rng.randint(1, 3 if silent else 6)):
        if t >= limit:
            break
        ctx.touch(lead, t, kind=rng.choice(["Call", "Call", "Call", "Email"]))
        lead.set_status("WORKING", t + timedelta(minutes=1))
        t = addw(t, rng.uniform(4, 40) * HOUR)
    if t < limit and outcome == "converted":
        lead.set_status("CONVERTED", t)
    elif t < limit and outcome == "closed":
        lead.set_status("CLOSED", t, "" if silent else rng.choice(OTHER_REASONS + READINESS_REASONS))
    assert not silent or lead.bucket == "CLOSED"
    return p


def queue_owned(ctx):
    d = ctx.day(D(2026, 10, 12), D(2026, 11, 16))
    p = ctx.person("queue_owned")
    T = ctx.time(d)
    rec, lead = ctx.mql_handoff(p, T, _source(ctx), ctx.rng.choice(ctx.queues))
    rec.owner = None
    p.note = "lead still owned by a queue (00G...): no hand-off to a person yet"
    return p


def mql_no_date(ctx, variant):
    scenario = {"untouched": "mql_no_date_untouched", "no_crm": "mql_no_date_no_crm",
                "silent_close": "mql_no_date_silent_close"}[variant]
    p = ctx.person(scenario)
    d = ctx.day(D(2026, 10, 5), D(2026, 10, 30) if variant == "silent_close" else D(2026, 11, 6))
    H = ctx.time(d)
    ctx.hs(p, lifecycle="Marketing Qualified Lead", mql_at=None, mql_precision=None,
           score=ctx.rng.randint(60, 90), created=H - timedelta(days=ctx.rng.randint(30, 600)),
           orig_source="Offline Sources", lead_status="New")
    if variant == "no_crm":
        p.note = "lifecycle MQL without a date: LEAKED_MQL needs a known mql_at"
        return p
    lead = ctx.lead(p, H, ctx.owner(), ctx.rng.choice(DEFAULT_SOURCES))
    if variant == "silent_close":
        ctx.follow_up(lead, H, _in_time(ctx, lead), "closed_proper")
        lead.reason = ""
        p.note = "mql_at unknown: only SILENT_CLOSE (needs no clock) is evaluated"
    else:
        p.note = "mql_at unknown: time-window rules are not evaluated"
    return p


def date_only_mql(ctx, variant):
    scenario = {"untouched": "date_only_mql_untouched", "same_day": "date_only_mql_touched_same_day",
                "late": "date_only_mql_late"}[variant]
    lo, hi = {"untouched": (D(2026, 10, 26), D(2026, 11, 6)), "same_day": (D(2026, 10, 5), D(2026, 10, 30)),
              "late": (D(2026, 11, 9), D(2026, 11, 13))}[variant]
    d = ctx.day(lo, hi)
    p = ctx.person(scenario)
    H = ctx.time(d, 10, 11) if variant != "same_day" else ctx.time(d, 9, 11)
    src = ctx.rng.choice(DEFAULT_SOURCES)
    ctx.hs(p, mql_at=d, mql_precision="date", score=ctx.rng.randint(60, 90),
           created=H - timedelta(days=ctx.rng.randint(30, 300)), orig_source="Offline Sources")
    lead = ctx.lead(p, H, ctx.owner(variant != "same_day"), src)
    if variant == "same_day":
        ctx.follow_up(lead, H, H + timedelta(minutes=ctx.rng.randint(20, 60)), "converted")
    elif variant == "late":
        ctx.follow_up(lead, H, addw(H, 50 * HOUR), "working")
        p.note = "MQL date without time (legacy import); first touch 5 working days later"
    return p


def inquiry_only(ctx):
    rng = ctx.rng
    p = ctx.person("inquiry_only", freemail=rng.random() < 0.3)
    p.matched_on = ""
    created = at(2021, 3, 1) + timedelta(minutes=rng.randint(0, int((AS_OF - at(2021, 3, 1)).total_seconds() // 60) - 60))
    stage = rng.choice(["Subscriber"] * 5 + ["Lead"] * 6 + ["Other"])
    rec = ctx.hs(p, lifecycle=stage, lead_status=rng.choice(["", "", "", "New", "Open"]),
                 score=rng.randint(0, 55), created=created,
                 orig_source=rng.choice(["Organic Search", "Email Marketing", "Social Media", "Direct Traffic",
                                         "Referrals", "Offline Sources", "Paid Social"]))
    if rng.random() < 0.25:
        rec.company = ""
    if rng.random() < 0.5:
        rec.phone = ""
    if rng.random() < 0.15:
        rec.job_title = ""
    return p


def build(ctx):
    """All designed scenarios; the background (touched in time, inquiries, sales leads) follows."""
    rng = ctx.rng
    for _ in range(6):
        email_differs_name_company(ctx)
    for _ in range(5):
        email_differs_phone_only(ctx)
    for _ in range(4):
        swapped_first_last(ctx)
    for _ in range(6):
        hubspot_duplicate_contacts(ctx)
    for _ in range(5):
        duplicate_leads(ctx, same_owner=False)
    for _ in range(2):
        duplicate_leads(ctx, same_owner=True)
    for _ in range(4):
        routed_via_queue_in_time(ctx)
    for fri in (D(2026, 11, 6), D(2026, 11, 13), D(2026, 11, 20)):
        calendar_weekend_in_time(ctx, fri)
    for sat in (D(2026, 11, 14), D(2026, 11, 21)):
        calendar_mql_on_weekend(ctx, sat)
    calendar_dst_in_time(ctx, True)
    calendar_dst_in_time(ctx, False)
    for _ in range(2):
        calendar_buss_und_bettag_late(ctx)
    for fri in (D(2026, 11, 6), D(2026, 11, 13), D(2026, 11, 20)):
        calendar_weekend_late(ctx, fri)
    for _ in range(3):
        mql_on_time_sync_grace(ctx)
    for _ in range(12):
        late_first_touch(ctx, True)
    for _ in range(12):
        late_first_touch(ctx, False)
    for _ in range(4):
        late_and_stale(ctx)
    for v in ("status_without_activity", "thursday_handraiser") * 3:
        no_first_touch_only(ctx, v)
    for _ in range(6):
        no_touch_no_decision(ctx)
    for _ in range(20):
        ignored_classic(ctx)
    for _ in range(5):
        no_decision_only(ctx)
    for _ in range(10):
        too_few_attempts(ctx, silent=False, n_touches=rng.randint(1, 4))
    for _ in range(6):
        too_few_attempts(ctx, silent=True, n_touches=6)
    for _ in range(4):
        too_few_attempts(ctx, silent=True, n_touches=rng.randint(1, 2))
    for _ in range(3):
        rejected_before_contact(ctx)
    for _ in range(8):
        stale_open_only(ctx)
    for hr in (True, False, True, False, True, False):
        pending(ctx, hr)
    for v in ("working", "working", "new", "new", "closed", "closed"):
        never_mql(ctx, v)
    for _ in range(3):
        never_mql(ctx, "confirmed")
    for _ in range(5):
        handoff_before_mql(ctx, ignored=False)
    for _ in range(3):
        handoff_before_mql(ctx, ignored=True)
    for _ in range(4):
        below_threshold(ctx)
    for v in ("company", "company", "company", "contact", "contact", "contact"):
        incomplete(ctx, v)
    for _ in range(3):
        incomplete(ctx, "company", ignored=True)
    for _ in range(5):
        unfit_freemail(ctx)
    for _ in range(12):
        rejected_not_ready(ctx)
    for _ in range(3):
        rejected_not_ready(ctx, after_window=True)
    for _ in range(25):
        leaked_mql(ctx)
    for _ in range(3):
        leaked_mql(ctx, within_grace=True)
    for ahead in (True, False) * 4:
        status_drift(ctx, ahead)
    for _ in range(5):
        sales_sourced(ctx, by_touch=True)
    for _ in range(6):
        sales_sourced(ctx, by_touch=False)
    for _ in range(4):
        crm_only(ctx, "rejected_without_reason_crm_only", silent=True)
    for _ in range(4):
        queue_owned(ctx)
    for v in ("untouched", "no_crm", "silent_close") * 3:
        if v == "silent_close" and sum(p.scenario == "mql_no_date_silent_close" for p in ctx.persons) >= 2:
            continue
        mql_no_date(ctx, v)
    for v in ("untouched", "same_day", "late") * 3:
        date_only_mql(ctx, v)


def build_background(ctx, n_in_time, n_inquiry, n_crm_only):
    for _ in range(n_in_time):
        touched_in_time(ctx)
    for _ in range(n_inquiry):
        inquiry_only(ctx)
    for _ in range(n_crm_only):
        crm_only(ctx)

"""After the scenarios: derive the HubSpot fields that follow from the CRM outcome, add the
deliberately malformed rows, and hand out ids in creation order (as both systems do)."""

from .context import READINESS_REASONS
from .workcal import at

STAGE_FOR_BUCKET = {
    None: ["Marketing Qualified Lead"],
    "NEW": ["Marketing Qualified Lead"],
    "WORKING": ["Marketing Qualified Lead", "Sales Qualified Lead"],
    "CONVERTED": ["Opportunity", "Opportunity", "Customer", "Sales Qualified Lead"],
    "CLOSED": ["Marketing Qualified Lead"],
}
STATUS_FOR_BUCKET = {
    None: ["New"], "NEW": ["New", "Open"],
    "WORKING": ["Attempted to Contact", "Connected", "In Progress"],
    "CONVERTED": ["Open Deal"], "CLOSED": ["Unqualified"],
}


def derive_hubspot(ctx):
    rng = ctx.rng
    for p in ctx.persons:
        leads = [l for l in p.sf if not l.malformed]
        people_leads = [l for l in leads if l.owner.is_person]
        bucket = leads[0].bucket if leads else None
        for r in p.hs:
            if r.owner is None and people_leads and r.lifecycle not in ("Subscriber",):
                r.owner = people_leads[0].owner
            if r.lifecycle is None:
                assert r.mql_at is not None, p.key
                r.lifecycle = rng.choice(STAGE_FOR_BUCKET[bucket])
            if r.lead_status is None:
                if bucket == "CLOSED" and any(l.reason in READINESS_REASONS for l in leads):
                    r.lead_status = "Bad Timing"
                else:
                    r.lead_status = rng.choice(STATUS_FOR_BUCKET[bucket])
            touches = p.all_touches()
            r.last_activity = touches[-1].touch_time if touches else None


def add_malformed(ctx):
    """The rows a reader must reject (README lists them with their physical line numbers)."""
    # Salesforce leads: text after a closing quote ("Acme" Corp) on a sales-created lead.
    p = ctx.person("malformed_row", ident=ctx.ident(country="United States", allow_title=False))
    p.matched_on = ""
    email = "%s.%s@acme-corp.com" % (p.ident.first.lower(), p.ident.last.lower())
    lead = ctx.lead(p, at(2026, 11, 12, 10, 14, 7), ctx.reps[5], "Outbound", company="Acme Corp",
                    email=email, malformed="text_after_quote", description="")
    p.note = "Salesforce lead row with text after a closing quote"
    # Salesforce tasks: a NUL byte in the subject of a note on an ordinary converted lead.
    host = next(q for q in ctx.persons if q.scenario == "touched_in_time" and q.sf[0].bucket == "CONVERTED"
                and at(2026, 11, 2) < q.sf[0].created < at(2026, 11, 6))
    t = ctx.other_task(host.sf[0], at(2026, 11, 10, 14, 3, 22))
    t.subject, t.malformed = "Notiz\x00\x00 Outlook-Sync", "nul"
    # Salesforce tasks: the last row opens a quote it never closes.
    host2 = next(q for q in ctx.persons if q.scenario == "touched_in_time" and q.sf[0].bucket == "WORKING"
                 and q.sf[0].created > at(2026, 11, 16))
    t2 = ctx.open_task(host2.sf[0], at(2026, 11, 27, 17, 52, 41), due_days=3)
    t2.subject, t2.status, t2.malformed = '"Rückruf wg. Angebot v2', "Not Started", "unterminated_quote"
    return lead, t, t2


def assign_ids(ctx, with_malformed=True):
    """Record, lead and task ids in creation order; `with_malformed` checks that the broken task
    row comes last (a tile of the benchmark world has no broken rows)."""
    rng = ctx.rng
    hs = sorted((r for p in ctx.persons for r in p.hs), key=lambda r: (r.created, r.person.key))
    small, big, cut = 1051, 51234567001, at(2023, 7, 1)
    for r in hs:
        if r.created < cut:
            small += rng.randint(1, 37)
            r.rid = small
        else:
            big += rng.randint(50000, 4000000)
            r.rid = big
    leads = sorted((l for p in ctx.persons for l in p.sf), key=lambda l: (l.created, l.person.key))
    from .sfid import to18
    for l in leads:
        l.id15 = ctx.lead_ids.next15()
        l.id18 = to18(l.id15)
    tasks = sorted((t for l in leads for t in l.tasks), key=lambda t: (t.created, t.lead.id15))
    if with_malformed:
        assert tasks[-1].malformed == "unterminated_quote", "the bad quote must be the last task row"
    for t in tasks:
        t.id15 = ctx.task_ids.next15()
        t.id18 = to18(t.id15)
        t.who15 = (not t.malformed) and rng.random() < 0.06
    return hs, leads, tasks

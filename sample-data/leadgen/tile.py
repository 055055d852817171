"""One tile of a large benchmark world: the sample world's scenarios and background, without the
deliberately malformed rows, with extra non-touch activities so that the files have the
benchmark's proportions (per marketing contact 0.8 CRM leads and 5 activities).

bench/generate_world.py builds a few tiles with different seeds and repeats them with fresh ids
and per-copy identities. Nothing here is used by generate.py: the committed sample data does not
depend on this module."""

from datetime import timedelta

from . import finalize, scenarios, writers
from .context import AS_OF, Ctx
from .sfid import to18

BACKGROUND_IN_TIME = 950


def build(seed, contacts=2000, leads=1600, activities=10000):
    """Rows of the three exports (lists of cell strings, header excluded) for one tile."""
    ctx = Ctx(seed)
    scenarios.build(ctx)
    hs_n = sum(len(p.hs) for p in ctx.persons)
    sf_n = sum(len(p.sf) for p in ctx.persons)
    scenarios.build_background(ctx, BACKGROUND_IN_TIME, n_inquiry=contacts - hs_n - BACKGROUND_IN_TIME,
                               n_crm_only=leads - sf_n - BACKGROUND_IN_TIME)
    finalize.derive_hubspot(ctx)
    all_leads = [l for p in ctx.persons for l in p.sf]
    _pad_activities(ctx, all_leads, activities - sum(len(l.tasks) for l in all_leads))
    hs, sf, tasks = _assign_ids(ctx)
    return dict(
        hubspot=[_hubspot_values(r) for r in sorted(hs, key=lambda r: (r.created, r.rid), reverse=True)],
        leads=[writers.lead_values(l) for l in sf],
        tasks=[writers.task_values(t) for t in tasks],
    )


def _pad_activities(ctx, leads, n):
    """Status-change notes and synced marketing e-mails: activities that are not touches, so the
    findings the scenarios intend stay as they are."""
    rng = ctx.rng
    limit = AS_OF - timedelta(hours=1)
    for _ in range(max(0, n)):
        lead = rng.choice(leads)
        t = lead.created + (limit - lead.created) * rng.random()
        if rng.random() < 0.6:
            ctx.marketing_task(lead, t)
        else:
            ctx.other_task(lead, t)


def _assign_ids(ctx):
    """finalize.assign_ids without its checks on the malformed rows (a tile has none)."""
    rng = ctx.rng
    hs = sorted((r for p in ctx.persons for r in p.hs), key=lambda r: (r.created, r.person.key))
    small, big, cut = 1051, 51234567001, finalize.at(2023, 7, 1)
    for r in hs:
        if r.created < cut:
            small += rng.randint(1, 37)
            r.rid = small
        else:
            big += rng.randint(50000, 4000000)
            r.rid = big
    leads = sorted((l for p in ctx.persons for l in p.sf), key=lambda l: (l.created, l.person.key))
    for l in leads:
        l.id15 = ctx.lead_ids.next15()
        l.id18 = to18(l.id15)
    tasks = sorted((t for l in leads for t in l.tasks), key=lambda t: (t.created, t.lead.id15))
    for t in tasks:
        t.id15 = ctx.task_ids.next15()
        t.id18 = to18(t.id15)
        t.who15 = rng.random() < 0.06
    return hs, leads, tasks


def _hubspot_values(r):
    """The cells writers.hubspot_file writes for one contact."""
    from .workcal import fmt_hs
    if r.mql_at is None:
        mql = ""
    elif r.mql_precision == "date":
        mql = r.mql_at.isoformat()
    else:
        mql = fmt_hs(r.mql_at)
    return [str(r.rid), r.first, r.last, r.email, r.phone, r.mobile, r.owner.name if r.owner else "",
            r.lifecycle, r.lead_status or "", r.company, r.job_title, r.country, r.orig_source, str(r.score),
            fmt_hs(r.created), mql, fmt_hs(r.last_activity) if r.last_activity else "", r.marketing_status]

"""One tile of a large benchmark world: the sample world's scenarios and background, without the
deliberately malformed rows, with extra non-touch activities so that the files have the
benchmark's proportions (per marketing contact 0.8 CRM leads and 5 activities).

bench/generate_world.py builds a few tiles with different seeds and repeats them with fresh ids
and per-copy identities. Nothing here is used by generate.py: the committed sample data does not
depend on this module."""

from datetime import timedelta

from . import finalize, scenarios, writers
from .context import AS_OF, Ctx

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
    hs, sf, tasks = finalize.assign_ids(ctx, with_malformed=False)
    return dict(
        hubspot=[writers.hubspot_values(r) for r in sorted(hs, key=lambda r: (r.created, r.rid), reverse=True)],
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



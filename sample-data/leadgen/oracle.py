"""A literal, slow re-statement of RULES.md over the ground-truth people, used to derive (and so to
check) the expected findings written to scenarios.csv.

It reads the records exactly as they are written to the CSV files (malformed rows excluded, as the
reader must reject them). It asserts that no person sits in territory RULES.md leaves open (two
CRM leads in different status buckets, mixed free-mail/company addresses, ...), so that every
expectation is unambiguous."""

import math
from datetime import date, datetime, timedelta

from .context import AS_OF, HAND_RAISE, READINESS_REASONS, SALES_SOURCES
from .identity import is_freemail
from .workcal import BERLIN, HOUR, addw, fmt_iso, local, working_days_between, wt

MQL_OR_LATER = {"Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer",
                "Evangelist"}
SYNC_GRACE = 10 * HOUR
ACCEPT_WITHIN = 24 * HOUR
CADENCE = 100 * HOUR
MIN_ATTEMPTS = 6
STALE_DAYS = 14
CONFIRM_DAYS = 30

IGNORED_ORDER = ["NO_FIRST_TOUCH", "LATE_FIRST_TOUCH", "NO_DECISION", "TOO_FEW_ATTEMPTS",
                 "SILENT_CLOSE", "STALE_OPEN"]
PREMATURE_ORDER = ["HANDOFF_BEFORE_MQL", "BELOW_THRESHOLD", "INCOMPLETE_RECORD", "UNFIT_PROFILE",
                   "REJECTED_NOT_READY"]


class Config:
    def __init__(self, name="default", business_email_only=False, min_score=None):
        self.name, self.business_email_only, self.min_score = name, business_email_only, min_score


DEFAULT = Config()
CONFIGS = [DEFAULT,
           Config("good_lead.business_email_only=true", business_email_only=True),
           Config("premature.min_score=40", min_score=40)]


class Finding:
    def __init__(self, flag, severity="", reasons=(), leads=None, precision=""):
        self.flag, self.severity, self.reasons = flag, severity, list(reasons)
        self.leads, self.precision = leads, precision
        self.mql_at = self.handoff_at = self.first_touch_at = self.hours = ""

    def key(self):
        return (self.flag, self.severity, "|".join(self.reasons),
                tuple(l.id18 for l in self.leads) if self.leads is not None else None, self.precision)


def _is_good_fit(person, cfg):
    return not (cfg.business_email_only and _freemail(person))


def _freemail(person):
    emails = [r.email for r in person.hs if r.email] + [l.email for l in _loaded(person) if l.email]
    kinds = {is_freemail(e) for e in emails}
    assert len(kinds) <= 1, "%s mixes free-mail and company addresses" % person.key
    return kinds == {True}


def _loaded(person):
    return [l for l in person.sf if not l.malformed]


def _touches(person):
    out = []
    for l in _loaded(person):
        out.extend(l.touches())
    return sorted(out, key=lambda t: t.touch_time)


def _mql(person):
    """(instant or date, precision) with precision datetime | date | missing | None (not MQL)."""
    is_mql = any(r.lifecycle in MQL_OR_LATER or r.mql_at is not None for r in person.hs)
    if not is_mql:
        return None, None
    dated = [r for r in person.hs if r.mql_at is not None]
    if not dated:
        return None, "missing"
    precs = {r.mql_precision for r in dated}
    assert len(precs) == 1, person.key
    prec = precs.pop()
    return min(r.mql_at for r in dated), prec


def _day(t):
    return t if isinstance(t, date) and not isinstance(t, datetime) else local(t).date()


def evaluate(person, cfg=DEFAULT, _date_as=None):
    """Findings of one person under cfg, and the timings of its first-touch check (or None)."""
    hs, sf = person.hs, _loaded(person)
    out = []
    timing = None
    mql_at, prec = _mql(person)
    if _date_as is not None and prec == "date":
        # robustness probe: the same rules with the date read as a time of that day
        d = mql_at
        mql_at = datetime(d.year, d.month, d.day, *_date_as, tzinfo=BERLIN)
        prec = "datetime"
    is_mql = prec is not None
    handoff = [l for l in sf if l.owner.is_person]
    touches = _touches(person)

    # sales-sourced
    sales = any(l.source in SALES_SOURCES for l in sf)
    if mql_at is not None and touches:
        if prec == "date":
            sales = sales or any(_day(t.touch_time) < mql_at for t in touches)
        else:
            sales = sales or any(t.touch_time < mql_at for t in touches)
    if sales and sf:
        out.append(Finding("SALES_SOURCED", leads=sf))

    handoff_at = min(l.handoff_at for l in handoff) if handoff else None
    buckets = {l.bucket for l in handoff}
    assert len(buckets) <= 1, "%s: hand-off leads in different buckets" % person.key
    bucket = buckets.pop() if buckets else None
    closed = [l for l in handoff if l.bucket == "CLOSED"]

    # IGNORED_GOOD_LEAD / PENDING
    if hs and is_mql and handoff and not sales and _is_good_fit(person, cfg):
        hr = {l.source in HAND_RAISE for l in handoff}
        assert len(hr) == 1, person.key
        W = (1 if hr.pop() else 8) * HOUR
        after = [t for t in touches if t.touch_time >= handoff_at]
        first = after[0] if after else None
        silent = bool(closed) and any(not l.reason for l in closed)
        reasons = []
        f = Finding("IGNORED_GOOD_LEAD", leads=sf, precision=prec)
        if prec == "missing":
            if bucket == "CLOSED" and silent:
                reasons.append("SILENT_CLOSE")
        elif prec == "datetime":
            T0 = max(mql_at, handoff_at)
            if first is None and wt(T0, AS_OF) >= W:
                reasons.append("NO_FIRST_TOUCH")
            if first is not None and wt(T0, first.touch_time) > W:
                reasons.append("LATE_FIRST_TOUCH")
            if bucket == "NEW" and wt(T0, AS_OF) >= ACCEPT_WITHIN:
                reasons.append("NO_DECISION")
            if bucket == "CLOSED":
                end = addw(T0, CADENCE)
                if sum(1 for t in after if t.touch_time <= end) < MIN_ATTEMPTS:
                    reasons.append("TOO_FEW_ATTEMPTS")
                if silent:
                    reasons.append("SILENT_CLOSE")
            if bucket in ("NEW", "WORKING"):
                latest = max([T0] + [t.touch_time for t in after])
                if AS_OF - latest >= timedelta(days=STALE_DAYS):
                    reasons.append("STALE_OPEN")
            pending = not reasons and first is None and wt(T0, AS_OF) < W
            f.mql_at, f.handoff_at = fmt_iso(mql_at), fmt_iso(handoff_at)
            if first is not None:
                f.first_touch_at = fmt_iso(first.touch_time)
                f.hours = "%.2f" % (wt(T0, first.touch_time) / HOUR)
        else:  # date precision: whole working days
            d0 = max(mql_at, _day(handoff_at))
            wd = math.ceil(W / (10 * HOUR))
            asof_d = _day(AS_OF)
            if first is None and working_days_between(d0, asof_d) >= wd:
                reasons.append("NO_FIRST_TOUCH")
            if first is not None and working_days_between(d0, _day(first.touch_time)) > wd:
                reasons.append("LATE_FIRST_TOUCH")
            if bucket == "NEW" and working_days_between(d0, asof_d) >= math.ceil(ACCEPT_WITHIN / (10 * HOUR)):
                reasons.append("NO_DECISION")
            if bucket == "CLOSED":
                if sum(1 for t in after if working_days_between(d0, _day(t.touch_time)) <= 10) < MIN_ATTEMPTS:
                    reasons.append("TOO_FEW_ATTEMPTS")
                if silent:
                    reasons.append("SILENT_CLOSE")
            if bucket in ("NEW", "WORKING"):
                latest = max([d0] + [_day(t.touch_time) for t in after])
                if (asof_d - latest).days >= STALE_DAYS:
                    reasons.append("STALE_OPEN")
            pending = not reasons and first is None and working_days_between(d0, asof_d) < wd
            f.mql_at, f.handoff_at = mql_at.isoformat(), fmt_iso(handoff_at)
            if first is not None:
                f.first_touch_at = fmt_iso(first.touch_time)
        if prec == "missing":
            pending = False
            f.handoff_at = fmt_iso(handoff_at)
            if first is not None:
                f.first_touch_at = fmt_iso(first.touch_time)
        timing = f
        if reasons:
            f.reasons = [r for r in IGNORED_ORDER if r in reasons]
            f.severity = "BREACH" if f.reasons == ["LATE_FIRST_TOUCH"] else "IGNORED"
            out.append(f)
        elif pending:
            f.flag, f.severity = "PENDING", ""
            out.append(f)

    # PREMATURE_HANDOFF
    if hs and handoff and not sales:
        reasons = []
        if not is_mql:
            reasons.append("HANDOFF_BEFORE_MQL")
        elif prec == "datetime" and handoff_at < mql_at and wt(handoff_at, mql_at) > SYNC_GRACE:
            reasons.append("HANDOFF_BEFORE_MQL")
        elif prec == "date" and working_days_between(_day(handoff_at), mql_at) > 1:
            reasons.append("HANDOFF_BEFORE_MQL")
        if cfg.min_score is not None:
            scores = [r.score for r in hs if r.score != ""]
            if scores and max(scores) < cfg.min_score:
                reasons.append("BELOW_THRESHOLD")
        m_incomplete = _incomplete(hs)
        c_incomplete = _incomplete(sf)
        assert m_incomplete == c_incomplete, "%s: incomplete on one side only" % person.key
        if m_incomplete:
            reasons.append("INCOMPLETE_RECORD")
        if cfg.business_email_only and _freemail(person):
            reasons.append("UNFIT_PROFILE")
        for l in closed:
            if l.reason in READINESS_REASONS and l.last_modified - l.handoff_at <= timedelta(days=CONFIRM_DAYS) \
                    and any(l.handoff_at <= t.touch_time <= l.last_modified for t in touches):
                reasons.append("REJECTED_NOT_READY")
                break
        if reasons:
            reasons = [r for r in PREMATURE_ORDER if r in reasons]
            sev = "CONFIRMED" if "REJECTED_NOT_READY" in reasons else "SUSPECTED"
            out.append(Finding("PREMATURE_HANDOFF", sev, reasons, sf))

    ignored = [f for f in out if f.flag == "IGNORED_GOOD_LEAD"]
    confirmed = [f for f in out if f.flag == "PREMATURE_HANDOFF" and f.severity == "CONFIRMED"]
    assert not (ignored and confirmed), "%s: ignored and confirmed premature" % person.key

    # LEAKED_MQL
    if hs and prec in ("datetime", "date") and not sf:
        if prec == "datetime":
            leaked = wt(mql_at, AS_OF) >= SYNC_GRACE
        else:
            leaked = working_days_between(mql_at, _day(AS_OF)) >= 1
        if leaked:
            f = Finding("LEAKED_MQL", leads=[], precision=prec)
            f.mql_at = fmt_iso(mql_at) if prec == "datetime" else mql_at.isoformat()
            out.append(f)

    # DUPLICATE_WORK
    active = [l for l in sf if l.bucket != "CLOSED" or l.touches()]
    if len({l.owner.id18 for l in active}) >= 2:
        out.append(Finding("DUPLICATE_WORK", leads=active))

    # STATUS_DRIFT
    stages = {r.lifecycle for r in hs}
    if (stages & {"Opportunity", "Customer"} and any(l.bucket == "NEW" for l in sf)) or \
            (stages & {"Lead", "Marketing Qualified Lead"} and any(l.bucket == "CONVERTED" for l in sf)):
        out.append(Finding("STATUS_DRIFT", leads=sf))

    # REJECTED_WITHOUT_REASON, one per lead
    for l in sf:
        if l.bucket == "CLOSED" and not l.reason:
            out.append(Finding("REJECTED_WITHOUT_REASON", leads=[l]))
    return out, timing


def _incomplete(records):
    if not records:
        return False
    company = any(r.company for r in records)
    contact = any(r.email or r.phone or r.mobile for r in records)
    return not company or not contact


def check_date_robustness(person):
    """Date-only mql_at must give the same reasons whether read as 00:00 or 23:59 of that day."""
    base = [f.key()[:3] for f in evaluate(person)[0] if f.flag in ("IGNORED_GOOD_LEAD", "PENDING")]
    for hm in ((0, 0), (23, 59)):
        probe = [f.key()[:3] for f in evaluate(person, _date_as=hm)[0]
                 if f.flag in ("IGNORED_GOOD_LEAD", "PENDING")]
        assert [b[2] for b in base] == [p[2] for p in probe], (person.key, base, probe, hm)

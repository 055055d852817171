"""Ground-truth files: scenarios.csv (expected findings), expected-people.csv (who is who),
expected-rejects.csv (rows a reader must reject)."""

from collections import Counter

from . import oracle
from .expect import CONFIG_EXPECT, EXPECT
from .writers import minimal_row

SCENARIO_HEADER = ["scenario", "config", "person", "hubspot_record_ids", "salesforce_lead_ids", "matched_on",
                   "flag", "severity", "reasons", "precision", "mql_at", "handoff_at", "first_touch_at",
                   "working_hours_to_first_touch", "note"]


def _triples(findings):
    return sorted((f.flag, f.severity, "|".join(f.reasons)) for f in findings)


def _rows(p, cfg, findings, timing):
    hs_ids = "|".join(str(r.rid) for r in p.hs)
    all_leads = [l for l in p.sf if not l.malformed]
    t = timing
    base = dict(scenario=p.scenario, config=cfg.name, person=p.key, hubspot_record_ids=hs_ids,
                matched_on=p.matched_on, note=p.note,
                mql_at=t.mql_at if t else "", handoff_at=t.handoff_at if t else "",
                first_touch_at=t.first_touch_at if t else "", working_hours_to_first_touch=t.hours if t else "",
                precision=t.precision if t else "")
    out = []
    for f in findings or [None]:
        row = dict(base)
        if f is None:
            row.update(flag="NONE", severity="", reasons="",
                       salesforce_lead_ids="|".join(l.id18 for l in all_leads))
        else:
            leads = f.leads if f.leads is not None else all_leads
            row.update(flag=f.flag, severity=f.severity, reasons="|".join(f.reasons),
                       salesforce_lead_ids="|".join(l.id18 for l in leads))
            if f.flag == "LEAKED_MQL":
                row.update(mql_at=f.mql_at, precision=f.precision)
            if f.flag not in ("IGNORED_GOOD_LEAD", "PENDING", "LEAKED_MQL"):
                row["precision"] = ""
        out.append(row)
    order = ["IGNORED_GOOD_LEAD", "PENDING", "PREMATURE_HANDOFF", "LEAKED_MQL", "DUPLICATE_WORK", "STATUS_DRIFT",
             "REJECTED_WITHOUT_REASON", "SALES_SOURCED", "NONE"]
    out.sort(key=lambda r: (order.index(r["flag"]), r["salesforce_lead_ids"]))
    return out


def expected_findings(persons):
    """Rows for scenarios.csv; raises when a person's findings differ from its scenario's design."""
    rows, problems = [], []
    order = []
    for p in persons:
        if p.scenario not in order:
            order.append(p.scenario)
    by_scenario = {s: [p for p in persons if p.scenario == s] for s in order}
    changed = {c.name: Counter() for c in oracle.CONFIGS[1:]}
    for s in order:
        if s == "malformed_row":
            continue
        for p in by_scenario[s]:
            if any(r.mql_precision == "date" for r in p.hs):
                oracle.check_date_robustness(p)
            found, timing = oracle.evaluate(p)
            if _triples(found) != sorted(EXPECT[s]):
                problems.append("%s %s: expected %s, oracle says %s" % (s, p.key, sorted(EXPECT[s]), _triples(found)))
            rows.extend(_rows(p, oracle.DEFAULT, found, timing))
            for cfg in oracle.CONFIGS[1:]:
                f2, t2 = oracle.evaluate(p, cfg)
                if _triples(f2) != _triples(found):
                    changed[cfg.name][s] += 1
                    want = CONFIG_EXPECT.get(cfg.name, {}).get(s)
                    if want is not None and _triples(f2) != sorted(want):
                        problems.append("%s %s under %s: expected %s, oracle says %s"
                                        % (s, p.key, cfg.name, sorted(want), _triples(f2)))
                    rows.extend(_rows(p, cfg, f2, t2))
                elif s in CONFIG_EXPECT.get(cfg.name, {}):
                    problems.append("%s %s: no change under %s" % (s, p.key, cfg.name))
    if problems:
        raise SystemExit("scenario check failed:\n  " + "\n  ".join(problems))
    # a min_score must flag exactly the below-threshold scenario
    assert set(changed["premature.min_score=40"]) == {"below_threshold"}, changed
    return rows


def scenarios_csv(rows):
    out = [minimal_row(SCENARIO_HEADER)]
    for r in rows:
        out.append(minimal_row([r[k] for k in SCENARIO_HEADER]))
    return "".join(out)


def people_csv(persons):
    out = [minimal_row(["person", "scenario", "source", "record_id", "matched_on"])]
    for p in persons:
        for r in p.hs:
            out.append(minimal_row([p.key, p.scenario, "hubspot", str(r.rid), p.matched_on]))
        for l in p.sf:
            if not l.malformed:
                out.append(minimal_row([p.key, p.scenario, "salesforce", l.id18, p.matched_on]))
    return "".join(out)


REASONS = {
    "text_after_quote": "text after a closing quote: the Company cell is written \"Acme\" Corp "
                        "(should be \"\"\"Acme\"\" Corp\"); strict quoting rejects the row",
    "nul": "NUL bytes (0x00) inside the Subject field: binary corruption, not text",
    "unterminated_quote": "unterminated quote: the Subject opens a quote that is never closed, so the "
                          "field would run to the end of the file; the row (the last one) is lost",
    "field_count": "17 fields where the header has 16: an unquoted ';' inside the company name "
                   "(\"Becker; Söhne GmbH\", hand-edited after the Excel save)",
}


def rejects(lf, tf, de):
    out = []
    for name, f, tag in (("salesforce-leads.csv", lf, "text_after_quote"), ("salesforce-tasks.csv", tf, "nul"),
                         ("salesforce-tasks.csv", tf, "unterminated_quote"),
                         ("german-excel/salesforce-leads-report.csv", de.report, "field_count")):
        line, record = f.marks[tag]
        out.append((name, line, record, tag, REASONS[tag]))
    return out


def rejects_csv(rejects):
    out = [minimal_row(["file", "line", "record", "kind", "reason"])]
    for r in rejects:
        out.append(minimal_row([str(v) for v in r]))
    return "".join(out)

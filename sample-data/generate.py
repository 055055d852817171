#!/usr/bin/env python3
"""Regenerate leadrecon's sample data (deterministic: same bytes on every run).

    python3 sample-data/generate.py

Writes, next to this script: hubspot-contacts.csv, salesforce-leads.csv, salesforce-tasks.csv,
scenarios.csv, expected-people.csv, expected-rejects.csv, README.md and german-excel/*. Python 3.11
standard library only. See README.md for what the files contain."""

import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from leadgen import finalize, german, readme, roundtrip, scenarios, truth, writers  # noqa: E402
from leadgen.context import Ctx  # noqa: E402

SEED = 20261127
HUBSPOT_ROWS, LEAD_ROWS = 2000, 1500
BACKGROUND_IN_TIME = 950


def write(path, text, encoding="utf-8"):
    with open(os.path.join(HERE, path), "w", encoding=encoding, newline="") as f:
        f.write(text)


def main():
    ctx = Ctx(SEED)
    scenarios.build(ctx)
    hs_n = sum(len(p.hs) for p in ctx.persons)
    sf_n = sum(len(p.sf) for p in ctx.persons)
    scenarios.build_background(ctx, BACKGROUND_IN_TIME,
                               n_inquiry=HUBSPOT_ROWS - hs_n - BACKGROUND_IN_TIME,
                               n_crm_only=LEAD_ROWS - sf_n - BACKGROUND_IN_TIME - 1)
    finalize.add_malformed(ctx)
    finalize.derive_hubspot(ctx)
    hs, leads, tasks = finalize.assign_ids(ctx)

    rows = truth.expected_findings(ctx.persons)          # runs the oracle and checks EXPECT
    hub = writers.hubspot_file(hs)
    lf = writers.leads_file(leads)
    tf = writers.tasks_file(tasks)
    write("hubspot-contacts.csv", hub.text())
    write("salesforce-leads.csv", lf.text())
    write("salesforce-tasks.csv", tf.text())
    write("scenarios.csv", truth.scenarios_csv(rows))
    write("expected-people.csv", truth.people_csv(ctx.persons))

    os.makedirs(os.path.join(HERE, "german-excel"), exist_ok=True)
    de = german.build(SEED + 1000)
    write("german-excel/salesforce-leads-report.csv", de.report.text(), encoding="cp1252")
    write("german-excel/hubspot-kontakte.csv", "\ufeff" + de.hubspot.text())
    write("german-excel/expected-people.csv", de.people_csv)

    rejects = truth.rejects(lf, tf, de)
    write("expected-rejects.csv", truth.rejects_csv(rejects))
    write("README.md", readme.render(ctx, rows, hub, lf, tf, de, rejects))
    checked = roundtrip.check(HERE)                      # re-read the files and re-derive scenarios.csv
    print("scenarios.csv re-derived from the written files for %d person/config pairs" % checked)
    for name, f in (("hubspot-contacts.csv", hub), ("salesforce-leads.csv", lf), ("salesforce-tasks.csv", tf),
                    ("german-excel/salesforce-leads-report.csv", de.report),
                    ("german-excel/hubspot-kontakte.csv", de.hubspot)):
        size = os.path.getsize(os.path.join(HERE, name))
        assert size < 2 * 1024 * 1024, name
        print("%-45s %5d records %8d bytes" % (name, f.records, size))


if __name__ == "__main__":
    main()

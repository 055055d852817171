"""Re-read the written files, as a pipeline would, and re-derive scenarios.csv from them.

This proves that what the files say (UTC and local timestamps, 15/18-character ids, status
labels, empty cells) carries the findings scenarios.csv promises; the people come from
expected-people.csv instead of a linker."""

import csv
import os
from datetime import date, datetime

from . import oracle, truth
from .context import AS_OF
from .sfid import to18
from .workcal import BERLIN, UTC

STATUS_BUCKET = {"Open - Not Contacted": "NEW", "Working - Contacted": "WORKING",
                 "Closed - Converted": "CONVERTED", "Closed - Not Converted": "CLOSED"}
COMPARED = ["flag", "severity", "reasons", "salesforce_lead_ids", "precision", "mql_at", "handoff_at",
            "first_touch_at", "working_hours_to_first_touch", "hubspot_record_ids"]


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Owner:
    def __init__(self, id18):
        self.id18, self.is_person = id18, id18.startswith("005")


class Lead(Obj):
    def touches(self):
        return sorted((t for t in self.tasks if t.status == "Completed" and t.type in ("Call", "Email", "Meeting")),
                      key=lambda t: t.touch_time)


def _sf_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.000+0000").replace(tzinfo=UTC) if s else None


def _hs_time(s):
    if not s:
        return None, None
    if len(s) == 10:
        return date.fromisoformat(s), "date"
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN).astimezone(UTC), "datetime"


def _records(path, skip=()):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r for i, r in enumerate(rows, start=1) if i not in skip]


def check(here):
    rejected = {}
    for r in _records(os.path.join(here, "expected-rejects.csv")):
        rejected.setdefault(r["file"], set()).add(int(r["record"]))
    hs = {}
    for r in _records(os.path.join(here, "hubspot-contacts.csv")):
        mql, prec = _hs_time(r["Became a Marketing Qualified Lead Date"])
        hs[r["Record ID"]] = Obj(rid=int(r["Record ID"]), lifecycle=r["Lifecycle Stage"], mql_at=mql,
                                 mql_precision=prec, score=int(r["HubSpot Score"]), email=r["Email"],
                                 phone=r["Phone Number"], mobile=r["Mobile Phone Number"], company=r["Company Name"])
    for r in _records(os.path.join(here, "hubspot-contacts.csv")):
        created, _ = _hs_time(r["Create Date"])
        mql, prec = _hs_time(r["Became a Marketing Qualified Lead Date"])
        assert created <= AS_OF and (prec != "datetime" or created <= mql <= AS_OF), r["Record ID"]
    leads = {}
    for r in _records(os.path.join(here, "salesforce-leads.csv"), rejected.get("salesforce-leads.csv", ())):
        created, assigned = _sf_time(r["CreatedDate"]), _sf_time(r["Owner_Assigned_Date__c"])
        assert len(r["Id"]) == 18 and to18(r["Id"][:15]) == r["Id"], r["Id"]
        assert created <= _sf_time(r["LastModifiedDate"]) <= AS_OF, r["Id"]
        assert (r["IsConverted"] == "true") == bool(r["ConvertedDate"]) == (r["Status"] == "Closed - Converted")
        assert bool(assigned) == r["OwnerId"].startswith("005") and (assigned is None or assigned >= created)
        leads[r["Id"]] = Lead(id18=r["Id"], owner=Owner(r["OwnerId"]), created=created,
                              handoff_at=assigned or created, bucket=STATUS_BUCKET[r["Status"]],
                              source=r["LeadSource"], reason=r["Unqualified_Reason__c"],
                              last_modified=_sf_time(r["LastModifiedDate"]), email=r["Email"], phone=r["Phone"],
                              mobile=r["MobilePhone"], company=r["Company"], malformed=None, tasks=[])
    short = 0
    for r in _records(os.path.join(here, "salesforce-tasks.csv"), rejected.get("salesforce-tasks.csv", ())):
        who = r["WhoId"]
        if len(who) == 15:
            who, short = to18(who), short + 1
        completed, created = _sf_time(r["CompletedDateTime"]), _sf_time(r["CreatedDate"])
        assert created <= AS_OF and (completed is None or completed <= AS_OF), r["Id"]
        leads[who].tasks.append(Obj(status=r["Status"], type=r["Type"], touch_time=completed or created))
    assert short > 0

    people = {}
    for r in _records(os.path.join(here, "expected-people.csv")):
        p = people.setdefault(r["person"], Obj(key=r["person"], scenario=r["scenario"], matched_on=r["matched_on"],
                                              note="", hs=[], sf=[]))
        (p.hs if r["source"] == "hubspot" else p.sf).append(
            hs[r["record_id"]] if r["source"] == "hubspot" else leads[r["record_id"]])
    assert sum(len(p.hs) for p in people.values()) == len(hs)
    assert sum(len(p.sf) for p in people.values()) == len(leads)

    expected = {}
    for r in _records(os.path.join(here, "scenarios.csv")):
        expected.setdefault((r["person"], r["config"]), []).append(tuple(r[k] for k in COMPARED))
    seen = 0
    for (key, cfg_name), want in expected.items():
        cfg = next(c for c in oracle.CONFIGS if c.name == cfg_name)
        found, timing = oracle.evaluate(people[key], cfg)
        got = [tuple(r[k] for k in COMPARED) for r in truth._rows(people[key], cfg, found, timing)]
        assert sorted(got) == sorted(want), (key, cfg_name, got, want)
        seen += 1
    assert {k for k, c in expected if c == "default"} == set(people)
    return seen

"""sample-data/README.md, rendered from the generated data so that counts and line numbers can
never drift from the files. Edit the text here, not in README.md."""

from collections import Counter, OrderedDict
from string import Template

DESCRIBE = OrderedDict([
    ("touched_in_time", "Background: MQL synced to a rep, first touch inside the window, then converted, "
                        "closed properly (6+ touches, a non-readiness reason) or still worked (touch in the last 10 days)."),
    ("email_differs_name_company", "Clean hand-off; the lead's e-mail is on a group domain and there is no phone: "
                                   "links only on name + company (legal form written differently)."),
    ("email_differs_phone_only", "Clean hand-off; different e-mail, different company (new employer), first name "
                                 "abbreviated/nickname: links only on the phone (formats differ)."),
    ("swapped_first_last", "Clean hand-off; first and last name swapped in Salesforce."),
    ("hubspot_duplicate_contacts", "Clean hand-off; the person has two HubSpot contacts (gmail dot/+tag variant or a case "
                                   "variant from an import), one Subscriber/Lead, one MQL."),
    ("duplicate_work", "Two open, touched leads of one person under two different reps (two HubSpot contacts synced "
                       "separately, or a second lead keyed in by hand)."),
    ("duplicate_same_owner", "Two leads of one person, same rep: not DUPLICATE_WORK."),
    ("routed_via_queue_in_time", "Lead created in a queue, assigned to a rep 1.2-1.8 working days later "
                                 "(Owner_Assigned_Date__c), touched within the window after the assignment: routing "
                                 "delay, not a follow-up failure. Needs Owner_Assigned_Date__c mapped to owner_assigned_at."),
    ("calendar_weekend_in_time", "Hand-raiser handed off Fri 17:40, touched Mon 08:10 (30 working minutes)."),
    ("calendar_mql_on_weekend", "Form sent Saturday 11:00, touched Monday 08:40 (40 working minutes)."),
    ("calendar_dst_in_time", "Across the DST switch of 25.10.2026: Fri 17:40 CEST -> Mon 08:10 CET (hand-raise, "
                             "30 min) and Fri 16:30 -> Mon 13:00 (default, 6.5 h)."),
    ("calendar_buss_und_bettag_late", "Hand-off Wed 18.11.2026 09:00 (Buss- und Bettag: holiday in Saxony, working day "
                                      "in Berlin), first touch Thu 08:30 = 9.5 working hours against 1."),
    ("calendar_weekend_late", "Hand-off Fri 14:00, first touch Mon 15:00 = 11 working hours against 8."),
    ("handoff_within_sync_grace", "Lead created 2 working hours before the MQL date (sync ran first): inside the "
                                  "1-working-day grace, not premature."),
    ("late_first_touch_handraise", "Hand-raiser first touched 3-5 working hours after hand-off (window 1 h)."),
    ("late_first_touch_default", "Default source first touched 11-20 working hours after hand-off (window 8 h)."),
    ("late_and_stale", "Late first touch, then nothing for 14+ days: severity IGNORED because LATE is not alone."),
    ("no_first_touch_only", "No touch; status Working set without any logged activity, or a hand-raiser since "
                            "Thursday morning (< 24 working hours, so no NO_DECISION yet) with only an open task."),
    ("no_touch_no_decision", "No touch, status still new, 4-11 days old (not yet stale)."),
    ("ignored_untouched_stale", "The classic ignored lead: no touch, never accepted, 17+ days old. Some carry an "
                                "open (not completed) call task or a HubSpot marketing-e-mail task: neither is a touch."),
    ("no_decision_only", "Touched in time, but status still Open - Not Contacted after 24+ working hours."),
    ("too_few_attempts", "Closed with a (non-readiness) reason after 1-4 touches."),
    ("silent_close", "6+ touches in 10 working days, then closed with an empty close reason."),
    ("too_few_and_silent", "1-2 touches, closed with an empty close reason."),
    ("rejected_before_contact", "Closed with a reason without a single touch."),
    ("stale_open_only", "Touched in time, still Working, last touch 17+ days before as_of."),
    ("pending_handraise", "Hand-raiser handed off at 17:20-17:40 on as_of day: window not elapsed."),
    ("pending_default", "Handed off at 12:00-12:35 on as_of day: 8-hour window not elapsed."),
    ("handoff_before_mql_never_mql", "HubSpot lifecycle Lead (never MQL), yet a lead owned by a rep exists."),
    ("handoff_before_mql_then_mql", "Lead created 2.5-4.5 working days before the MQL date; worked properly after it."),
    ("handoff_before_mql_confirmed", "Never MQL; worked (2-3 touches) and closed as not ready within 30 days."),
    ("ignored_and_premature_before_mql", "Handed off before MQL and then ignored: IGNORED plus SUSPECTED premature."),
    ("below_threshold", "MQL via demo request with HubSpot Score 12-35, worked properly: a finding only when "
                        "premature.min_score is 40."),
    ("incomplete_record_company", "No company on either side; worked properly."),
    ("incomplete_record_contact", "Trade-show list: name and company only, no e-mail, no phone on either side; links "
                                  "on name + company."),
    ("ignored_and_premature_incomplete", "No company and never touched: IGNORED plus SUSPECTED premature."),
    ("unfit_profile_freemail", "Free-mail address, worked properly: a finding only with good_lead.business_email_only."),
    ("rejected_not_ready", "Worked properly (first touch in time, 6+ touches), closed within 30 days as Bad timing / "
                           "No budget / Just researching / Kein Bedarf / Zu früh."),
    ("closed_not_ready_after_window", "Same, but closed 36-44 days after the hand-off: outside the confirm window."),
    ("leaked_mql", "MQL with a date and no Salesforce lead at all, at least 1 working day old."),
    ("mql_within_sync_grace", "MQL at 10:00-10:29 on as_of day, no lead yet: inside the sync grace."),
    ("status_drift_marketing_ahead", "HubSpot Customer/Opportunity; the new lead (touched in time, < 24 working hours "
                                     "old) is still Open - Not Contacted."),
    ("status_drift_crm_ahead", "Converted in Salesforce; HubSpot still Marketing Qualified Lead."),
    ("sales_sourced_touch_before_mql", "Rep created and called the lead before marketing qualified the contact."),
    ("sales_sourced_lead_source", "Lead source Cold Call / Outbound / Partner Referral / Kaltakquise; the contact is "
                                  "also an MQL in HubSpot."),
    ("crm_only_sales_lead", "Background: leads sales created itself, no HubSpot contact."),
    ("rejected_without_reason_crm_only", "Sales-created lead closed with an empty close reason (not a good lead)."),
    ("queue_owned", "MQL whose lead is still owned by a queue (00G...): no hand-off to a person, so no "
                    "IGNORED finding however old."),
    ("mql_no_date_untouched", "Lifecycle MQL but no MQL date; lead never touched: time-window rules are not evaluated."),
    ("mql_no_date_no_crm", "Lifecycle MQL but no MQL date, no lead: not LEAKED_MQL (needs a known mql_at)."),
    ("mql_no_date_silent_close", "Lifecycle MQL but no MQL date; closed without reason after 6+ touches: only "
                                 "SILENT_CLOSE (no clock needed), precision missing."),
    ("date_only_mql_untouched", "MQL date without a time (legacy import, `2026-11-02`), never touched: precision date."),
    ("date_only_mql_touched_same_day", "Date-only MQL date, touched the same day: no finding."),
    ("date_only_mql_late", "Date-only MQL date, first touch 5 working days later: precision date."),
    ("inquiry_only", "Background: subscribers and leads, never MQL, no Salesforce lead."),
])


def _table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return "\n".join(out)


def render(ctx, rows, hub, lf, tf, de, rejects):
    persons = Counter(p.scenario for p in ctx.persons if p.scenario != "malformed_row")
    expected = OrderedDict()
    for r in rows:
        if r["config"] != "default":
            continue
        s = expected.setdefault(r["scenario"], [])
        label = r["flag"] + ("/" + r["severity"] if r["severity"] else "") + (" " + r["reasons"] if r["reasons"] else "")
        if r["precision"] in ("date", "missing"):
            label += " (precision %s)" % r["precision"]
        if label not in s:
            s.append(label)
    missing = [s for s in expected if s not in DESCRIBE]
    assert not missing, missing
    scen_rows = [("`%s`" % s, persons[s], "<br>".join(expected[s]), DESCRIBE[s]) for s in DESCRIBE if s in expected]
    cfg_rows = Counter((r["config"], r["scenario"]) for r in rows if r["config"] != "default")
    cfg_persons = Counter()
    seen = set()
    for r in rows:
        if r["config"] != "default" and (r["config"], r["person"]) not in seen:
            seen.add((r["config"], r["person"]))
            cfg_persons[r["config"]] += 1
    flag_counts = Counter(r["flag"] for r in rows if r["config"] == "default")
    tasks_15 = sum(1 for l in ctx.persons for x in l.sf for t in x.tasks if t.who15)
    reject_rows = [("`%s`" % f, line, rec, reason) for f, line, rec, kind, reason in rejects]
    return Template(TEMPLATE).substitute(
        hub_records=hub.records, lead_records=lf.records, task_records=tf.records,
        hub_lines=hub.lines - 1, lead_lines=lf.lines - 1, task_lines=tf.lines - 1,
        de_report=de.report.records, de_hub=de.hubspot.records,
        de_linked=de.counts["linked"], de_hs_only=de.counts["hs_only"], de_sf_only=de.counts["sf_only"],
        tasks_15=tasks_15, de_mangled="`, `".join(de.mangled),
        scenario_table=_table(["scenario", "people", "expected (default config)", "what it is"], scen_rows),
        flag_table=_table(["flag", "rows"], sorted(flag_counts.items())),
        cfg_bt=cfg_persons["premature.min_score=40"],
        cfg_fm=cfg_persons["good_lead.business_email_only=true"],
        reject_table=_table(["file", "physical line", "record", "why it must be rejected"], reject_rows),
    )


TEMPLATE = r"""# Sample data

Small, realistic exports of a fictional German B2B software vendor (HubSpot for marketing,
Salesforce for sales), made by `generate.py`. Every person, company, address and number is
invented. The default pipeline runs on these files; tests compare its findings with
`scenarios.csv`.

**This file is generated**: edit `leadgen/readme.py`, then run the generator.

```
python3 sample-data/generate.py      # Python 3.11, standard library only; ~3 s
```

The generator is deterministic (fixed seed 20261127, no dependence on hash order or the clock):
every run writes the same bytes. It checks itself before writing: a literal re-statement of
RULES.md (`leadgen/oracle.py`) evaluates every person, and the run stops if any person's findings
differ from what its scenario was designed to produce (`leadgen/expect.py`).

## as_of and calendar

All scenarios are placed against **as_of = 2026-11-27T18:00:00+01:00** (Friday, Europe/Berlin)
and the default SLAs: working time Mon-Fri 08:00-18:00 Europe/Berlin with the Berlin public
holidays (none falls on a weekday in October/November 2026: 3.10. is a Saturday; Reformation Day
31.10. and Buss- und Bettag 18.11. are not holidays in Berlin); hand-raise sources "Demo Request",
"Contact Us", "Pricing", "Kontaktformular" get 1 working hour for the first touch, every other
source 8; accept within 24 working hours; 6 attempts within 10 working days; stale after 14
calendar days; confirm window 30 calendar days; sync grace 1 working day (10 working hours).
Clocks went back on 25.10.2026 (CEST -> CET). Outside the calendar scenarios every timestamp a
scenario depends on is a plain weekday working-hour time, and margins are wide (a late touch is
hours late, a pending lead is hours from its deadline).

## Files

| file | what | records |
| --- | --- | --- |
| `hubspot-contacts.csv` | HubSpot contacts export: UTF-8, `,`, LF, minimal quoting | $hub_records |
| `salesforce-leads.csv` | Salesforce Lead export, API names (Data Loader style): UTF-8, `,`, LF, every field quoted | $lead_records (one rejected) |
| `salesforce-tasks.csv` | Salesforce Task export, API names: UTF-8, `,`, LF, every field quoted | $task_records (two rejected) |
| `german-excel/salesforce-leads-report.csv` | Salesforce lead *report* export with German labels, re-saved by German Excel: Windows-1252, `;`, CRLF, 2 preamble lines, footer | $de_report (one rejected) |
| `german-excel/hubspot-kontakte.csv` | HubSpot contacts with German labels: UTF-8 with BOM, `;`, CRLF, `dd.mm.yyyy` dates | $de_hub |
| `scenarios.csv` | expected findings (truth), see below | |
| `expected-people.csv` | which records are one person (truth for the link stage) | |
| `german-excel/expected-people.csv` | the same for the German pair (18- and 15-character lead ids) | |
| `expected-rejects.csv` | the malformed rows a reader must reject, with physical line numbers | |

Records are data rows (the header is not one); quoted multi-line fields make the files longer:
$hub_lines / $lead_lines / $task_lines physical lines, header included.

### hubspot-contacts.csv

Labels as HubSpot exports them: `Record ID, First Name, Last Name, Email, Phone Number, Mobile
Phone Number, Contact owner, Lifecycle Stage, Lead Status, Company Name, Job Title,
Country/Region, Original Source, HubSpot Score, Create Date, Became a Marketing Qualified Lead
Date, Last Activity Date, Marketing contact status`. Lifecycle stages and lead statuses are the
display labels (`Marketing Qualified Lead`, `Attempted to Contact`, ...). Datetimes are
`2026-10-05 09:14` in the portal's time zone (Europe/Berlin, no offset). Record ids are numeric
and increase with the create date: contacts from before mid-2023 have small ids (4-5 digits),
later ones 11-digit ids above 2^31. A few MQL dates are date-only (`2026-11-02`: a legacy
import) and a few MQL-stage contacts have no MQL date at all. Names include umlauts, ß,
particles (von, van der, de la), titles in the first-name field (`Dr. Thomas`), double-barrelled
names, ALL CAPS and lower-case form entries; phones come in every German format
(`030 1234567`, `+49 (0)30 ...`, `0049 ...`, `(030) ...`, `030 12345-67`, `0151/...`, E.164)
with notes such as `(Büro)`.

### salesforce-leads.csv

`Id, FirstName, LastName, Email, Company, Phone, MobilePhone, Title, Country, Status, LeadSource,
Rating, OwnerId, CreatedDate, LastModifiedDate, IsConverted, ConvertedDate,
Owner_Assigned_Date__c, Unqualified_Reason__c, Description`. Ids are 18 characters (`00Q`, valid
checksum suffix) and increase with CreatedDate; datetimes are UTC
(`2026-10-05T07:14:00.000+0000`), `ConvertedDate` is a date. Status uses the default picklist
(`Open - Not Contacted`, `Working - Contacted`, `Closed - Converted`, `Closed - Not Converted`).
OwnerId is a user (`005...`) or, for a few leads, a queue (`00G...`). Two custom fields the
pipeline must map (they are org-specific, so no preset can know them):

- `Unqualified_Reason__c` -> `close_reason` (empty on a closed lead = no reason given);
- `Owner_Assigned_Date__c` -> `owner_assigned_at`: equal to CreatedDate for leads assigned on
  creation, later for leads routed through a queue, empty while a queue owns the lead.

There is no close-date column: the close instant of a closed lead is its `LastModifiedDate`
(nothing touches a closed lead afterwards). `Description` holds free-text notes, some of them
multi-line (LF or CRLF inside the quotes) and with embedded `""` quotes; company names contain
commas (`Franke, Strauß & Partner PartG mbB`) and legal forms of many countries. E-mails differ
in case from HubSpot on some leads, names are ASCII-folded (`Juergen`) or upper-cased on others.

### salesforce-tasks.csv

`Id, WhoId, OwnerId, Subject, ActivityDate, Status, Priority, Type, TaskSubtype, CallDisposition,
CreatedDate, CompletedDateTime, Description`. `WhoId` is the lead's 18-character id, except on
$tasks_15 tasks where it is the 15-character form (normalise before joining). A **touch** is a
task with `Status = Completed` and `Type` Call, Email or Meeting; it happens at
`CompletedDateTime`, or at `CreatedDate` where `CompletedDateTime` is empty (about 10 % of
touches). Tasks that are **not** touches, on purpose: open follow-ups (`Not Started`, `In
Progress`, `Deferred`), `Type = Other` notes ("Lead-Status geändert"), and tasks logged by the
`HubSpot Integration` user for marketing e-mails (empty `Type`). `ActivityDate` is the due date.

## Scenarios (default configuration)

$scenario_table

Findings in the default configuration, by flag (rows of `scenarios.csv` with config `default`):

$flag_table

`NONE` and `PENDING` are not rows of `flags.csv`: NONE means no finding for that person, PENDING
is counted in the summary. `SALES_SOURCED` is taken as a (informational) finding row for every
person whose CRM side has a sales lead source or a touch before mql_at, including sales-created
leads with no HubSpot contact.

### Other configurations

Two rules fire only when the pipeline file sets a threshold. `scenarios.csv` carries, for those
configurations, the complete findings of every person whose result changes (those rows replace the
person's `default` rows; everyone else keeps the default result):

- `premature.min_score=40` ($cfg_bt people): exactly the `below_threshold` people become
  PREMATURE_HANDOFF/SUSPECTED BELOW_THRESHOLD. Every other handed-off person has a HubSpot Score of
  45 or more.
- `good_lead.business_email_only=true` ($cfg_fm people): every handed-off, not sales-sourced person
  with a free-mail address (the `unfit_profile_freemail` ones among them) gets
  PREMATURE_HANDOFF/SUSPECTED UNFIT_PROFILE, and stops being a good lead, so its IGNORED finding or
  PENDING state disappears.

## scenarios.csv

One row per expected finding (a person with two findings has two rows; a person with none has a
`NONE` row): `scenario, config, person, hubspot_record_ids, salesforce_lead_ids, matched_on,
flag, severity, reasons, precision, mql_at, handoff_at, first_touch_at,
working_hours_to_first_touch, note`.

- Ids are `|`-separated; Salesforce ids in 18-character form. `salesforce_lead_ids` names the
  lead(s) the finding rests on (REJECTED_WITHOUT_REASON: the closed lead; DUPLICATE_WORK: the open
  or touched leads; otherwise all of the person's leads).
- `reasons` are `|`-separated in the order of the tables in RULES.md.
- `precision` (IGNORED_GOOD_LEAD, PENDING, LEAKED_MQL only): `datetime`, `date` or `missing`.
- `mql_at`, `handoff_at`, `first_touch_at`: ISO 8601 with the Berlin offset (compare instants,
  not strings); a date-only `mql_at` is written as a date. `handoff_at` is the earliest hand-off
  of the person's leads (Owner_Assigned_Date__c, else CreatedDate). `working_hours_to_first_touch`
  is measured from T0 = max(mql_at, handoff_at), for datetime precision only. These columns are
  filled for every good lead handed off to a person, whether flagged or not, so that the
  first-touch histogram can be checked too.
- `matched_on` says how the records are meant to be found: `email`, `name_company` or `phone`;
  empty for single-system people.

## Malformed rows

Each must land in `rejects.csv` with this file and physical line (1-based, counting every LF,
so a quoted multi-line field before it pushes it down), and nothing else may be lost. Multi-line
quoted fields occur before every one of them, so line and record numbers differ.

$reject_table

`record` counts data rows from 1 (the row after the header). The rejected lead is a sales-created
lead without a HubSpot contact, and both rejected tasks are not touches (a `Type = Other` note and
an open follow-up), so rejecting them changes no finding; `expected-people.csv` leaves the
rejected lead out.

## The German Excel pair

`german-excel/salesforce-leads-report.csv` is what a consultant gets when a client exports a
Salesforce lead report in German and opens and saves it in German Excel: Windows-1252 (`ä`, `ß`,
`–` in the title), `;`, CRLF; line 1 is the report title, line 2 `Stand: 27.11.2026`, line 3 the
header `Lead-Inhaber; Lead-ID; Anrede; Vorname; Nachname; Titel; Firma/Account; Lead-Quelle;
Lead-Status; E-Mail; Telefon; Mobiltelefon; Land; Erstelldatum; Letzte Aktivität; Beschreibung`;
after the data a blank line and the three footer lines (`"Grand Totals (300 records)"`, the
confidentiality line, the copyright line). Lead-IDs are 15 characters (case-sensitive), owners are
names (one queue: `DACH Inbound Queue`), `Erstelldatum` is `dd.mm.yyyy hh:mm` local time,
`Letzte Aktivität` `dd.mm.yyyy`; `Lead-Status` mostly German (`Offen - Nicht kontaktiert`,
`In Bearbeitung - Kontaktiert`, `Geschlossen - Konvertiert`, `Geschlossen - Nicht konvertiert`),
some English; `Land` in German (`Deutschland`, `Österreich`, `Schweiz`). Two mobile numbers lost
their leading zero to Excel (`$de_mangled`). Multi-line `Beschreibung` cells use CRLF inside quotes.

`german-excel/hubspot-kontakte.csv` holds the matching HubSpot contacts with German labels
(`Datensatz-ID; Vorname; Nachname; E-Mail; Telefonnummer; Kontaktinhaber; Lebenszyklusphase;
Lead-Status; Firmenname; Land/Region; Erstellungsdatum; Datum, an dem der Kontakt zu einem
Marketing-qualifizierten Lead wurde; Letzte Aktivität`), German stage and status labels
(`Marketing-qualifizierter Lead`, `Vertriebsqualifizierter Lead`, `Abonnent`, `Neu`, ...) and
date-only `dd.mm.yyyy` dates. The labels `Kontaktinhaber`, `Lebenszyklusphase`, `Lead-Status`,
the MQL-date label and the German stage/status values are unverified guesses (DOMAIN.md lists
the first three as unverified): a preset may take them as aliases, never require them.

$de_linked people are in both files (mostly by e-mail; some by name + company or by phone only;
5 have two HubSpot contacts, 4 have two leads), $de_hs_only are HubSpot-only, $de_sf_only
Salesforce-only. There is no activity export in this pair: it is an ingest and link case, and
`german-excel/expected-people.csv` is its truth.

## Interpretations the expectations rest on

RULES.md leaves a few points open; the data avoids most of them (no person has leads in two
different status buckets, or free-mail on one side and a company address on the other, or a
close reason that is both "not ready" and "too few attempts"), and takes these readings where it
cannot:

- A lead owned by a queue is no hand-off for either rule (not IGNORED, not PREMATURE); an MQL
  whose only lead sits in a queue is not LEAKED either (it has a CRM record).
- `first_touch_at`, status, hand-off and touches are per person: touches on any of the person's
  leads count; `handoff_at` is the earliest hand-off among its leads.
- INCOMPLETE_RECORD and free-mail are decided on the person: the designed cases are empty /
  free-mail on both sides.
- TOO_FEW_ATTEMPTS counts touches from the hand-off up to T0 + 10 working days; a lead closed
  with a reason but never touched is NO_FIRST_TOUCH and TOO_FEW_ATTEMPTS (`rejected_before_contact`).
- Date-only precision: the date is compared in whole working days, windows round up to one
  working day; the designed cases give the same answer whether the date is read as 00:00 or
  23:59 (the generator checks this).
- With a missing mql_at nothing that needs T0 is evaluated (no NO_FIRST_TOUCH, NO_DECISION,
  TOO_FEW_ATTEMPTS, STALE_OPEN, PENDING, HANDOFF_BEFORE_MQL by time, LEAKED_MQL); SILENT_CLOSE is.
- SALES_SOURCED is written for sales-created leads without any HubSpot contact too (their lead
  source is in `sales_sources`).
"""

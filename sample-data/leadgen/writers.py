"""CSV text of the three API-style exports. Rows are built as text so that the malformed ones can
be written exactly as broken, and so that each row's physical line number is known."""

import csv
import io

from .workcal import fmt_hs, fmt_sf

HUBSPOT_HEADER = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number",
                  "Contact owner", "Lifecycle Stage", "Lead Status", "Company Name", "Job Title",
                  "Country/Region", "Original Source", "HubSpot Score", "Create Date",
                  "Became a Marketing Qualified Lead Date", "Last Activity Date", "Marketing contact status"]
LEAD_HEADER = ["Id", "FirstName", "LastName", "Email", "Company", "Phone", "MobilePhone", "Title", "Country",
               "Status", "LeadSource", "Rating", "OwnerId", "CreatedDate", "LastModifiedDate", "IsConverted",
               "ConvertedDate", "Owner_Assigned_Date__c", "Unqualified_Reason__c", "Description"]
TASK_HEADER = ["Id", "WhoId", "OwnerId", "Subject", "ActivityDate", "Status", "Priority", "Type", "TaskSubtype",
               "CallDisposition", "CreatedDate", "CompletedDateTime", "Description"]


class TextFile:
    """Rows appended as text; remembers the physical line and record number of tagged rows."""

    def __init__(self, newline="\n"):
        self.parts, self.lines, self.records, self.newline = [], 1, 0, newline
        self.marks = {}

    def add(self, text, tag=None, is_record=True):
        if tag is not None:
            self.marks[tag] = (self.lines, self.records + 1)
        self.parts.append(text)
        self.lines += text.count("\n")
        if is_record:
            self.records += 1

    def text(self):
        return "".join(self.parts)


def minimal_row(values, delimiter=",", newline="\n"):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL).writerow(values)
    return buf.getvalue()


def quoted(v):
    return '"' + v.replace('"', '""') + '"'


def all_quoted_row(values, newline="\n"):
    return ",".join(quoted(v) for v in values) + newline


def hubspot_file(records):
    f = TextFile()
    f.add(minimal_row(HUBSPOT_HEADER), is_record=False)
    for r in sorted(records, key=lambda r: (r.created, r.rid), reverse=True):
        f.add(minimal_row(hubspot_values(r)))
    return f


def hubspot_values(r):
    """The cells of one HubSpot contact row."""
    if r.mql_at is None:
        mql = ""
    elif r.mql_precision == "date":
        mql = r.mql_at.isoformat()
    else:
        mql = fmt_hs(r.mql_at)
    return [str(r.rid), r.first, r.last, r.email, r.phone, r.mobile, r.owner.name if r.owner else "",
            r.lifecycle, r.lead_status or "", r.company, r.job_title, r.country, r.orig_source, str(r.score),
            fmt_hs(r.created), mql, fmt_hs(r.last_activity) if r.last_activity else "", r.marketing_status]


def lead_values(l):
    return [l.id18, l.first, l.last, l.email, l.company, l.phone, l.mobile, l.title, l.country, l.status,
            l.source, l.rating, l.owner.id18, fmt_sf(l.created), fmt_sf(l.last_modified),
            "true" if l.bucket == "CONVERTED" else "false",
            l.converted_date.isoformat() if l.converted_date else "",
            fmt_sf(l.assigned) if l.assigned else "", l.reason, l.description]


def leads_file(leads):
    f = TextFile()
    f.add(all_quoted_row(LEAD_HEADER), is_record=False)
    for l in leads:
        vals = lead_values(l)
        if l.malformed == "text_after_quote":
            cells = [quoted(v) for v in vals]
            cells[LEAD_HEADER.index("Company")] = '"Acme" Corp'
            f.add(",".join(cells) + "\n", tag="text_after_quote")
        else:
            f.add(all_quoted_row(vals))
    return f


def task_values(t):
    return [t.id18, t.lead.id15 if t.who15 else t.lead.id18, t.owner.id18, t.subject,
            t.activity_date.isoformat(), t.status, t.priority, t.type, t.subtype, t.disposition,
            fmt_sf(t.created), fmt_sf(t.completed) if t.completed else "", t.description]


def tasks_file(tasks):
    f = TextFile()
    f.add(all_quoted_row(TASK_HEADER), is_record=False)
    for t in tasks:
        vals = task_values(t)
        if t.malformed == "unterminated_quote":
            # appended by a script that does not quote; the subject starts with a quote character
            f.add(",".join(vals) + "\n", tag="unterminated_quote")
        elif t.malformed == "nul":
            f.add(all_quoted_row(vals), tag="nul")
        else:
            f.add(all_quoted_row(vals))
    return f

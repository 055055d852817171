"""Records of the three exports and the person they belong to.

A Person is the ground truth the linker should rediscover: every marketing record (HubSpot
contact) and CRM lead (Salesforce lead) of one human. Tasks hang off the lead they were logged on."""

from datetime import timedelta

from .workcal import local


class User:
    def __init__(self, name, id15, kind="user"):
        from .sfid import to18
        self.name, self.id15, self.id18, self.kind = name, id15, to18(id15), kind

    @property
    def is_person(self):
        return self.kind == "user"


class HsRecord:
    """A HubSpot contact. mql_at is an aware datetime (precision datetime), a date (precision
    date) or None (no date; the stage may still be MQL or later)."""

    def __init__(self, person, **kw):
        self.person = person
        self.rid = None
        self.first = self.last = self.email = self.phone = self.mobile = ""
        self.owner = None
        self.lifecycle = None          # label; None = derive from the CRM outcome
        self.lead_status = None
        self.company = self.job_title = self.country = ""
        self.orig_source = ""
        self.score = 0
        self.created = None
        self.mql_at = None
        self.mql_precision = None      # "datetime" | "date" | None
        self.last_activity = None
        self.marketing_status = "Marketing contact"
        self.__dict__.update(kw)


class Task:
    def __init__(self, lead, **kw):
        self.lead = lead
        self.id15 = self.id18 = None
        self.owner = lead.owner
        self.subject = ""
        self.activity_date = None
        self.status = "Completed"
        self.priority = "Normal"
        self.type = ""
        self.subtype = "Task"
        self.disposition = ""
        self.created = None
        self.completed = None
        self.description = ""
        self.who15 = False             # WhoId written in its 15-character form
        self.malformed = None          # "nul" | "unterminated_quote"
        self.__dict__.update(kw)

    @property
    def touch_time(self):
        return self.completed or self.created


class SfLead:
    BUCKET_STATUS = {"NEW": "Open - Not Contacted", "WORKING": "Working - Contacted",
                     "CONVERTED": "Closed - Converted", "CLOSED": "Closed - Not Converted"}

    def __init__(self, person, **kw):
        self.person = person
        self.id15 = self.id18 = None
        self.first = self.last = self.email = self.company = self.phone = self.mobile = ""
        self.title = self.country = ""
        self.bucket = "NEW"
        self.source = ""
        self.rating = ""
        self.owner = None
        self.created = None
        self.assigned = None           # Owner_Assigned_Date__c (None = empty)
        self.last_modified = None
        self.converted_date = None
        self.reason = ""
        self.description = ""
        self.tasks = []
        self.malformed = None          # "text_after_quote"
        self.__dict__.update(kw)
        if self.last_modified is None:
            self.last_modified = self.created

    @property
    def status(self):
        return self.BUCKET_STATUS[self.bucket]

    @property
    def handoff_at(self):
        return self.assigned or self.created

    def add_task(self, **kw):
        for k in ("created", "completed"):
            if kw.get(k) is not None:
                kw[k] = kw[k].replace(microsecond=0)
        t = Task(self, **kw)
        if t.activity_date is None:
            t.activity_date = local(t.touch_time).date()
        self.tasks.append(t)
        return t

    def set_status(self, bucket, t, reason=""):
        t = t.replace(microsecond=0)
        self.bucket = bucket
        self.reason = reason
        if t > self.last_modified:
            self.last_modified = t
        if bucket == "CONVERTED":
            self.converted_date = local(t).date()

    def touches(self):
        return sorted((t for t in self.tasks if is_touch(t) and not t.malformed),
                      key=lambda t: t.touch_time)


TOUCH_TYPES = ("Call", "Email", "Meeting")


def is_touch(task):
    return task.status == "Completed" and task.type in TOUCH_TYPES


class Person:
    def __init__(self, key, scenario, ident):
        self.key, self.scenario, self.ident = key, scenario, ident
        self.hs = []
        self.sf = []
        self.matched_on = ""           # how the systems' records are meant to be linked
        self.note = ""
        self.configs = {}              # extra expectations per non-default config (from oracle)

    def all_touches(self):
        out = []
        for lead in self.sf:
            out.extend(lead.touches())
        return sorted(out, key=lambda t: t.touch_time)


def minutes(n):
    return timedelta(minutes=n)

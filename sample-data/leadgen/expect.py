"""What each scenario is designed to produce under the default configuration. The oracle's
result for every person must equal its scenario's entry; generate.py stops otherwise."""

NONE = []
LATE = [("IGNORED_GOOD_LEAD", "BREACH", "LATE_FIRST_TOUCH")]
RWR = ("REJECTED_WITHOUT_REASON", "", "")
SS = ("SALES_SOURCED", "", "")

EXPECT = {
    # no finding
    "touched_in_time": NONE,
    "email_differs_name_company": NONE,
    "email_differs_phone_only": NONE,
    "swapped_first_last": NONE,
    "hubspot_duplicate_contacts": NONE,
    "duplicate_same_owner": NONE,
    "routed_via_queue_in_time": NONE,
    "calendar_weekend_in_time": NONE,
    "calendar_mql_on_weekend": NONE,
    "calendar_dst_in_time": NONE,
    "handoff_within_sync_grace": NONE,
    "below_threshold": NONE,
    "unfit_profile_freemail": NONE,
    "closed_not_ready_after_window": NONE,
    "mql_within_sync_grace": NONE,
    "queue_owned": NONE,
    "mql_no_date_untouched": NONE,
    "mql_no_date_no_crm": NONE,
    "date_only_mql_touched_same_day": NONE,
    "inquiry_only": NONE,
    # ignored good leads
    "late_first_touch_handraise": LATE,
    "late_first_touch_default": LATE,
    "calendar_buss_und_bettag_late": LATE,
    "calendar_weekend_late": LATE,
    "date_only_mql_late": LATE,
    "late_and_stale": [("IGNORED_GOOD_LEAD", "IGNORED", "LATE_FIRST_TOUCH|STALE_OPEN")],
    "no_first_touch_only": [("IGNORED_GOOD_LEAD", "IGNORED", "NO_FIRST_TOUCH")],
    "no_touch_no_decision": [("IGNORED_GOOD_LEAD", "IGNORED", "NO_FIRST_TOUCH|NO_DECISION")],
    "ignored_untouched_stale": [("IGNORED_GOOD_LEAD", "IGNORED", "NO_FIRST_TOUCH|NO_DECISION|STALE_OPEN")],
    "date_only_mql_untouched": [("IGNORED_GOOD_LEAD", "IGNORED", "NO_FIRST_TOUCH|NO_DECISION|STALE_OPEN")],
    "no_decision_only": [("IGNORED_GOOD_LEAD", "IGNORED", "NO_DECISION")],
    "too_few_attempts": [("IGNORED_GOOD_LEAD", "IGNORED", "TOO_FEW_ATTEMPTS")],
    "rejected_before_contact": [("IGNORED_GOOD_LEAD", "IGNORED", "NO_FIRST_TOUCH|TOO_FEW_ATTEMPTS")],
    "silent_close": [("IGNORED_GOOD_LEAD", "IGNORED", "SILENT_CLOSE"), RWR],
    "too_few_and_silent": [("IGNORED_GOOD_LEAD", "IGNORED", "TOO_FEW_ATTEMPTS|SILENT_CLOSE"), RWR],
    "mql_no_date_silent_close": [("IGNORED_GOOD_LEAD", "IGNORED", "SILENT_CLOSE"), RWR],
    "stale_open_only": [("IGNORED_GOOD_LEAD", "IGNORED", "STALE_OPEN")],
    "pending_handraise": [("PENDING", "", "")],
    "pending_default": [("PENDING", "", "")],
    # premature hand-offs
    "handoff_before_mql_never_mql": [("PREMATURE_HANDOFF", "SUSPECTED", "HANDOFF_BEFORE_MQL")],
    "handoff_before_mql_then_mql": [("PREMATURE_HANDOFF", "SUSPECTED", "HANDOFF_BEFORE_MQL")],
    "handoff_before_mql_confirmed": [("PREMATURE_HANDOFF", "CONFIRMED", "HANDOFF_BEFORE_MQL|REJECTED_NOT_READY")],
    "rejected_not_ready": [("PREMATURE_HANDOFF", "CONFIRMED", "REJECTED_NOT_READY")],
    "incomplete_record_company": [("PREMATURE_HANDOFF", "SUSPECTED", "INCOMPLETE_RECORD")],
    "incomplete_record_contact": [("PREMATURE_HANDOFF", "SUSPECTED", "INCOMPLETE_RECORD")],
    # both at once (suspected premature only)
    "ignored_and_premature_before_mql": [
        ("IGNORED_GOOD_LEAD", "IGNORED", "NO_FIRST_TOUCH|NO_DECISION|STALE_OPEN"),
        ("PREMATURE_HANDOFF", "SUSPECTED", "HANDOFF_BEFORE_MQL")],
    "ignored_and_premature_incomplete": [
        ("IGNORED_GOOD_LEAD", "IGNORED", "NO_FIRST_TOUCH|NO_DECISION"),
        ("PREMATURE_HANDOFF", "SUSPECTED", "INCOMPLETE_RECORD")],
    # other findings
    "leaked_mql": [("LEAKED_MQL", "", "")],
    "duplicate_work": [("DUPLICATE_WORK", "", "")],
    "status_drift_marketing_ahead": [("STATUS_DRIFT", "", "")],
    "status_drift_crm_ahead": [("STATUS_DRIFT", "", "")],
    "sales_sourced_touch_before_mql": [SS],
    "sales_sourced_lead_source": [SS],
    "crm_only_sales_lead": [SS],
    "rejected_without_reason_crm_only": [SS, RWR],
}

# Scenarios whose finding appears only under a non-default configuration.
CONFIG_EXPECT = {
    "premature.min_score=40": {
        "below_threshold": [("PREMATURE_HANDOFF", "SUSPECTED", "BELOW_THRESHOLD")],
    },
    "good_lead.business_email_only=true": {
        "unfit_profile_freemail": [("PREMATURE_HANDOFF", "SUSPECTED", "UNFIT_PROFILE")],
    },
}

import LeadreconCore
import Testing

/// A pipeline file that must be rejected: markers (`1️⃣`…) in `yaml` stand where each expected
/// diagnostic points.
struct BadPipeline: Sendable, CustomTestStringConvertible {
    let name: String
    let yaml: String
    let expected: [(marker: String, message: String)]

    init(_ name: String, _ yaml: String, _ expected: [(marker: String, message: String)]) {
        self.name = name
        self.yaml = yaml
        self.expected = expected
    }

    var testDescription: String { name }
}

private let header = PipelineFixture.header

@Suite struct PipelineErrorTests {
    static let fileLevel: [BadPipeline] = [
        BadPipeline("empty file", "1️⃣", [("1️⃣", "the file is empty; start it with 'version: 1'")]),
        BadPipeline("only comments", "1️⃣# nothing yet\n", [("1️⃣", "the file is empty; start it with 'version: 1'")]),
        BadPipeline("missing version", """
            1️⃣sources:
              - {name: hubspot, role: marketing, path: a.csv}
            """, [("1️⃣", "'version' is missing; add 'version: 1' at the top")]),
        BadPipeline("unsupported version hides the rest", """
            version: 1️⃣2
            sources: {}
            treshold: 3
            """, [("1️⃣", "unsupported version 2 (this leadrecon reads version 1)")]),
        BadPipeline("version not a number", """
            version: 1️⃣one
            sources:
              - {name: hubspot, role: marketing, path: a.csv}
            """, [("1️⃣", "expected a whole number for 'version', got 'one'")]),
        BadPipeline("top level is a list", "1️⃣- version: 1\n",
                    [("1️⃣", "expected settings such as 'version: 1' at the top of the file, got a list")]),
        BadPipeline("yaml syntax", "version: 1\nsources: [a, b\n1️⃣", [
            ("1️⃣", "yaml syntax error: did not find expected ',' or ']'"),
        ]),
        BadPipeline("duplicate key", "1️⃣version: 1\nversion: 1\n", [("1️⃣", "duplicate key 'version'")]),
        BadPipeline("unknown top-level key", header + "1️⃣calender:\n  time_zone: Europe/Berlin\n", [
            ("1️⃣", "unknown key 'calender' (did you mean 'calendar'?)"),
        ]),
        BadPipeline("unknown key far from any", header + "1️⃣colour: blue\n", [("1️⃣", "unknown key 'colour'")]),
        BadPipeline("all problems at once", header + """
            link:
              1️⃣treshold: 0.9
              max_block_size: 2️⃣many
            rules:
              good_lead: {min_score: 3️⃣high}
            """, [
            ("1️⃣", "unknown key 'treshold' (did you mean 'threshold'?)"),
            ("2️⃣", "expected a whole number for 'max_block_size', got 'many'"),
            ("3️⃣", "expected a number for 'min_score', got 'high'"),
        ]),
    ]

    static let sources: [BadPipeline] = [
        BadPipeline("sources missing", "1️⃣version: 1\nname: x\n", [
            ("1️⃣", "'sources' is missing; list the csv files to read under 'sources:'"),
        ]),
        BadPipeline("sources empty", "version: 1\nsources: 1️⃣[]\n", [
            ("1️⃣", "'sources' is empty; list at least one csv file"),
        ]),
        BadPipeline("sources not a list", "version: 1\nsources: 1️⃣hubspot\n", [
            ("1️⃣", "expected a list for 'sources', got 'hubspot'"),
        ]),
        BadPipeline("source not a mapping", "version: 1\nsources:\n  - 1️⃣hubspot.csv\n", [
            ("1️⃣", "expected a mapping for each entry of 'sources', got 'hubspot.csv'"),
        ]),
        BadPipeline("unknown role", """
            version: 1
            sources:
              - name: hubspot
                role: 1️⃣crm
                path: a.csv
            """, [("1️⃣", "unknown role 'crm' (expected one of marketing, crm_leads, crm_activities, people)")]),
        BadPipeline("role and path missing", """
            version: 1
            sources:
              - 1️⃣name: hubspot
            """, [
            ("1️⃣", "source 'hubspot' has no 'role' (expected one of marketing, crm_leads, crm_activities, people)"),
            ("1️⃣", "source 'hubspot' has no 'path'; give its csv file, relative to this pipeline file"),
        ]),
        BadPipeline("name missing and malformed", """
            version: 1
            sources:
              - 1️⃣{role: marketing, path: a.csv}
              - {name: 2️⃣Hub Spot, role: marketing, path: b.csv}
            """, [
            ("1️⃣", "source without 'name'; add one such as 'name: crm_leads'"),
            ("2️⃣", "source name 'Hub Spot' may only use a-z, 0-9, '_' and '-'"),
        ]),
        BadPipeline("duplicate source names", """
            version: 1
            sources:
              - {name: hubspot, role: marketing, path: a.csv}
              - {name: 1️⃣hubspot, role: crm_leads, path: b.csv}
            """, [("1️⃣", "duplicate source name 'hubspot' (first used on line 3)")]),
        BadPipeline("source settings", """
            version: 1
            sources:
              - name: hubspot
                role: marketing
                path: a.csv
                1️⃣delimter: ";"
                delimiter: 2️⃣":"
                encoding: 3️⃣latin-1
                date_order: 4️⃣dmy
                time_zone: 5️⃣Europe/Berln
                max_field_bytes: 6️⃣0
                columns: {7️⃣mql_date: "MQL Date", email: 8️⃣""}
                statuses: {"Open": 9️⃣OPEN}
            """, [
            ("1️⃣", "unknown key 'delimter' (did you mean 'delimiter'?)"),
            ("2️⃣", "unknown delimiter ':' (expected one of auto, ',', ';', tab, '|')"),
            ("3️⃣", "unknown encoding 'latin-1' (expected one of auto, utf-8, windows-1252, utf-16le, utf-16be)"),
            ("4️⃣", "unknown date order 'dmy' (expected one of auto, day_first, month_first)"),
            ("5️⃣", "unknown time zone 'Europe/Berln' (did you mean 'Europe/Berlin'?)"),
            ("6️⃣", "'max_field_bytes' must be at least 1, got 0"),
            ("7️⃣", "unknown field 'mql_date' (did you mean 'mql_at'?)"),
            ("8️⃣", "'email' is empty"),
            ("9️⃣", "unknown status bucket 'OPEN' (expected one of NEW, WORKING, CONVERTED, CLOSED)"),
        ]),
    ]

    static let stagesAndLink: [BadPipeline] = [
        BadPipeline("unknown stage", header + "stages: [ingest, 1️⃣linking]\n", [
            ("1️⃣", "unknown stage 'linking' (expected one of ingest, normalize, link, flag, report)"),
        ]),
        BadPipeline("report without ingest", header + "stages: [normalize, 1️⃣report]\n", [
            ("1️⃣", "stage 'report' requires 'ingest'"),
        ]),
        BadPipeline("report with ingest disabled", header + "stages: [{name: ingest, enabled: false}, 1️⃣report]\n", [
            ("1️⃣", "stage 'report' requires 'ingest'"),
        ]),
        BadPipeline("stages out of order and twice", header + "stages: [ingest, link, 1️⃣normalize, 2️⃣link]\n", [
            ("1️⃣", "stage 'normalize' must come before 'link'"),
            ("2️⃣", "stage 'link' is listed twice"),
        ]),
        BadPipeline("stage entry", header + "stages: [ingest, {name: link, 1️⃣enable: false, enabled: 2️⃣no}]\n", [
            ("1️⃣", "unknown key 'enable' (did you mean 'enabled'?)"),
            ("2️⃣", "expected true or false for 'enabled', got 'no'"),
        ]),
        BadPipeline("link values", header + """
            link:
              threshold: 1️⃣1.5
              one_record_per_source: 2️⃣yes
              max_cluster_size: 3️⃣1.5
              model: 4️⃣""
            """, [
            ("1️⃣", "'threshold' must be between 0 and 1, got 1.5"),
            ("2️⃣", "expected true or false for 'one_record_per_source', got 'yes'"),
            ("3️⃣", "expected a whole number for 'max_cluster_size', got '1.5'"),
            ("4️⃣", "'model' is empty"),
        ]),
        BadPipeline("link is a list", header + "link: 1️⃣[email]\n", [
            ("1️⃣", "expected a mapping for 'link', got a list"),
        ]),
        BadPipeline("blocking rules", header + """
            link:
              blocking:
                - 1️⃣emial
                - {name: 2️⃣email, fields: [email]}
                - {name: zip, fields: [3️⃣zip_code]}
                - {name: empty, fields: 4️⃣[]}
                - phone
                - 5️⃣phone
            """, [
            ("1️⃣", "unknown blocking rule 'emial' (expected one of email, phone, first_last_name, swapped_names, "
                + "email_local_part, last_name_company, first_name_company, or {name, fields} for a custom rule)"),
            ("2️⃣", "'email' is a built-in blocking rule; give the custom rule another name"),
            ("3️⃣", "unknown field 'zip_code' (not a canonical field name)"),
            ("4️⃣", "'fields' is empty; list the fields that must agree"),
            ("5️⃣", "blocking rule 'phone' is listed twice"),
        ]),
        BadPipeline("empty blocking", header + "link: {blocking: 1️⃣[]}\n", [
            ("1️⃣", "'blocking' is empty; list at least one rule, e.g. [email]"),
        ]),
        BadPipeline("comparisons", header + """
            link:
              comparisons:
                - {field: email, method: email, m: 1️⃣[0.9, 0.1]}
                - {field: phone, method: phone, u: 2️⃣[0.5, 0.3, 0.3]}
                - {field: first_name, thresholds: [0.8, 3️⃣0.9]}
                - {field: last_name, method: exact, thresholds: [4️⃣1]}
                - {field: company, method: 5️⃣fuzzy}
                - {field: 6️⃣email}
                - 7️⃣{method: exact}
                - {field: created_at, method: levenshtein, thresholds: [8️⃣0.5]}
            """, [
            ("1️⃣", "'m' needs 4 values, one per level other than null (exact, the fuzzy levels, else), got 2"),
            ("2️⃣", "'u' values must add up to 1, got 1.1"),
            ("3️⃣", "thresholds for method 'jaro_winkler' must go from strictest to loosest "
                + "(similarities above 0 and up to 1, highest first)"),
            ("4️⃣", "invalid threshold 1 for method 'exact' (it takes no thresholds)"),
            ("5️⃣", "unknown method 'fuzzy' (expected one of exact, jaro_winkler, levenshtein, damerau_levenshtein, "
                + "email, phone, date, numeric)"),
            ("6️⃣", "field 'email' is compared twice"),
            ("7️⃣", "comparison without 'field'; add one such as 'field: email'"),
            ("8️⃣", "invalid threshold 0.5 for method 'levenshtein' (edit counts, whole numbers from 1, smallest first)"),
        ]),
    ]

    static let calendarRulesAlertOutputs: [BadPipeline] = [
        BadPipeline("calendar", header + """
            calendar:
              time_zone: 1️⃣Berlin
              holidays: {country: 2️⃣AT, state: 3️⃣BER}
              closed_days: [4️⃣"24.12.", 5️⃣"02-30", 6️⃣"2027-02-29", "02-29"]
            """, [
            ("1️⃣", "unknown time zone 'Berlin' (expected an IANA name such as Europe/Berlin)"),
            ("2️⃣", "unsupported country 'AT' for holidays (only DE for now; AT and CH are not supported yet)"),
            ("3️⃣", "unknown state 'BER' (expected one of BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH)"),
            ("4️⃣", "expected a day as MM-DD or YYYY-MM-DD for 'closed_days', got '24.12.'"),
            ("5️⃣", "expected a day as MM-DD or YYYY-MM-DD for 'closed_days', got '02-30'"),
            ("6️⃣", "expected a day as MM-DD or YYYY-MM-DD for 'closed_days', got '2027-02-29'"),
        ]),
        BadPipeline("teams", header + """
            calendar:
              teams:
                - {name: north, owners: [Anna, Ben]}
                - {name: 1️⃣north, owners: [Cleo]}
                - {name: south, owners: [2️⃣Anna], hours: 3️⃣"Mon-Fri 8:00"}
                - 4️⃣{name: west}
                - {name: east, owners: [Dora], 5️⃣timezone: Europe/Berlin}
            """, [
            ("1️⃣", "duplicate team name 'north'"),
            ("2️⃣", "owner 'Anna' is already in team 'north'"),
            ("3️⃣", "invalid 'hours': expected a time range such as 08:00-18:00, got '8:00'"),
            ("4️⃣", "team 'west' has no 'owners'; list the owner names or ids in it"),
            ("5️⃣", "unknown key 'timezone'"),
        ]),
        BadPipeline("rules", header + """
            rules:
              sla:
                first_touch_within: {hand_raise: 1️⃣1, 2️⃣standard: 8h}
                min_attempts: 3️⃣0
                stale_after: 4️⃣two weeks
              queue_owner_patterns: ["^00G", 5️⃣"(?i(queue"]
              touch_types: 6️⃣Call
              premature:
                required_fields: [company, [email, 7️⃣phon]]
                confirm_window: 30cd
              leak: {sync_grace: 8️⃣1.5d}
            """, [
            ("1️⃣", "invalid 'hand_raise': missing unit after 1 in '1' (use m, h, d or cd)"),
            ("2️⃣", "unknown key 'standard'"),
            ("3️⃣", "'min_attempts' must be at least 1, got 0"),
            ("4️⃣", "invalid 'stale_after': expected a duration such as 8h, 90m, 1d or 14cd, got 'two weeks'"),
            ("5️⃣", "invalid regular expression '(?i(queue' in 'queue_owner_patterns'"),
            ("6️⃣", "expected a list for 'touch_types', got 'Call'"),
            ("7️⃣", "unknown field 'phon' (did you mean 'phone'?)"),
            ("8️⃣", "invalid 'sync_grace': missing unit after 1 in '1.5d' (use m, h, d or cd)"),
        ]),
        BadPipeline("alert", header + """
            alert:
              fail_on: [1️⃣LEAKED, 2️⃣"LEAKED_MQL:IGNORED", 3️⃣"IGNORED_GOOD_LEAD:CONFIRMED", "ignored_good_lead:breach"]
            """, [
            ("1️⃣", "unknown flag 'LEAKED' (expected one of IGNORED_GOOD_LEAD, PREMATURE_HANDOFF, LEAKED_MQL, "
                + "DUPLICATE_WORK, STATUS_DRIFT, REJECTED_WITHOUT_REASON, SALES_SOURCED)"),
            ("2️⃣", "flag 'LEAKED_MQL' has no severities; write just 'LEAKED_MQL'"),
            ("3️⃣", "unknown severity 'CONFIRMED' for 'IGNORED_GOOD_LEAD' (expected IGNORED or BREACH)"),
        ]),
        BadPipeline("outputs and as_of", header + """
            as_of: 1️⃣2026-11-27T18:00
            outputs: {dialect: 2️⃣excel, 3️⃣pseudonymise: true, history: 4️⃣""}
            """, [
            ("1️⃣", "invalid 'as_of': '2026-11-27T18:00' needs a utc offset such as +01:00 or Z (or give just a date)"),
            ("2️⃣", "unknown dialect 'excel' (expected one of rfc4180, excel_de)"),
            ("3️⃣", "unknown key 'pseudonymise' (did you mean 'pseudonymize'?)"),
            ("4️⃣", "'history' is empty"),
        ]),
        BadPipeline("history_keep_findings", header + "outputs: {history_keep_findings: 1️⃣0}\n", [
            ("1️⃣", "'history_keep_findings' must be at least 1, got 0"),
        ]),
        BadPipeline("history_keep_findings not a number", header + "outputs: {history_keep_findings: 1️⃣all}\n", [
            ("1️⃣", "expected a whole number for 'history_keep_findings', got 'all'"),
        ]),
        BadPipeline("as_of not a date", header + "as_of: 1️⃣27.11.2026\n", [
            ("1️⃣", "invalid 'as_of': expected a date such as 2026-11-27 or a time with offset such as "
                + "2026-11-27T18:00:00+01:00, got '27.11.2026'"),
        ]),
    ]

    @Test(arguments: fileLevel + sources + stagesAndLink + calendarRulesAlertOutputs)
    func reportsEveryProblemWhereTheMarkersAre(_ fixture: BadPipeline) {
        let result = PipelineFixture.problems(marked: fixture.yaml, expected: fixture.expected)
        #expect(result.actual == result.expected)
    }

    @Test func descriptionIsFileLineColumnMessage() throws {
        let yaml = header + "link:\n  treshold: 0.9\n"
        let error = #expect(throws: PipelineFileError.self) { try PipelineFixture.load(yaml) }
        #expect(error?.description == "pipelines/test.yaml:5:3: unknown key 'treshold' (did you mean 'threshold'?)")
    }

    @Test func aKeptFindingsCountBelowOneNamesTheFileAndTheSetting() throws {
        let error = #expect(throws: PipelineFileError.self) {
            try PipelineFixture.load(header + "outputs:\n  history_keep_findings: 0\n")
        }
        #expect(error?.description == "pipelines/test.yaml:5:26: 'history_keep_findings' must be at least 1, got 0")
    }

    @Test func severalProblemsAreOneLineEach() throws {
        let yaml = header + "link: {treshold: 0.9, max_block_size: many}\n"
        let error = #expect(throws: PipelineFileError.self) { try PipelineFixture.load(yaml) }
        #expect(error?.description == """
            pipelines/test.yaml:4:8: unknown key 'treshold' (did you mean 'threshold'?)
            pipelines/test.yaml:4:39: expected a whole number for 'max_block_size', got 'many'
            """)
    }
}

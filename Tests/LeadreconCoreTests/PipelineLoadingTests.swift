import Crypto
import Foundation
@testable import LeadreconCore
import Testing

@Suite struct PipelineLoadingTests {
    /// Every key of the schema, set away from its default.
    static let fullExample = """
        version: 1
        name: nightly
        as_of: 2026-11-27T18:00:00+01:00
        sources:
          - name: hubspot
            role: marketing
            path: ../sample-data/hubspot-contacts.csv
            preset: hubspot_contacts
            columns:
              mql_at: "Became a Marketing Qualified Lead Date"
            delimiter: ";"
            encoding: windows-1252
            date_order: day_first
            number_notation: german
            time_zone: Europe/Vienna
            max_field_bytes: 65536
          - name: sf-leads
            role: crm_leads
            path: /data/leads.csv
            delimiter: "\\t"
            statuses: {"Open - Not Contacted": NEW, "Nurture": closed}
        stages: [ingest, normalize, {name: link, enabled: true}, {name: flag, enabled: false}, report]
        ingest:
          max_reject_ratio: 0.1
        link:
          threshold: 0.95
          max_block_size: 1000
          max_cluster_size: 20
          one_record_per_source: true
          blocking: [email, {name: phone}, {name: zip_name, fields: [last_name, country]}]
          comparisons:
            - field: email
              method: email
              thresholds: [0.92]
              m: [0.95, 0.03, 0.01, 0.01]
              u: [0.001, 0.009, 0.09, 0.9]
            - {field: last_name, method: damerau_levenshtein, thresholds: [1, 2], term_frequency: false}
            - {field: company}
          model: model.json
        calendar:
          time_zone: Europe/Berlin
          hours: "Mo-Fr 08:00-12:00 13:00-17:00, Sa 09:00-13:00"
          holidays: {country: DE, state: BE}
          closed_days: ["12-24", "2026-12-31"]
          teams:
            - {name: munich, owners: [Anna Huber, 005AB], holidays: {country: DE, state: BY}}
        rules:
          good_lead: {min_score: 40, business_email_only: true, countries: [DE, AT]}
          sla:
            first_touch_within: {hand_raise: 90m, default: 1d}
            hand_raise_sources: ["Demo Request"]
            accept_within: 2d
            min_attempts: 4
            cadence_window: 5d
            stale_after: 21cd
          touch_types: [Call]
          completed_statuses: [Completed]
          sales_sources: [Outbound]
          queue_owner_patterns: ["^00G", "(?i)bot"]
          premature:
            min_score: 20
            required_fields: [company, [email, phone, mobile_phone]]
            confirm_window: 45cd
            readiness_reasons: ["Zu früh"]
          leak: {sync_grace: 4h}
        alert:
          fail_on: ["IGNORED_GOOD_LEAD", "premature_handoff:confirmed"]
        outputs:
          dir: ../reports
          dialect: excel_de
          history: false
          history_keep_findings: 7
          pseudonymize: true
        """

    @Test func fullExampleResolvesEveryKey() throws {
        let pipeline = try PipelineFixture.load(Self.fullExample)
        #expect(pipeline.name == "nightly")
        #expect(pipeline.asOf == Date(timeIntervalSince1970: 1_795_798_800))
        #expect(pipeline.sources.map(\.name) == ["hubspot", "sf-leads"])

        let hubspot = pipeline.sources[0]
        #expect(hubspot.role == .marketing)
        #expect(hubspot.url.path == "/srv/leadrecon/sample-data/hubspot-contacts.csv")
        #expect(hubspot.preset == .named("hubspot_contacts"))
        #expect(hubspot.columns == [.mqlAt: "Became a Marketing Qualified Lead Date"])
        #expect(hubspot.delimiter == .byte(UInt8(ascii: ";")))
        #expect(hubspot.encoding == .windows1252)
        #expect(hubspot.dateOrder == .dayFirst)
        #expect(hubspot.numberNotation == .german)
        #expect(hubspot.timeZone.identifier == "Europe/Vienna")
        #expect(hubspot.maxFieldBytes == 65536)

        let leads = pipeline.sources[1]
        #expect(leads.url.path == "/data/leads.csv")
        #expect(leads.delimiter == .byte(0x09))
        #expect(leads.statuses == ["Open - Not Contacted": .new, "Nurture": .closed])
        #expect(leads.timeZone.identifier == "Europe/Berlin")

        #expect(pipeline.stages == [.ingest, .normalize, .link, .report])
        #expect(pipeline.ingest.maxRejectRatio == 0.1)

        let link = pipeline.link
        #expect(link.threshold == 0.95 && link.maxBlockSize == 1000 && link.maxClusterSize == 20)
        #expect(link.oneRecordPerSource)
        #expect(link.blocking == [.email, .phone, .custom(name: "zip_name", fields: [.lastName, .country])])
        #expect(link.comparisons.map(\.field) == [.email, .lastName, .company])
        #expect(link.comparisons[0].m == [0.95, 0.03, 0.01, 0.01])
        #expect(link.comparisons[0].u == [0.001, 0.009, 0.09, 0.9])
        #expect(link.comparisons[1].method == .damerauLevenshtein)
        #expect(link.comparisons[1].thresholds == [1, 2])
        #expect(!link.comparisons[1].termFrequency)
        #expect(link.comparisons[2].method == .jaroWinkler)
        #expect(link.model?.path == "/srv/leadrecon/pipelines/model.json")

        let calendar = pipeline.calendar
        #expect(calendar.hours.description == "Mon-Fri 08:00-12:00 13:00-17:00, Sat 09:00-13:00")
        #expect(calendar.holidays == Pipeline.HolidayRegion(country: .germany, state: .berlin))
        #expect(calendar.closedDays == [.everyYear(month: 12, day: 24), .once(year: 2026, month: 12, day: 31)])
        #expect(calendar.team(ofOwner: "005AB")?.name == "munich")
        #expect(calendar.teams.first?.holidays.state == .bavaria)
        #expect(calendar.teams.first?.hours == calendar.hours)

        let rules = pipeline.rules
        #expect(rules.goodLead == Pipeline.GoodLeadRule(minScore: 40, businessEmailOnly: true, countries: ["DE", "AT"]))
        #expect(rules.sla.firstTouchHandRaise == .working(days: 0, minutes: 90))
        #expect(rules.sla.firstTouchDefault == .workingDays(1))
        #expect(rules.sla.acceptWithin == .workingDays(2))
        #expect(rules.sla.minAttempts == 4)
        #expect(rules.sla.cadenceWindow == .workingDays(5))
        #expect(rules.sla.staleAfter == .calendarDays(21))
        #expect(rules.touchTypes == ["Call"] && rules.completedStatuses == ["Completed"])
        #expect(rules.salesSources == ["Outbound"])
        #expect(rules.queueOwnerPatterns.map(\.pattern) == ["^00G", "(?i)bot"])
        #expect(rules.queueOwnerPatterns[1].matches("Lead BOT 3"))
        #expect(rules.premature.minScore == 20)
        #expect(rules.premature.requiredFields == [[.company], [.email, .phone, .mobilePhone]])
        #expect(rules.premature.confirmWindow == .calendarDays(45))
        #expect(rules.premature.readinessReasons == ["Zu früh"])
        #expect(rules.leakSyncGrace == .hours(4))

        #expect(pipeline.alert.failOn.map(\.description) == ["IGNORED_GOOD_LEAD", "PREMATURE_HANDOFF:CONFIRMED"])
        #expect(pipeline.outputs.directory.path == "/srv/leadrecon/reports")
        #expect(pipeline.outputs.dialect == .excelDE)
        #expect(pipeline.outputs.historyFile == nil)
        #expect(pipeline.outputs.historyKeepFindings == 7)
        #expect(pipeline.outputs.pseudonymize)
    }

    @Test func minimalFileGetsTheDefaultsOfRules() throws {
        let pipeline = try PipelineFixture.load(PipelineFixture.header)
        #expect(pipeline.name == "test")
        #expect(pipeline.asOf == PipelineFixture.now)
        #expect(pipeline.stages == [.ingest, .normalize, .link, .flag, .report])
        #expect(pipeline.ingest.maxRejectRatio == 0.05)

        let source = pipeline.sources[0]
        #expect(source.preset == .auto && source.delimiter == .auto && source.encoding == .auto)
        #expect(source.dateOrder == .auto && source.numberNotation == .auto)
        #expect(source.timeZone.identifier == "Europe/Berlin")
        #expect(source.maxFieldBytes == 1_048_576)
        #expect(source.columns.isEmpty && source.statuses.isEmpty)

        let link = pipeline.link
        #expect(link.threshold == 0.9 && link.maxBlockSize == 5000 && link.maxClusterSize == 50)
        #expect(!link.oneRecordPerSource && link.model == nil)
        #expect(link.blocking.map(\.name) == [
            "email", "phone", "first_last_name", "swapped_names", "email_local_part", "last_name_company",
            "first_name_company",
        ])
        #expect(link.comparisons.map(\.field) == [.email, .phone, .firstName, .lastName, .company])
        #expect(link.comparisons.map(\.method) == [.exact, .phone, .jaroWinkler, .jaroWinkler, .jaroWinkler])
        #expect(link.comparisons.map(\.termFrequency) == [false, false, true, true, false])

        let calendar = pipeline.calendar
        #expect(calendar.timeZone.identifier == "Europe/Berlin")
        #expect(calendar.hours.description == "Mon-Fri 08:00-18:00")
        #expect(calendar.holidays == Pipeline.HolidayRegion(country: .germany, state: nil))
        #expect(calendar.closedDays.map(\.description) == ["12-24", "12-31"])
        #expect(calendar.teams.isEmpty)

        let rules = pipeline.rules
        #expect(rules.goodLead == Pipeline.GoodLeadRule(minScore: nil, businessEmailOnly: false, countries: []))
        #expect(rules.sla.firstTouchHandRaise == .hours(1) && rules.sla.firstTouchDefault == .hours(8))
        #expect(rules.sla.handRaiseSources == ["Demo Request", "Contact Us", "Pricing", "Kontaktformular"])
        #expect(rules.sla.acceptWithin == .hours(24) && rules.sla.minAttempts == 6)
        #expect(rules.sla.cadenceWindow == .workingDays(10) && rules.sla.staleAfter == .calendarDays(14))
        #expect(rules.touchTypes == ["Call", "Email", "Meeting", "Anruf", "E-Mail", "Besprechung"])
        #expect(rules.completedStatuses == ["Completed", "Erledigt", "Abgeschlossen"])
        #expect(rules.salesSources == ["Cold Call", "Outbound", "Partner Referral", "Kaltakquise"])
        #expect(rules.queueOwnerPatterns.map(\.pattern) == ["^00G", "(?i)queue", "(?i)integration"])
        #expect(rules.premature.minScore == nil)
        #expect(rules.premature.requiredFields == [[.company], [.email, .phone]])
        #expect(rules.premature.confirmWindow == .calendarDays(30))
        #expect(rules.premature.readinessReasons == [
            "Bad timing", "BAD_TIMING", "No budget", "Just researching", "Kein Bedarf", "Zu früh",
        ])
        #expect(rules.leakSyncGrace == .workingDays(1))

        #expect(pipeline.alert.failOn.map(\.description) == ["IGNORED_GOOD_LEAD:IGNORED", "LEAKED_MQL"])
        #expect(pipeline.outputs.directory.path == "/srv/leadrecon/out")
        #expect(pipeline.outputs.dialect == .rfc4180 && !pipeline.outputs.pseudonymize)
        #expect(pipeline.outputs.historyFile?.path == "/srv/leadrecon/.leadrecon/history.sqlite")
        #expect(pipeline.outputs.historyKeepFindings == 30)
    }

    @Test func nullValuesMeanTheDefault() throws {
        let pipeline = try PipelineFixture.load(PipelineFixture.header + """
            link:
            rules:
              good_lead: {min_score: null, countries: ~}
            """)
        #expect(pipeline.link == Pipeline.LinkSettings())
        #expect(pipeline.rules.goodLead.minScore == nil)
    }

    @Test func sourcesInheritTheCalendarTimeZone() throws {
        let pipeline = try PipelineFixture.load(PipelineFixture.header + "calendar: {time_zone: America/New_York}\n")
        #expect(pipeline.sources[0].timeZone.identifier == "America/New_York")
    }

    @Test(arguments: [
        ("2026-11-27T18:00:00+01:00", 1_795_798_800.0),
        ("2026-11-27T17:00:00Z", 1_795_798_800.0),
        ("2026-11-27 18:00+0100", 1_795_798_800.0),
        ("2026-11-27T18:00:00.5+01:00", 1_795_798_800.5),
        ("2026-11-27", 1_795_734_000.0),  // midnight in Europe/Berlin
    ])
    func asOfIsAnInstantOrADate(text: String, seconds: Double) throws {
        let pipeline = try PipelineFixture.load(PipelineFixture.header + "as_of: \(text)\n")
        #expect(pipeline.asOf == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: [
        ("auto", Pipeline.Source.Delimiter.auto),
        ("\",\"", .byte(UInt8(ascii: ","))),
        ("\";\"", .byte(UInt8(ascii: ";"))),
        ("\"|\"", .byte(UInt8(ascii: "|"))),
        ("tab", .byte(0x09)),
        ("TAB", .byte(0x09)),
        ("\"\\t\"", .byte(0x09)),  // YAML "\t": a real tab
        ("'\\t'", .byte(0x09)),  // YAML '\t': backslash and t, as people type it
    ])
    func delimiterSpellings(written: String, delimiter: Pipeline.Source.Delimiter) throws {
        let yaml = "version: 1\nsources:\n  - {name: a, role: people, path: a.csv, delimiter: \(written)}\n"
        #expect(try PipelineFixture.load(yaml).sources[0].delimiter == delimiter)
    }

    @Test(arguments: [
        ("auto", Pipeline.Source.EncodingChoice.auto), ("utf-8", .utf8), ("UTF-8", .utf8),
        ("Windows-1252", .windows1252), ("utf-16le", .utf16LittleEndian), ("utf-16be", .utf16BigEndian),
    ])
    func encodingSpellings(written: String, encoding: Pipeline.Source.EncodingChoice) throws {
        let yaml = "version: 1\nsources:\n  - {name: a, role: people, path: a.csv, encoding: \(written)}\n"
        #expect(try PipelineFixture.load(yaml).sources[0].encoding == encoding)
    }

    @Test func aDefaultedHistoryFollowsTheOutputDirectory() throws {
        var pipeline = try PipelineFixture.load(PipelineFixture.header)
        pipeline.outputs.directory = URL(fileURLWithPath: "/tmp/run/out", isDirectory: true)
        #expect(pipeline.outputs.historyFile?.path == "/tmp/run/.leadrecon/history.sqlite")
    }

    @Test func anExplicitHistoryIsResolvedAgainstThePipelineFile() throws {
        let pipeline = try PipelineFixture.load(PipelineFixture.header + "outputs: {history: .leadrecon/h.sqlite}\n")
        #expect(pipeline.outputs.historyFile?.path == "/srv/leadrecon/pipelines/.leadrecon/h.sqlite")
    }

    @Test func configHashIsTheSHA256OfTheText() throws {
        let pipeline = try PipelineFixture.load(PipelineFixture.header)
        #expect(pipeline.configHash == SHA256.hash(data: Array(PipelineFixture.header.utf8)).hex)
        #expect(pipeline.configHash.count == 64)
    }
}

import LeadreconCSV
import LeadreconValues

/// The ingest stage for one source: reads the file, maps its headers onto canonical fields, types
/// every mapped cell and hands out canonical records. Rows that cannot be loaded go to the rejects
/// ledger; values that cannot be typed become diagnostics and are left missing.
public struct SourceIngest {
    public let input: SourceInput
    public let mapper: HeaderMapper
    /// Rows held back at the start to decide day-first vs month-first and number notation per column.
    public static let detectionRows = 1000
    /// Told after every chunk of rows: rows read so far and bytes of the file consumed, so a
    /// progress display can show a rate and, against the file's size, an ETA. `nil`: not told.
    public var progress: ((_ rows: Int, _ fileBytes: Int) -> Void)?

    public init(input: SourceInput, mapper: HeaderMapper = HeaderMapper()) {
        self.input = input
        self.mapper = mapper
    }

    /// What one run of the stage produced besides the records.
    public struct Outcome: Sendable {
        public var report: IngestReport
        public var rejects: RejectsLedger
        public var diagnostics: DiagnosticCollector
    }

    /// Reads the source into a table.
    public func load() throws -> (SourceTable, Outcome) {
        var table: SourceTable?
        let outcome = try stream(textAsBytes: true,
                                 prepare: { fields in table = SourceTable(name: input.name, role: input.role, fields: fields) },
                                 record: { table!.append($0) })
        return (table!, outcome)
    }

    /// Reads an activity source keeping only its touches (``ActivityTouchFilter``), each as a time
    /// under its CRM record's id: the report still counts every row read and loaded, the log holds
    /// what the flag stage uses.
    func loadTouches(rules: Pipeline.RuleSettings) throws -> (TouchLog, Outcome) {
        var log = TouchLog()
        var filter = ActivityTouchFilter(rules: rules)
        var slots = ActivityTouchFilter.Slots(fields: [])
        // Only the fields a touch is made of are typed (and the record id, without which a row is
        // rejected): an activity's owner, subject, call result and due date are mapped and listed
        // in the ingest report but neither typed nor checked, since nothing reads them. Text is
        // handed over as bytes: no string is made per cell.
        let outcome = try stream(textAsBytes: true, only: ActivityTouchFilter.fieldsRead, prepare: { fields in
            slots = ActivityTouchFilter.Slots(fields: fields)
        }, record: { record in
            if let at = filter.touch(record, slots: slots), let who = slots.who {
                record.withText(who) { log.add(record: $0, at: at) }
            }
        })
        log.finish()
        return (log, outcome)
    }

    /// Streams the source: `prepare` receives the record layout once the header is mapped, then
    /// `record` each loaded record (valid only during the call).
    /// - Throws: ``LeadreconCSV/CSVError`` when the file cannot be read, ``HeaderMappingError`` when
    ///   its headers do not fit the role, or whatever the closures throw.
    public func run(prepare: ([CanonicalField]) throws -> Void = { _ in },
                    record: (CanonicalRecord) throws -> Void) throws -> Outcome {
        try stream(textAsBytes: false, prepare: prepare, record: record)
    }

    /// ``run(prepare:record:)``, with `.text` fields handed over as bytes when `textAsBytes`
    /// (``CanonicalRecord/textSpans``), and only the fields in `only` typed (nil: every mapped one).
    func stream(textAsBytes: Bool, only: Set<CanonicalField>? = nil, prepare: ([CanonicalField]) throws -> Void,
                record: (CanonicalRecord) throws -> Void) throws -> Outcome {
        let reader = try CSVReader(path: input.path, options: input.readOptions)
        var report = IngestReport(source: input.name, role: input.role.rawValue, path: input.path)
        var rejects = RejectsLedger()
        var diagnostics = DiagnosticCollector()
        var typer: RecordTyper?
        var held: [(line: Int, cells: [String])] = []

        // Parsing runs on its own thread and hands over chunks of rows; typing runs here, so the
        // two halves of ingest use both cores and `record` is called on the caller's thread.
        let reading = ReadingThread(reader: reader, source: input.name, path: input.path)
        reading.start()
        defer {
            reading.queue.cancel()
            reading.queue.waitUntilFinished()
        }
        var rowsSeen = 0
        while let chunk = reading.queue.take() {
            if typer == nil, let header = chunk.header {
                let mapping = try mapHeader(header)
                let plan = RecordTyper(input: input, mapping: mapping, header: header, delimiter: reader.dialect.delimiter,
                                       textAsBytes: textAsBytes, only: only)
                try prepare(plan.fields)
                typer = plan
                describe(mapping, into: &report)
            }
            try chunk.forEachRow { row in
                if !typer!.isDecided {
                    held.append((row.line, row.strings))
                    if held.count >= Self.detectionRows {
                        try release(&held, typer: &typer!, report: &report, rejects: &rejects, diagnostics: &diagnostics, record: record)
                    }
                    return
                }
                try typer!.type(row: row, rejects: &rejects, diagnostics: &diagnostics, report: &report, record: record)
            }
            rowsSeen += chunk.count
            progress?(rowsSeen, reader.fileBytesConsumed)
            reading.queue.recycle(chunk)
        }
        if let error = reading.error { throw error }
        rejects.merge(reading.rejects)
        for entry in reading.rejects.entries { report.rejectsByReason[entry.reason.code, default: 0] += 1 }
        if typer == nil {
            // A header and no data rows: still map it, so a wrong file fails loudly.
            let mapping = try mapHeader(reader.header)
            let plan = RecordTyper(input: input, mapping: mapping, header: reader.header, delimiter: reader.dialect.delimiter,
                                   textAsBytes: textAsBytes, only: only)
            try prepare(plan.fields)
            typer = plan
            describe(mapping, into: &report)
        }
        try release(&held, typer: &typer!, report: &report, rejects: &rejects, diagnostics: &diagnostics, record: record)

        let counts = reader.counts
        report.rowsRead = counts.rowsRead
        report.rowsRejected = counts.rowsRejected + typer!.rowsRejected
        report.rowsLoaded = counts.rowsDelivered - typer!.rowsRejected
        report.footerRowsSkipped = counts.footerRowsSkipped
        report.physicalLines = counts.physicalLines
        report.bytes = counts.bytesRead
        report.encoding = reader.encoding.summary
        report.delimiter = reader.dialect.delimiterName
        report.delimiterReason = reader.dialect.delimiterReason
        report.headerLine = reader.dialect.headerLine
        report.preambleLines = reader.dialect.preamble
        report.warnings += reader.dialect.warnings
        report.invalidValues = typer!.invalidValues
        if reader.encoding.isMixed {
            report.warnings.append("\(reader.encoding.windows1252Lines) lines are not valid UTF-8 and were read as Windows-1252 (mixed encodings in one file)")
        }
        report._checkInvariants()
        return Outcome(report: report, rejects: rejects, diagnostics: diagnostics)
    }

    private func mapHeader(_ header: [String]) throws -> HeaderMapping {
        var preset: HeaderPreset?
        if let name = input.preset {
            guard let named = HeaderPresets.named(name) else {
                throw HeaderMappingError.unknownPreset(name: name, known: HeaderPresets.all.map(\.name))
            }
            preset = named
        }
        return try mapper.map(headers: header, role: input.role, preset: preset, overrides: input.columnOverrides)
    }

    private func describe(_ mapping: HeaderMapping, into report: inout IngestReport) {
        report.preset = mapping.preset
        report.presetScore = mapping.score.description
        report.presetDetected = mapping.detected
        report.columns = mapping.decisions.map {
            IngestReport.Column(column: $0.column, header: $0.header, field: $0.field?.rawValue, how: $0.how.rawValue)
        }
        report.warnings += mapping.warnings
    }

    /// Decides the held columns' formats, then types and hands out the held rows.
    private func release(_ held: inout [(line: Int, cells: [String])], typer: inout RecordTyper,
                         report: inout IngestReport, rejects: inout RejectsLedger,
                         diagnostics: inout DiagnosticCollector, record: (CanonicalRecord) throws -> Void) throws {
        if !typer.isDecided {
            report.valueDecisions = typer.decide(samples: held.map(\.cells))
        }
        for (line, cells) in held {
            try typer.type(line: line, cells: cells, rejects: &rejects, diagnostics: &diagnostics, report: &report, record: record)
        }
        held.removeAll()
    }
}

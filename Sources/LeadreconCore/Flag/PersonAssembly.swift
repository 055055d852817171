import LeadreconLink
import LeadreconValues

/// Builds the people the rules evaluate from the ingested tables, the activities' touches and the
/// link stage's clusters: person k is cluster k (clusters are numbered by their smallest record,
/// members ascending). Built a range of clusters at a time, so the flag stage never holds every
/// person at once. A class of constants: the memos' closures capture it, and as a struct every
/// capture copied (retained and released) its tables.
final class PersonAssembly {
    let linkable: [SourceTable]
    let touches: LeadTouches
    let outcome: LinkOutcome
    let pipeline: Pipeline
    /// Each table's columns looked up once, not per record.
    private let columns: [TableColumns]
    private let statusOverrides: [String: [String: Pipeline.StatusBucket]]
    /// The link records' sources, rows and ids, read per member (kept apart: reading them
    /// through `outcome.records` copied the records' columns per person).
    private let recordSource: [Int32], recordRow: [Int32]
    private let recordID: RecordIDs
    /// `good_lead.business_email_only`: the only rule that reads an address itself.
    private let readsEmail: Bool

    /// - Parameter touches: the touches of the CRM leads of `linkable`, by table and row.
    init(linkable: [SourceTable], touches: LeadTouches, outcome: LinkOutcome, pipeline: Pipeline) {
        self.linkable = linkable
        self.touches = touches
        self.outcome = outcome
        self.pipeline = pipeline
        columns = linkable.map(TableColumns.init)
        recordSource = outcome.records.source
        recordRow = outcome.records.row
        recordID = outcome.records.recordID
        readsEmail = pipeline.rules.goodLead.businessEmailOnly
        statusOverrides = Dictionary(pipeline.sources.map { ($0.name, $0.statuses) }, uniquingKeysWith: { a, _ in a })
    }

    /// The number of people: one per cluster.
    var count: Int { outcome.clusters.clusterCount }

    /// The people of `clusters`, in order (the flag stage calls this from one job per range of
    /// clusters, on both cores); each call keeps its own memos.
    func people(_ clusters: Range<Int>) -> [PersonView] {
        var memo = Memo(columns)
        return clusters.map { person($0, memo: &memo) }
    }

    /// Statuses, owners and stages repeat across a table: each distinct one is mapped, and
    /// matched against the queue patterns (regular expressions), once per memo and table.
    private struct Memo {
        var stages: [ColumnMemo<(folded: String, stageClass: StatusBuckets.StageClass)>]
        var buckets: [ColumnMemo<Pipeline.StatusBucket?>]
        var ownerIsPerson: [ColumnMemo<Bool>]
        init(_ columns: [TableColumns]) {
            stages = columns.map { ColumnMemo(internedCount: $0.lifecycleStage.column.internedCount) }
            buckets = columns.map { ColumnMemo(internedCount: $0.status.column.internedCount) }
            ownerIsPerson = columns.map { ColumnMemo(internedCount: $0.owner.column.internedCount) }
        }
    }

    private func person(_ cluster: Int, memo: inout Memo) -> PersonView {
        var person = PersonView(personID: PersonClusters.personID(ofCluster: cluster))
        for index in outcome.clusters.members(ofCluster: cluster) {
            let source = Int(recordSource[index])
            let column = columns[source]
            let row = Int(recordRow[index])
            // The address only when a rule reads it (a string per record otherwise unused).
            let email = readsEmail ? column.email[row] : ""
            let hasCompany = !column.company.isEmpty(row)
            let hasContact = !column.email.isEmpty(row) || !column.phone.isEmpty(row) || !column.mobilePhone.isEmpty(row)
            switch column.role {
            case .marketing:
                let stage = memo.stages[source].value(id: column.lifecycleStage.internedID(row), text: { column.lifecycleStage[row] }) { raw in
                    let folded = HeaderFolding.fold(raw)
                    return (folded, StatusBuckets.StageClass(foldedStage: folded))
                }
                person.marketing.append(.init(
                    id: recordID[index], stage: stage.folded, stageClass: stage.stageClass,
                    mqlAt: column.mqlAt[row], score: column.score[row],
                    email: email, hasCompany: hasCompany, hasContact: hasContact,
                    source: column.leadSource[row], country: column.country[row],
                    filled: column.filled(row)))
            case .crmLeads:
                let owner = column.owner[row]
                let id = recordID[index]
                let bucket = memo.buckets[source].value(id: column.status.internedID(row), text: { column.status[row] }) { status in
                    StatusBuckets.bucket(status, overrides: statusOverrides[column.name] ?? [:])
                }
                let isPerson = memo.ownerIsPerson[source].value(id: column.owner.internedID(row), text: { owner }) { owner in
                    !owner.isEmpty && !pipeline.rules.queueOwnerPatterns.contains { $0.matches(owner) }
                }
                person.leads.append(.init(
                    id: id, bucket: bucket,
                    closeReason: column.closeReason[row],
                    closedAt: (column.closedAt[row] ?? column.lastModifiedAt[row])?.secondsSinceEpoch,
                    owner: owner, ownerIsPerson: isPerson,
                    handoffAt: (column.ownerAssignedAt[row] ?? column.createdAt[row])?.secondsSinceEpoch,
                    leadSource: column.leadSource[row], email: email,
                    hasCompany: hasCompany, hasContact: hasContact,
                    touches: touches.touches(table: source, row: row)))
            default:
                continue
            }
        }
        return person
    }
}

/// The columns of one table that the assembly reads, taken out of the table once: a dictionary
/// lookup per field and record was most of the flag stage's time at a million leads. A field the
/// table does not carry reads as empty. A class of constants: as a struct of twenty columns, every
/// record's look-up copied (retained and released) all of them.
private final class TableColumns {
    let name: String
    let role: SourceRole
    let email, company, phone, mobilePhone, lifecycleStage, leadSource, country, owner, status, closeReason: Texts
    let mqlAt, closedAt, lastModifiedAt, ownerAssignedAt, createdAt: OptionalTimestamps
    let score: OptionalNumbers
    /// Every field of the table by kind, with its column, for `filled` (separate arrays walked by
    /// index: iterating tuples that hold columns copied every column, per record).
    private let textFields: [CanonicalFieldSet], textColumns: [TextColumn]
    private let timeFields: [CanonicalFieldSet], timeColumns: [TimestampColumn]
    private let numberFields: [CanonicalFieldSet], numberColumns: [[Double]]

    init(_ table: SourceTable) {
        name = table.name
        role = table.role
        func text(_ field: CanonicalField) -> Texts { Texts(column: table.texts(field) ?? TextColumn()) }
        func times(_ field: CanonicalField) -> OptionalTimestamps { OptionalTimestamps(column: table.timestamps(field)) }
        email = text(.email); company = text(.company); phone = text(.phone); mobilePhone = text(.mobilePhone)
        lifecycleStage = text(.lifecycleStage); leadSource = text(.leadSource); country = text(.country)
        owner = text(.owner); status = text(.status); closeReason = text(.closeReason)
        mqlAt = times(.mqlAt); closedAt = times(.closedAt); lastModifiedAt = times(.lastModifiedAt)
        ownerAssignedAt = times(.ownerAssignedAt); createdAt = times(.createdAt)
        score = OptionalNumbers(values: table.numbers(.score))
        let texts = table.fields.compactMap { field in table.texts(field).map { ([field] as CanonicalFieldSet, $0) } }
        let times = table.fields.compactMap { field in table.timestamps(field).map { ([field] as CanonicalFieldSet, $0) } }
        let numbers = table.fields.compactMap { field in table.numbers(field).map { ([field] as CanonicalFieldSet, $0) } }
        (textFields, textColumns) = (texts.map(\.0), texts.map(\.1))
        (timeFields, timeColumns) = (times.map(\.0), times.map(\.1))
        (numberFields, numberColumns) = (numbers.map(\.0), numbers.map(\.1))
    }

    /// The fields with a value in `row`.
    func filled(_ row: Int) -> CanonicalFieldSet {
        var filled = CanonicalFieldSet()
        for index in textColumns.indices where !textColumns[index].isEmpty(row) { filled.formUnion(textFields[index]) }
        for index in timeColumns.indices where timeColumns[index].precisions[row] != 0 { filled.formUnion(timeFields[index]) }
        for index in numberColumns.indices where !numberColumns[index][row].isNaN { filled.formUnion(numberFields[index]) }
        return filled
    }

    /// A text column, empty (no rows) when the table does not carry the field. A class, for the
    /// reason ``TableColumns`` is one: reading it as a struct copied the column's arrays per record.
    final class Texts {
        let column: TextColumn
        init(column: TextColumn) { self.column = column }
        subscript(row: Int) -> String { row < column.count ? column[row] : "" }
        func isEmpty(_ row: Int) -> Bool { row >= column.count || column.isEmpty(row) }
        /// ``TextColumn/internedID(_:)``; 0 (the empty text) past the column's end.
        func internedID(_ row: Int) -> Int? { row < column.count ? column.internedID(row) : 0 }
    }

    struct OptionalTimestamps {
        let column: TimestampColumn?
        subscript(row: Int) -> Timestamp? { column?[row] }
    }

    struct OptionalNumbers {
        let values: [Double]?
        subscript(row: Int) -> Double? {
            guard let value = values?[row], !value.isNaN else { return nil }
            return value
        }
    }
}

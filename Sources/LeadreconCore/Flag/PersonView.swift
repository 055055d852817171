import LeadreconLink
import LeadreconValues

/// One person as the rules see it: the marketing records and CRM leads the link stage put
/// together, with each lead's bucket, hand-off and touches.
struct PersonView {
    struct MarketingRecord {
        var id: String
        var stage: String
        var mqlAt: Timestamp?
        var score: Double?
        var email: String
        var hasCompany: Bool
        var hasContact: Bool
        var source: String
        var country: String
        /// The canonical fields this record has a value for (for `premature.required_fields`).
        var filled: Set<CanonicalField>
    }

    struct CRMLead {
        var id: String
        var bucket: Pipeline.StatusBucket?
        var rawStatus: String
        var closeReason: String
        /// When it was closed: the mapped close date, else its last modification.
        var closedAt: Int64?
        var owner: String
        var ownerIsPerson: Bool
        var handoffAt: Int64?
        var leadSource: String
        var email: String
        var hasCompany: Bool
        var hasContact: Bool
        /// Completed calls, e-mails and meetings on this lead, ascending.
        var touches: [Int64]
    }

    var personID: String
    var marketing: [MarketingRecord] = []
    var leads: [CRMLead] = []
}

/// Builds the people the rules evaluate from the ingested tables and the link stage's clusters.
enum PersonAssembly {
    static func people(linkable: [SourceTable], activities: [SourceTable], outcome: LinkOutcome,
                       pipeline: Pipeline) -> [PersonView] {
        let rules = pipeline.rules
        let filter = ActivityTouchFilter(rules: rules)
        var touchesByRecord: [String: [Int64]] = [:]
        for table in activities {
            for index in 0..<table.count {
                guard filter.isTouch(type: table.text(.activityType, index), subtype: table.text(.activitySubtype, index),
                                     status: table.text(.status, index)) else { continue }
                guard let at = table.timestamp(.completedAt, index) ?? table.timestamp(.createdAt, index) else { continue }
                let who = table.text(.whoID, index)
                if !who.isEmpty { touchesByRecord[who, default: []].append(at.secondsSinceEpoch) }
            }
        }
        let statusOverrides = Dictionary(pipeline.sources.map { ($0.name, $0.statuses) }, uniquingKeysWith: { a, _ in a })
        let records = outcome.records
        // Each table's columns looked up once, not per record.
        let columns = linkable.map(TableColumns.init)
        // One person per cluster, in cluster order (clusters are numbered by their smallest record,
        // members ascending), built on both cores; each range keeps its own memos.
        var people = [PersonView](repeating: PersonView(personID: ""), count: outcome.clusters.clusterCount)
        ParallelRanges.fill(&people) { range, people in
            let folding = FoldMemo()
            var buckets: [String: Pipeline.StatusBucket?] = [:]   // by source name and raw status
            for cluster in range {
                var person = PersonView(personID: PersonClusters.personID(ofCluster: cluster))
                for index in outcome.clusters.members(ofCluster: cluster) {
                    let table = linkable[Int(records.source[index])]
                    let column = columns[Int(records.source[index])]
                    let row = Int(records.row[index])
                    let email = column.text(.email, row)
                    let hasCompany = !column.text(.company, row).isEmpty
                    let hasContact = !email.isEmpty || !column.text(.phone, row).isEmpty || !column.text(.mobilePhone, row).isEmpty
                    switch table.role {
                    case .marketing:
                        person.marketing.append(.init(
                            id: records.recordID[index], stage: folding.fold(column.text(.lifecycleStage, row)),
                            mqlAt: table.timestamp(.mqlAt, row), score: table.number(.score, row),
                            email: email, hasCompany: hasCompany, hasContact: hasContact,
                            source: column.text(.leadSource, row), country: column.text(.country, row),
                            filled: column.filled(row)))
                    case .crmLeads:
                        let owner = column.text(.owner, row)
                        let status = column.text(.status, row)
                        let id = records.recordID[index]
                        let bucketKey = table.name + "\u{1F}" + status
                        let bucket = buckets[bucketKey] ?? StatusBuckets.bucket(status, overrides: statusOverrides[table.name] ?? [:])
                        buckets[bucketKey] = bucket
                        person.leads.append(.init(
                            id: id, bucket: bucket,
                            rawStatus: status, closeReason: column.text(.closeReason, row),
                            closedAt: (table.timestamp(.closedAt, row) ?? table.timestamp(.lastModifiedAt, row))?.secondsSinceEpoch,
                            owner: owner,
                            ownerIsPerson: !owner.isEmpty && !rules.queueOwnerPatterns.contains { $0.matches(owner) },
                            handoffAt: (table.timestamp(.ownerAssignedAt, row) ?? table.timestamp(.createdAt, row))?.secondsSinceEpoch,
                            leadSource: column.text(.leadSource, row), email: email,
                            hasCompany: hasCompany, hasContact: hasContact,
                            touches: (touchesByRecord[id] ?? []).sorted()))
                    default:
                        continue
                    }
                }
                people[cluster] = person
            }
        }
        return people
    }
}

/// The text columns of one table that the assembly reads, looked up once: a dictionary lookup per
/// field and record was most of the flag stage's time at a million leads.
private struct TableColumns {
    private let texts: [CanonicalField: [String]]
    /// Every field of the table with its text column (nil for dates and other kinds), for `filled`.
    private let fields: [(field: CanonicalField, texts: [String]?)]
    private let table: SourceTable

    init(_ table: SourceTable) {
        var texts: [CanonicalField: [String]] = [:]
        for field in table.fields { if let column = table.texts(field) { texts[field] = column } }
        self.texts = texts
        fields = table.fields.map { ($0, texts[$0]) }
        self.table = table
    }

    /// The text of `field` in `row`; empty when missing or not carried.
    func text(_ field: CanonicalField, _ row: Int) -> String {
        texts[field]?[row] ?? ""
    }

    /// The fields with a value in `row`.
    func filled(_ row: Int) -> Set<CanonicalField> {
        var filled = Set<CanonicalField>(minimumCapacity: fields.count)
        for (field, texts) in fields {
            if let texts { if !texts[row].isEmpty { filled.insert(field) } } else if table.timestamp(field, row) != nil { filled.insert(field) }
        }
        return filled
    }
}

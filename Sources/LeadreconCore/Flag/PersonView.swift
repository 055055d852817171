import LeadreconLink
import LeadreconValues

/// One person as the rules see it: the marketing records and CRM leads the link stage put
/// together, with each lead's bucket, hand-off and touches.
struct PersonView {
    struct MarketingRecord {
        var id: String
        /// The life-cycle stage, folded (`HeaderFolding.fold`).
        var stage: String {
            didSet { stageClass = StatusBuckets.StageClass(foldedStage: stage) }
        }
        /// Which of the rules' stage lists `stage` is on, looked up once per record, not per rule.
        private(set) var stageClass: StatusBuckets.StageClass
        var mqlAt: Timestamp?
        var score: Double?
        /// The address, when a rule reads it (`good_lead.business_email_only`); else empty.
        var email: String
        var hasCompany: Bool
        var hasContact: Bool
        var source: String
        var country: String
        /// The canonical fields this record has a value for (for `premature.required_fields`).
        var filled: CanonicalFieldSet

        /// `stageClass` is that of `stage` unless the caller already knows it (the assembly
        /// remembers it per distinct stage).
        init(id: String, stage: String, stageClass: StatusBuckets.StageClass? = nil, mqlAt: Timestamp?, score: Double?,
             email: String, hasCompany: Bool, hasContact: Bool, source: String, country: String, filled: CanonicalFieldSet) {
            self.id = id
            self.stage = stage
            self.stageClass = stageClass ?? StatusBuckets.StageClass(foldedStage: stage)
            self.mqlAt = mqlAt
            self.score = score
            self.email = email
            self.hasCompany = hasCompany
            self.hasContact = hasContact
            self.source = source
            self.country = country
            self.filled = filled
        }

        /// Marketing qualified it: a stage at or past MQL, or an MQL date.
        var isMQL: Bool { stageClass.contains(.mqlOrLater) || mqlAt != nil }
    }

    struct CRMLead {
        var id: String
        var bucket: Pipeline.StatusBucket?
        var closeReason: String
        /// When it was closed: the mapped close date, else its last modification.
        var closedAt: Int64?
        var owner: String
        var ownerIsPerson: Bool
        var handoffAt: Int64?
        var leadSource: String
        /// The address, when a rule reads it (`good_lead.business_email_only`); else empty.
        var email: String
        var hasCompany: Bool
        var hasContact: Bool
        /// Completed calls, e-mails and meetings on this lead, ascending (a slice of the touch log).
        var touches: ArraySlice<Int64>
    }

    var personID: String
    var marketing: [MarketingRecord] = []
    var leads: [CRMLead] = []

    /// Marketing qualified this person (one of their records is an MQL). Records are read in
    /// place, by index: `contains(where:)` and `first(where:)` copy each element they look at (a
    /// dozen strings retained and released), which at a million people was a large part of the
    /// flag stage.
    var isMQL: Bool {
        for index in marketing.indices where marketing[index].isMQL { return true }
        return false
    }

    /// The earliest dated MQL of the marketing records.
    var earliestMQL: Timestamp? {
        var earliest: Timestamp?
        for index in marketing.indices {
            if let at = marketing[index].mqlAt, earliest.map({ at < $0 }) ?? true { earliest = at }
        }
        return earliest
    }

    /// The first non-empty lead source of the marketing records.
    var marketingSource: String? {
        for index in marketing.indices where !marketing[index].source.isEmpty { return marketing[index].source }
        return nil
    }

    /// The first non-empty lead source of the CRM leads.
    var leadSource: String? {
        for index in leads.indices where !leads[index].leadSource.isEmpty { return leads[index].leadSource }
        return nil
    }

    /// The owner of the first lead owned by a person (not a queue), if any.
    var personOwner: String? {
        for index in leads.indices where leads[index].ownerIsPerson { return leads[index].owner }
        return nil
    }
}

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
        var filled: CanonicalFieldSet
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

/// A field of leadrecon's canonical record: what a source column means, whatever the export
/// called it. Header presets map real export headers onto these; rules read only these.
public enum CanonicalField: String, CaseIterable, Sendable, Codable, Comparable {
    // Identity of the record in its own system.
    case recordID = "record_id"
    // Person.
    case firstName = "first_name"
    case lastName = "last_name"
    case fullName = "full_name"
    case salutation
    case email
    case phone
    case mobilePhone = "mobile_phone"
    case company
    case jobTitle = "job_title"
    case country
    // Further person attributes, for generic people lists (registers, customer lists).
    case dateOfBirth = "date_of_birth"
    case street
    case postalCode = "postal_code"
    case city
    // Marketing life cycle.
    case lifecycleStage = "lifecycle_stage"
    case score
    case mqlAt = "mql_at"
    // CRM lead state.
    case status
    case leadSource = "lead_source"
    case owner
    case ownerAssignedAt = "owner_assigned_at"
    case createdAt = "created_at"
    case lastModifiedAt = "last_modified_at"
    case closeReason = "close_reason"
    case closedAt = "closed_at"
    case isConverted = "is_converted"
    case convertedAt = "converted_at"
    case masterRecordID = "master_record_id"
    case crmID = "crm_id"
    // Activities (tasks, events).
    case whoID = "who_id"
    case activityType = "activity_type"
    case activitySubtype = "activity_subtype"
    case subject
    case activityDate = "activity_date"
    case completedAt = "completed_at"
    case callResult = "call_result"

    /// How the column's text is typed on ingest.
    public enum Kind: Sendable, Equatable {
        case text, identifier, timestamp, number, boolean

        /// Held as text: free text and identifiers.
        public var isText: Bool { self == .text || self == .identifier }
    }

    public var kind: Kind {
        switch self {
        case .recordID, .masterRecordID, .crmID, .whoID: .identifier
        case .mqlAt, .ownerAssignedAt, .createdAt, .lastModifiedAt, .closedAt, .convertedAt,
             .activityDate, .completedAt, .dateOfBirth: .timestamp
        case .score: .number
        case .isConverted: .boolean
        default: .text
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a source holds, and so which canonical fields it must and may carry.
public enum SourceRole: String, CaseIterable, Sendable, Codable {
    case marketing
    case crmLeads = "crm_leads"
    case crmActivities = "crm_activities"
    /// Any CSV of people records for the generic link stage: no field is required.
    case people

    /// Fields a source of this role cannot be loaded without. `email` and `phone` are checked as
    /// "at least one of" by the mapper, not here.
    public var requiredFields: [CanonicalField] {
        switch self {
        case .marketing: [.recordID]
        case .crmLeads: [.recordID, .status]
        case .crmActivities: [.recordID, .whoID]
        case .people: []
        }
    }

    /// Fields worth loading for this role; everything else is dropped on ingest (GDPR data
    /// minimisation: only what the rules need).
    public var usefulFields: [CanonicalField] {
        switch self {
        case .marketing:
            [.recordID, .firstName, .lastName, .fullName, .salutation, .email, .phone, .mobilePhone,
             .company, .jobTitle, .country, .lifecycleStage, .status, .leadSource, .score, .mqlAt,
             .owner, .ownerAssignedAt, .createdAt, .lastModifiedAt, .crmID]
        case .crmLeads:
            [.recordID, .firstName, .lastName, .fullName, .salutation, .email, .phone, .mobilePhone,
             .company, .jobTitle, .country, .status, .leadSource, .owner, .ownerAssignedAt,
             .createdAt, .lastModifiedAt, .closeReason, .closedAt, .isConverted, .convertedAt,
             .masterRecordID, .score]
        case .crmActivities:
            [.recordID, .whoID, .owner, .activityType, .activitySubtype, .status, .subject,
             .activityDate, .createdAt, .completedAt, .callResult]
        case .people:
            CanonicalField.allCases
        }
    }
}

extension CanonicalField {
    /// Hashes the case by a few bytes of its name instead of all of them, as a raw-value enum
    /// otherwise does: tables keyed by field are looked up several times per record, millions of
    /// times a run. Equal cases have equal names, so this agrees with `==`.
    public func hash(into hasher: inout Hasher) {
        let name = rawValue.utf8
        hasher.combine(UInt32(name.count) << 16 | UInt32(name.first ?? 0) << 8 | UInt32(name.last ?? 0))
    }
}

extension RawPipeline {
    /// The `rules` section.
    struct Rules {
        static let keys = ["good_lead", "sla", "touch_types", "completed_statuses", "sales_sources",
                           "queue_owner_patterns", "premature", "leak"]
        static let goodLeadKeys = ["min_score", "business_email_only", "countries"]
        static let slaKeys = ["first_touch_within", "hand_raise_sources", "accept_within", "min_attempts",
                              "cadence_window", "stale_after"]
        static let prematureKeys = ["min_score", "required_fields", "confirm_window", "readiness_reasons"]

        var goodLeadMinScore: RawScalar?
        var businessEmailOnly: RawScalar?
        var countries: RawList<RawScalar>?
        var firstTouchHandRaise: RawScalar?
        var firstTouchDefault: RawScalar?
        var handRaiseSources: RawList<RawScalar>?
        var acceptWithin: RawScalar?
        var minAttempts: RawScalar?
        var cadenceWindow: RawScalar?
        var staleAfter: RawScalar?
        var touchTypes: RawList<RawScalar>?
        var completedStatuses: RawList<RawScalar>?
        var salesSources: RawList<RawScalar>?
        var queueOwnerPatterns: RawList<RawScalar>?
        var prematureMinScore: RawScalar?
        var requiredFields: RawList<RequiredField>?
        var confirmWindow: RawScalar?
        var readinessReasons: RawList<RawScalar>?
        var syncGrace: RawScalar?

        init(_ reader: MappingReader, log: DiagnosticLog) {
            if let goodLead = reader.mapping("good_lead", keys: Self.goodLeadKeys) {
                goodLeadMinScore = goodLead.scalar("min_score")
                businessEmailOnly = goodLead.scalar("business_email_only")
                countries = goodLead.scalarList("countries")
            }
            if let sla = reader.mapping("sla", keys: Self.slaKeys) {
                let firstTouch = sla.mapping("first_touch_within", keys: ["hand_raise", "default"])
                firstTouchHandRaise = firstTouch?.scalar("hand_raise")
                firstTouchDefault = firstTouch?.scalar("default")
                handRaiseSources = sla.scalarList("hand_raise_sources")
                acceptWithin = sla.scalar("accept_within")
                minAttempts = sla.scalar("min_attempts")
                cadenceWindow = sla.scalar("cadence_window")
                staleAfter = sla.scalar("stale_after")
            }
            touchTypes = reader.scalarList("touch_types")
            completedStatuses = reader.scalarList("completed_statuses")
            salesSources = reader.scalarList("sales_sources")
            queueOwnerPatterns = reader.scalarList("queue_owner_patterns")
            if let premature = reader.mapping("premature", keys: Self.prematureKeys) {
                prematureMinScore = premature.scalar("min_score")
                requiredFields = premature.list("required_fields") { RequiredField($0, log: log) }
                confirmWindow = premature.scalar("confirm_window")
                readinessReasons = premature.scalarList("readiness_reasons")
            }
            syncGrace = reader.mapping("leak", keys: ["sync_grace"])?.scalar("sync_grace")
        }
    }

    /// A `required_fields` entry: a field, or a list of fields of which one is enough.
    struct RequiredField {
        var location: SourceLocation
        var anyOf: [RawScalar]

        init?(_ node: YAMLNode, log: DiagnosticLog) {
            location = node.location
            switch node {
            case .scalar(let scalar) where scalar.isNull:
                log.error("empty entry in 'required_fields'", at: node.location)
                return nil
            case .scalar:
                guard let field = MappingReader.scalar(node, key: "required_fields", log: log) else { return nil }
                anyOf = [field]
            case .sequence(let sequence):
                anyOf = sequence.items.compactMap { MappingReader.scalar($0, key: "required_fields", log: log) }
                guard !anyOf.isEmpty else {
                    log.error("empty list in 'required_fields'; name at least one field", at: node.location)
                    return nil
                }
            case .mapping:
                log.error("expected a field or a list of fields in 'required_fields', got a mapping",
                          at: node.location)
                return nil
            }
        }
    }
}

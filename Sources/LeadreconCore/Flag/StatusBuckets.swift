/// Raw CRM statuses and marketing life-cycle stages, mapped onto what the rules reason about.
/// Presets for Salesforce and HubSpot in English and German (German HubSpot labels unverified);
/// a source's `statuses:` in the pipeline file overrides any of them.
enum StatusBuckets {
    /// Folded status text → bucket.
    static let presets: [String: Pipeline.StatusBucket] = {
        var map: [String: Pipeline.StatusBucket] = [:]
        let entries: [(Pipeline.StatusBucket, [String])] = [
            (.new, ["Open - Not Contacted", "Open", "New", "Offen - Nicht kontaktiert", "Offen", "Neu",
                    "NEW", "OPEN"]),
            (.working, ["Working - Contacted", "Working", "Contacted", "In Bearbeitung - Kontaktiert",
                        "In Bearbeitung", "Kontaktiert", "Attempted to Contact", "Connected", "In Progress",
                        "ATTEMPTED_TO_CONTACT", "CONNECTED", "IN_PROGRESS", "Kontaktversuch", "Verbunden"]),
            (.converted, ["Closed - Converted", "Converted", "Qualified", "Geschlossen - Konvertiert", "Konvertiert",
                          "Open Deal", "OPEN_DEAL", "Offener Deal", "won", "Gewonnen"]),
            (.closed, ["Closed - Not Converted", "Unqualified", "Disqualified", "Geschlossen - Nicht konvertiert",
                       "Nicht qualifiziert", "Bad Timing", "BAD_TIMING", "UNQUALIFIED", "Schlechtes Timing",
                       "lost", "Verloren"]),
        ]
        for (bucket, labels) in entries {
            for label in labels { map[HeaderFolding.fold(label)] = bucket }
        }
        return map
    }()

    /// The bucket of `status`, overrides first; nil when neither knows it.
    static func bucket(_ status: String, overrides: [String: Pipeline.StatusBucket]) -> Pipeline.StatusBucket? {
        if let exact = overrides[status] { return exact }
        let folded = HeaderFolding.fold(status)
        for (label, bucket) in overrides where HeaderFolding.fold(label) == folded { return bucket }
        return presets[folded]
    }

    /// HubSpot life-cycle stages at or past MQL (labels and internal values).
    static let mqlOrLater: Set<String> = Set([
        "Marketing Qualified Lead", "marketingqualifiedlead", "Sales Qualified Lead", "salesqualifiedlead",
        "Opportunity", "opportunity", "Customer", "customer", "Evangelist", "evangelist",
        "Marketingqualifizierter Lead", "Vertriebsqualifizierter Lead", "Verkaufschance", "Kunde",
        "Markenbotschafter",
    ].map(HeaderFolding.fold))

    /// Stages that say the deal is won or in progress (drift when the CRM lead is still NEW).
    static let opportunityOrCustomer: Set<String> = Set(
        ["Opportunity", "opportunity", "Customer", "customer", "Verkaufschance", "Kunde"].map(HeaderFolding.fold))

    /// Stages that say marketing still holds the lead (drift when the CRM lead is CONVERTED).
    static let leadOrMQL: Set<String> = Set(
        ["Lead", "lead", "Marketing Qualified Lead", "marketingqualifiedlead", "Marketingqualifizierter Lead"]
            .map(HeaderFolding.fold))

    /// The stage lists a folded life-cycle stage is on.
    struct StageClass: OptionSet {
        let rawValue: UInt8
        static let mqlOrLater = StageClass(rawValue: 1)
        static let opportunityOrCustomer = StageClass(rawValue: 2)
        static let leadOrMQL = StageClass(rawValue: 4)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(foldedStage stage: String) {
            self = []
            if StatusBuckets.mqlOrLater.contains(stage) { insert(.mqlOrLater) }
            if StatusBuckets.opportunityOrCustomer.contains(stage) { insert(.opportunityOrCustomer) }
            if StatusBuckets.leadOrMQL.contains(stage) { insert(.leadOrMQL) }
        }
    }
}

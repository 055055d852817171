extension Pipeline {
    /// The thresholds, windows and lists the flag stage applies (RULES.md; defaults from there).
    public struct RuleSettings: Sendable, Equatable {
        /// Which MQLs count as good leads.
        public var goodLead: GoodLeadRule
        /// Follow-up windows for IGNORED_GOOD_LEAD.
        public var sla: ServiceLevel
        /// Activity types that count as a touch.
        public var touchTypes: [String]
        /// Activity statuses that mean the activity happened.
        public var completedStatuses: [String]
        /// CRM lead sources that make a person sales-sourced.
        public var salesSources: [String]
        /// Owners matching any of these are queues or integration users, not people.
        public var queueOwnerPatterns: [OwnerPattern]
        /// Settings of PREMATURE_HANDOFF.
        public var premature: PrematureHandoffRule
        /// How long a CRM sync may lag before an MQL counts as leaked.
        public var leakSyncGrace: WorkingDuration

        /// Creates the settings; anything not given takes its default (RULES.md).
        public init(
            goodLead: GoodLeadRule = GoodLeadRule(),
            sla: ServiceLevel = ServiceLevel(),
            touchTypes: [String] = ["Call", "Email", "Meeting", "Anruf", "E-Mail", "Besprechung"],
            completedStatuses: [String] = ["Completed", "Erledigt", "Abgeschlossen"],
            salesSources: [String] = ["Cold Call", "Outbound", "Partner Referral", "Kaltakquise"],
            queueOwnerPatterns: [OwnerPattern] = OwnerPattern.defaults,
            premature: PrematureHandoffRule = PrematureHandoffRule(),
            leakSyncGrace: WorkingDuration = .working(days: 1, minutes: 0)
        ) {
            self.goodLead = goodLead
            self.sla = sla
            self.touchTypes = touchTypes
            self.completedStatuses = completedStatuses
            self.salesSources = salesSources
            self.queueOwnerPatterns = queueOwnerPatterns
            self.premature = premature
            self.leakSyncGrace = leakSyncGrace
        }
    }

    /// The fit gate an MQL must pass to be a good lead.
    public struct GoodLeadRule: Sendable, Equatable {
        /// The lowest marketing score accepted; `nil` for no score gate.
        public var minScore: Double?
        /// Whether free-mail addresses fail the gate.
        public var businessEmailOnly: Bool
        /// The countries accepted; empty for any.
        public var countries: [String]

        /// Creates the settings; anything not given takes its default (RULES.md).
        public init(minScore: Double? = nil, businessEmailOnly: Bool = false, countries: [String] = []) {
            self.minScore = minScore
            self.businessEmailOnly = businessEmailOnly
            self.countries = countries
        }
    }

    /// The follow-up sales agreed to give good leads.
    public struct ServiceLevel: Sendable, Equatable {
        /// First-touch window for leads from a hand-raise source (default 1 working hour).
        public var firstTouchHandRaise: WorkingDuration
        /// First-touch window for other leads (default 8 working hours).
        public var firstTouchDefault: WorkingDuration
        /// Lead sources that are hand-raises (demo request, contact form, …).
        public var handRaiseSources: [String]
        /// How long a lead may stay NEW (default 24 working hours).
        public var acceptWithin: WorkingDuration
        /// Touches expected before closing (default 6).
        public var minAttempts: Int
        /// The window the attempts are counted in (default 10 working days).
        public var cadenceWindow: WorkingDuration
        /// Quiet time after which an open lead is stale (default 14 calendar days).
        public var staleAfter: WorkingDuration

        /// Creates the settings; anything not given takes its default (RULES.md).
        public init(
            firstTouchHandRaise: WorkingDuration = .working(days: 0, minutes: 60),
            firstTouchDefault: WorkingDuration = .working(days: 0, minutes: 8 * 60),
            handRaiseSources: [String] = ["Demo Request", "Contact Us", "Pricing", "Kontaktformular"],
            acceptWithin: WorkingDuration = .working(days: 0, minutes: 24 * 60),
            minAttempts: Int = 6,
            cadenceWindow: WorkingDuration = .working(days: 10, minutes: 0),
            staleAfter: WorkingDuration = .calendarDays(14)
        ) {
            self.firstTouchHandRaise = firstTouchHandRaise
            self.firstTouchDefault = firstTouchDefault
            self.handRaiseSources = handRaiseSources
            self.acceptWithin = acceptWithin
            self.minAttempts = minAttempts
            self.cadenceWindow = cadenceWindow
            self.staleAfter = staleAfter
        }
    }

    /// Settings of PREMATURE_HANDOFF.
    public struct PrematureHandoffRule: Sendable, Equatable {
        /// A marketing score below this is BELOW_THRESHOLD; `nil` for no score check.
        public var minScore: Double?
        /// Fields a handed-off record must carry; each entry is satisfied by any one of its
        /// fields (`[[.company], [.email, .phone]]`: a company, and an e-mail or a phone).
        public var requiredFields: [[CanonicalField]]
        /// How soon after hand-off a not-ready close confirms the hand-off was premature.
        public var confirmWindow: WorkingDuration
        /// Close reasons that mean "not ready yet".
        public var readinessReasons: [String]

        /// Creates the settings; anything not given takes its default (RULES.md).
        public init(
            minScore: Double? = nil,
            requiredFields: [[CanonicalField]] = [[.company], [.email, .phone]],
            confirmWindow: WorkingDuration = .calendarDays(30),
            readinessReasons: [String] = [
                "Bad timing", "BAD_TIMING", "No budget", "Just researching", "Kein Bedarf", "Zu früh",
            ]
        ) {
            self.minScore = minScore
            self.requiredFields = requiredFields
            self.confirmWindow = confirmWindow
            self.readinessReasons = readinessReasons
        }
    }
}

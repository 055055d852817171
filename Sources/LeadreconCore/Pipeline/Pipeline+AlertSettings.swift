extension Pipeline {
    /// Which findings make `leadrecon run` exit 1, so that cron can alert on them.
    public struct AlertSettings: Sendable, Equatable {
        /// A finding matching any of these fails the run; empty for never.
        public var failOn: [AlertCondition]

        /// Creates the settings; anything not given takes its default (RULES.md).
        public init(failOn: [AlertCondition] = AlertCondition.defaults) {
            self.failOn = failOn
        }
    }

    /// A flag, optionally narrowed to one severity: `IGNORED_GOOD_LEAD:IGNORED`.
    public struct AlertCondition: Sendable, Hashable, CustomStringConvertible {
        /// The flag a finding must have.
        public var flag: FindingFlag
        /// `nil` matches every severity of the flag.
        public var severity: FindingSeverity?

        /// A condition on `flag`, narrowed to `severity` if given.
        public init(flag: FindingFlag, severity: FindingSeverity? = nil) {
            self.flag = flag
            self.severity = severity
        }

        /// Whether a finding with this flag and severity matches.
        public func matches(flag: FindingFlag, severity: FindingSeverity?) -> Bool {
            flag == self.flag && (self.severity == nil || self.severity == severity)
        }

        /// `FLAG` or `FLAG:SEVERITY`, as written in a pipeline file.
        public var description: String {
            severity.map { "\(flag.rawValue):\($0.rawValue)" } ?? flag.rawValue
        }

        /// Ignored good leads (not mere SLA breaches), and leaked MQLs.
        public static let defaults = [
            AlertCondition(flag: .ignoredGoodLead, severity: .ignored),
            AlertCondition(flag: .leakedMQL),
        ]
    }

    /// The kinds of finding the flag stage reports (RULES.md).
    public enum FindingFlag: String, Sendable, CaseIterable {
        case ignoredGoodLead = "IGNORED_GOOD_LEAD"
        case prematureHandoff = "PREMATURE_HANDOFF"
        case leakedMQL = "LEAKED_MQL"
        case duplicateWork = "DUPLICATE_WORK"
        case statusDrift = "STATUS_DRIFT"
        case rejectedWithoutReason = "REJECTED_WITHOUT_REASON"
        case salesSourced = "SALES_SOURCED"

        /// The severities findings of this flag can have; empty for flags without severity.
        public var severities: [FindingSeverity] {
            switch self {
            case .ignoredGoodLead: [.ignored, .breach]
            case .prematureHandoff: [.suspected, .confirmed]
            default: []
            }
        }
    }

    /// How bad a finding is (RULES.md).
    public enum FindingSeverity: String, Sendable, CaseIterable {
        /// A good lead not followed up.
        case ignored = "IGNORED"
        /// A good lead followed up late, and nothing worse.
        case breach = "BREACH"
        /// A hand-off that looks premature from marketing's data alone.
        case suspected = "SUSPECTED"
        /// A hand-off sales worked and sent back as not ready.
        case confirmed = "CONFIRMED"
    }
}

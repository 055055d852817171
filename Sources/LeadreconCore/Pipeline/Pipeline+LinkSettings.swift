public import Foundation

extension Pipeline {
    /// Settings of the link stage: how records are blocked, compared, scored and clustered.
    public struct LinkSettings: Sendable, Equatable {
        /// The match probability (0...1) at or above which a pair is linked.
        public var threshold: Double
        /// Blocks with more records than this are refused rather than compared pairwise.
        public var maxBlockSize: Int
        /// Clusters are not grown past this many records (a guard against chaining).
        public var maxClusterSize: Int
        /// Whether a person may hold at most one record of each source.
        public var oneRecordPerSource: Bool
        /// Candidate pairs are those that agree on at least one of these rules; never empty.
        public var blocking: [BlockingRule]
        /// The comparisons whose weights add up to a pair's match weight; never empty.
        public var comparisons: [Comparison]
        /// Trained parameters to load instead of estimating them, if given.
        public var model: URL?

        /// Creates the settings; anything not given takes its default (RULES.md).
        public init(
            threshold: Double = 0.9,
            maxBlockSize: Int = 5000,
            maxClusterSize: Int = 50,
            oneRecordPerSource: Bool = false,
            blocking: [BlockingRule] = BlockingRule.defaults,
            comparisons: [Comparison] = Comparison.defaults,
            model: URL? = nil
        ) {
            self.threshold = threshold
            self.maxBlockSize = maxBlockSize
            self.maxClusterSize = maxClusterSize
            self.oneRecordPerSource = oneRecordPerSource
            self.blocking = blocking
            self.comparisons = comparisons
            self.model = model
        }
    }

    /// A blocking rule: records that share its key become candidate pairs.
    public enum BlockingRule: Sendable, Hashable {
        /// Same normalised e-mail address.
        case email
        /// Same phone number in E.164 form.
        case phone
        /// Same first and last name.
        case firstLastName
        /// First name of one equals last name of the other, and the other way round.
        case swappedNames
        /// Same e-mail local part (before the `@`), whatever the domain.
        case emailLocalPart
        /// Same last name and company.
        case lastNameCompany
        /// Same first name and company.
        case firstNameCompany
        /// Same normalised values in all of these fields.
        case custom(name: String, fields: [CanonicalField])

        /// The rules used when the pipeline file names none, in this order.
        public static let defaults: [BlockingRule] = [
            .email, .phone, .firstLastName, .swappedNames, .emailLocalPart, .lastNameCompany,
            .firstNameCompany,
        ]

        /// The rule's name as written in the pipeline file and shown in reports.
        public var name: String {
            switch self {
            case .email: "email"
            case .phone: "phone"
            case .firstLastName: "first_last_name"
            case .swappedNames: "swapped_names"
            case .emailLocalPart: "email_local_part"
            case .lastNameCompany: "last_name_company"
            case .firstNameCompany: "first_name_company"
            case .custom(let name, _): name
            }
        }

        /// The built-in rule called `name`, if there is one.
        public init?(builtInName name: String) {
            guard let rule = Self.defaults.first(where: { $0.name == name }) else { return nil }
            self = rule
        }
    }
}

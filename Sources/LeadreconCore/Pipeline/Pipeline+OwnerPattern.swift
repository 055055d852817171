public import Foundation

extension Pipeline {
    /// A regular expression (ICU syntax, as `NSRegularExpression` reads it) that recognises
    /// queue and integration-user owners, compiled when the pipeline file is validated.
    public struct OwnerPattern: Sendable, Equatable, CustomStringConvertible {
        /// The pattern as written in the pipeline file.
        public let pattern: String
        /// The compiled expression.
        public let expression: NSRegularExpression

        /// Compiles `pattern`; `nil` if it is not a valid expression.
        public init?(_ pattern: String) {
            guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
            self.pattern = pattern
            self.expression = expression
        }

        /// Whether the pattern matches anywhere in `owner`.
        public func matches(_ owner: String) -> Bool {
            let range = NSRange(owner.startIndex..<owner.endIndex, in: owner)
            return expression.firstMatch(in: owner, range: range) != nil
        }

        /// The pattern as written.
        public var description: String { pattern }

        /// Patterns are equal when written alike (compiled expressions compare by identity).
        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.pattern == rhs.pattern
        }

        /// Salesforce queue ids (`00G…`) and owners named like a queue or an integration user.
        public static let defaults: [OwnerPattern] = ["^00G", "(?i)queue", "(?i)integration"].map {
            OwnerPattern($0)!
        }
    }
}

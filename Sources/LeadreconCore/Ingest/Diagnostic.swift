/// A data problem worth telling the user about that does not stop the run: an unparseable date, an
/// id mangled by a spreadsheet, a header mapping doubt. Located by file, line and column.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        public static func < (lhs: Self, rhs: Self) -> Bool {
            [Self.note, .warning, .error].firstIndex(of: lhs)! < [Self.note, .warning, .error].firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    /// A stable code, e.g. `invalid_timestamp`.
    public var code: String
    public var message: String
    public var file: String
    /// 1-based physical line, or 0 for the file as a whole.
    public var line: Int
    /// 1-based column (field index), or 0.
    public var column: Int

    public init(severity: Severity, code: String, message: String, file: String, line: Int = 0, column: Int = 0) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column: severity: message [code]`, the form editors and CI logs link.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if column > 0 { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}

/// Collects diagnostics, keeping the first few of each kind per file and column and counting the
/// rest, so a column of a million bad dates costs a counter, not a million messages.
public struct DiagnosticCollector: Sendable {
    public static let examplesPerKind = 5
    public private(set) var diagnostics: [Diagnostic] = []
    /// How many diagnostics of each code were raised, including those not kept.
    public private(set) var counts: [String: Int] = [:]
    private var perKind: [String: Int] = [:]

    public init() {}

    public mutating func add(_ diagnostic: Diagnostic) {
        counts[diagnostic.code, default: 0] += 1
        let kind = "\(diagnostic.code)\u{1F}\(diagnostic.file)\u{1F}\(diagnostic.column)"
        let seen = perKind[kind, default: 0]
        perKind[kind] = seen + 1
        if seen < Self.examplesPerKind { diagnostics.append(diagnostic) }
    }

    public mutating func merge(_ other: DiagnosticCollector) {
        for diagnostic in other.diagnostics { diagnostics.append(diagnostic) }
        for (code, count) in other.counts { counts[code, default: 0] += count }
    }
}

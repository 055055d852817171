/// Which separators a number column uses.
public enum NumberNotation: Sendable, Hashable, CaseIterable {
    /// `1.234,56`: `,` decimal, `.` between thousands (German, Austrian, most of Europe).
    case german
    /// `1,234.56`: `.` decimal, `,` between thousands (English; SaaS and API exports).
    case english
}

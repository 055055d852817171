import Yams

/// A position in the pipeline file, counted from 1 (columns in Unicode scalars).
struct SourceLocation: Hashable, Comparable {
    var line: Int
    var column: Int

    static let start = SourceLocation(line: 1, column: 1)

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark?) {
        self = mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? .start
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

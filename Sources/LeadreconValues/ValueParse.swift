/// The outcome of reading one cell as a typed value.
///
/// Every parser of this module answers one: a blank cell (empty or only spaces) is `.empty`, so
/// that callers can tell "not given" from "given but unreadable" (`.invalid`), which ingest sends
/// to the rejects ledger or reports per column.
public enum ValueParse<T> {
    /// The cell is empty or holds only blanks.
    case empty
    /// The cell holds a valid value.
    case value(T)
    /// The cell holds text that is not a valid value of the type.
    case invalid

    /// The parsed value, or nil when the cell was empty or invalid.
    public var parsed: T? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Whether the cell was empty or blank.
    public var isEmpty: Bool {
        if case .empty = self { return true }
        return false
    }

    /// Whether the cell held text that could not be read.
    public var isInvalid: Bool {
        if case .invalid = self { return true }
        return false
    }

    /// The outcome with its value transformed, `.empty` and `.invalid` kept as they are.
    public func map<U>(_ transform: (T) throws -> U) rethrows -> ValueParse<U> {
        switch self {
        case .empty: .empty
        case .value(let value): .value(try transform(value))
        case .invalid: .invalid
        }
    }
}

extension ValueParse: Sendable where T: Sendable {}
extension ValueParse: Equatable where T: Equatable {}
extension ValueParse: Hashable where T: Hashable {}

/// An equality blocking rule: records whose keys under this rule are equal (and present) become
/// candidate pairs, as in Splink's `block_on(...)`.
///
/// The rule does not know how its key was made (e-mail, swapped name pair, last name + company):
/// the caller extracts the key of every record and hands over the column.
public struct BlockingRule: Sendable {
    /// The rule's name, used in reports, warnings and a pair's "matched on".
    public var name: String
    /// The rule's key for every record.
    public var keys: BlockingKeyColumn

    /// A rule named `name` over an already interned key column (compacted: its lookup table is
    /// dropped from the rule's copy).
    public init(name: String, keys: BlockingKeyColumn) {
        self.name = name
        self.keys = keys
        self.keys.compact()
    }

    /// A rule named `name` over one optional key per record; `nil` or empty means no key.
    public init(name: String, keys: [String?]) {
        self.init(name: name, keys: BlockingKeyColumn(keys))
    }
}

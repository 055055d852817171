/// A list of the file with the key it was found under and where it starts.
struct RawList<Element> {
    var key: String
    /// The entries that could be read; malformed ones are logged and left out.
    var items: [Element]
    var location: SourceLocation
    /// Whether the file wrote `[]`, as opposed to entries that were all malformed.
    var isEmptyAsWritten: Bool
}

/// Remembers a value computed from each distinct text of one column (a status's bucket, whether
/// an owner is a person, a folded life-cycle stage): by the column's interned id where it interns
/// its values — an array index, no hashing — and by the text itself once it keeps plain bytes.
/// One per thread: it is filled as it is read.
struct ColumnMemo<Value> {
    private var byID: [Value?]
    private var byText: [String: Value] = [:]

    /// A memo for a column that has handed out `internedCount` ids (``TextColumn/internedCount``).
    init(internedCount: Int?) {
        byID = Array(repeating: nil, count: internedCount ?? 0)
    }

    /// `compute(text())` for a row whose interned id is `id` (nil when the column keeps plain
    /// bytes), computed once per distinct text.
    mutating func value(id: Int?, text: () -> String, _ compute: (String) -> Value) -> Value {
        if let id, id < byID.count {
            if let known = byID[id] { return known }
            let value = compute(text())
            byID[id] = value
            return value
        }
        let text = text()
        if let known = byText[text] { return known }
        let value = compute(text)
        byText[text] = value
        return value
    }
}

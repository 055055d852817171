/// Remembers `HeaderFolding.fold` per distinct value for columns with few distinct values (lead
/// sources, statuses, close reasons, countries, life-cycle stages): folding is Unicode
/// normalisation through Foundation and costs microseconds, which at millions of records is the
/// largest part of assembling and evaluating people.
///
/// A class so that a rules value shared by every person can fill it; the flag stage runs on one
/// thread. Past `maxRemembered` distinct values it folds without remembering.
final class FoldMemo {
    private var folded: [String: String] = [:]
    private static let maxRemembered = 65_536

    func fold(_ value: String) -> String {
        if let known = folded[value] { return known }
        let key = HeaderFolding.fold(value)
        if folded.count < Self.maxRemembered { folded[value] = key }
        return key
    }
}

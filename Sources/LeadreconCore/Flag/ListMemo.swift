/// Remembers which of the rule settings' lists (sales sources, hand-raise sources, readiness
/// reasons, countries) each distinct raw text is on. A class, so that a rules value shared by every
/// person of a worker can fill it; one per worker (the flag stage gives each its own rules). Past
/// `maxRemembered` distinct texts it computes without remembering.
final class ListMemo {
    struct Lists: OptionSet {
        let rawValue: UInt8
        static let salesSource = Lists(rawValue: 1)
        static let handRaiseSource = Lists(rawValue: 2)
        static let readinessReason = Lists(rawValue: 4)
        static let country = Lists(rawValue: 8)
    }

    private var known: [String: Lists] = [:]
    private static let maxRemembered = 65_536

    /// `compute(text)`, once per distinct text.
    func lists(of text: String, _ compute: (String) -> Lists) -> Lists {
        if let lists = known[text] { return lists }
        let lists = compute(text)
        if known.count < Self.maxRemembered { known[text] = lists }
        return lists
    }
}

import Testing
@testable import LeadreconValues

/// The fixed-position reading of ISO 8601 cells is a shortcut, not a second grammar: wherever it
/// answers, the grammar gives the same fields, and where it does not, the grammar decides.
@Suite struct TimestampFastPathTests {
    static let dates = ["2024-03-12", "2024-3-12", "2024-03-1", "20240-03-12", "2024/03/12", "12.03.2024", "2024-13-45", "0000-00-00"]
    static let betweens = ["T", "t", " ", "  ", ", ", ""]
    static let times = ["09:14", "9:14", "09:14:05", "09:14:05.123", "09:14:05.", "09:14:5", "091:4", "09:14:05,5", "24:61:61", "09:145"]
    static let zones = ["", " PM", "am", "Z", "z", "+0100", "+01:00", "-0530", "+01", "+1900", "+01:60", "+01:00:00", "+010", "x", "5", " Z"]
    /// Bytes a mutation puts anywhere: digits, the grammar's punctuation, a letter, a blank.
    static let mutations = Array("0123456789-:T .+Z,/a".utf8)

    /// Assembled cells (every combination, then random ones with a byte changed, dropped or added).
    @Test func agreesWithTheGrammar() {
        var cells: [String] = []
        for date in Self.dates {
            cells.append(date)
            for between in Self.betweens { for time in Self.times { for zone in Self.zones { cells.append(date + between + time + zone) } } }
        }
        var state: UInt64 = 0x7157_A3F0_0D5E_ED01
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<60_000 {
            // Half the mutants from the shapes the shortcut takes: its edges are where it could err.
            let base = next(2) == 0 ? Self.common[next(Self.common.count)] : cells[next(cells.count)]
            var bytes = Array(base.utf8)
            let position = next(bytes.count + 1)
            switch next(3) {
            case 0 where position < bytes.count: bytes[position] = Self.mutations[next(Self.mutations.count)]
            case 1 where position < bytes.count: bytes.remove(at: position)
            default: bytes.insert(Self.mutations[next(Self.mutations.count)], at: position)
            }
            cells.append(String(decoding: bytes, as: UTF8.self))
        }
        var disagreements: [String] = [], taken = 0
        for cell in cells {
            var text = cell
            text.withUTF8 { bytes in
                let range = ByteText.trimmed(bytes)
                guard !range.isEmpty else { return }
                guard let fast = TimestampSyntax.lexISO(bytes, range) else { return }
                taken += 1
                if TimestampSyntax.lexGrammar(bytes, range) != .value(fast) { disagreements.append(cell) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        #expect(taken > 5_000, "the shortcut took \(taken) cells")
    }

    static let common = ["2024-03-12", "2024-03-12T09:14:00.000+0000", "2024-03-12 17:32", "2024-03-12T09:14:05Z",
                         "2024-03-12T09:14:05+01:00", "2024-03-12T09:14:05.123456-0530"]

    /// The shapes real exports write take the shortcut (the point of it).
    @Test(arguments: common)
    func commonShapesTakeTheShortcut(cell: String) {
        var text = cell
        let fast = text.withUTF8 { TimestampSyntax.lexISO($0, 0..<$0.count) }
        #expect(fast != nil)
    }
}

import PropertyBased
import Testing
@testable import LeadreconCore

/// A run's findings as one front-coded blob: what goes in comes back, byte for byte, in key order;
/// a damaged blob is refused, never misread.
@Suite struct FrontCodedFindingsTests {
    typealias Entry = FrontCodedFindings.Entry

    static func entries(_ pairs: [(String, String)]) -> [Entry] { pairs.map { Entry(key: $0, severity: $1) } }

    /// Keys and severities as their bytes: `String`'s `==` would call "é" and "e\u{301}" equal.
    static func bytes(_ entries: [Entry]) -> [[[UInt8]]] { entries.map { [Array($0.key.utf8), Array($0.severity.utf8)] } }

    /// The order the blob keeps: keys by their bytes, then severities by theirs.
    static func byteOrder(_ a: [[UInt8]], _ b: [[UInt8]]) -> Bool {
        a[0] != b[0] ? a[0].lexicographicallyPrecedes(b[0]) : a[1].lexicographicallyPrecedes(b[1])
    }

    /// The layout written out for two keys sharing five bytes and two severities.
    @Test func layout() throws {
        let blob = FrontCodedFindings.encode(Self.entries([("A|m:12", "BREACH"), ("A|m:1", "IGNORED")]))
        let expected: [UInt8] = [1]                                          // format
            + [2, 6] + Array("BREACH".utf8) + [7] + Array("IGNORED".utf8)    // severities, sorted
            + [2]                                                            // findings
            + [0, 5] + Array("A|m:1".utf8) + [1]                             // nothing shared, IGNORED
            + [5, 1] + Array("2".utf8) + [0]                                 // "A|m:1" shared, BREACH
        #expect(blob == expected)
    }

    @Test(arguments: [
        ("an empty run", []),
        ("one finding", [("LEAKED_MQL|m:1|c:", "")]),
        ("keys sharing nothing", [("b", "X"), ("a", "Y"), ("c", "")]),
        ("keys sharing everything", [("SAME|m:1|c:2", "BREACH"), ("SAME|m:1|c:2", "BREACH"), ("SAME|m:1|c:2", "IGNORED")]),
        ("a key that is the start of the next", [("AB", ""), ("A", ""), ("ABC", ""), ("", "")]),
        ("an empty key and severity", [("", "")]),
        ("non-ASCII, a shared prefix ending inside a character", [
            ("DUPLICATE_WORK|m:Müller", "ü"), ("DUPLICATE_WORK|m:Mü", "ü"), ("DUPLICATE_WORK|m:Mý", "😀"),
            ("😀|m:1", ""), ("😁|m:1", ""),   // F0 9F 98 80 and F0 9F 98 81: three bytes shared
        ]),
        ("the same text in two normal forms", [("CAF\u{E9}", ""), ("CAFe\u{301}", "")]),
        ("a suffix longer than a one-byte varint", [(String(repeating: "x", count: 300), "BREACH"),
                                                    (String(repeating: "x", count: 150) + "y", "")]),
    ] as [(String, [(String, String)])])
    func roundTrip(_ name: String, _ pairs: [(String, String)]) throws {
        let entries = Self.entries(pairs)
        let decoded = try FrontCodedFindings.decode(FrontCodedFindings.encode(entries))
        #expect(Self.bytes(decoded) == Self.bytes(entries).sorted(by: Self.byteOrder), "\(name)")
    }

    @Test func anEmptyRunIsThreeBytes() throws {
        #expect(FrontCodedFindings.encode([]) == [1, 0, 0])
        #expect(try FrontCodedFindings.decode([1, 0, 0]).isEmpty)
    }

    /// Finding keys as the flag stage makes them, and pieces that are not: shrinking lowers the
    /// counts and the indices, towards few, early pieces.
    static let pieces = ["IGNORED_GOOD_LEAD|", "LEAKED_MQL|", "m:", "|c:", ",", "5465807", "00Q5g0", "1", "9",
                         "ä", "ß", "€", "😀", "e\u{301}", "\u{E9}", "\u{0}", "|"]
    static let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8).map { $0.map { pieces[$0] }.joined() }
    static let severity = Gen.int(in: 0...4).map { ["", "IGNORED", "BREACH", "ÜBERFÄLLIG", "IGNORED"][$0] }
    static let run = zip(text, severity).map { Entry(key: $0, severity: $1) }.array(of: 0...200)

    /// The law: decoding an encoded run gives its findings back byte for byte, in byte order,
    /// whatever order they came in; and the order they came in does not change the blob.
    @Test func anyRunRoundTrips() async {
        await propertyCheck(count: 300, input: Self.run) { entries in
            let blob = FrontCodedFindings.encode(entries)
            let decoded = try FrontCodedFindings.decode(blob)
            #expect(Self.bytes(decoded) == Self.bytes(entries).sorted(by: Self.byteOrder))
            #expect(FrontCodedFindings.encode(entries.reversed()) == blob)
        }
    }

    /// Sorted keys sharing their start are stored in a fraction of their bytes.
    @Test func neighbouringKeysAreStoredOnce() {
        let keys = (0..<1000).map { Entry(key: "IGNORED_GOOD_LEAD|m:5465807\(7000 + $0)|c:00Q5g000007v8EvEAI", severity: "IGNORED") }
        let text = keys.reduce(0) { $0 + $1.key.utf8.count }
        #expect(FrontCodedFindings.encode(keys).count * 2 < text, "the repeated '|c:00Q5g…' still costs")
    }

    /// Damage a decoder must notice rather than misread.
    @Test(arguments: [
        ("nothing at all", [], "findings cut short after 0 bytes"),
        ("another format", [2, 0, 0], "findings stored in an unknown format 2"),
        ("cut inside the severities", [1, 1, 5] + Array("IGN".utf8), "findings cut short after 6 bytes"),
        ("cut inside a key", [1, 1, 0, 1, 0, 4] + Array("AB".utf8), "findings cut short after 8 bytes"),
        ("fewer findings than counted", [1, 1, 0, 2, 0, 1, 65, 0], "findings cut short after 8 bytes"),
        ("more shared than the previous key", [1, 1, 0, 2, 0, 1, 65, 0, 2, 0, 0],
         "a length or index in the findings is out of range at byte 9"),
        ("a severity that is not there", [1, 1, 0, 1, 0, 1, 65, 1], "a length or index in the findings is out of range at byte 8"),
        ("bytes after the last finding", [1, 0, 0, 0, 0], "2 bytes after the last of 0 findings"),
        ("a key that is not UTF-8", [1, 1, 0, 1, 0, 2, 0xC3, 0x28, 0], "a key in the findings is not UTF-8"),
        ("a number that never ends", [1] + [UInt8](repeating: 0xFF, count: 11), "a number in the findings is too long at byte 11"),
    ] as [(String, [UInt8], String)])
    func damageIsRefused(_ name: String, _ blob: [UInt8], _ reason: String) {
        #expect(throws: FrontCodedFindings.DecodingError(reason: reason), "\(name)") {
            _ = try FrontCodedFindings.decode(blob)
        }
    }
}

import Testing
@testable import LeadreconCore

/// The byte-level fold of ASCII headers (`HeaderFolding.foldedASCII`) against the Foundation path
/// it stands in for: they must agree on every ASCII input, and the fast path must decline
/// everything else.
@Suite struct HeaderFoldingASCIITests {
    /// Every ASCII scalar alone, after a letter, before a letter and doubled.
    @Test func everyASCIIScalarFoldsAsFoundationDoes() {
        for value in UInt8(0)..<0x80 {
            let scalar = String(UnicodeScalar(value))
            for header in [scalar, "A" + scalar, scalar + "b", "x" + scalar + scalar + "Y", scalar + " *"] {
                #expect(HeaderFolding.foldedASCII(header) == HeaderFolding.foldedUnicode(header), "\(Array(header.utf8))")
            }
        }
    }

    @Test(arguments: [
        ("10115", "10115"), ("Hauptstr. 12", "hauptstr 12"), ("  Berlin-Mitte ", "berlin mitte"),
        ("O'Brien & Sons", "obrien & sons"), ("Email *", "email"), ("a * *", "a"), ("\"\"", ""), ("", ""),
    ])
    func foldsASCIIValues(header: String, expected: String) {
        #expect(HeaderFolding.foldedASCII(header) == expected)
        #expect(HeaderFolding.fold(header) == expected)
    }

    @Test(arguments: ["Straße", "Köln", "\u{FEFF}ID", "ＲＥＣＯＲＤ", "Lead\u{2013}Status", "a\u{A0}b"])
    func declinesOtherHeaders(header: String) {
        #expect(HeaderFolding.foldedASCII(header) == nil)
    }

    /// Random ASCII strings, weighted towards the characters that fold (letters, separators,
    /// quotes, `*`): both paths agree.
    @Test(arguments: [UInt64(1), 0x5EED, 0xF01D])
    func randomASCIIHeadersFoldAsFoundationDoes(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let common = Array(" *-_./\\:|()[]{}\"'`\tAbZz09#&".utf8)
        for _ in 0..<2000 {
            let length = Int(random.next() % 10)
            let bytes = (0..<length).map { _ -> UInt8 in
                let draw = random.next()
                return draw % 2 == 0 ? common[Int(draw / 2 % UInt64(common.count))] : UInt8(draw / 2 % 0x80)
            }
            let header = String(decoding: bytes, as: UTF8.self)
            #expect(HeaderFolding.foldedASCII(header) == HeaderFolding.foldedUnicode(header), "\(bytes)")
        }
    }
}

import LeadreconCore
import Testing

/// Spreadsheet damage on numeric ids: float suffixes are undone, scientific notation is flagged.
@Suite struct RecordIDTextTests {
    static let lost = RecordIDText.scientificNotationWarning

    @Test(arguments: [
        ("477209.0", "477209", String?.none),
        ("477209,0", "477209", nil),
        ("477209.00", "477209", nil),
        ("  477209.0 ", "477209", nil),
        ("12345678901.0", "12345678901", nil),
        ("477209", "477209", nil),
        (" 00Q5g00000AbCdE\u{A0}", "00Q5g00000AbCdE", nil),
        ("477209.5", "477209.5", nil),  // not a float artefact: left for the caller to judge
        ("4.33E+11", "4.33E+11", lost),
        ("4,33E+11", "4,33E+11", lost),
        (" 4.33e+11 ", "4.33e+11", lost),
        ("5E+11", "5E+11", lost),
        ("1.2345E-3", "1.2345E-3", lost),
        ("4.33E", "4.33E", nil),
        ("E+11", "E+11", nil),
        ("ABCE+11", "ABCE+11", nil),
        ("4.3.3E+11", "4.3.3E+11", nil),
        (".0", ".0", nil),
        ("", "", nil),
    ])
    func clean(raw: String, id: String, warning: String?) {
        let cleaned = RecordIDText.clean(raw)
        #expect(cleaned.id == id)
        #expect(cleaned.warning == warning)
    }

    /// `isClean` says yes only for ids `clean` leaves as they are: the typer's fast path must not
    /// skip a trim, a float suffix or a scientific-notation warning.
    @Test(arguments: [
        ("00Q5g00000AbCdE", true), ("P0001234", true), ("477209", true), ("contact-42_x", true),
        ("ABCE+11", true), ("", true), ("E+11", true), ("0x1E", true),
        ("477209.0", false), ("477209,0", false), ("4E+11", false), ("5e3", false), ("5E", false), (" 42", false),
        ("42 ", false), ("a\u{A0}", false), ("Müller", false), ("a\tb", false),
    ])
    func isClean(raw: String, clean: Bool) {
        var utf8 = raw
        #expect(utf8.withUTF8(RecordIDText.isClean) == clean)
    }

    @Test func isCleanImpliesUnchanged() {
        let alphabet = Array("0123456789.,Ee+-aZ_ \u{A0}\tü")
        var random = SeededGenerator(seed: 20261127)
        for _ in 0..<20_000 {
            let raw = String((0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            var utf8 = raw
            let clean = utf8.withUTF8 { RecordIDText.isClean($0) }
            if clean {
                let cleaned = RecordIDText.clean(raw)
                #expect(cleaned.id == raw && cleaned.warning == nil, "\(raw.debugDescription)")
            }
        }
    }

    @Test func warningText() {
        #expect(Self.lost == "id was turned into scientific notation by a spreadsheet; digits are lost")
    }
}

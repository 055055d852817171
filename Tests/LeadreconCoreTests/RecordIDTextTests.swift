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

    @Test func warningText() {
        #expect(Self.lost == "id was turned into scientific notation by a spreadsheet; digits are lost")
    }
}

import LeadreconValues
import Testing

@Suite struct BooleanParserTests {
    @Test(arguments: [
        "true", "TRUE", "True", "1", "yes", "Yes", "YES", "y", "Y", "ja", "Ja", "JA", "wahr", "WAHR", "x", "X",
        " x ", "\tyes\t", "\u{A0}ja\u{A0}",
    ])
    func truthy(text: String) {
        #expect(BooleanParser.parse(text) == .value(true))
    }

    @Test(arguments: [
        "false", "FALSE", "False", "0", "no", "No", "NO", "n", "N", "nein", "Nein", "NEIN", "falsch", "FALSCH",
        " 0 ",
    ])
    func falsy(text: String) {
        #expect(BooleanParser.parse(text) == .value(false))
    }

    @Test(arguments: ["", " ", "\t", "\u{A0}"])
    func blank(text: String) {
        #expect(BooleanParser.parse(text) == .empty)
    }

    @Test(arguments: [
        "2", "-1", "01", "1.0", "t", "f", "j", "on", "off", "yess", "tru", "truex", "xx", "ok", "nope", "nichts",
        "wahrheit", "falschfalsch", "y e s", "✓", "ü", "true false", "null", "-",
    ])
    func invalid(text: String) {
        #expect(BooleanParser.parse(text) == .invalid)
    }

    @Test func bytesOfALargerBuffer() {
        let row = Array("a;Ja;b".utf8)
        let parsed = row.withUnsafeBufferPointer { BooleanParser.parse(UnsafeBufferPointer(rebasing: $0[2..<4])) }
        #expect(parsed == .value(true))
    }
}

import Foundation
import Testing
@testable import LeadreconCSV

/// One case of PapaParse's test suite (mholt/PapaParse `tests/test-cases.js`, MIT).
struct PapaParseCase: Sendable, CustomTestStringConvertible {
    var key: String
    var input: String
    var config: [String: String]
    var expected: [[String]]

    var testDescription: String { key }

    /// Every case whose config is empty or sets only `delimiter`/`quoteChar`: the others test
    /// options leadrecon does not have (header objects, comments, dynamic typing, preview, …).
    static func selected() throws -> [PapaParseCase] {
        let all = try #require(ConformanceFixtures.json("papaparse/papaparse-cases.json") as? [[String: Any]])
        return all.compactMap { raw in
            guard let config = raw["config"] as? [String: String],
                  Set(config.keys).isSubset(of: ["delimiter", "quoteChar"]),
                  let suite = raw["suite"] as? String, let description = raw["description"] as? String,
                  let input = raw["input"] as? String, let expected = raw["expected_data"] as? [[String]]
            else { return nil }
            return PapaParseCase(key: "\(suite): \(description)", input: input, config: config, expected: expected)
        }
    }

    /// PapaParse's config as reader options. A delimiter longer than one byte (`", "`) cannot be
    /// given: such cases are read with detection, and the table says so.
    var options: CSVReadOptions {
        var options = CSVReadOptions()
        if let delimiter = config["delimiter"], delimiter.utf8.count == 1 { options.delimiter = delimiter.utf8.first }
        if let quote = config["quoteChar"], let byte = quote.utf8.first { options.quote = byte }
        return options
    }
}

/// What leadrecon makes of a PapaParse case.
enum PapaParseExpectation: Sendable {
    /// The same rows as PapaParse (header + data rows = PapaParse's rows), nothing rejected; the
    /// note says how, where that is not obvious.
    case same(note: String? = nil)
    /// leadrecon's documented outcome, with the policy reason it differs.
    case differs(ReadOutcome, because: String)
}

@Suite struct PapaParseTests {
    // Reasons, one per policy.
    static let trims = "policy: spaces and tabs around unquoted fields are trimmed (libcsv); PapaParse keeps them"
    static let outsideQuotes = "policy: spaces outside the quotes of a quoted field are dropped (libcsv); PapaParse reads ` \"B\" ` as unquoted text"
    static let strictHeader = "policy: strict RFC 4180 quoting rejects the row; it is the first row, the header, so the file cannot be read (PapaParse repairs it)"
    static let blankLines = "policy: blank and whitespace-only lines are not rows; PapaParse returns them as [\"\"] / [\" \"]"
    static let emptyRows = "policy: a row whose fields are all empty is a blank line (Excel pads blank lines as ,,,); PapaParse keeps it"
    static let emptyFile = "policy: a file without a header row is CSVError.empty; PapaParse returns no rows"
    static let loneCR = "policy: libcsv ends a row at any unquoted CR or LF; PapaParse uses the first line end it sees (\\n) and keeps the CR as data, making a 5-field row"
    static let badDelimiter = "policy: a line end as delimiter is refused (CSVError.invalidOptions); PapaParse ignores it and guesses"
    static let multiByteDelimiter = "the delimiter \", \" is two bytes, which CSVReadOptions cannot hold: read with detection, which picks ',' and trims the space"
    static let oneColumn = "a single column: no candidate delimiter splits the sample, the reader defaults to ',' (delimiterReason says so) and reads one column"

    /// Every selected case, by `suite: description`. A case missing here fails `tableCoversEveryCase`.
    static let table: [String: PapaParseExpectation] = [
        "core: One row": .same(),
        "core: Two rows": .same(),
        "core: Three rows": .same(),
        "core: Whitespace at edges of unquoted field": .differs(.rows([["a", "b", "c"]]), because: trims),
        "core: Quoted field": .same(),
        "core: Quoted field with extra whitespace on edges": .same(),
        "core: Quoted field with delimiter": .same(),
        "core: Quoted field with line break": .same(),
        "core: Quoted fields with line breaks": .same(),
        "core: Quoted fields at end of row with delimiter and line break": .same(),
        "core: Quoted field with escaped quotes": .same(),
        "core: Quoted field with escaped quotes at boundaries": .same(),
        "core: Unquoted field with quotes at end of field":
            .differs(.error("malformedHeader:1:quote_in_unquoted_field"), because: strictHeader),
        "core: Quoted field with quotes around delimiter": .same(),
        "core: Quoted field with quotes on right side of delimiter": .same(),
        "core: Quoted field with quotes on left side of delimiter": .same(),
        "core: Quoted field with 5 quotes in a row and a delimiter in there, too": .same(),
        "core: Quoted field with whitespace around quotes": .differs(.rows([["A", "B", "C"]]), because: outsideQuotes),
        "core: Misplaced quotes in data, not as opening quotes":
            .differs(.error("malformedHeader:1:quote_in_unquoted_field"), because: strictHeader),
        "core: Quoted field has no closing quote":
            .differs(.error("malformedHeader:1:unterminated_quote"), because: strictHeader),
        "core: Quoted field has invalid trailing quote after delimiter with a valid closer":
            .differs(.error("malformedHeader:1:text_after_closing_quote"), because: strictHeader),
        "core: Quoted field has invalid trailing quote after delimiter":
            .differs(.error("malformedHeader:1:text_after_closing_quote"), because: strictHeader),
        "core: Quoted field has invalid trailing quote before delimiter":
            .differs(.error("malformedHeader:1:text_after_closing_quote"), because: strictHeader),
        "core: Quoted field has invalid trailing quote after new line":
            .differs(.error("malformedHeader:1:unterminated_quote"), because: strictHeader),
        "core: Quoted field has valid trailing quote via delimiter": .same(),
        "core: Quoted field has valid trailing quote via \\n": .same(),
        "core: Quoted field has valid trailing quote via EOF": .same(),
        "core: Quoted field contains delimiters and \\n with valid trailing quote": .same(),
        "core: Line starts with quoted field": .same(),
        "core: Line starts with unquoted empty field": .same(),
        "core: Line ends with quoted field": .same(),
        "core: Quoted field at end of row (but not at EOF) has quotes": .same(),
        "core: Empty quoted field at EOF is empty": .same(),
        "core: Multiple consecutive empty fields": .same(),
        "core: Empty input string": .differs(.error("empty"), because: emptyFile),
        "core: Input is just the delimiter (2 empty fields)": .differs(.error("empty"), because: emptyRows),
        // Without the blank-row policy the second row (4 fields) would be cut to the header's 3:
        // extra trailing empty fields are accepted and dropped.
        "core: Input is just empty fields": .differs(.error("empty"), because: emptyRows),
        "core: Input is just a string (a single field)": .same(note: oneColumn),
        "core: Input with only a commented line, without comments enabled": .same(note: oneColumn),
        "core: Input without comments with line starting with whitespace":
            .differs(.rows([["a"], ["b"], ["c"]]), because: trims),
        "core: Multiple rows, one column (no delimiter found)": .same(note: oneColumn),
        "core: One column input with empty fields":
            .differs(.rows([["a"], ["b"], ["c"], ["d"], ["e"]]), because: blankLines),
        "parse: Two rows, just \\r": .same(note: "CR-only line ends are detected from the sample"),
        "parse: Two rows, \\r\\n": .same(),
        "parse: Quoted field with \\r\\n": .same(),
        "parse: Quoted field with \\r": .same(),
        "parse: Quoted field with \\n": .same(),
        "parse: Quoted fields with spaces between closing quote and next delimiter": .same(),
        "parse: Quoted fields with spaces between closing quote and next new line": .same(),
        "parse: Quoted fields with spaces after closing quote": .same(),
        "parse: Misplaced quotes in data twice, not as opening quotes":
            .differs(.error("malformedHeader:1:quote_in_unquoted_field"), because: strictHeader),
        "parse: Mixed slash n and slash r should choose first as precident":
            .differs(.rows([["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]), because: loneCR),
        "parse: Row with enough fields but blank field in the begining": .same(),
        "parse: Tab delimiter": .same(),
        "parse: Pipe delimiter": .same(),
        "parse: ASCII 30 delimiter": .same(note: "any single-byte delimiter can be given explicitly"),
        "parse: ASCII 31 delimiter": .same(note: "any single-byte delimiter can be given explicitly"),
        "parse: Bad delimiter (\\n)": .differs(.error("invalidOptions"), because: badDelimiter),
        "parse: Multi-character delimiter": .same(note: multiByteDelimiter),
        "parse: Multi-character delimiter (length 2) with quoted field": .same(note: multiByteDelimiter),
        "parse: Blank lines at end": .differs(.rows([["a", "b", "c"], ["d", "e", "f"]]), because: blankLines),
        "parse: Blank line in middle with whitespace": .differs(.rows([["a", "b", "c"], ["d", "e", "f"]]), because: blankLines),
        "parse: First field of a line is empty": .same(),
        "parse: Last field of a line is empty": .same(),
        "parse: Other fields are empty": .differs(.rows([["a", "", "c"]]), because: emptyRows),
        "parse: Empty input string": .differs(.error("empty"), because: emptyFile),
        "parse: Input is just the delimiter (2 empty fields)": .differs(.error("empty"), because: emptyRows),
        "parse: Input is just a string (a single field)": .same(note: oneColumn),
        "parse: Empty lines": .differs(.rows([["a", "b", "c"], ["d", "e", "f"]]), because: blankLines),
        "parse: Pipe delimiter is guessed correctly when mixed with comas": .same(),
        "parse: Pipe delimiter is guessed correctly choose avgFildCount max one": .same(),
        "parse: Pipe delimiter is guessed correctly when first field are enclosed in quotes and contain delimiter characters": .same(),
        "parse: Pipe delimiter is guessed correctly when some fields are enclosed in quotes and contain delimiter characters and escaoped quotes": .same(),
        "parse: Single quote as quote character": .same(),
        "parse: Carriage return in header inside quotes, with line feed endings": .same(),
        "parse: Line feed in header inside quotes, with carriage return + line feed endings": .same(),
        "parse: Using \\r\\n endings uses \\r\\n linebreak": .same(),
        "parse: Using \\n endings uses \\n linebreak": .same(),
        "parse: Using \\r\\n endings with \\r\\n in header field uses \\r\\n linebreak": .same(),
        "parse: Using \\r\\n endings with \\n in header field uses \\r\\n linebreak": .same(),
        "parse: Using \\n endings with \\r\\n in header field uses \\n linebreak": .same(),
        "parse: Using reserved regex character . as quote character": .same(),
        "parse: Using reserved regex character | as quote character": .same(),
        "parse: UTF-8 BOM encoded input is stripped from invisible BOM character": .same(),
        "parse: Quoted fields with spaces between closing quote and next delimiter and contains delimiter": .same(),
        "parse: Quoted fields with spaces between closing quote and newline and contains newline": .same(),
    ]

    /// The selection is the 86 cases the README counts ("about 84"), and the table names each of
    /// them exactly once: no case is skipped, no entry is stale.
    @Test func tableCoversEveryCase() throws {
        let keys = try PapaParseCase.selected().map(\.key)
        #expect(keys.count == 86)
        #expect(Set(keys).count == keys.count)
        #expect(Set(keys).subtracting(Self.table.keys).sorted() == [])
        #expect(Set(Self.table.keys).subtracting(keys).sorted() == [])
    }

    @Test(arguments: try PapaParseCase.selected())
    func papaParseCase(_ testCase: PapaParseCase) throws {
        let expectation = try #require(Self.table[testCase.key], "no table entry for \(testCase.key)")
        let ours = ReadOutcome(reading: Array(testCase.input.utf8), options: testCase.options)
        let papaParse = ReadOutcome.rows(testCase.expected)
        switch expectation {
        case .same:
            #expect(ours == papaParse)
        case .differs(let documented, let reason):
            #expect(ours == documented, "\(reason)")
            // A difference that disappeared is a stale entry: make it `.same`.
            #expect(documented != papaParse, "documented outcome equals PapaParse's")
        }
    }

    /// The one-column cases rest on the delimiter falling back to ',' with a reason that says so.
    @Test func oneColumnFallsBackToCommaAndSaysSo() throws {
        let result = try read("a\nb\nc\nd\ne")
        #expect(result.dialect.delimiter == UInt8(ascii: ","))
        #expect(result.dialect.delimiterReason.hasPrefix("default"))
    }
}

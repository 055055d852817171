import Foundation
import Testing
@testable import LeadreconCSV

/// Issue 7's 50 MB single field, at reader level, generated at run time (never committed): over
/// the field limit it rejects exactly its own row, on the lines it spans, and reading goes on;
/// under a limit that admits it, it loads whole.
extension MalformedInputTests {
    static let fiftyMB = 50 << 20

    enum BigField: CaseIterable, Sendable { case unquoted, quoted, quotedOverThreeLines }

    /// `id,note` with rows 1-3, then row 4 holding the 50 MB note, then rows 5-6.
    static func fileWithABigField(_ shape: BigField) -> (bytes: [UInt8], note: String) {
        let third = fiftyMB / 3
        let note = shape == .quotedOverThreeLines
            ? String(repeating: "a", count: third) + "\n" + String(repeating: "b", count: third) + "\n" + String(repeating: "c", count: fiftyMB - 2 * third - 2)
            : String(repeating: "x", count: fiftyMB)
        var bytes = Array("id,note\n1,a\n2,b\n3,c\n4,".utf8)
        bytes += shape == .unquoted ? Array("\(note)\n".utf8) : Array("\"\(note)\"\n".utf8)
        bytes += Array("5,e\n6,f\n".utf8)
        return (bytes, note)
    }

    @Test(arguments: [BigField.unquoted, .quoted])
    func fiftyMegabyteFieldIsRejectedAlone(_ shape: BigField) throws {
        let result = try read(bytes: Self.fileWithABigField(shape).bytes)
        #expect(result.rows == [["1", "a"], ["2", "b"], ["3", "c"], ["5", "e"], ["6", "f"]])
        #expect(result.lines == [2, 3, 4, 6, 7])
        #expect(result.rejects.map { [$0.line, $0.endLine] } == [[5, 5]])
        #expect(result.rejects.map(\.reason) == [.oversizeField(limit: 1 << 20)])
        #expect(result.rejects.first.map { $0.raw.utf8.count < 70 * 1024 } == true, "the ledger keeps a cut of the row, not 50 MB")
        #expect(result.counts.rowsRead == 6 && result.counts.rowsRejected == 1 && result.counts.rowsDelivered == 5)
    }

    /// Policy (CSVLineScanner): a quote still open after 16 times the field limit (16 MiB by
    /// default) is taken for an unterminated one, to bound memory; each 17 MB line of this note
    /// is then an oversize row of its own. Nothing is lost silently: all three are in the ledger,
    /// and the rows after the note load.
    @Test func fiftyMegabyteFieldOverThreeLinesIsRejectedLineByLine() throws {
        let result = try read(bytes: Self.fileWithABigField(.quotedOverThreeLines).bytes)
        #expect(result.rows == [["1", "a"], ["2", "b"], ["3", "c"], ["5", "e"], ["6", "f"]])
        #expect(result.lines == [2, 3, 4, 8, 9])
        #expect(result.rejects.map { [$0.line, $0.endLine] } == [[5, 5], [6, 6], [7, 7]])
        #expect(result.rejects.allSatisfy { $0.reason == .oversizeField(limit: 1 << 20) })
        #expect(result.counts.rowsRead == 8 && result.counts.rowsRejected == 3)
    }

    @Test func fiftyMegabyteFieldLoadsUnderALimitThatAdmitsIt() throws {
        let file = Self.fileWithABigField(.quotedOverThreeLines)
        let result = try read(bytes: file.bytes, options: CSVReadOptions(maxFieldBytes: 64 << 20))
        #expect(result.rejects.isEmpty)
        #expect(result.rows.count == 6)
        #expect(result.rows[3][0] == "4" && result.rows[3][1].utf8.count == file.note.utf8.count)
        #expect(result.rows[3][1] == file.note)
        #expect(result.lines == [2, 3, 4, 5, 8, 9])
    }
}

import Testing
@testable import LeadreconCSV

@Suite struct CSVReaderTests {
    @Test func readsSimpleRowsWithLines() throws {
        let result = try read("id,name\n1,Anna\n2,Bernd\n")
        #expect(result.header == ["id", "name"])
        #expect(result.rows == [["1", "Anna"], ["2", "Bernd"]])
        #expect(result.lines == [2, 3])
        #expect(result.rejects.isEmpty)
        #expect(result.counts.rowsRead == 2)
    }

    @Test func multiLineFieldsKeepPhysicalLines() throws {
        let result = try read("id,note\n1,\"a\nb\nc\"\n2,x\n")
        #expect(result.rows == [["1", "a\nb\nc"], ["2", "x"]])
        #expect(result.lines == [2, 5])
    }

    @Test func textAfterClosingQuoteIsRejectedAndReadingGoesOn() throws {
        let result = try read("id,company\n1,\"Acme\" Corp\n2,Beta\n")
        #expect(result.rows == [["2", "Beta"]])
        #expect(result.lines == [3])
        #expect(result.rejects.map(\.line) == [2])
        #expect(result.rejects.first?.reason == .textAfterClosingQuote)
        #expect(result.rejects.first?.raw == "1,\"Acme\" Corp")
        #expect(result.counts.rowsRead == 2)
    }

    @Test func unterminatedQuoteAtEndLosesOnlyItsLine() throws {
        let result = try read("id,company\n1,\"Acme\n2,Beta\n3,Gamma\n")
        #expect(result.rows == [["2", "Beta"], ["3", "Gamma"]])
        #expect(result.rejects.map(\.line) == [2])
        #expect(result.rejects.first?.reason == .unterminatedQuote)
    }

    @Test func wrongFieldCountAndNul() throws {
        let result = try read("a,b,c\n1,2\n1,2,3\n4,\u{0}5,6\n7,8,9,\n")
        #expect(result.rows == [["1", "2", "3"]])
        #expect(result.rejects.map(\.line) == [2, 4, 5])
        #expect(result.rejects.map(\.reason.code) == ["field_count", "nul_byte", "field_count"])
    }
}

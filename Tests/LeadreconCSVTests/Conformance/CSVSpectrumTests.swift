import Foundation
import Testing
@testable import LeadreconCSV

/// csv-spectrum (maxogden/csv-spectrum 2.0.0, BSD-2-Clause): each `csvs/NAME.csv` against
/// `json/NAME.json`, an array of objects keyed by the header row.
@Suite struct CSVSpectrumTests {
    static let cases = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "location_coordinates",
        "newlines", "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    /// No case is left out: the list above is exactly the suite's files.
    @Test func everyCaseIsListed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ConformanceFixtures.url("csv-spectrum/csvs").path)
        #expect(names.map { String($0.dropLast(4)) }.sorted() == Self.cases)
    }

    /// The CRLF cases must stay CRLF in the repository (`.gitattributes` marks fixtures `-text`).
    @Test(arguments: ["empty_crlf", "newlines_crlf", "simple_crlf"])
    func crlfFixturesHoldCRLF(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: ConformanceFixtures.url("csv-spectrum/csvs/\(name).csv")))
        let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
        #expect(!lineFeeds.isEmpty && lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D })
    }

    @Test(arguments: cases.filter { $0 != "location_coordinates" })
    func matchesTheJSON(_ name: String) throws {
        let result = try read(path: ConformanceFixtures.url("csv-spectrum/csvs/\(name).csv").path)
        let expected = try #require(ConformanceFixtures.json("csv-spectrum/json/\(name).json") as? [[String: String]])
        let rows = result.rows.map { Dictionary(uniqueKeysWithValues: zip(result.header, $0)) }
        #expect(rows == expected)
        #expect(Set(result.header) == Set(expected.first.map { Array($0.keys) } ?? []))
        #expect(result.rejects.isEmpty)
        #expect(result.counts.rowsRead == expected.count)
    }

    /// Upstream's `location_coordinates` case is broken three ways: its JSON is an object, not a
    /// list; its phone number (1234567890) is not the CSV's (2095257564); and the CSV has a quote
    /// inside an unquoted field (`37.8"N`), which strict RFC 4180 rejects. Our outcome: the header,
    /// and the one data row rejected as quote_in_unquoted_field on line 2.
    @Test func locationCoordinatesIsRejectedByStrictQuoting() throws {
        let json = try ConformanceFixtures.json("csv-spectrum/json/location_coordinates.json")
        let object = try #require(json as? [String: String])
        #expect(object["Contact Phone Number"] == "1234567890")

        let result = try read(path: ConformanceFixtures.url("csv-spectrum/csvs/location_coordinates.csv").path)
        #expect(result.header == ["Contact Phone Number", "Location Coordinates", "Cities", "Counties"])
        #expect(Set(result.header) == Set(object.keys))
        #expect(result.rows.isEmpty)
        #expect(result.rejects.map(\.line) == [2])
        #expect(result.rejects.map(\.reason) == [.quoteInUnquotedField])
        #expect(result.rejects.first?.raw.hasPrefix("2095257564,37") == true)
        #expect(result.counts.rowsRead == 1 && result.counts.rowsRejected == 1)
    }
}

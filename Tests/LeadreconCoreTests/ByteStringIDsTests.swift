import PropertyBased
import Testing
@testable import LeadreconCore

/// Distinct byte strings get numbers 0, 1, 2, … in the order first seen, and give their bytes back.
@Suite struct ByteStringIDsTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func numbersInTheOrderFirstSeen() {
        var ids = ByteStringIDs()
        let texts = ["00Q1", "", "Müller", "00Q1", "", "a much longer value than fifteen bytes", "Müller"]
        let numbers = texts.map { text in Self.bytes(text).withUnsafeBufferPointer { ids.number($0) } }
        #expect(numbers == [0, 1, 2, 0, 1, 3, 2])
        #expect(ids.count == 4)
        #expect(Self.bytes("unseen").withUnsafeBufferPointer { ids.id(of: $0) } == nil)
        #expect((0..<4).map { id in ids.withBytes(of: id) { String(decoding: $0, as: UTF8.self) } }
                == ["00Q1", "", "Müller", "a much longer value than fifteen bytes"])
    }

    /// Any sequence of values, past several doublings of the table, numbers as a dictionary would.
    @Test func anyValuesNumberAsADictionary() async {
        let value = Gen.int(in: 0...5000).map { $0 % 7 == 0 ? "" : "id-\($0)" }
        await propertyCheck(count: 50, input: value.array(of: 0...3000)) { values in
            var ids = ByteStringIDs()
            var expected: [String: Int] = [:]
            for value in values {
                let number = Self.bytes(value).withUnsafeBufferPointer { ids.number($0) }
                #expect(number == expected[value, default: expected.count])
                expected[value] = number
            }
            #expect(ids.count == expected.count)
        }
    }
}

import LeadreconCore
import Testing

/// The field set's bits: one per field, distinct, so a set holds exactly the fields put in it.
@Suite struct CanonicalFieldSetTests {
    @Test func everyFieldIsItsOwnMember() {
        for field in CanonicalField.allCases {
            var set = CanonicalFieldSet()
            set.insert(field)
            #expect(set.contains(field))
            #expect(CanonicalField.allCases.filter(set.contains) == [field], "\(field)")
        }
    }

    @Test func unionsHoldBoth() {
        var set: CanonicalFieldSet = [.email, .company]
        set.formUnion([.phone])
        #expect(CanonicalField.allCases.filter(set.contains) == CanonicalField.allCases.filter { [.email, .company, .phone].contains($0) })
        #expect(!CanonicalFieldSet().contains(.recordID) && CanonicalFieldSet().isEmpty)
    }
}

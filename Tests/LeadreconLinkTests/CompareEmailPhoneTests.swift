import LeadreconLink
import Testing

/// The e-mail and phone comparators' levels.
@Suite struct CompareEmailPhoneTests {
    @Test(arguments: [
        // method, a, b, expected level label
        (Comparator.Method.email(), "jane.doe@acme.de", "jane.doe@acme.de", "exact"),
        // One person's private and work addresses.
        (.email(), "jane.doe@gmail.com", "jane.doe@acme.de", "exact local part"),
        // Namesakes or colleagues on one domain: a near local part is the weakest agreeing level.
        (.email(), "john.king@acme.com", "john_king@acme.com", "same domain, local part jaro_winkler >= 0.92"),
        (.email(), "jon.king@acme.com", "john.king@acme.com", "same domain, local part jaro_winkler >= 0.92"),
        (.email(), "anna@acme.com", "zoe@acme.com", "else"),
        // A near local part on other domains is else: the name comparisons measure that already.
        (.email(), "john.king@acme.com", "john_king@gmail.com", "else"),
        (.email(localPartThresholds: [0.99, 0.9]), "john.king@acme.com", "john_king@acme.com",
         "same domain, local part jaro_winkler >= 0.9"),
        (.email(localPartThresholds: []), "john.king@acme.com", "john_king@acme.com", "else"),
        // Split at the last @.
        (.email(), "\"a@b\"@acme.com", "\"a@b\"@other.org", "exact local part"),
        // Without an @ the text is all local part, with no domain to share.
        (.email(), "jane.doe", "jane.doe@acme.de", "exact local part"),
        (.email(), "jane.doe", "jane.dou", "else"),
        (.email(), "@acme.de", "@acme.com", "else"),
        (.email(), "jüri@acme.ee", "juri@acme.ee", "else"),  // JW 0.85 over scalars
        (.email(localPartThresholds: [0.84]), "jüri@acme.ee", "juri@acme.ee",
         "same domain, local part jaro_winkler >= 0.84"),
        (.phone(), "+4930123456789", "+4930123456789", "exact"),
        // One number written with a wrong country code: the last digits agree.
        (.phone(), "+4930123456789", "+4330123456789", "last 8 digits"),
        (.phone(), "+4912345678", "+4312345678", "last 8 digits"),
        (.phone(), "+491234567", "+431234567", "else"),
        (.phone(), "+1234", "+51234", "else"),
        (.phone(), "+4930123456789", "+4930123456788", "else"),
        (.phone(lastDigits: [10, 7]), "+4930123456789", "+4330123456789", "last 10 digits"),
        (.phone(lastDigits: [10, 7]), "+4930123456789", "+4331123456789", "last 7 digits"),
        (.phone(lastDigits: [10, 7]), "+4930123456789", "+4331122456789", "else"),
        (.phone(lastDigits: []), "+4930123456789", "+4330123456789", "else"),
        // Only digits count: a shared non-digit tail is not agreement.
        (.phone(lastDigits: [2]), "+49 ext", "+48 ext", "else"),
    ])
    func levels(method: Comparator.Method, a: String, b: String, expected: String) {
        let comparator = Comparator(method)
        #expect(comparator.levels[comparator.level(a, b)].label == expected)
        #expect(comparator.level(b, a) == comparator.level(a, b))
    }
}

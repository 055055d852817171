import LeadreconLink
import Testing

@Suite struct NormalizePhoneTests {
    let normalizer = PhoneNormalizer()

    /// German forms from DOMAIN.md and real exports, default region DE.
    @Test(arguments: [
        ("030 1234567", "+49301234567"),
        ("030 12345-67", "+49301234567"),
        ("030/1234567", "+49301234567"),
        ("030-1234567", "+49301234567"),
        ("(030) 85802", "+493085802"),
        ("(0)30 1234567", "+49301234567"),
        ("+49 (0)30 1234567", "+49301234567"),
        ("+49(0)30-1234567", "+49301234567"),
        ("+49 (0) 30 1234567", "+49301234567"),
        ("+49 030 1234567", "+49301234567"),
        ("0049 30 1234567", "+49301234567"),
        ("0049 (0)30 1234567", "+49301234567"),
        ("+0049 30 1234567", "+49301234567"),
        ("+49 30 123456-789", "+4930123456789"),
        ("+49 30 123456-0", "+49301234560"),
        ("0151/23478746", "+4915123478746"),
        ("0151 / 234 787 46", "+4915123478746"),
        ("0171 1234567", "+491711234567"),
        ("0171 1234567 (mobil)", "+491711234567"),
        ("030 1234567 (Büro)", "+49301234567"),
        ("030 1234567 (nach 16 Uhr)", "+49301234567"),
        ("(Büro) 030 1234567", "+49301234567"),
        ("Tel.: 030 1234567", "+49301234567"),
        ("Mobil: +49 171 1234567", "+491711234567"),
        ("030 1234567 ext. 12", "+49301234567"),
        ("030 1234567 x12", "+49301234567"),
        ("030 1234567x12", "+49301234567"),
        ("030 1234567 Durchwahl -12", "+49301234567"),
        ("030 1234567 DW 12", "+49301234567"),
        ("030 1234567 #12", "+49301234567"),
        ("0171 1234567 / 030 987654", "+491711234567"),
        ("030 1234567, 0171 7654321", "+49301234567"),
        ("030.123.4567", "+49301234567"),
        ("030\u{2013}1234567", "+49301234567"),
        ("\u{A0}030\u{A0}1234567\u{A0}", "+49301234567"),
        ("☎ 030 1234567", "+49301234567"),
        ("089 / 12 34 56 - 0", "+49891234560"),
        ("x123456", "+49123456"),
        ("04921 12345", "+49492112345"),
        // Excel damage: the + or the leading 0 lost.
        ("4930123456", "+4930123456"),
        ("4930123456789", "+4930123456789"),
        ("15234787466", "+4915234787466"),
        ("1711234567", "+491711234567"),
        ("301234567", "+49301234567"),
        ("41441234567", "+41441234567"),
        ("447911123456", "+447911123456"),
        ("4315123456789", "+4315123456789"),
        ("12125551234", "+12125551234"),
        // Foreign numbers with +.
        ("+43 1 5123456", "+4315123456"),
        ("+43 (0)1 5123456", "+4315123456"),
        ("+41 44 123 45 67", "+41441234567"),
        ("+41 (0)44 123 45 67", "+41441234567"),
        ("+31 20 123 4567", "+31201234567"),
        ("+33 1 23 45 67 89", "+33123456789"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("+1 (212) 555-1234", "+12125551234"),
        ("+39 06 1234 5678", "+390612345678"),
        ("++49 30 1234567", "+49301234567"),
    ])
    func germanDefault(raw: String, e164: String) throws {
        #expect(try #require(normalizer.normalize(raw)).e164 == e164)
    }

    @Test(arguments: [
        ("01 5123456", "AT", "+4315123456"),
        ("0664 1234567", "Österreich", "+436641234567"),
        ("0664 1234567", "Oesterreich", "+436641234567"),
        ("044 123 45 67", "CH", "+41441234567"),
        ("079 123 45 67", "Schweiz", "+41791234567"),
        ("020 123 4567", "Niederlande", "+31201234567"),
        ("06 12345678", "Netherlands", "+31612345678"),
        ("612345678", "NL", "+31612345678"),
        ("01 23 45 67 89", "Frankreich", "+33123456789"),
        ("06 12 34 56 78", "France", "+33612345678"),
        ("020 7946 0958", "UK", "+442079460958"),
        ("07911 123456", "Großbritannien", "+447911123456"),
        ("07911 123456", "United Kingdom", "+447911123456"),
        ("07911 123456", "GB", "+447911123456"),
        ("(212) 555-1234", "USA", "+12125551234"),
        ("212-555-1234", "US", "+12125551234"),
        ("1-212-555-1234", "United States", "+12125551234"),
        ("212.555.1234 x200", "U.S.A.", "+12125551234"),
        ("011 49 30 1234567", "US", "+49301234567"),
        ("0049 30 1234567", "US", "+49301234567"),
        ("+49 30 1234567", "US", "+49301234567"),
        ("030 1234567", "Deutschland", "+49301234567"),
        ("030 1234567", "Germany", "+49301234567"),
        ("030 1234567", "de", "+49301234567"),
        ("030 1234567", "", "+49301234567"),
        ("030 1234567", "Atlantis", "+49301234567"),
        ("4930123456789", "AT", "+4930123456789"),
        // Ten digits could be an Austrian number that lost its 0: only the own code wins that short.
        ("4930123456", "AT", "+434930123456"),
        ("4315123456", "AT", "+4315123456"),
    ])
    func withCountry(raw: String, country: String, e164: String) throws {
        #expect(try #require(normalizer.normalize(raw, country: country)).e164 == e164)
    }

    @Test(arguments: [
        "", " ", "-", "n/a", "keine Angabe", "12345", "030", "+49", "+49 (0)", "(Büro)", "0", "ext. 12",
        "1234567890123456", "+49 30 1234567 8901234", "4.93E+10", "📞",
    ])
    func rejects(raw: String) {
        #expect(normalizer.normalize(raw) == nil)
    }

    @Test(arguments: [
        ("+4930123456", "930123456"),
        ("+49301234567", "301234567"),
        ("+491711234567", "711234567"),
        ("030 85802", "493085802"),
        ("+41 44 123 45 67", "441234567"),
    ])
    func lastDigits(raw: String, digits: String) throws {
        #expect(try #require(normalizer.normalize(raw)).lastDigits == digits)
    }

    /// A number read in the wrong country still shares its last nine digits with the right one.
    @Test func lastDigitsSurviveAWrongCountryGuess() throws {
        let lostPlus = try #require(normalizer.normalize("41441234567"))
        let national = try #require(normalizer.normalize("044 123 45 67", country: "CH"))
        #expect(lostPlus.lastDigits == national.lastDigits)
    }

    @Test(arguments: [
        ("DE", PhoneRegion.germany), ("DEU", .germany), ("Deutschland", .germany), ("GERMANY", .germany),
        ("AT", .austria), ("Österreich", .austria), ("Austria", .austria), ("CH", .switzerland),
        ("Schweiz", .switzerland), ("Switzerland", .switzerland), ("NL", .netherlands), ("Niederlande", .netherlands),
        ("The Netherlands", .netherlands), ("Holland", .netherlands), ("FR", .france), ("Frankreich", .france),
        ("UK", .unitedKingdom), ("GB", .unitedKingdom), ("Großbritannien", .unitedKingdom),
        ("Grossbritannien", .unitedKingdom), ("United Kingdom", .unitedKingdom), ("USA", .unitedStates),
        ("U.S.", .unitedStates), ("United States", .unitedStates), ("Vereinigte Staaten", .unitedStates),
        (" us ", .unitedStates),
    ])
    func countryNames(country: String, region: PhoneRegion) {
        #expect(PhoneRegion(country: country) == region)
    }

    @Test(arguments: ["", " ", "Italien", "Italy", "IT", "Россия", "D", "Deutschland123x"])
    func unknownCountries(country: String) {
        #expect(PhoneRegion(country: country) == nil)
    }

    @Test func defaultRegionIsConfigurable() throws {
        let swiss = PhoneNormalizer(defaultRegion: .switzerland)
        #expect(try #require(swiss.normalize("044 123 45 67")).e164 == "+41441234567")
        #expect(try #require(swiss.normalize("030 1234567", country: "DE")).e164 == "+49301234567")
        #expect(try #require(swiss.normalize("030 1234567", region: .germany)).e164 == "+49301234567")
    }
}

import LeadreconCore
import Testing

@Suite struct HeaderFoldingTests {
    @Test(arguments: [
        // Separators: slashes, spaces, underscores, dashes and dots fold to one space.
        ("Company / Account", "company account"),
        ("company/account", "company account"),
        ("COMPANY_ACCOUNT", "company account"),
        ("Lead - Source channel", "lead source channel"),
        ("Activity - Marked as done time", "activity marked as done time"),
        ("  Record   ID  ", "record id"),
        ("Record\tID", "record id"),
        ("Record\u{00A0}ID", "record id"),
        ("Lead\u{2013}Status", "lead status"),
        ("Disqualified_Reason__c", "disqualified reason c"),
        ("Person.Email", "person email"),
        ("Activity ID (18 Char)", "activity id 18 char"),
        ("Activity ID(18 Char)", "activity id 18 char"),
        ("Phone [Work]", "phone work"),
        // Case: API names and Data Loader's upper-cased copies fold alike; camelCase is not split.
        ("FirstName", "firstname"),
        ("FIRSTNAME", "firstname"),
        ("CallDisposition", "calldisposition"),
        // Quotes, straight and curly, and the required-field marker.
        ("Date entered \"Marketing Qualified Lead (Lifecycle Stage Pipeline)\"",
         "date entered marketing qualified lead lifecycle stage pipeline"),
        ("Date entered \u{201C}Marketing Qualified Lead (Lifecycle Stage Pipeline)\u{201D}",
         "date entered marketing qualified lead lifecycle stage pipeline"),
        ("Date entered \u{201E}Marketing Qualified Lead (Lifecycle Stage Pipeline)\u{201C}",
         "date entered marketing qualified lead lifecycle stage pipeline"),
        ("\u{2018}Lead Status\u{2019}", "lead status"),
        ("Email*", "email"),
        ("Nachname *", "nachname"),
        // Umlauts the German way, upper and lower case; composed and decomposed alike.
        ("Zuletzt geändert am", "zuletzt geaendert am"),
        ("ZULETZT GEÄNDERT AM", "zuletzt geaendert am"),
        ("Zuletzt gea\u{0308}ndert am", "zuletzt geaendert am"),
        ("Aktivitäts-ID", "aktivitaets id"),
        ("Fälligkeitsdatum", "faelligkeitsdatum"),
        ("Grund für Disqualifizierung", "grund fuer disqualifizierung"),
        ("ÖFFNUNGSZEIT", "oeffnungszeit"),
        ("Straße", "strasse"),
        ("STRAẞE", "strasse"),
        ("Übersicht", "uebersicht"),
        // NFKC: full-width letters and ligatures.
        ("ＲＥＣＯＲＤ　ＩＤ", "record id"),
        ("\u{FB01}rst name", "first name"),
        // A byte order mark left on the first header.
        ("\u{FEFF}Record ID", "record id"),
        ("\u{FEFF}Id", "id"),
        // Nothing left.
        ("", ""),
        (" - ", ""),
        ("\"\"", ""),
    ])
    func folds(header: String, expected: String) {
        #expect(HeaderFolding.fold(header) == expected)
    }

    @Test(arguments: [
        ["Company / Account", "company/account", "COMPANY_ACCOUNT", "Company-Account", "company.account"],
        ["First Name", "first_name", "FIRST NAME", "First-Name"],
        ["FirstName", "FIRSTNAME", "firstname"],
        ["Lead-Status", "Lead Status", "LEAD_STATUS", "Lead Status*"],
        ["Zuletzt geändert am", "Zuletzt geaendert am", "ZULETZT_GEÄNDERT_AM"],
    ])
    func spellingsFoldAlike(spellings: [String]) {
        let keys = Set(spellings.map(HeaderFolding.fold))
        #expect(keys.count == 1, "\(keys)")
    }

    @Test(arguments: [
        "Company / Account", "Date entered \u{201C}MQL\u{201D}", "Zuletzt geändert am*", "\u{FEFF}ID",
        "ＲＥＣＯＲＤ　ＩＤ", "Straße", "Aktivitäts-ID (18 Zeichen)", "  a__b--c  ", "İstanbul", "ǅemal",
    ])
    func foldingIsIdempotent(header: String) {
        let once = HeaderFolding.fold(header)
        #expect(HeaderFolding.fold(once) == once)
    }

    @Test func differentHeadersStayApart() {
        #expect(HeaderFolding.fold("First Name") != HeaderFolding.fold("FirstName"))
        #expect(HeaderFolding.fold("Email") != HeaderFolding.fold("E-Mail"))
        #expect(HeaderFolding.fold("Activity ID") != HeaderFolding.fold("Activity ID (18 Char)"))
    }
}

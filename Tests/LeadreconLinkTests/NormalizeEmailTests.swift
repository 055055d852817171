import LeadreconLink
import Testing

@Suite struct NormalizeEmailTests {
    let normalizer = EmailNormalizer()

    @Test(arguments: [
        // raw, address, isFreeMail
        ("hans.mueller@firma.de", "hans.mueller@firma.de", false),
        ("  Hans.Mueller@Firma.DE  ", "hans.mueller@firma.de", false),
        ("\tanna@web.de\n", "anna@web.de", true),
        ("\u{A0}anna@gmx.net\u{A0}", "anna@gmx.net", true),
        ("mailto:anna@gmx.de", "anna@gmx.de", true),
        ("MAILTO:Anna@GMX.DE", "anna@gmx.de", true),
        ("mailto:info@firma.de?subject=Anfrage", "info@firma.de", false),
        ("<info@firma.de>", "info@firma.de", false),
        ("<mailto:info@firma.de>", "info@firma.de", false),
        ("Hans Müller <Hans.Mueller@Firma.de>", "hans.mueller@firma.de", false),
        ("\"Müller, Hans\" <h.mueller@firma.de>", "h.mueller@firma.de", false),
        ("h.a.n.s@gmail.com", "hans@gmail.com", true),
        ("Hans.Mueller+crm@gmail.com", "hansmueller@gmail.com", true),
        ("hans.mueller+newsletter+x@googlemail.com", "hansmueller@gmail.com", true),
        ("HansMueller@GoogleMail.com", "hansmueller@gmail.com", true),
        ("hans.mueller+crm@web.de", "hans.mueller+crm@web.de", true),
        ("hans.mueller+crm@firma.de", "hans.mueller+crm@firma.de", false),
        ("h.mueller@t-online.de", "h.mueller@t-online.de", true),
        ("info@müller-bau.de", "info@müller-bau.de", false),
        ("INFO@MÜLLER-BAU.DE", "info@müller-bau.de", false),
        ("vertrieb@firma.co.uk", "vertrieb@firma.co.uk", false),
        ("anna@bluewin.ch", "anna@bluewin.ch", true),
        ("anna@proton.me", "anna@proton.me", true),
        ("anna@posteo.de.", "anna@posteo.de", true),
        ("o'brien@firma.ie", "o'brien@firma.ie", false),
        ("first_last@sub.firma.de", "first_last@sub.firma.de", false),
        ("anna@mail.gmx.net", "anna@mail.gmx.net", false),
        ("gmail.user@gmail.com.au", "gmail.user@gmail.com.au", false),
    ])
    func normalizes(raw: String, address: String, isFreeMail: Bool) throws {
        let email = try #require(normalizer.normalize(raw))
        #expect(email.address == address)
        #expect(email.isFreeMail == isFreeMail)
        #expect(email.address == email.localPart + "@" + email.domain)
        #expect(email.companyDomain == (isFreeMail ? nil : email.domain))
    }

    @Test(arguments: [
        "", " ", "\t", "keine", "n/a", "-", "hans.mueller", "hans mueller@firma.de", "hans@firma de",
        "@firma.de", "hans@", "hans@@firma.de", "a@b@firma.de", "hans@firma", "hans@.firma.de", "hans@firma..de",
        "hans@firma.de, anna@firma.de", "hans@firma.de;anna@firma.de", "hans(at)firma.de", "<>", "mailto:",
        "+crm@gmail.com", "...@gmail.com", "hans@firma_x.de", "hans@-", "📧@firma.de x",
    ])
    func rejects(raw: String) {
        #expect(normalizer.normalize(raw) == nil)
    }

    @Test(arguments: [
        ("info@mueller-bau.de", "mueller-bau.de"),
        ("vertrieb@firma.co.uk", "firma.co.uk"),
        ("anna@gmail.com", nil),
        ("anna@googlemail.com", nil),
        ("anna@web.de", nil),
        ("anna@yahoo.de", nil),
    ] as [(String, String?)])
    func companyDomain(raw: String, domain: String?) throws {
        #expect(try #require(normalizer.normalize(raw)).companyDomain == domain)
    }

    @Test func everyStandardDomainIsFreeMail() {
        #expect(FreeMailDomains.standardDomains.count == 33)
        for domain in FreeMailDomains.standardDomains {
            #expect(normalizer.normalize("someone@" + domain)?.isFreeMail == true, "\(domain)")
        }
    }

    @Test func userDomainsExtendTheList() throws {
        let extended = EmailNormalizer(freeMailDomains: FreeMailDomains(adding: [" @Kabelmail.DE ", "mnet-online.de"]))
        #expect(try #require(extended.normalize("anna@kabelmail.de")).isFreeMail)
        #expect(try #require(extended.normalize("anna@mnet-online.de")).companyDomain == nil)
        #expect(try #require(extended.normalize("anna@web.de")).isFreeMail)
        #expect(try #require(normalizer.normalize("anna@kabelmail.de")).companyDomain == "kabelmail.de")
        #expect(FreeMailDomains(adding: ["", "  "]) == FreeMailDomains.standard)
    }

    @Test func gmailPartsAreFolded() throws {
        let email = try #require(normalizer.normalize("Max.Muster+Leads@googlemail.com"))
        #expect(email.localPart == "maxmuster")
        #expect(email.domain == "gmail.com")
        #expect(email.description == "maxmuster@gmail.com")
    }
}

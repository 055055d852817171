import LeadreconLink
import Testing

@Suite struct NormalizeCompanyTests {
    /// raw → `key | legalForm` (`-` when none).
    @Test(arguments: [
        ("Müller & Söhne GmbH & Co. KG", "mueller and soehne | GmbH & Co. KG"),
        ("Mueller und Soehne GmbH&Co.KG", "mueller and soehne | GmbH & Co. KG"),
        ("Müller + Söhne GmbH u. Co. KG", "mueller and soehne | GmbH & Co. KG"),
        ("MÜLLER & SÖHNE GMBH & CO KG", "mueller and soehne | GmbH & Co. KG"),
        ("Müller & Söhne G.m.b.H. & Co. K.G.", "mueller and soehne | GmbH & Co. KG"),
        ("Müller & Söhne", "mueller and soehne | -"),
        ("Schmidt Bau GmbH", "schmidt bau | GmbH"),
        ("Schmidt Bau Gmbh", "schmidt bau | GmbH"),
        ("Schmidt Bau G.m.b.H.", "schmidt bau | GmbH"),
        ("Schmidt Bau GmbH & Co. KGaA", "schmidt bau | GmbH & Co. KGaA"),
        ("Schmidt Bau SE & Co. KG", "schmidt bau | SE & Co. KG"),
        ("Startup UG (haftungsbeschränkt)", "startup | UG (haftungsbeschränkt)"),
        ("Startup UG (haftungsbeschraenkt)", "startup | UG (haftungsbeschränkt)"),
        ("Startup UG (haftungsbeschrankt)", "startup | UG (haftungsbeschränkt)"),
        ("Startup UG", "startup | UG"),
        ("Startup UG (haftungsbeschränkt) & Co. KG", "startup | UG (haftungsbeschränkt) & Co. KG"),
        ("Lebenshilfe gGmbH", "lebenshilfe | gGmbH"),
        ("Deutsche Bank AG", "deutsche bank | AG"),
        ("Bayer Aktiengesellschaft", "bayer aktiengesellschaft | -"),
        ("Merck KGaA", "merck | KGaA"),
        ("Meier KG", "meier | KG"),
        ("Meier OHG", "meier | OHG"),
        ("Kanzlei Roth GbR", "kanzlei roth | GbR"),
        ("Roth & Partner PartG mbB", "roth and partner | PartG mbB"),
        ("Roth & Partner PartG", "roth and partner | PartG"),
        ("Blumen Krause e.K.", "blumen krause | e.K."),
        ("Blumen Krause e. Kfm.", "blumen krause | e.Kfm."),
        ("Volksbank Mittelhessen eG", "volksbank mittelhessen | eG"),
        ("Förderverein Schule e.V.", "foerderverein schule | e.V."),
        ("Allianz SE", "allianz | SE"),
        ("Bertelsmann Stiftung", "bertelsmann | Stiftung"),
        ("Verlag", "verlag | -"),
        ("Schmidt Verlag", "schmidt verlag | -"),
        ("Apple Inc.", "apple | Inc."),
        ("Apple Inc", "apple | Inc."),
        ("Acme, LLC", "acme | LLC"),
        ("Acme L.L.C.", "acme | LLC"),
        ("Acme Ltd", "acme | Ltd."),
        ("Acme Limited", "acme | Ltd."),
        ("Acme Holdings PLC", "acme holdings | PLC"),
        ("Acme Corp.", "acme | Corp."),
        ("Acme Pty Ltd", "acme | Pty Ltd"),
        ("Smith & Co.", "smith | Co."),
        ("Smith & Co. KG", "smith | Co. KG"),
        ("Renault S.A.", "renault | S.A."),
        ("Renault SA", "renault | S.A."),
        ("Dassault Systèmes S.A.S.", "dassault systemes | S.A.S."),
        ("Boulangerie Dupont SARL", "boulangerie dupont | SARL"),
        ("Pizzeria Roma S.r.l.", "pizzeria roma | S.r.l."),
        ("Fiat S.p.A.", "fiat | S.p.A."),
        ("Philips B.V.", "philips | B.V."),
        ("Philips N.V.", "philips | N.V."),
        ("Bakkerij BVBA", "bakkerij | BVBA"),
        ("Nokia Oy", "nokia | Oy"),
        ("Volvo AB", "volvo | AB"),
        ("Maersk A/S", "maersk | A/S"),
        ("Lego ApS", "lego | ApS"),
        ("Equinor AS", "equinor | A/S"),
        ("Polfarm Sp. z o.o.", "polfarm | Sp. z o.o."),
        ("Firma Sp. z o.o.", "sp z o o | -"),
        ("Skoda s.r.o.", "skoda | s.r.o."),
        ("Budapest Kft.", "budapest | Kft."),
        ("Fa. Meier", "meier | -"),
        ("Firma Meier GmbH", "meier | GmbH"),
        ("Meier GmbH i.L.", "meier | GmbH"),
        ("Meier GmbH in Gründung", "meier | GmbH"),
        ("McDonald's Deutschland LLC", "mcdonalds deutschland | LLC"),
        ("1&1 Internet AG", "1 and 1 internet | AG"),
        ("T-Systems International GmbH", "t systems international | GmbH"),
        ("Procter & Gamble", "procter and gamble | -"),
        ("Procter and Gamble", "procter and gamble | -"),
        ("  Straßenbau   Weiß  GmbH ", "strassenbau weiss | GmbH"),
        ("Café Zoë", "cafe zoe | -"),
        ("XYZ® Solutions™ GmbH", "xyz solutions | GmbH"),
        ("GmbH", "gmbh | -"),
        ("AG", "ag | -"),
        ("Firma", "firma | -"),
        ("U.S. Steel Corp.", "u s steel | Corp."),
    ])
    func normalizes(raw: String, expected: String) {
        var normalizer = CompanyNormalizer()
        let company = normalizer.normalize(raw)
        #expect(company.map { $0.key + " | " + ($0.legalForm ?? "-") } == expected)
    }

    @Test func displayKeepsTheOriginal() throws {
        var normalizer = CompanyNormalizer()
        let normalized = normalizer.normalize("  Müller &\u{A0}Söhne  GmbH & Co. KG ")
        let company = try #require(normalized)
        #expect(company.display == "Müller & Söhne GmbH & Co. KG")
    }

    @Test(arguments: ["", "   ", "&", " + ", "-", "...", "😀", "\u{FEFF}"])
    func nothingToCompare(raw: String) {
        var normalizer = CompanyNormalizer()
        #expect(normalizer.normalize(raw) == nil)
    }
}

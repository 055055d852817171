extension PhoneRegion {
    /// The region a record's country cell names, or nil for an empty or unknown country.
    ///
    /// Accepts ISO 3166 alpha-2 and alpha-3 codes and the usual English and German names, in any
    /// case, with or without dots, spaces and umlauts: `DE`, `DEU`, `Germany`, `Deutschland`,
    /// `Österreich`, `Oesterreich`, `Schweiz`, `Suisse`, `Niederlande`, `Holland`, `Frankreich`,
    /// `UK`, `Great Britain`, `Großbritannien`, `England`, `USA`, `U.S.A.`, `United States`,
    /// `Vereinigte Staaten`, ….
    public init?(country: String) {
        var folded: [UInt8] = []
        folded.reserveCapacity(country.utf8.count)
        for scalar in country.unicodeScalars {
            guard LatinFoldTable.append(scalar, style: .plain, to: &folded) == .appended else { return nil }
        }
        let letters = folded.filter(CellBytes.isLetter)
        guard !letters.isEmpty, letters.count <= 40,
            let region = Self.countryNames[String(decoding: letters, as: UTF8.self)]
        else { return nil }
        self = region
    }

    /// Country names folded to lower-case ASCII letters (plain fold: `Österreich` → `osterreich`).
    private static let countryNames: [String: PhoneRegion] = {
        let names: [PhoneRegion: [String]] = [
            .germany: [
                "de", "deu", "ger", "germany", "deutschland", "bundesrepublikdeutschland", "brd",
                "federalrepublicofgermany",
            ],
            .austria: ["at", "aut", "austria", "osterreich", "oesterreich", "republikosterreich"],
            .switzerland: [
                "ch", "che", "switzerland", "schweiz", "suisse", "svizzera", "svizra", "confoederatiohelvetica",
            ],
            .netherlands: [
                "nl", "nld", "netherlands", "thenetherlands", "niederlande", "dieniederlande", "holland",
                "nederland",
            ],
            .france: ["fr", "fra", "france", "frankreich", "republiquefrancaise"],
            .unitedKingdom: [
                "gb", "gbr", "uk", "unitedkingdom", "theunitedkingdom", "greatbritain", "britain", "england",
                "scotland", "wales", "northernireland", "grossbritannien", "vereinigteskonigreich",
                "vereinigteskoenigreich", "unitedkingdomofgreatbritainandnorthernireland",
            ],
            .unitedStates: [
                "us", "usa", "unitedstates", "unitedstatesofamerica", "theunitedstates", "america",
                "vereinigtestaaten", "vereinigtestaatenvonamerika", "amerika",
            ],
        ]
        var byName: [String: PhoneRegion] = [:]
        for (region, spellings) in names {
            for spelling in spellings { byName[spelling] = region }
        }
        return byName
    }()
}

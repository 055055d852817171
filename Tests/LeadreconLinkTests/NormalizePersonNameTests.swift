import LeadreconLink
import Testing

@Suite struct NormalizePersonNameTests {
    /// One line per name: `first | last | lastCore | title | salutation | firstKey | lastKey |
    /// firstKeyPlain | lastKeyPlain`, nil as `-`, so that a table row shows every field at once.
    static func rendered(_ name: NormalizedName?) -> String {
        guard let name else { return "nil" }
        return [
            name.first, name.last, name.lastCore, name.title ?? "-", name.salutation ?? "-", name.firstKey, name.lastKey,
            name.firstKeyPlain, name.lastKeyPlain,
        ].joined(separator: " | ")
    }

    @Test(arguments: [
        ("Dr. Hans-Peter von der Müller", "Hans-Peter | von der Müller | Müller | Dr. | - | hanspeter | vondermueller | hanspeter | vondermuller"),
        ("Herr Prof. Dr. med. Klaus Weber", "Klaus | Weber | Weber | Prof. Dr. med. | Herr | klaus | weber | klaus | weber"),
        ("Frau Dipl.-Ing. (FH) Petra Groß", "Petra | Groß | Groß | Dipl.-Ing. (FH) | Frau | petra | gross | petra | gross"),
        ("Prof. Dr. Dr. h.c. mult. Hans Meier", "Hans | Meier | Meier | Prof. Dr. Dr. h.c. mult. | - | hans | meier | hans | meier"),
        ("Prof. Dr. h. c. Hans Meier", "Hans | Meier | Meier | Prof. Dr. h. c. | - | hans | meier | hans | meier"),
        ("Dr. rer. nat. Anna Berger", "Anna | Berger | Berger | Dr. rer. nat. | - | anna | berger | anna | berger"),
        ("Dr. phil. Anna Berger", "Anna | Berger | Berger | Dr. phil. | - | anna | berger | anna | berger"),
        ("Dr. Phil Collins", "Phil | Collins | Collins | Dr. | - | phil | collins | phil | collins"),
        ("Dr. H. Müller", "H. | Müller | Müller | Dr. | - | h | mueller | h | muller"),
        ("Dr.-Ing. Anna Roth", "Anna | Roth | Roth | Dr.-Ing. | - | anna | roth | anna | roth"),
        ("Dipl.-Kfm. Thomas Schulz", "Thomas | Schulz | Schulz | Dipl.-Kfm. | - | thomas | schulz | thomas | schulz"),
        ("Mag. Anna Huber", "Anna | Huber | Huber | Mag. | - | anna | huber | anna | huber"),
        ("Ing. Josef Maier", "Josef | Maier | Maier | Ing. | - | josef | maier | josef | maier"),
        ("Mr. John Smith", "John | Smith | Smith | - | Mr. | john | smith | john | smith"),
        ("Mrs Jane Doe", "Jane | Doe | Doe | - | Mrs | jane | doe | jane | doe"),
        ("Ms. Jane Doe, PhD", "Jane | Doe | Doe | PhD | Ms. | jane | doe | jane | doe"),
        ("Anna Schmidt PhD", "Anna | Schmidt | Schmidt | PhD | - | anna | schmidt | anna | schmidt"),
        ("Anna Schmidt, Dr.", "Anna | Schmidt | Schmidt | Dr. | - | anna | schmidt | anna | schmidt"),
        ("Xiaoming Ma, MA", "Xiaoming | Ma | Ma | MA | - | xiaoming | ma | xiaoming | ma"),
        ("Yo-Yo Ma", "Yo-Yo | Ma | Ma | - | - | yoyo | ma | yoyo | ma"),
        ("Müller, Hans", "Hans | Müller | Müller | - | - | hans | mueller | hans | muller"),
        ("Müller, Dr. Hans", "Hans | Müller | Müller | Dr. | - | hans | mueller | hans | muller"),
        ("von der Müller, Hans-Peter", "Hans-Peter | von der Müller | Müller | - | - | hanspeter | vondermueller | hanspeter | vondermuller"),
        ("Ludwig van Beethoven", "Ludwig | van Beethoven | Beethoven | - | - | ludwig | vanbeethoven | ludwig | vanbeethoven"),
        ("Van Morrison", "Van | Morrison | Morrison | - | - | van | morrison | van | morrison"),
        ("van der Berg", " | van der Berg | Berg | - | - |  | vanderberg |  | vanderberg"),
        ("Jan van den Broek", "Jan | van den Broek | Broek | - | - | jan | vandenbroek | jan | vandenbroek"),
        ("Maria de la Cruz", "Maria | de la Cruz | Cruz | - | - | maria | delacruz | maria | delacruz"),
        ("Leonardo da Vinci", "Leonardo | da Vinci | Vinci | - | - | leonardo | davinci | leonardo | davinci"),
        ("Karl-Theodor zu Guttenberg", "Karl-Theodor | zu Guttenberg | Guttenberg | - | - | karltheodor | zuguttenberg | karltheodor | zuguttenberg"),
        ("Enoch von und zu Guttenberg", "Enoch | von und zu Guttenberg | Guttenberg | - | - | enoch | vonundzuguttenberg | enoch | vonundzuguttenberg"),
        ("Rudi ter Horst", "Rudi | ter Horst | Horst | - | - | rudi | terhorst | rudi | terhorst"),
        ("Anna Le", "Anna | Le | Le | - | - | anna | le | anna | le"),
        ("HANS-PETER VON DER MÜLLER", "HANS-PETER | VON DER MÜLLER | MÜLLER | - | - | hanspeter | vondermueller | hanspeter | vondermuller"),
        ("jürgen weiß", "jürgen | weiß | weiß | - | - | juergen | weiss | jurgen | weiss"),
        ("Hans Peter Meier", "Hans Peter | Meier | Meier | - | - | hanspeter | meier | hanspeter | meier"),
        ("  Meier,   Hans-Peter  ", "Hans-Peter | Meier | Meier | - | - | hanspeter | meier | hanspeter | meier"),
        ("Müller", " | Müller | Müller | - | - |  | mueller |  | muller"),
        ("Trude Herr", "Trude | Herr | Herr | - | - | trude | herr | trude | herr"),
        ("Seán O'Brien", "Seán | O'Brien | O'Brien | - | - | sean | obrien | sean | obrien"),
        ("Gianna D\u{2019}Angelo", "Gianna | D\u{2019}Angelo | D\u{2019}Angelo | - | - | gianna | dangelo | gianna | dangelo"),
    ])
    func splitsFullNames(fullName: String, expected: String) {
        var normalizer = PersonNameNormalizer()
        #expect(Self.rendered(normalizer.splitFullName(fullName)) == expected)
    }

    @Test(arguments: [
        ("Hans", "Müller", "Hans | Müller | Müller | - | - | hans | mueller | hans | muller"),
        ("Herr Hans", "Müller", "Hans | Müller | Müller | - | Herr | hans | mueller | hans | muller"),
        ("Herr", "Müller", " | Müller | Müller | - | Herr |  | mueller |  | muller"),
        ("Dr.", "Müller", " | Müller | Müller | Dr. | - |  | mueller |  | muller"),
        ("Prof. Dr. Anna", "Schmidt", "Anna | Schmidt | Schmidt | Prof. Dr. | - | anna | schmidt | anna | schmidt"),
        ("", "Frau Dr. Schmidt", " | Schmidt | Schmidt | Dr. | Frau |  | schmidt |  | schmidt"),
        ("Anna", "Dr. Schmidt", "Anna | Schmidt | Schmidt | Dr. | - | anna | schmidt | anna | schmidt"),
        ("Anna", "Schmidt, PhD", "Anna | Schmidt | Schmidt | PhD | - | anna | schmidt | anna | schmidt"),
        ("Hans Müller", "", "Hans | Müller | Müller | - | - | hans | mueller | hans | muller"),
        ("Dr. Hans-Peter von der Müller", "", "Hans-Peter | von der Müller | Müller | Dr. | - | hanspeter | vondermueller | hanspeter | vondermuller"),
        ("", "Müller, Hans", "Hans | Müller | Müller | - | - | hans | mueller | hans | muller"),
        ("Anna", "", "Anna |  |  | - | - | anna |  | anna | "),
        ("", "von der Müller", " | von der Müller | Müller | - | - |  | vondermueller |  | vondermuller"),
        ("Ludwig van", "Beethoven", "Ludwig | van Beethoven | Beethoven | - | - | ludwig | vanbeethoven | ludwig | vanbeethoven"),
        ("Hans", "VON DER MÜLLER", "Hans | VON DER MÜLLER | MÜLLER | - | - | hans | vondermueller | hans | vondermuller"),
        ("ANNA-LENA", "MÜLLER-LÜDENSCHEIDT", "ANNA-LENA | MÜLLER-LÜDENSCHEIDT | MÜLLER-LÜDENSCHEIDT | - | - | annalena | muellerluedenscheidt | annalena | mullerludenscheidt"),
        ("Trude", "Herr", "Trude | Herr | Herr | - | - | trude | herr | trude | herr"),
        ("Anna", "Le", "Anna | Le | Le | - | - | anna | le | anna | le"),
        ("Jürgen", "Weiß", "Jürgen | Weiß | Weiß | - | - | juergen | weiss | jurgen | weiss"),
        ("Ju\u{308}rgen", "Wei\u{DF}", "Jürgen | Weiß | Weiß | - | - | juergen | weiss | jurgen | weiss"),
        ("Zoë", "Brontë", "Zoë | Brontë | Brontë | - | - | zoe | bronte | zoe | bronte"),
        ("Søren", "Kierkegaard", "Søren | Kierkegaard | Kierkegaard | - | - | soren | kierkegaard | soren | kierkegaard"),
        ("Łukasz", "Żółć", "Łukasz | Żółć | Żółć | - | - | lukasz | zolc | lukasz | zolc"),
        ("Çağrı", "Öztürk", "Çağrı | Öztürk | Öztürk | - | - | cagri | oeztuerk | cagri | ozturk"),
        ("İlknur", "Işık", "İlknur | Işık | Işık | - | - | ilknur | isik | ilknur | isik"),
        ("François", "Lefèvre", "François | Lefèvre | Lefèvre | - | - | francois | lefevre | francois | lefevre"),
        ("Anna 😀", "Müller", "Anna 😀 | Müller | Müller | - | - | anna | mueller | anna | muller"),
        ("Anna\u{A0}Maria", "Müller\t", "Anna Maria | Müller | Müller | - | - | annamaria | mueller | annamaria | muller"),
        ("Hans2", "Müller 3", "Hans2 | Müller 3 | Müller 3 | - | - | hans | mueller | hans | muller"),
        // A cell of punctuation only is an empty cell (found by the idempotence property test).
        ("Hans Hans", ",", "Hans | Hans | Hans | - | - | hans | hans | hans | hans"),
        (",", "Müller, Hans", "Hans | Müller | Müller | - | - | hans | mueller | hans | muller"),
        // Found by the idempotence property test: a last name "PhD" after a moved particle, and a
        // mark that an invisible character kept from its base.
        ("Hans von", "PhD", "Hans | von PhD | PhD | - | - | hans | vonphd | hans | vonphd"),
        ("Hans", "von PhD", "Hans | von PhD | PhD | - | - | hans | vonphd | hans | vonphd"),
        ("", "la\u{200B}\u{308}", " | lä | lä | - | - |  | lae |  | la"),
    ])
    func normalizesFirstAndLast(first: String, last: String, expected: String) {
        var normalizer = PersonNameNormalizer()
        #expect(Self.rendered(normalizer.normalize(first: first, last: last)) == expected)
    }

    @Test(arguments: [("", ""), (" ", "\t"), ("😀", ""), ("", "🙂 🙃"), ("123", "-"), ("\u{200B}", "\u{FEFF}")])
    func nothingToCompare(first: String, last: String) {
        var normalizer = PersonNameNormalizer()
        #expect(normalizer.normalize(first: first, last: last) == nil)
        #expect(normalizer.splitFullName(first + " " + last) == nil)
    }

    @Test(arguments: [
        ("Müller-Lüdenscheidt", ["mueller", "luedenscheidt"]),
        ("García Márquez", ["garcia", "marquez"]),
        ("von der Müller-Lüdenscheidt", ["mueller", "luedenscheidt"]),
        ("Leutheusser-Schnarrenberger", ["leutheusser", "schnarrenberger"]),
        ("Müller", []),
        ("von der Müller", []),
        ("Müller-", []),
    ])
    func doubleBarrelledParts(last: String, parts: [String]) throws {
        var normalizer = PersonNameNormalizer()
        let name = normalizer.normalize(first: "Anna", last: last)
        #expect(try #require(name).lastPartKeys == parts)
    }

    @Test func particleCoreKeys() throws {
        var normalizer = PersonNameNormalizer()
        let split = normalizer.splitFullName("Hans-Peter von der Müller")
        let name = try #require(split)
        #expect(name.lastCoreKey == "mueller")
        #expect(name.lastCoreKeyPlain == "muller")
        let given = normalizer.normalize(first: "Hans-Peter", last: "Müller")
        let plain = try #require(given)
        #expect(plain.lastCoreKey == name.lastCoreKey)
    }

    @Test(arguments: [
        ("Müller", FoldStyle.german, "mueller"), ("Müller", .plain, "muller"), ("O'Neil-Smith", .german, "oneilsmith"),
        ("Straße", .plain, "strasse"), ("STRASSE", .german, "strasse"), ("  ", .german, ""),
    ])
    func keyOfAnyText(text: String, style: FoldStyle, key: String) {
        var normalizer = PersonNameNormalizer()
        #expect(normalizer.key(text, style: style) == key)
    }
}

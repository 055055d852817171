/// Splits people's names into salutation, titles, first and last name, and builds their fold keys.
///
/// Every value is put in Unicode NFC first. Salutations (`Herr`, `Frau`, `Mr`, `Mrs.`, …) and
/// titles (`Dr.`, `Prof. Dr.`, `Dr. rer. nat.`, `Dipl.-Ing. (FH)`, `Mag.`, `Ing.`, `PhD`, …) are
/// taken off either cell; particles (`von`, `van der`, `de la`, …) stay in the last name, which is
/// also offered without them (`lastCore`). See `NormalizedName` for what the keys hold and
/// `NameParser` for the splitting rules.
///
/// Two keys per name: German fold (`ä→ae ö→oe ü→ue ß→ss`, as in e-mail local parts) and plain fold
/// (`ä→a`, as ASCII-only systems store it); any two records may each have used either. Latin
/// letters fold through a table on the hot path; a value in another script goes through ICU's
/// `Any-Latin; Latin-ASCII; Any-Lower`, which costs microseconds, so its fold is cached per distinct
/// value.
///
/// Concurrency: the cache lives inside this value, so `normalize` is `mutating`. Give every worker
/// thread its own normaliser (a copy shares the cache's storage until either side writes, then
/// they part); never share one behind a lock, which would serialise the hot path. The cache is
/// memoisation only: outputs do not depend on what is cached, so results are identical however
/// the work is split. It holds at most `cacheCapacity` values per fold style and is emptied when
/// full.
public struct PersonNameNormalizer: Sendable {
    /// Internal, not private: `linkKeys` (in its own file) folds with it too.
    var folder: KeyFolder

    /// Creates a normaliser whose transliteration cache holds up to `cacheCapacity` values per
    /// fold style (0 turns caching off).
    public init(cacheCapacity: Int = 4096) {
        folder = KeyFolder(capacity: cacheCapacity)
    }

    /// Whether this platform's Foundation romanises other scripts through ICU (it does on Linux,
    /// where swift-corelibs-foundation bundles ICU). Without it, other scripts only lose their
    /// diacritics and letters that are not Latin drop out of the keys.
    public static var romanisesOtherScripts: Bool { KeyFolder.isTransliterationAvailable }

    /// How many distinct values the transliteration cache holds (both styles together).
    public var cachedValueCount: Int { folder.memoisedCount }

    /// Normalises a name given as a first-name and a last-name cell. Nil when neither holds a
    /// letter.
    ///
    /// A full name in the first-name cell with an empty last name, or `Last, First` in the
    /// last-name cell with an empty first name, is split as by `splitFullName(_:)`.
    public mutating func normalize(first: String, last: String) -> NormalizedName? {
        name(from: NameParser.parse(first: DisplayText.clean(first), last: DisplayText.clean(last)))
    }

    /// Normalises a name given as one cell: `Dr. Hans-Peter von der Müller` gives first
    /// `Hans-Peter`, last `von der Müller`, core `Müller`, title `Dr.`. Also reads `Müller, Hans`.
    /// Nil when the cell holds no letter.
    public mutating func splitFullName(_ fullName: String) -> NormalizedName? {
        name(from: NameParser.parse(fullName: DisplayText.clean(fullName)))
    }

    /// The name key of any text in `style`: lower-case ASCII letters only.
    public mutating func key(_ text: String, style: FoldStyle) -> String {
        let keys = folder.nameKeys(Substring(DisplayText.clean(text)))
        return style == .german ? keys.german : keys.plain
    }

    private mutating func name(from parts: NameParts) -> NormalizedName? {
        let first = NameToken.joined(parts.first[...])
        let firstKeys = folder.nameKeys(Substring(first))
        let particleLength = NameToken.particleLength(in: parts.last, at: 0)
        let hasCore = particleLength > 0 && particleLength < parts.last.count
        let core = hasCore ? parts.last[particleLength...] : parts.last[...]
        let lastCore = NameToken.joined(core)
        let coreKeys = folder.nameKeys(Substring(lastCore))
        var lastKey = coreKeys.german
        var lastKeyPlain = coreKeys.plain
        if hasCore {
            // Keys are letters run together, so the particles' keys simply go in front.
            let particleKeys = folder.nameKeys(Substring(NameToken.joined(parts.last[..<particleLength])))
            lastKey = particleKeys.german + lastKey
            lastKeyPlain = particleKeys.plain + lastKeyPlain
        }
        guard !firstKeys.german.isEmpty || !lastKey.isEmpty else { return nil }
        let titles = parts.leadingTitles + parts.trailingTitles
        return NormalizedName(
            first: first,
            last: hasCore ? NameToken.joined(parts.last[...]) : lastCore,
            lastCore: lastCore,
            title: titles.isEmpty ? nil : NameToken.joined(titles[...]),
            salutation: parts.salutation.map(String.init),
            firstKey: firstKeys.german,
            lastKey: lastKey,
            firstKeyPlain: firstKeys.plain,
            lastKeyPlain: lastKeyPlain,
            lastCoreKey: coreKeys.german,
            lastCoreKeyPlain: coreKeys.plain,
            lastPartKeys: partKeys(of: lastCore)
        )
    }

    /// Separators of a double-barrelled name: hyphen, space, and the Unicode hyphens and dashes.
    private static func isPartSeparator(_ character: Character) -> Bool {
        character == "-" || character == " " || ("\u{2010}"..."\u{2013}").contains(character)
    }

    private mutating func partKeys(of lastCore: String) -> [String] {
        // Only names holding a space, `-` or a byte of U+2010…U+2013 can have parts.
        guard lastCore.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D || $0 == 0xE2 }) else { return [] }
        let keys = lastCore.split(whereSeparator: Self.isPartSeparator)
            .map { folder.nameKeys($0).german }
            .filter { !$0.isEmpty }
        return keys.count > 1 ? keys : []
    }
}

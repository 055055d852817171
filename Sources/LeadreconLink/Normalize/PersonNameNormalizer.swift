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
    private var folder: KeyFolder

    /// Creates a normaliser whose transliteration cache holds up to `cacheCapacity` values per
    /// fold style (0 turns caching off).
    public init(cacheCapacity: Int = 4096) {
        folder = KeyFolder(capacity: cacheCapacity)
    }

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
        let folded = folder.fold(DisplayText.clean(text), style: style)
        return String(decoding: folded.lazy.filter(CellBytes.isLetter), as: UTF8.self)
    }

    private mutating func name(from parts: NameParts) -> NormalizedName? {
        let first = parts.first.joined(separator: " ")
        let last = parts.last.joined(separator: " ")
        let firstKey = key(ofClean: first, style: .german)
        let lastKey = key(ofClean: last, style: .german)
        guard !firstKey.isEmpty || !lastKey.isEmpty else { return nil }
        let keys = parts.last.map(NameAffixes.key)
        let particleLength = NameAffixes.particleLength(in: keys, at: 0)
        let coreWords = particleLength < parts.last.count ? parts.last[particleLength...] : parts.last[...]
        let lastCore = coreWords.joined(separator: " ")
        let lastCoreKey = particleLength == 0 ? lastKey : key(ofClean: lastCore, style: .german)
        let titles = parts.leadingTitles + parts.trailingTitles
        return NormalizedName(
            first: first,
            last: last,
            lastCore: lastCore,
            title: titles.isEmpty ? nil : titles.joined(separator: " "),
            salutation: parts.salutation.map(String.init),
            firstKey: firstKey,
            lastKey: lastKey,
            firstKeyPlain: key(ofClean: first, style: .plain),
            lastKeyPlain: key(ofClean: last, style: .plain),
            lastCoreKey: lastCoreKey,
            lastCoreKeyPlain: key(ofClean: lastCore, style: .plain),
            lastPartKeys: partKeys(of: lastCore)
        )
    }

    private mutating func key(ofClean text: String, style: FoldStyle) -> String {
        guard !text.isEmpty else { return "" }
        let folded = folder.fold(text, style: style)
        return String(decoding: folded.lazy.filter(CellBytes.isLetter), as: UTF8.self)
    }

    private mutating func partKeys(of lastCore: String) -> [String] {
        guard lastCore.contains(where: { $0 == "-" || $0 == " " || $0 == "\u{2010}" }) else { return [] }
        let keys = lastCore.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "\u{2010}" })
            .map { key(ofClean: String($0), style: .german) }
            .filter { !$0.isEmpty }
        return keys.count > 1 ? keys : []
    }
}

/// A person's name split into its parts, with fold keys for comparing and blocking.
///
/// Display fields keep the writing of the source (NFC, single spaces, case as entered); keys are
/// lower-case ASCII letters only. Names are entered with and without hyphens, spaces and
/// apostrophes between their parts (`Hans-Peter`, `Hans Peter`, `HansPeter`; `O'Brien`, `OBrien`),
/// so keys drop everything but letters: all of these give `hanspeter` and `obrien`. Digits and
/// symbols are dropped too. Other scripts are romanised by ICU (`Горбачёв` → `gorbacev`).
public struct NormalizedName: Sendable, Hashable {
    /// The first name(s) without salutation and titles: `Hans-Peter`.
    public var first: String
    /// The last name with its particles: `von der Müller`.
    public var last: String
    /// The last name without leading particles: `Müller`. Equal to `last` when the name has none,
    /// and when the particle is all there is (`Le`, `Da` are surnames too).
    public var lastCore: String
    /// Academic and professional titles, as written, joined by spaces: `Prof. Dr. med.`, `PhD`.
    public var title: String?
    /// The salutation, as written: `Herr`, `Mrs.`.
    public var salutation: String?

    /// `first` folded the German way (`ä→ae ß→ss`): `hanspeter`, `juergen`.
    public var firstKey: String
    /// `last` folded the German way: `vondermueller`.
    public var lastKey: String
    /// `first` folded plainly (`ä→a ß→ss`): `jurgen`.
    public var firstKeyPlain: String
    /// `last` folded plainly: `vondermuller`.
    public var lastKeyPlain: String
    /// `lastCore` folded the German way: `mueller`. The better blocking key: particles are often
    /// dropped, abbreviated or moved into the first-name field.
    public var lastCoreKey: String
    /// `lastCore` folded plainly: `muller`.
    public var lastCoreKeyPlain: String
    /// The German-fold keys of the parts of a double-barrelled (`Müller-Lüdenscheidt`) or
    /// two-word (`García Márquez`) core last name, in order; empty for a single-part name.
    public var lastPartKeys: [String]

    /// Creates a name from its parts and keys.
    public init(
        first: String, last: String, lastCore: String, title: String?, salutation: String?, firstKey: String,
        lastKey: String, firstKeyPlain: String, lastKeyPlain: String, lastCoreKey: String, lastCoreKeyPlain: String,
        lastPartKeys: [String]
    ) {
        self.first = first
        self.last = last
        self.lastCore = lastCore
        self.title = title
        self.salutation = salutation
        self.firstKey = firstKey
        self.lastKey = lastKey
        self.firstKeyPlain = firstKeyPlain
        self.lastKeyPlain = lastKeyPlain
        self.lastCoreKey = lastCoreKey
        self.lastCoreKeyPlain = lastCoreKeyPlain
        self.lastPartKeys = lastPartKeys
    }
}

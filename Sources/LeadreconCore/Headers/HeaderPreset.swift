/// A named dictionary of export headers for one kind of export: which header means which
/// canonical field, in English and German.
///
/// Aliases are written in display form, as the export shows them (`Company / Account`,
/// `Zuletzt geändert am`), and compared after ``HeaderFolding/fold(_:)``, so one alias covers
/// its case, quote, dash and umlaut variants.
///
/// When two columns of a file carry the same field (say `Phone` and `Telefon`), the mapper keeps
/// the first by column order. A preset can override that for a field by listing aliases under
/// `preferred`, most preferred first: a column whose header is a preferred alias beats any column
/// that is not, and among preferred aliases the earlier one wins. This is used where the
/// aliases differ in quality rather than in language, e.g. `Activity ID (18 Char)` (case-insensitive,
/// joinable) over `Activity ID` (15 characters).
public struct HeaderPreset: Sendable, Hashable {
    /// The name a pipeline file uses, e.g. `hubspot_contacts`.
    public let name: String
    /// A name for people, e.g. `HubSpot contacts`.
    public let displayName: String
    /// The kind of source this preset describes; detection considers only presets of the role.
    public let role: SourceRole
    /// Header aliases per field, in display form, preferred aliases included.
    public let aliases: [CanonicalField: [String]]
    /// Per field, aliases that win over other aliases of the field, most preferred first.
    public let preferred: [CanonicalField: [String]]

    /// Folded alias → field. Built in `CanonicalField` order so that a folded alias listed under
    /// two fields (a preset bug the tests catch) resolves the same way on every run.
    private let fieldByFoldedAlias: [String: CanonicalField]
    /// Folded preferred alias → rank (0 = most preferred).
    private let rankByFoldedAlias: [String: Int]

    /// Creates a preset; aliases are folded here, once.
    /// - Parameters:
    ///   - name: the pipeline-file name, lower-case with underscores.
    ///   - displayName: a name for people.
    ///   - role: the kind of source the preset describes.
    ///   - aliases: header aliases per field in display form.
    ///   - preferred: per field, aliases that beat the field's other aliases, most preferred first;
    ///     they count as aliases even when not repeated in `aliases`.
    public init(
        name: String,
        displayName: String,
        role: SourceRole,
        aliases: [CanonicalField: [String]],
        preferred: [CanonicalField: [String]] = [:]
    ) {
        var merged = aliases
        for (field, list) in preferred {
            let missing = list.filter { !(merged[field] ?? []).contains($0) }
            merged[field, default: []].insert(contentsOf: missing, at: 0)
        }
        self.name = name
        self.displayName = displayName
        self.role = role
        self.aliases = merged
        self.preferred = preferred

        var fieldByFoldedAlias: [String: CanonicalField] = [:]
        for field in CanonicalField.allCases {
            for alias in merged[field] ?? [] {
                let folded = HeaderFolding.fold(alias)
                if fieldByFoldedAlias[folded] == nil { fieldByFoldedAlias[folded] = field }
            }
        }
        var rankByFoldedAlias: [String: Int] = [:]
        for list in preferred.values {
            for (rank, alias) in list.enumerated() {
                let folded = HeaderFolding.fold(alias)
                if rankByFoldedAlias[folded] == nil { rankByFoldedAlias[folded] = rank }
            }
        }
        self.fieldByFoldedAlias = fieldByFoldedAlias
        self.rankByFoldedAlias = rankByFoldedAlias
    }

    /// The field a header means in this preset, or nil when the preset does not know it.
    /// - Parameter header: a header as the export shows it; it is folded first.
    public func field(forHeader header: String) -> CanonicalField? {
        fieldByFoldedAlias[HeaderFolding.fold(header)]
    }

    /// The field for an already folded header.
    func field(forFolded folded: String) -> CanonicalField? {
        fieldByFoldedAlias[folded]
    }

    /// How strongly the preset prefers a folded header for its field: lower wins; headers that are
    /// not preferred aliases all share the lowest preference.
    func preference(ofFolded folded: String) -> Int {
        rankByFoldedAlias[folded] ?? Int.max
    }

    /// The folded aliases of one field, in listed order.
    func foldedAliases(of field: CanonicalField) -> [String] {
        (aliases[field] ?? []).map(HeaderFolding.fold)
    }

    /// Problems with the preset's own data, for tests: a folded alias under two fields, a field
    /// the role never loads, an empty alias. Empty when the preset is sound.
    func invariantViolations() -> [String] {
        var problems: [String] = []
        var owner: [String: CanonicalField] = [:]
        for field in CanonicalField.allCases {
            guard let list = aliases[field] else { continue }
            if !role.usefulFields.contains(field) {
                problems.append("\(name): '\(field.rawValue)' is not loaded for role \(role.rawValue)")
            }
            for alias in list {
                let folded = HeaderFolding.fold(alias)
                if folded.isEmpty { problems.append("\(name): alias \"\(alias)\" folds to nothing") }
                if let other = owner[folded], other != field {
                    problems.append(
                        "\(name): \"\(alias)\" is listed for '\(other.rawValue)' and '\(field.rawValue)'")
                }
                owner[folded] = owner[folded] ?? field
            }
        }
        return problems
    }
}

/// Maps an export's header line onto canonical fields.
///
/// Header mapping is the first thing ingest does with a file, and the first thing that goes wrong
/// with a client's export, so every outcome is explained: ``HeaderMapping`` records a
/// ``HeaderDecision`` per column and warnings for anything surprising, and ``HeaderMappingError``
/// names the closest headers when a required field has no column. The principal types:
/// - ``HeaderFolding``: the comparison key of a header;
/// - ``HeaderPreset`` and ``HeaderPresets``: alias dictionaries per export kind;
/// - ``HeaderMapper``: detection, overrides, conflicts, required fields.
///
/// The rules, in order:
/// 1. Overrides (`columns:` in the pipeline file) claim their columns first.
/// 2. Repeated headers (same folded text): the first column counts, later ones are `.duplicate`.
/// 3. Each other column whose header is an alias of the preset for a field the role loads is a
///    candidate for that field. A field claimed by an override takes none of them. Otherwise the
///    preset's preferred alias wins, else the first column, and a warning names the columns when
///    column order decided.
/// 4. Everything else is dropped (data minimisation).
/// 5. A required field of the role without a column is an error.
public struct HeaderMapper: Sendable {
    /// Presets that detection chooses among, in registry order.
    public let presets: [HeaderPreset]

    /// Creates a mapper.
    /// - Parameter presets: the presets to detect among; the built-in ones by default.
    public init(presets: [HeaderPreset] = HeaderPresets.all) {
        self.presets = presets
    }

    /// Maps a header line onto canonical fields.
    /// - Parameters:
    ///   - headers: the header line as read, in column order.
    ///   - role: what the source holds; decides which fields are loaded and required.
    ///   - preset: the preset to use, or nil to detect one among the presets of `role`.
    ///   - overrides: field → header, from `columns:` in the pipeline file; compared after folding
    ///     and taking precedence over the preset.
    /// - Returns: the mapping, with a decision per column and warnings.
    /// - Throws: ``HeaderMappingError`` when an override is wrong or a required field has no column.
    public func map(
        headers: [String],
        role: SourceRole,
        preset: HeaderPreset? = nil,
        overrides: [CanonicalField: String] = [:]
    ) throws(HeaderMappingError) -> HeaderMapping {
        let line = HeaderLine(headers)
        let loaded = Set(role.usefulFields)
        var warnings = line.duplicateWarnings

        let choice = choosePreset(line: line, role: role, given: preset)
        warnings += choice.warnings
        let chosen = choice.preset

        // 1. Overrides claim their columns first.
        var columns = try resolveOverrides(overrides, line: line, role: role)
        var decided: [Int: (field: CanonicalField?, how: HeaderDecision.How)] = [:]
        for (field, index) in columns { decided[index] = (field, .override) }

        // 2–3. Columns that are not repeats and not claimed are candidates for the field their
        // header means in the preset, if the role loads it.
        var candidates: [CanonicalField: [Int]] = [:]
        for index in line.indices where decided[index] == nil && line.original(of: index) == nil {
            if let field = chosen.field(forFolded: line.folded[index]), loaded.contains(field) {
                candidates[field, default: []].append(index)
            }
        }
        for field in CanonicalField.allCases {
            guard let indices = candidates[field] else { continue }
            if columns[field] != nil {
                for index in indices { decided[index] = (field, .superseded) }
                continue
            }
            // Most preferred alias first, then column order.
            let ranked = indices.sorted { lhs, rhs in
                let (left, right) = (
                    chosen.preference(ofFolded: line.folded[lhs]),
                    chosen.preference(ofFolded: line.folded[rhs]))
                return left != right ? left < right : lhs < rhs
            }
            guard let winner = ranked.first else { continue }
            columns[field] = winner
            decided[winner] = (field, .preset)
            let losers = ranked.dropFirst()
            for index in losers { decided[index] = (field, .superseded) }
            // Silent when the preset's preference decided; worth a word when column order did.
            let winnerPreference = chosen.preference(ofFolded: line.folded[winner])
            if losers.contains(where: { chosen.preference(ofFolded: line.folded[$0]) == winnerPreference }) {
                warnings.append(Self.conflictWarning(field: field, indices: indices, winner: winner, line: line))
            }
        }

        // 4. Repeats follow their first column; everything else is dropped.
        let decisions = line.indices.map { index -> HeaderDecision in
            if let original = line.original(of: index) {
                let field = decided[original].flatMap { $0.how == .preset || $0.how == .override ? $0.field : nil }
                return HeaderDecision(index: index, header: headers[index], field: field, how: .duplicate)
            }
            let decision = decided[index] ?? (nil, .unmapped)
            return HeaderDecision(index: index, header: headers[index], field: decision.field, how: decision.how)
        }

        // 5. Required fields.
        for field in role.requiredFields where columns[field] == nil {
            throw .missingRequiredField(
                field: field, role: role, preset: chosen.name,
                closestHeaders: closestHeaders(for: field, role: role, preset: chosen, line: line,
                                               decisions: decisions))
        }
        // Not required (keep requirements minimal), but without any of these the link stage has
        // nothing to compare.
        if role == .marketing || role == .crmLeads,
           ![.email, .phone, .mobilePhone, .lastName, .fullName].contains(where: { columns[$0] != nil }) {
            warnings.append("no column for email, phone or a name: records of this source cannot be linked")
        }

        return HeaderMapping(
            preset: chosen.name, score: choice.score, detected: preset == nil, columns: columns,
            decisions: decisions, warnings: warnings)
    }

    /// How many headers of a line a preset maps to fields that the role loads.
    /// - Parameters:
    ///   - preset: the preset to score.
    ///   - headers: the header line.
    ///   - role: the role the source is loaded as.
    public func score(_ preset: HeaderPreset, headers: [String], role: SourceRole) -> HeaderMapping.Score {
        score(preset, line: HeaderLine(headers), role: role)
    }

    func score(_ preset: HeaderPreset, line: HeaderLine, role: SourceRole) -> HeaderMapping.Score {
        let loaded = Set(role.usefulFields)
        let matched = line.indices.count { index in
            line.original(of: index) == nil
                && preset.field(forFolded: line.folded[index]).map(loaded.contains) == true
        }
        return HeaderMapping.Score(preset: preset.name, matched: matched, total: line.headers.count)
    }

    private static func conflictWarning(
        field: CanonicalField, indices: [Int], winner: Int, line: HeaderLine
    ) -> String {
        let named = indices.map { "\($0 + 1) \"\(line.headers[$0])\"" }
        let list = named.dropLast().joined(separator: ", ") + " and " + (named.last ?? "")
        let quantifier = named.count == 2 ? "both" : "all"
        return "columns \(list) \(quantifier) mean '\(field.rawValue)'; using column \(winner + 1)"
    }
}

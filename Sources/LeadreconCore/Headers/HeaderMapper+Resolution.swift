extension HeaderMapper {
    /// The preset to map with, its score, and warnings about how it was chosen.
    struct PresetChoice {
        let preset: HeaderPreset
        let score: HeaderMapping.Score
        let warnings: [String]
    }

    /// Uses the given preset, or detects the one of `role` that knows the most headers; ties go
    /// to the earlier preset in `presets`.
    func choosePreset(line: HeaderLine, role: SourceRole, given: HeaderPreset?) -> PresetChoice {
        if let given {
            let warnings = given.role == role
                ? []
                : ["preset \(given.name) is for role \(given.role.rawValue), used here for role \(role.rawValue)"]
            return PresetChoice(preset: given, score: score(given, line: line, role: role), warnings: warnings)
        }
        let ofRole = presets.filter { $0.role == role }
        guard !ofRole.isEmpty else {
            let none = HeaderPreset(name: "none", displayName: "No preset", role: role, aliases: [:])
            return PresetChoice(
                preset: none, score: score(none, line: line, role: role),
                warnings: ["no preset for role \(role.rawValue): only columns: are mapped"])
        }
        let scored = ofRole.map { ($0, score($0, line: line, role: role)) }
        var best = scored[0]
        for candidate in scored.dropFirst() where candidate.1.matched > best.1.matched {
            best = candidate
        }
        var warnings: [String] = []
        if best.1.matched == 0 {
            warnings.append("no header matched a preset for role \(role.rawValue); using \(best.0.name)")
        } else {
            let tied = scored.filter { $0.1.matched == best.1.matched && $0.0.name != best.0.name }
            if !tied.isEmpty {
                let names = ([best.0] + tied.map(\.0)).map(\.name).joined(separator: ", ")
                warnings.append(
                    "presets \(names) match equally (\(best.1.matched) of \(best.1.total) headers); "
                        + "using \(best.0.name), name one under preset: to choose")
            }
        }
        return PresetChoice(preset: best.0, score: best.1, warnings: warnings)
    }

    /// Resolves `columns:` overrides to column indices, validating each.
    func resolveOverrides(
        _ overrides: [CanonicalField: String], line: HeaderLine, role: SourceRole
    ) throws(HeaderMappingError) -> [CanonicalField: Int] {
        var columns: [CanonicalField: Int] = [:]
        var fieldAt: [Int: CanonicalField] = [:]
        for (field, header) in overrides.sorted(by: { $0.key < $1.key }) {
            guard role.usefulFields.contains(field) else {
                throw .overrideFieldNotLoaded(field: field, role: role)
            }
            let folded = HeaderFolding.fold(header)
            guard let index = line.firstIndex[folded] else {
                let closest = HeaderSimilarity.closest(
                    to: [folded], among: line.candidates { line.original(of: $0) == nil })
                throw .unknownOverrideHeader(field: field, header: header, closestHeaders: closest)
            }
            if let other = fieldAt[index] {
                throw .conflictingOverrides(header: line.headers[index], fields: [other, field])
            }
            columns[field] = index
            fieldAt[index] = field
        }
        return columns
    }

    /// Up to three unused headers most like a missing field: compared with the field's aliases in
    /// the chosen preset and in every preset of the role, and with the field's own name.
    func closestHeaders(
        for field: CanonicalField, role: SourceRole, preset: HeaderPreset, line: HeaderLine,
        decisions: [HeaderDecision]
    ) -> [String] {
        var targets = [HeaderFolding.fold(field.rawValue)] + preset.foldedAliases(of: field)
        for other in presets where other.role == role {
            targets += other.foldedAliases(of: field)
        }
        let unused = Set(decisions.filter { $0.how == .unmapped }.map(\.index))
        return HeaderSimilarity.closest(to: targets, among: line.candidates { unused.contains($0) })
    }
}

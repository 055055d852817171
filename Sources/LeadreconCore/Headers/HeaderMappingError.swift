/// Why a header line could not be mapped onto canonical fields. Each case is fatal for its source:
/// the run cannot load it without a change to the file or the pipeline file.
public enum HeaderMappingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No column carries a field the role requires.
    /// - `closestHeaders`: up to three unused headers most like the field, best first.
    case missingRequiredField(
        field: CanonicalField, role: SourceRole, preset: String, closestHeaders: [String])
    /// An entry of `columns:` names a header that the file does not have.
    /// - `closestHeaders`: up to three headers most like the one named, best first.
    case unknownOverrideHeader(field: CanonicalField, header: String, closestHeaders: [String])
    /// An entry of `columns:` maps a field that the role never loads (data minimisation).
    case overrideFieldNotLoaded(field: CanonicalField, role: SourceRole)
    /// Two entries of `columns:` name the same header; a column carries one field.
    case conflictingOverrides(header: String, fields: [CanonicalField])
    /// `preset:` names no known preset.
    case unknownPreset(name: String, known: [String])

    /// A short lower-case message that says what to change.
    public var description: String {
        switch self {
        case let .missingRequiredField(field, role, preset, closest):
            "no column for '\(field.rawValue)' (role \(role.rawValue), preset \(preset)); "
                + Self.closestPhrase(closest) + "; add it under columns: in the pipeline file"
        case let .unknownOverrideHeader(field, header, closest):
            "columns: maps '\(field.rawValue)' to \"\(header)\", which is not a header of the file; "
                + Self.closestPhrase(closest)
        case let .overrideFieldNotLoaded(field, role):
            "columns: maps '\(field.rawValue)', which role \(role.rawValue) does not load; remove it"
        case let .conflictingOverrides(header, fields):
            "columns: maps "
                + fields.map { "'\($0.rawValue)'" }.joined(separator: " and ")
                + " to the same header \"\(header)\"; a column carries one field"
        case let .unknownPreset(name, known):
            "unknown preset '\(name)'; known presets: \(known.joined(separator: ", ")), or auto"
        }
    }

    private static func closestPhrase(_ headers: [String]) -> String {
        headers.isEmpty
            ? "no header is close"
            : "closest headers: " + headers.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}

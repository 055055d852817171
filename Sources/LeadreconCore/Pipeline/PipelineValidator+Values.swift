import Foundation

/// Interpreting single values: each reader returns `nil` and logs a located message when the
/// text is not what the key needs.
extension PipelineValidator {
    /// A decimal number, optionally within `range`.
    func number(_ raw: RawScalar?, in range: ClosedRange<Double>? = nil) -> Double? {
        guard let raw else { return nil }
        guard let value = Self.decimal(raw.text) else {
            log.error("expected a number for '\(raw.key)', got '\(raw.text)'", at: raw.location)
            return nil
        }
        if let range, !range.contains(value) {
            log.error("'\(raw.key)' must be between \(Self.format(range.lowerBound)) and "
                      + "\(Self.format(range.upperBound)), got \(raw.text)", at: raw.location)
            return nil
        }
        return value
    }

    /// A whole number of at least `minimum`.
    func integer(_ raw: RawScalar?, atLeast minimum: Int) -> Int? {
        guard let raw else { return nil }
        guard raw.text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), let value = Int(raw.text) else {
            log.error("expected a whole number for '\(raw.key)', got '\(raw.text)'", at: raw.location)
            return nil
        }
        guard value >= minimum else {
            log.error("'\(raw.key)' must be at least \(minimum), got \(value)", at: raw.location)
            return nil
        }
        return value
    }

    /// `true` or `false` (YAML 1.2 spellings).
    func bool(_ raw: RawScalar?) -> Bool? {
        guard let raw else { return nil }
        switch raw.text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            log.error("expected true or false for '\(raw.key)', got '\(raw.text)'", at: raw.location)
            return nil
        }
    }

    /// One of a closed set of spellings; case is ignored when `foldCase`.
    func choice<Value>(_ raw: RawScalar?, noun: String, options: [(String, Value)],
                       foldCase: Bool = false, shownOptions: [String]? = nil) -> Value? {
        guard let raw else { return nil }
        let text = foldCase ? raw.text.lowercased() : raw.text
        if let match = options.first(where: { (foldCase ? $0.0.lowercased() : $0.0) == text }) {
            return match.1
        }
        let expected = (shownOptions ?? options.map(\.0)).joined(separator: ", ")
        log.error("unknown \(noun) '\(raw.text)' (expected one of \(expected))", at: raw.location)
        return nil
    }

    /// A canonical field by its snake-case name.
    func field(_ raw: RawScalar?) -> CanonicalField? {
        guard let raw else { return nil }
        if let field = CanonicalField(rawValue: raw.text) { return field }
        let names = CanonicalField.allCases.map(\.rawValue)
        let hint = SpellingSuggestion.hint(for: raw.text, among: names)
        log.error("unknown field '\(raw.text)'" + (hint.isEmpty ? " (not a canonical field name)" : hint),
                  at: raw.location)
        return nil
    }

    /// A working-time or calendar-day duration.
    func duration(_ raw: RawScalar?) -> WorkingDuration? {
        guard let raw else { return nil }
        do {
            return try WorkingDuration.parse(raw.text)
        } catch {
            log.error("invalid '\(raw.key)': \(error.message)", at: raw.location)
            return nil
        }
    }

    /// An IANA time zone name.
    func timeZone(_ raw: RawScalar?) -> TimeZone? {
        guard let raw else { return nil }
        if let zone = TimeZone(identifier: raw.text) { return zone }
        let hint = SpellingSuggestion.hint(for: raw.text, among: TimeZone.knownTimeZoneIdentifiers)
        let advice = hint.isEmpty ? " (expected an IANA name such as Europe/Berlin)" : hint
        log.error("unknown time zone '\(raw.text)'" + advice, at: raw.location)
        return nil
    }

    /// Text that is not blank.
    func nonEmptyText(_ raw: RawScalar?) -> String? {
        guard let raw else { return nil }
        guard !raw.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            log.error("'\(raw.key)' is empty", at: raw.location)
            return nil
        }
        return raw.text
    }

    /// A list of texts, none blank; blank entries are logged and left out.
    func strings(_ list: RawList<RawScalar>?) -> [String]? {
        guard let list else { return nil }
        return list.items.compactMap { raw in
            guard !raw.text.trimmingCharacters(in: .whitespaces).isEmpty else {
                log.error("empty entry in '\(raw.key)'", at: raw.location)
                return nil
            }
            return raw.text
        }
    }

    /// A path from the file, resolved against the pipeline file's folder (absolute paths and
    /// `~` kept as they are).
    func resolve(_ path: String, isDirectory: Bool) -> URL {
        let expanded = path.hasPrefix("~") ? NSString(string: path).expandingTildeInPath : path
        if expanded.hasPrefix("/") {
            return URL(fileURLWithPath: expanded, isDirectory: isDirectory).standardizedFileURL
        }
        return baseDirectory.appendingPathComponent(expanded, isDirectory: isDirectory).standardizedFileURL
    }

    /// Logs that a file named in the pipeline does not exist (when paths are checked).
    func checkFileExists(_ url: URL, written raw: RawScalar, what: String) {
        guard checkPaths else { return }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            log.error("\(what) '\(raw.text)' not found (looked for \(url.path)); "
                      + "paths are relative to the pipeline file's folder", at: raw.location)
        } else if isDirectory.boolValue {
            log.error("\(what) '\(raw.text)' is a folder; name a file", at: raw.location)
        }
    }

    /// `as_of`: a time with a UTC offset, or a date meaning midnight in `dateOnlyZone`.
    func instant(_ raw: RawScalar, dateOnlyZone: TimeZone) -> Date? {
        do {
            return try DateText.instant(raw.text, dateOnlyZone: dateOnlyZone)
        } catch {
            log.error("invalid '\(raw.key)': \(error.message)", at: raw.location)
            return nil
        }
    }

    /// Decimal notation only: no hex, no `nan`/`inf`.
    static func decimal(_ text: String) -> Double? {
        guard let first = text.first, first.isNumber || first == "-" || first == "+" || first == ".",
              text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    /// `1` rather than `1.0` in messages.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

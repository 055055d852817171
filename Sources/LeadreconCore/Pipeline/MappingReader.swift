/// Reads one mapping of the file against the keys the schema allows there: unknown keys are
/// logged with the nearest known key, and each accessor checks the value's shape (a single
/// value, a mapping, a list). A null value (`key:`, `~`, `null`) reads as absent.
struct MappingReader {
    let mapping: YAMLMapping
    private let log: DiagnosticLog

    init(_ mapping: YAMLMapping, keys: [String], log: DiagnosticLog) {
        self.mapping = mapping
        self.log = log
        for (key, _) in mapping.entries where !keys.contains(key.text) {
            log.error("unknown key '\(key.text)'" + SpellingSuggestion.hint(for: key.text, among: keys),
                      at: key.location)
        }
    }

    /// Reads `node` as a mapping with `keys`, or logs what it is instead.
    static func reading(_ node: YAMLNode, as key: String, keys: [String], log: DiagnosticLog) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            log.error("expected a mapping for '\(key)', got \(node.shapeDescription)", at: node.location)
            return nil
        }
        return MappingReader(mapping, keys: keys, log: log)
    }

    var location: SourceLocation { mapping.location }

    /// Keys written with a value, even a malformed one: a required key that is
    /// present but unreadable has been logged already and must not be called missing too.
    var writtenKeys: Set<String> {
        Set(mapping.entries.map(\.key.text).filter { node($0) != nil })
    }

    /// The value under `key`, unless absent or null.
    func node(_ key: String) -> YAMLNode? {
        guard let value = mapping.entries.first(where: { $0.key.text == key })?.value else { return nil }
        if case .scalar(let scalar) = value, scalar.isNull { return nil }
        return value
    }

    /// The single value under `key`.
    func scalar(_ key: String) -> RawScalar? {
        node(key).flatMap { Self.scalar($0, key: key, log: log) }
    }

    /// The mapping under `key`, read with its own allowed keys.
    func mapping(_ key: String, keys: [String]) -> MappingReader? {
        node(key).flatMap { Self.reading($0, as: key, keys: keys, log: log) }
    }

    /// The list under `key`, each item read by `item` (items it returns `nil` for are dropped).
    func list<Element>(_ key: String, item: (YAMLNode) -> Element?) -> RawList<Element>? {
        guard let node = node(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            log.error("expected a list for '\(key)', got \(node.shapeDescription)", at: node.location)
            return nil
        }
        return RawList(key: key, items: sequence.items.compactMap(item), location: sequence.location,
                       isEmptyAsWritten: sequence.items.isEmpty)
    }

    /// The list of single values under `key`.
    func scalarList(_ key: String) -> RawList<RawScalar>? {
        list(key) { item in
            if case .scalar(let scalar) = item, scalar.isNull {
                log.error("empty entry in '\(key)'", at: scalar.location)
                return nil
            }
            return Self.scalar(item, key: key, log: log)
        }
    }

    /// The mapping of free keys to single values under `key` (`columns`, `statuses`).
    func scalarMap(_ key: String) -> RawList<(key: RawScalar, value: RawScalar)>? {
        guard let node = node(key) else { return nil }
        guard case .mapping(let map) = node else {
            log.error("expected a mapping for '\(key)', got \(node.shapeDescription)", at: node.location)
            return nil
        }
        let pairs = map.entries.compactMap { entry -> (key: RawScalar, value: RawScalar)? in
            guard let value = Self.scalar(entry.value, key: entry.key.text, log: log) else {
                if case .scalar = entry.value {
                    log.error("'\(entry.key.text)' has no value", at: entry.key.location)
                }
                return nil
            }
            return (RawScalar(key: key, text: entry.key.text, location: entry.key.location), value)
        }
        return RawList(key: key, items: pairs, location: map.location, isEmptyAsWritten: map.entries.isEmpty)
    }

    /// `node` as a single value, or `nil` with a logged problem if it is a mapping or a list.
    static func scalar(_ node: YAMLNode, key: String, log: DiagnosticLog) -> RawScalar? {
        switch node {
        case .scalar(let scalar):
            return scalar.isNull ? nil : RawScalar(key: key, text: scalar.text, location: scalar.location)
        case .mapping, .sequence:
            log.error("expected a single value for '\(key)', got \(node.shapeDescription)", at: node.location)
            return nil
        }
    }
}

extension MappingReader {
    /// Reads a list entry that must be a mapping with `keys` (a source, a comparison, a team).
    static func readingEntry(_ node: YAMLNode, of key: String, keys: [String], log: DiagnosticLog) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            log.error("expected a mapping for each entry of '\(key)', got \(node.shapeDescription)",
                      at: node.location)
            return nil
        }
        return MappingReader(mapping, keys: keys, log: log)
    }
}

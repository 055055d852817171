import Yams

/// A scalar of the file: its text exactly as written, and where it starts.
struct YAMLScalar {
    var text: String
    var location: SourceLocation
    /// Unquoted; only plain scalars can be YAML's null or booleans.
    var isPlain: Bool

    /// `key:` with nothing after it, `~` or `null`: treated as if the key were absent.
    var isNull: Bool {
        isPlain && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    init(_ scalar: Node.Scalar) {
        text = scalar.string
        location = SourceLocation(scalar.mark)
        isPlain = scalar.style == .plain
    }
}

/// A mapping of the file, keys in file order.
struct YAMLMapping {
    var entries: [(key: YAMLScalar, value: YAMLNode)]
    var location: SourceLocation
}

/// A sequence of the file.
struct YAMLSequence {
    var items: [YAMLNode]
    var location: SourceLocation
}

/// The file's YAML as a tree with locations, independent of the YAML library: Yams stays inside
/// this file.
indirect enum YAMLNode {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    /// How the node reads in "expected …, got X".
    var shapeDescription: String {
        switch self {
        case .scalar(let scalar): "'\(scalar.text)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    /// Parses `text`; `nil` for a file without a document (empty, or only comments) or with a
    /// syntax error. Syntax errors, duplicate keys and keys that are not text are logged.
    static func compose(_ text: String, log: DiagnosticLog) -> YAMLNode? {
        do {
            guard let root = try Yams.compose(yaml: text) else { return nil }
            return YAMLNode(root, log: log)
        } catch let error as YamlError {
            log.error(message(for: error), at: location(of: error, in: text))
            return nil
        } catch {
            log.error("cannot read the yaml: \(error)", at: .start)
            return nil
        }
    }

    private init?(_ node: Node, log: DiagnosticLog) {
        switch node {
        case .scalar(let scalar):
            self = .scalar(YAMLScalar(scalar))
        case .mapping(let mapping):
            var entries: [(key: YAMLScalar, value: YAMLNode)] = []
            for (key, value) in mapping {
                guard let keyScalar = key.scalar else {
                    log.error("keys must be plain text, not \(key.mapping != nil ? "a mapping" : "a list")",
                              at: SourceLocation(key.mark))
                    continue
                }
                guard let child = YAMLNode(value, log: log) else { continue }
                entries.append((YAMLScalar(keyScalar), child))
            }
            self = .mapping(YAMLMapping(entries: entries, location: SourceLocation(mapping.mark)))
        case .sequence(let sequence):
            self = .sequence(YAMLSequence(
                items: sequence.compactMap { YAMLNode($0, log: log) }, location: SourceLocation(sequence.mark)))
        case .alias:
            // Yams resolves aliases while composing; an unresolved one has nothing to read.
            return nil
        }
    }

    private static func message(for error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
             .composer(_, let problem, _, _), .reader(let problem, _, _, _):
            "yaml syntax error: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ")
        default:
            "cannot read the yaml: \(error)"
        }
    }

    private static func location(of error: YamlError, in text: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(mark)
        case .duplicatedKeysInMapping(_, let context):
            SourceLocation(context.mark)
        case .reader(_, let offset?, _, _):
            location(ofUTF8Offset: offset, in: text)
        default:
            .start
        }
    }

    private static func location(ofUTF8Offset offset: Int, in text: String) -> SourceLocation {
        let prefix = text.utf8.prefix(offset)
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { prefix.index(after: $0) } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(line: line, column: column)
    }
}

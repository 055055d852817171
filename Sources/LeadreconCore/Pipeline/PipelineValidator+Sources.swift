import Foundation

extension PipelineValidator {
    func sources(_ list: RawList<RawPipeline.Source>?, written: Bool, in root: SourceLocation,
                 defaultTimeZone: TimeZone) -> [Pipeline.Source] {
        guard let list else {
            if !written {
                log.error("'sources' is missing; list the csv files to read under 'sources:'", at: root)
            }
            return []
        }
        if list.isEmptyAsWritten {
            log.error("'sources' is empty; list at least one csv file", at: list.location)
        }
        var firstUse: [String: SourceLocation] = [:]
        return list.items.compactMap { raw in
            if let name = raw.name, let first = firstUse[name.text] {
                log.error("duplicate source name '\(name.text)' (first used on line \(first.line))",
                          at: name.location)
            } else if let name = raw.name {
                firstUse[name.text] = name.location
            }
            return source(raw, defaultTimeZone: defaultTimeZone)
        }
    }

    private static let roleNames = SourceRole.allCases.map(\.rawValue).joined(separator: ", ")

    private func source(_ raw: RawPipeline.Source, defaultTimeZone: TimeZone) -> Pipeline.Source? {
        let name = sourceName(raw)
        let label = name.map { "source '\($0)'" } ?? "this source"
        var role: SourceRole?
        if let rawRole = raw.role {
            role = choice(rawRole, noun: "role", options: SourceRole.allCases.map { ($0.rawValue, $0) })
        } else if !raw.writtenKeys.contains("role") {
            log.error("\(label) has no 'role' (expected one of \(Self.roleNames))", at: raw.location)
        }
        var url: URL?
        if let rawPath = raw.path, let path = nonEmptyText(rawPath) {
            let resolved = resolve(path, isDirectory: false)
            checkFileExists(resolved, written: rawPath, what: "source file")
            url = resolved
        } else if !raw.writtenKeys.contains("path") {
            log.error("\(label) has no 'path'; give its csv file, relative to this pipeline file",
                      at: raw.location)
        }
        var source = Pipeline.Source(
            name: name ?? "", role: role ?? .people, url: url ?? baseDirectory, timeZone: defaultTimeZone)
        if let preset = nonEmptyText(raw.preset) {
            source.preset = preset == "auto" ? .auto : .named(preset)
        }
        source.columns = columns(raw.columns)
        source.statuses = statuses(raw.statuses)
        if let delimiter = choice(raw.delimiter, noun: "delimiter", options: Pipeline.Source.Delimiter.spellings,
                                  foldCase: true, shownOptions: ["auto", "','", "';'", "tab", "'|'"]) {
            source.delimiter = delimiter
        }
        if let encoding = choice(raw.encoding, noun: "encoding",
                                 options: Self.options(Pipeline.Source.EncodingChoice.self), foldCase: true) {
            source.encoding = encoding
        }
        if let order = choice(raw.dateOrder, noun: "date order",
                              options: Self.options(Pipeline.Source.DateOrder.self)) {
            source.dateOrder = order
        }
        if let notation = choice(raw.numberNotation, noun: "number notation",
                                 options: Self.options(Pipeline.Source.NumberNotation.self)) {
            source.numberNotation = notation
        }
        if let zone = timeZone(raw.timeZone) { source.timeZone = zone }
        if let bytes = integer(raw.maxFieldBytes, atLeast: 1) { source.maxFieldBytes = bytes }
        guard name != nil, role != nil, url != nil else { return nil }
        return source
    }

    private func sourceName(_ raw: RawPipeline.Source) -> String? {
        guard let rawName = raw.name else {
            guard !raw.writtenKeys.contains("name") else { return nil }
            log.error("source without 'name'; add one such as 'name: crm_leads'", at: raw.location)
            return nil
        }
        guard Self.isIdentifier(rawName.text) else {
            log.error("source name '\(rawName.text)' may only use a-z, 0-9, '_' and '-'", at: rawName.location)
            return nil
        }
        return rawName.text
    }

    private func columns(_ map: RawList<(key: RawScalar, value: RawScalar)>?) -> [CanonicalField: String] {
        var columns: [CanonicalField: String] = [:]
        for (key, value) in map?.items ?? [] {
            guard let field = field(key), let header = nonEmptyText(value) else { continue }
            columns[field] = header
        }
        return columns
    }

    private func statuses(_ map: RawList<(key: RawScalar, value: RawScalar)>?) -> [String: Pipeline.StatusBucket] {
        var statuses: [String: Pipeline.StatusBucket] = [:]
        for (key, value) in map?.items ?? [] {
            let bucket = choice(RawScalar(key: key.text, text: value.text, location: value.location),
                                noun: "status bucket", options: Self.options(Pipeline.StatusBucket.self),
                                foldCase: true)
            guard let raw = nonEmptyText(key), let bucket else { continue }
            statuses[raw] = bucket
        }
        return statuses
    }

    /// `[a-z0-9_-]+`: names that stay safe in file names, CSV cells and shell commands.
    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
    }

    /// The spellings of a string-backed enumeration, in declaration order.
    static func options<Value: CaseIterable & RawRepresentable>(_: Value.Type) -> [(String, Value)]
    where Value.RawValue == String {
        Value.allCases.map { ($0.rawValue, $0) }
    }
}

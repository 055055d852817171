import Foundation

extension PipelineValidator {
    func linkSettings(_ raw: RawPipeline.Link?) -> Pipeline.LinkSettings {
        var link = Pipeline.LinkSettings()
        guard let raw else { return link }
        if let threshold = number(raw.threshold, in: 0...1) { link.threshold = threshold }
        if let size = integer(raw.maxBlockSize, atLeast: 2) { link.maxBlockSize = size }
        if let size = integer(raw.maxClusterSize, atLeast: 2) { link.maxClusterSize = size }
        if let one = bool(raw.oneRecordPerSource) { link.oneRecordPerSource = one }
        if let list = raw.blocking { link.blocking = blockingRules(list) }
        if let list = raw.comparisons { link.comparisons = comparisons(list) }
        if let rawModel = raw.model, let path = nonEmptyText(rawModel) {
            let url = resolve(path, isDirectory: false)
            checkFileExists(url, written: rawModel, what: "model file")
            link.model = url
        }
        return link
    }

    private static let builtInBlockingNames = Pipeline.BlockingRule.defaults.map(\.name)

    private func blockingRules(_ list: RawList<RawPipeline.BlockingRule>) -> [Pipeline.BlockingRule] {
        guard !list.isEmptyAsWritten else {
            log.error("'blocking' is empty; list at least one rule, e.g. [email]", at: list.location)
            return Pipeline.BlockingRule.defaults
        }
        var rules: [Pipeline.BlockingRule] = []
        for raw in list.items {
            guard let name = raw.name else {
                if !raw.writtenKeys.contains("name") { log.error("blocking rule without 'name'", at: raw.location) }
                continue
            }
            guard raw.fields != nil || !raw.writtenKeys.contains("fields") else { continue }
            guard let rule = blockingRule(name: name, fields: raw.fields) else { continue }
            if rules.contains(where: { $0.name == rule.name }) {
                log.error("blocking rule '\(rule.name)' is listed twice", at: name.location)
                continue
            }
            rules.append(rule)
        }
        return rules
    }

    private func blockingRule(name: RawScalar, fields: RawList<RawScalar>?) -> Pipeline.BlockingRule? {
        guard let fields else {
            return choice(name, noun: "blocking rule",
                          options: Pipeline.BlockingRule.defaults.map { ($0.name, $0) },
                          shownOptions: Self.builtInBlockingNames + ["or {name, fields} for a custom rule"])
        }
        if Pipeline.BlockingRule(builtInName: name.text) != nil {
            log.error("'\(name.text)' is a built-in blocking rule; give the custom rule another name",
                      at: name.location)
            return nil
        }
        guard Self.isIdentifier(name.text) else {
            log.error("blocking rule name '\(name.text)' may only use a-z, 0-9, '_' and '-'", at: name.location)
            return nil
        }
        guard !fields.isEmptyAsWritten else {
            log.error("'fields' is empty; list the fields that must agree", at: fields.location)
            return nil
        }
        let resolved = fields.items.compactMap { field($0) }
        guard resolved.count == fields.items.count else { return nil }
        return .custom(name: name.text, fields: resolved)
    }

    private func comparisons(_ list: RawList<RawPipeline.Comparison>) -> [Pipeline.Comparison] {
        guard !list.isEmptyAsWritten else {
            log.error("'comparisons' is empty; leave it out for the default comparisons", at: list.location)
            return Pipeline.Comparison.defaults
        }
        var comparisons: [Pipeline.Comparison] = []
        for raw in list.items {
            guard let rawField = raw.field else {
                guard !raw.writtenKeys.contains("field") else { continue }
                log.error("comparison without 'field'; add one such as 'field: email'", at: raw.location)
                continue
            }
            guard let field = field(rawField) else { continue }
            if comparisons.contains(where: { $0.field == field }) {
                log.error("field '\(field.rawValue)' is compared twice", at: rawField.location)
                continue
            }
            let method = raw.method.map {
                choice($0, noun: "method", options: Self.options(Pipeline.ComparisonMethod.self))
            } ?? Pipeline.ComparisonMethod.default(for: field)
            guard let method else { continue }
            var comparison = Pipeline.Comparison(field: field, method: method)
            if let list = raw.thresholds, let thresholds = thresholds(list, method: method) {
                comparison.thresholds = thresholds
            }
            comparison.m = probabilities(raw.m, levels: comparison.levelCount)
            comparison.u = probabilities(raw.u, levels: comparison.levelCount)
            if let termFrequency = bool(raw.termFrequency) { comparison.termFrequency = termFrequency }
            comparisons.append(comparison)
        }
        return comparisons
    }

    private func thresholds(_ list: RawList<RawScalar>, method: Pipeline.ComparisonMethod) -> [Double]? {
        let values = list.items.compactMap { number($0) }
        guard values.count == list.items.count else { return nil }
        let rule = Self.thresholdRule(method)
        if let bad = zip(list.items, values).first(where: { !rule.accepts($0.1) }) {
            log.error("invalid threshold \(bad.0.text) for method '\(method.rawValue)' (\(rule.meaning))",
                      at: bad.0.location)
            return nil
        }
        if let index = values.indices.dropFirst().first(where: { !rule.inOrder(values[$0 - 1], values[$0]) }) {
            log.error("thresholds for method '\(method.rawValue)' must go from strictest to loosest "
                      + "(\(rule.meaning))", at: list.items[index].location)
            return nil
        }
        return values
    }

    /// What a method's thresholds mean, which values are allowed, and which order is strictest first.
    private static func thresholdRule(_ method: Pipeline.ComparisonMethod)
        -> (meaning: String, accepts: (Double) -> Bool, inOrder: (Double, Double) -> Bool) {
        let whole: (Double) -> Bool = { $0 >= 1 && $0 == $0.rounded() }
        switch method {
        case .exact:
            return ("it takes no thresholds", { _ in false }, { _, _ in false })
        case .jaroWinkler, .email:
            return ("similarities above 0 and up to 1, highest first", { $0 > 0 && $0 <= 1 }, { $0 > $1 })
        case .levenshtein, .damerauLevenshtein:
            return ("edit counts, whole numbers from 1, smallest first", whole, { $0 < $1 })
        case .phone:
            return ("numbers of last digits that agree, whole numbers from 1, most first", whole, { $0 > $1 })
        case .date:
            return ("days apart, whole numbers from 1, smallest first", whole, { $0 < $1 })
        case .numeric:
            return ("differences above 0, smallest first", { $0 > 0 }, { $0 < $1 })
        }
    }

    /// Fixed m or u probabilities: one per level, each above 0, adding up to 1.
    private func probabilities(_ list: RawList<RawScalar>?, levels: Int) -> [Double]? {
        guard let list else { return nil }
        let values = list.items.compactMap { number($0) }
        guard values.count == list.items.count else { return nil }
        guard values.count == levels else {
            log.error("'\(list.key)' needs \(levels) values, one per level other than null "
                      + "(exact, the fuzzy levels, else), got \(values.count)", at: list.location)
            return nil
        }
        if let bad = zip(list.items, values).first(where: { !($0.1 > 0 && $0.1 <= 1) }) {
            log.error("'\(list.key)' values are probabilities above 0 and up to 1, got \(bad.0.text)",
                      at: bad.0.location)
            return nil
        }
        let sum = values.reduce(0, +)
        guard abs(sum - 1) < 0.001 else {
            log.error("'\(list.key)' values must add up to 1, got \(Self.format((sum * 1e6).rounded() / 1e6))",
                      at: list.location)
            return nil
        }
        return values
    }
}

import LeadreconLink
import LeadreconValues

/// One comparison of the pipeline's `link.comparisons`, ready to grade pairs of link records.
struct LinkComparison {
    let settings: Pipeline.Comparison
    let comparator: Comparator
    let spec: ComparisonSpec

    init(_ settings: Pipeline.Comparison) throws {
        self.settings = settings
        let t = settings.thresholds
        let method: Comparator.Method = switch settings.method {
        case .exact: .exact
        case .jaroWinkler: .jaroWinkler(thresholds: t)
        case .levenshtein: .levenshtein(thresholds: t.map { Int($0) })
        case .damerauLevenshtein: .damerauLevenshtein(thresholds: t.map { Int($0) })
        case .email: .email(localPartThresholds: t)
        case .phone: .phone(lastDigits: t.map { Int($0) })
        case .date: .date(withinDays: t.map { Int($0) })
        case .numeric: .numeric(tolerance: t)
        }
        comparator = Comparator(method)
        let nullLevel = comparator.levels.firstIndex(where: \.isNull).map { UInt8($0) }
        spec = try ComparisonSpec(name: settings.field.rawValue, levels: comparator.levels.map(\.label),
                                  nullLevel: nullLevel, exactLevels: [0])
    }

    var field: CanonicalField { settings.field }

    /// m and u per level as given in the pipeline file (one per non-null level), with the null
    /// level's entry added, or nil when not given.
    func fixed(_ values: [Double]?) -> [Double]? {
        guard let values else { return nil }
        return spec.nullLevel == nil ? values : values + [1]
    }
}

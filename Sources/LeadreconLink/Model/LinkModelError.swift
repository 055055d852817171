/// Why a Fellegi–Sunter model, its comparisons or its training input were refused.
///
/// Messages are short and lower-case so that a caller can prefix them with a file and line.
public enum LinkModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A comparison has an empty name.
    case emptyComparisonName
    /// Two comparisons of one model share a name.
    case duplicateComparisonName(String)
    /// A comparison has fewer than one non-null level or more than 255 levels.
    case levelCount(comparison: String, count: Int)
    /// Two levels of a comparison share a label.
    case duplicateLevelLabel(comparison: String, label: String)
    /// A level index (null or exact) is not a level of the comparison, or the null level is declared exact.
    case levelIndex(comparison: String, level: Int)
    /// An m or u list does not have one entry per level.
    case parameterCount(comparison: String, expected: Int, found: Int)
    /// An m or u probability is not in (0, 1].
    case probability(comparison: String, level: String, parameter: String, value: Double)
    /// The prior match probability λ is not in (0, 1).
    case prior(Double)
    /// The term-frequency floor is not in (0, 1].
    case termFrequencyFloor(comparison: String, value: Double)
    /// The gamma patterns do not have the model's comparisons and level counts.
    case patternShape(expected: [Int], found: [Int])
    /// The product of the level counts does not fit a 64-bit pattern key.
    case tooManyPatterns
    /// `model.json` names a format version this build does not read.
    case formatVersion(Int)

    public var description: String {
        switch self {
        case .emptyComparisonName:
            "a comparison has an empty name"
        case .duplicateComparisonName(let name):
            "comparison '\(name)' is declared twice"
        case .levelCount(let comparison, let count):
            "comparison '\(comparison)' has \(count) levels; it needs at least one non-null level and at most 255"
        case .duplicateLevelLabel(let comparison, let label):
            "comparison '\(comparison)' has two levels labelled '\(label)'"
        case .levelIndex(let comparison, let level):
            "comparison '\(comparison)' has no usable level \(level)"
        case .parameterCount(let comparison, let expected, let found):
            "comparison '\(comparison)' needs \(expected) probabilities, one per level, found \(found)"
        case .probability(let comparison, let level, let parameter, let value):
            "comparison '\(comparison)' level '\(level)': \(parameter) = \(value) is not in (0, 1]"
        case .prior(let value):
            "prior match probability \(value) is not in (0, 1)"
        case .termFrequencyFloor(let comparison, let value):
            "comparison '\(comparison)': term-frequency floor \(value) is not in (0, 1]"
        case .patternShape(let expected, let found):
            "gamma patterns have level counts \(found), the model has \(expected)"
        case .tooManyPatterns:
            "the comparisons have too many level combinations for a 64-bit pattern key"
        case .formatVersion(let version):
            "model format version \(version) is not supported (expected \(LinkModel.formatVersion))"
        }
    }
}

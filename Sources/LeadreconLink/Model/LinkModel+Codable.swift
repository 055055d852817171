public import Foundation

/// `model.json`: the model as JSON with sorted snake_case keys (like `summary.json`), one object per
/// level, so that a person can read and edit it and the same model always gives the same bytes.
///
///     {
///       "comparisons" : [
///         {
///           "fixed_m" : false,
///           "fixed_u" : false,
///           "levels" : [
///             { "label" : "exact", "m" : 0.9, "role" : "exact", "u" : 0.01 },
///             { "label" : "else", "m" : 0.1, "role" : "other", "u" : 0.99 },
///             { "label" : "null", "role" : "null" }
///           ],
///           "name" : "email",
///           "term_frequency_minimum_u" : 1e-05
///         }
///       ],
///       "format_version" : 1,
///       "prior_match_probability" : 0.1
///     }
///
/// The null level has no m or u. Doubles are written in their shortest round-trip form, so decoding
/// gives back the same bits.
extension LinkModel: Codable {
    private enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case priorMatchProbability = "prior_match_probability"
        case comparisons
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .formatVersion)
        guard version == Self.formatVersion else { throw LinkModelError.formatVersion(version) }
        let prior = try container.decode(Double.self, forKey: .priorMatchProbability)
        let comparisons = try container.decode([ComparisonParameters].self, forKey: .comparisons)
        try self.init(priorMatchProbability: prior, comparisons: comparisons)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatVersion, forKey: .formatVersion)
        try container.encode(priorMatchProbability, forKey: .priorMatchProbability)
        try container.encode(comparisons, forKey: .comparisons)
    }

    /// The model as `model.json` bytes: pretty-printed, sorted keys, ending in a newline.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a model from `model.json` bytes.
    ///
    /// - Throws: `DecodingError` for malformed JSON, ``LinkModelError`` for a model that does not validate.
    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(LinkModel.self, from: jsonData)
    }
}

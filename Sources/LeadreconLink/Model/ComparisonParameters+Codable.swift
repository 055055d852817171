/// One comparison of `model.json`: its name, fixed flags, term-frequency floor and one object per
/// level (label, role `exact`/`other`/`null`, m and u; the null level has neither).
extension ComparisonParameters: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, levels
        case fixedM = "fixed_m"
        case fixedU = "fixed_u"
        case termFrequencyMinimumU = "term_frequency_minimum_u"
    }

    private struct Level: Codable {
        enum Role: String, Codable { case null, exact, other }
        var label: String
        var role: Role
        var m: Double?
        var u: Double?
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        let levels = try container.decode([Level].self, forKey: .levels)
        let floor =
            try container.decodeIfPresent(Double.self, forKey: .termFrequencyMinimumU)
            ?? ComparisonSpec.defaultTermFrequencyMinimumU
        let nullLevels = levels.indices.filter { levels[$0].role == .null }
        guard nullLevels.count <= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .levels, in: container, debugDescription: "comparison '\(name)' has more than one null level")
        }
        let spec = try ComparisonSpec(
            name: name,
            levels: levels.map(\.label),
            nullLevel: nullLevels.first.map { UInt8($0) },
            exactLevels: levels.indices.filter { levels[$0].role == .exact }.map { UInt8($0) },
            termFrequencyMinimumU: floor)
        var m: [Double] = []
        var u: [Double] = []
        for level in levels {
            guard level.role == .null || (level.m != nil && level.u != nil) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .levels, in: container,
                    debugDescription: "comparison '\(name)' level '\(level.label)' needs m and u")
            }
            m.append(level.m ?? 1)
            u.append(level.u ?? 1)
        }
        try self.init(
            spec: spec, m: m, u: u,
            mIsFixed: try container.decodeIfPresent(Bool.self, forKey: .fixedM) ?? false,
            uIsFixed: try container.decodeIfPresent(Bool.self, forKey: .fixedU) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(spec.name, forKey: .name)
        let levels = (0..<UInt8(spec.levelCount)).map { level in
            let null = spec.isNull(level)
            return Level(
                label: spec.levelLabels[Int(level)],
                role: null ? .null : spec.isExact(level) ? .exact : .other,
                m: null ? nil : m[Int(level)],
                u: null ? nil : u[Int(level)])
        }
        try container.encode(levels, forKey: .levels)
        try container.encode(mIsFixed, forKey: .fixedM)
        try container.encode(uIsFixed, forKey: .fixedU)
        try container.encode(spec.termFrequencyMinimumU, forKey: .termFrequencyMinimumU)
    }
}

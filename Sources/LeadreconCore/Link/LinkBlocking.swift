import LeadreconLink

/// The pipeline's blocking rules as key columns over the link records: two records become a
/// candidate pair when they share the key of at least one rule.
enum LinkBlocking {
    /// The canonical fields the rules read.
    static func fields(of rules: [Pipeline.BlockingRule]) -> Set<CanonicalField> {
        var fields = Set<CanonicalField>()
        for rule in rules {
            switch rule {
            case .email, .emailLocalPart: fields.insert(.email)
            case .phone: fields.formUnion([.phone, .mobilePhone])
            case .firstLastName, .swappedNames: fields.formUnion([.firstName, .lastName])
            case .lastNameCompany: fields.formUnion([.lastName, .company])
            case .firstNameCompany: fields.formUnion([.firstName, .company])
            case .custom(_, let custom): fields.formUnion(custom)
            }
        }
        return fields
    }

    static func rules(_ rules: [Pipeline.BlockingRule], records: LinkRecords) -> [BlockingRule] {
        rules.map { rule in
            let keys: [String?] = (0..<records.count).map { index in
                func value(_ field: CanonicalField) -> String? { records.value(field, index) }
                func joined(_ fields: [CanonicalField]) -> String? {
                    var parts: [String] = []
                    for field in fields {
                        guard let part = value(field) else { return nil }
                        parts.append(part)
                    }
                    return parts.joined(separator: "|")
                }
                switch rule {
                case .email: return value(.email)
                case .phone: return value(.phone) ?? value(.mobilePhone)
                case .firstLastName: return joined([.firstName, .lastName])
                case .swappedNames:
                    // Order-free, so "Anna Berg" and "Berg Anna" share it.
                    guard let first = value(.firstName), let last = value(.lastName) else { return nil }
                    return first < last ? "\(first)|\(last)" : "\(last)|\(first)"
                case .emailLocalPart:
                    // Very short local parts ("info", "a") say nothing about who it is.
                    guard let local = records.emailLocalPart[index], local.count >= 5 else { return nil }
                    return local
                case .lastNameCompany: return joined([.lastName, .company])
                case .firstNameCompany: return joined([.firstName, .company])
                case .custom(_, let fields): return joined(fields)
                }
            }
            return BlockingRule(name: rule.name, keys: keys)
        }
    }
}

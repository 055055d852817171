public import Foundation
import LeadreconCSV

/// Answers "why were these records (not) linked?" from a run's output directory: `people.csv`,
/// `pairs.csv` and `model.json`, so it works on reports handed over without the input data.
public struct LinkExplainer {
    public let directory: URL
    private let people: [[String: String]]
    private let pairs: [[String: String]]
    private let pairColumns: [String]
    private let priorProbability: Double

    /// Why the output directory cannot be explained from.
    public enum Failure: Error, CustomStringConvertible {
        case missing(path: String)
        case unknownRecord(id: String)

        public var description: String {
            switch self {
            case .missing(let path):
                "\(path): not found; point --out at the output directory of a run whose pipeline has the link stage"
            case .unknownRecord(let id):
                "record '\(id)' is in no source of people.csv; ids are the source systems' own (Salesforce ids in 18-character form)"
            }
        }
    }

    public init(directory: URL) throws {
        self.directory = directory
        func read(_ name: String) throws -> (columns: [String], rows: [[String: String]]) {
            let path = directory.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { throw Failure.missing(path: path) }
            let reader = try CSVReader(path: path, options: CSVReadOptions(skipReportFooters: false))
            var rows: [[String: String]] = []
            try reader.read(row: { row in
                rows.append(Dictionary(uniqueKeysWithValues: zip(reader.header, row.strings)))
            }, reject: { _ in })
            return (reader.header, rows)
        }
        people = try read("people.csv").rows
        let pairFile = try read("pairs.csv")
        pairs = pairFile.rows
        pairColumns = pairFile.columns
        let modelPath = directory.appendingPathComponent("model.json")
        guard let data = try? Data(contentsOf: modelPath),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let prior = object["prior_match_probability"] as? Double else {
            throw Failure.missing(path: modelPath.path)
        }
        priorProbability = prior
    }

    /// The person record `id` belongs to, its members and the pairs it is in.
    public func explain(record id: String) throws -> String {
        guard let row = people.first(where: { $0["record_id"] == id }), let person = row["person_id"] else {
            throw Failure.unknownRecord(id: id)
        }
        var lines = ["\(id) (\(row["source"] ?? "")) belongs to person \(person):"]
        for member in people where member["person_id"] == person {
            let weight = member["match_weight"].flatMap { $0.isEmpty ? nil : $0 }
            let how = weight.map { "linked with weight \($0) (probability \(member["match_probability"] ?? "")), decided by \(member["matched_on"] ?? "")" }
                ?? "first record of the person"
            lines.append("  \(member["source"] ?? "") \(member["record_id"] ?? ""): \(how)")
        }
        let involved = pairs.filter { $0["record_id_l"] == id || $0["record_id_r"] == id }
        if !involved.isEmpty {
            lines.append("")
            lines.append("candidate pairs with \(id) (probability ≥ 0.1):")
            for pair in involved {
                let other = pair["record_id_l"] == id ? (pair["source_r"] ?? "", pair["record_id_r"] ?? "") : (pair["source_l"] ?? "", pair["record_id_l"] ?? "")
                lines.append("  \(other.0) \(other.1): weight \(pair["match_weight"] ?? ""), probability \(pair["match_probability"] ?? ""), linked \(pair["linked"] ?? "")")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A textual waterfall for the pair (a, b): the prior, each comparison's level and weight
    /// (largest first), the running total and the final weight and probability.
    public func explain(pair a: String, _ b: String) throws -> String {
        for id in [a, b] where !people.contains(where: { $0["record_id"] == id }) { throw Failure.unknownRecord(id: id) }
        guard let pair = pairs.first(where: {
            ($0["record_id_l"] == a && $0["record_id_r"] == b) || ($0["record_id_l"] == b && $0["record_id_r"] == a)
        }) else {
            return "\(a) and \(b) are not a scored pair: they share no blocking key, or they scored below probability 0.1 and were left out of pairs.csv."
        }
        let fields = pairColumns.filter { $0.hasSuffix("_level") }.map { String($0.dropLast("_level".count)) }
        let prior = log2(priorProbability / (1 - priorProbability))
        var contributions = fields.map { field in
            (field: field, level: pair["\(field)_level"] ?? "", weight: Double(pair["\(field)_weight"] ?? "") ?? 0)
        }
        contributions.sort { abs($0.weight) != abs($1.weight) ? abs($0.weight) > abs($1.weight) : $0.field < $1.field }
        func number(_ value: Double) -> String {
            (value >= 0 ? "+" : "") + String(format: "%.2f", value)
        }
        let width = max(12, fields.map(\.count).max() ?? 0)
        var lines = ["\(pair["source_l"] ?? "") \(pair["record_id_l"] ?? "")  vs  \(pair["source_r"] ?? "") \(pair["record_id_r"] ?? "")", ""]
        lines.append("  " + "comparison".padding(toLength: width, withPad: " ", startingAt: 0) + "  " + "level".padding(toLength: 44, withPad: " ", startingAt: 0) + "  weight   total")
        var total = prior
        lines.append("  " + "prior".padding(toLength: width, withPad: " ", startingAt: 0) + "  " + "".padding(toLength: 44, withPad: " ", startingAt: 0) + "  \(number(prior))  \(number(total))")
        for contribution in contributions {
            total += contribution.weight
            lines.append("  " + contribution.field.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                         + contribution.level.padding(toLength: 44, withPad: " ", startingAt: 0)
                         + "  \(number(contribution.weight))  \(number(total))")
        }
        lines.append("")
        lines.append("match weight \(pair["match_weight"] ?? ""), probability \(pair["match_probability"] ?? ""), linked: \(pair["linked"] ?? "")")
        return lines.joined(separator: "\n")
    }
}

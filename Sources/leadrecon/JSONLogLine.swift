import Foundation

/// One `--log-format json` line: `{"ts":…,"level":…,"msg":…}` then the fields in key order, so
/// lines are stable to grep and diff. Written by hand: JSONSerialization does not keep key order.
struct JSONLogLine {
    enum Value: Equatable {
        case string(String)
        case int(Int)
    }

    var timestamp = Date()
    var level: String
    var message: String
    var fields: [String: Value] = [:]

    var text: String {
        var parts = [("ts", Value.string(Self.iso8601(timestamp))), ("level", .string(level)), ("msg", .string(message))]
        parts += fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return "{" + parts.map { key, value in
            let rendered: String = switch value {
            case .string(let text): Self.quoted(text)
            case .int(let number): String(number)
            }
            return Self.quoted(key) + ":" + rendered
        }.joined(separator: ",") + "}"
    }

    /// UTC with milliseconds: log collectors order lines by it.
    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A JSON string literal (RFC 8259: quote, backslash and control characters escaped).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

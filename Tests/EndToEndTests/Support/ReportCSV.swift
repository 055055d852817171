import Foundation

/// A report CSV read back as another program would: RFC 4180 quoting, either line end, an
/// optional UTF-8 BOM. Written independently of LeadreconCSV so the end-to-end tests do not
/// check the writer with its own reader.
struct ReportCSV {
    var header: [String]
    var rows: [[String: String]]

    init(_ data: Data, delimiter: Character = ",") {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let records = Self.records(text, delimiter: delimiter)
        let header = records.first ?? []
        self.header = header
        rows = records.dropFirst().map { cells in
            Dictionary(zip(header, cells), uniquingKeysWith: { first, _ in first })
        }
    }

    static func records(_ text: String, delimiter: Character) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text).makeIterator()
        var pending: Character? = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == delimiter {
                record.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}

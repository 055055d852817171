import Testing
@testable import LeadreconLink

/// The company normaliser as it was written before its tokens became byte ranges (a string per
/// token, legal forms matched on strings): the reference the byte path must agree with.
enum ReferenceCompanyNormalizer {
    static func key(_ raw: String, folder: inout KeyFolder) -> NormalizedCompany? {
        let display = DisplayText.clean(raw)
        guard !display.isEmpty else { return nil }
        var tokens = Self.tokens(ofFolded: folder.fold(display, style: .german))
        var forms: [String] = []
        var changed = true
        while changed {
            changed = false
            while tokens.first == "and" { tokens.removeFirst() }
            while tokens.last == "and" { tokens.removeLast() }
            if tokens.count > 1, let first = tokens.first, ["fa", "firma"].contains(first) {
                tokens.removeFirst()
                changed = true
            }
            let endings = Self.trailingEndings(in: tokens)
            if endings.status > 0 {
                tokens.removeLast(endings.status)
                changed = true
            } else if let form = endings.form {
                tokens.removeLast(form.count)
                forms.insert(form.canonical, at: 0)
                changed = true
            }
        }
        guard !tokens.isEmpty else { return nil }
        return NormalizedCompany(display: display, key: tokens.joined(separator: " "),
                                 legalForm: forms.isEmpty ? nil : forms.joined(separator: " "))
    }

    /// Every ending's spelling by its backward hash, as the normaliser keeps them.
    static let endings: [UInt64: (spelling: String, canonical: String?)] = LegalForms.endings.mapValues { entry in
        if case .form(let canonical) = entry.ending { (entry.spelling, canonical) } else { (entry.spelling, nil) }
    }

    static func backwardHash(_ text: String, continuing hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in text.utf8.reversed() { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    static func tokens(ofFolded bytes: [UInt8]) -> [String] {
        var tokens: [String] = []
        tokens.reserveCapacity(8)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            if !word.isEmpty {
                tokens.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        for byte in bytes {
            if CellBytes.isAlphanumeric(byte) {
                word.append(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                continue
            } else {
                flush()
                if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "+") { tokens.append("and") }
            }
        }
        flush()
        for index in tokens.indices {
            switch tokens[index] {
            case "und", "and":
                tokens[index] = "and"
            case "u" where index > 0 && index < tokens.count - 1:
                tokens[index] = "and"
            default:
                break
            }
        }
        return tokens
    }

    static func trailingEndings(in tokens: [String]) -> (status: Int, form: (count: Int, canonical: String)?) {
        guard tokens.count > 1 else { return (0, nil) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var length = 0
        var status = 0
        var form: (count: Int, canonical: String)?
        for count in 1..<tokens.count {
            let token = tokens[tokens.count - count]
            length += token.utf8.count
            if length > LegalForms.longestSpelling { break }
            hash = backwardHash(token, continuing: hash)
            guard let ending = endings[hash], tokens[(tokens.count - count)...].joined() == ending.spelling else { continue }
            if let canonical = ending.canonical { form = (count, canonical) } else if status == 0 { status = count }
        }
        return (status, form)
    }
}

import LeadreconCSV
import LeadreconValues

extension Pipeline.Source {
    /// The ingest stage's view of this source.
    public var ingestInput: SourceInput {
        var options = CSVReadOptions(maxFieldBytes: maxFieldBytes)
        if case .byte(let byte) = delimiter { options.delimiter = byte }
        switch encoding {
        case .auto: options.encoding = .auto
        case .utf8: options.encoding = .forced(.utf8)
        case .windows1252: options.encoding = .forced(.windows1252)
        case .utf16LittleEndian: options.encoding = .forced(.utf16LE)
        case .utf16BigEndian: options.encoding = .forced(.utf16BE)
        }
        let presetName: String? = if case .named(let name) = preset { name } else { nil }
        let order: LeadreconValues.DateOrder? = switch dateOrder {
        case .auto: nil
        case .dayFirst: .dayFirst
        case .monthFirst: .monthFirst
        }
        let notation: LeadreconValues.NumberNotation? = switch numberNotation {
        case .auto: nil
        case .german: .german
        case .english: .english
        }
        return SourceInput(name: name, role: role, path: DisplayPath.of(url), preset: presetName,
                           columnOverrides: columns, readOptions: options, timeZone: timeZone,
                           dateOrder: order, numberNotation: notation)
    }
}

public import Foundation

extension Pipeline {
    /// One input file of the pipeline and how to read it.
    public struct Source: Sendable, Equatable {
        /// The source's name, unique in the pipeline (`[a-z0-9_-]+`); reports name records by it.
        public var name: String
        /// What the file holds.
        public var role: SourceRole
        /// The file, resolved against the pipeline file's folder.
        public var url: URL
        /// Which header preset maps the file's columns.
        public var preset: Preset
        /// Header overrides: canonical field → header text in the file. Win over the preset.
        public var columns: [CanonicalField: String]
        /// The field separator.
        public var delimiter: Delimiter
        /// The text encoding.
        public var encoding: EncodingChoice
        /// How ambiguous dates such as `03/04/2026` are read.
        public var dateOrder: DateOrder
        /// How numbers such as `1.234,5` are read.
        public var numberNotation: NumberNotation
        /// The zone of timestamps without an offset (default: the calendar's zone).
        public var timeZone: TimeZone
        /// The largest field accepted; a row with a larger one is rejected.
        public var maxFieldBytes: Int
        /// Raw CRM status → bucket overrides; win over the preset's mapping.
        public var statuses: [String: StatusBucket]

        /// The default cap on one field's size: 1 MiB.
        public static let defaultMaxFieldBytes = 1 << 20

        /// A source; every setting not given takes its default (`auto`, no overrides, 1 MiB fields).
        public init(
            name: String,
            role: SourceRole,
            url: URL,
            preset: Preset = .auto,
            columns: [CanonicalField: String] = [:],
            delimiter: Delimiter = .auto,
            encoding: EncodingChoice = .auto,
            dateOrder: DateOrder = .auto,
            numberNotation: NumberNotation = .auto,
            timeZone: TimeZone,
            maxFieldBytes: Int = defaultMaxFieldBytes,
            statuses: [String: StatusBucket] = [:]
        ) {
            self.name = name
            self.role = role
            self.url = url
            self.preset = preset
            self.columns = columns
            self.delimiter = delimiter
            self.encoding = encoding
            self.dateOrder = dateOrder
            self.numberNotation = numberNotation
            self.timeZone = timeZone
            self.maxFieldBytes = maxFieldBytes
            self.statuses = statuses
        }
    }
}

extension Pipeline.Source {
    /// Which header preset to map a file's columns with.
    public enum Preset: Sendable, Hashable {
        /// Pick the preset whose headers match the file best.
        case auto
        /// A preset by name, as written in the pipeline file; whether it exists is checked when
        /// the presets are applied, not here.
        case named(String)
    }

    /// The field separator of a CSV file.
    public enum Delimiter: Sendable, Hashable {
        /// Detect the separator from a sample of the file.
        case auto
        /// This byte: one of `,` `;` TAB `|`.
        case byte(UInt8)

        /// The separators a pipeline file may name, with their spellings.
        static let spellings: [(String, Delimiter)] = [
            ("auto", .auto), (",", .byte(0x2C)), (";", .byte(0x3B)), ("tab", .byte(0x09)),
            ("\t", .byte(0x09)), ("\\t", .byte(0x09)), ("|", .byte(0x7C)),
        ]
    }

    /// The text encoding of a file.
    public enum EncodingChoice: String, Sendable, CaseIterable {
        /// BOM first, then UTF-8 if the whole file is valid UTF-8, else Windows-1252.
        case auto
        case utf8 = "utf-8"
        case windows1252 = "windows-1252"
        case utf16LittleEndian = "utf-16le"
        case utf16BigEndian = "utf-16be"
    }

    /// How a date with two numbers that could each be the day is read.
    public enum DateOrder: String, Sendable, CaseIterable {
        /// Decide per column: a value above 12 in one position settles it.
        case auto
        /// `03.04.2026` is 3 April.
        case dayFirst = "day_first"
        /// `03/04/2026` is 4 March.
        case monthFirst = "month_first"
    }

    /// The notation of numbers in a file.
    public enum NumberNotation: String, Sendable, CaseIterable {
        /// Decide per column from the separators seen.
        case auto
        /// `1.234,5`: dot groups thousands, comma marks decimals.
        case german
        /// `1,234.5`: comma groups thousands, dot marks decimals.
        case english
    }
}

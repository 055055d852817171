import LeadreconLink
import LeadreconValues

/// The records the link stage works on: every record of the linkable sources (marketing, CRM
/// leads, people — not activities) in source order, with the normalised values its comparisons
/// and blocking rules need. The normalize stage's output.
struct LinkRecords {
    /// Per record: which source (index into `sources`) and which row of that source's table.
    var source: [Int32] = []
    var row: [Int32] = []
    var recordID: [String] = []
    let sources: [String]

    /// Normalised values, one column per canonical field that a comparison or rule reads.
    var text: [CanonicalField: [String?]] = [:]
    var timestamps: [CanonicalField: [Timestamp?]] = [:]
    var numbers: [CanonicalField: [Double?]] = [:]
    /// E-mail local parts (for the `email_local_part` rule).
    var emailLocalPart: [String?] = []

    var count: Int { recordID.count }

    /// Normalises the tables' records for the given fields.
    init(tables: [SourceTable], fields: Set<CanonicalField>) {
        sources = tables.map(\.name)
        let emails = EmailNormalizer()
        let phones = PhoneNormalizer()
        var names = PersonNameNormalizer()
        var companies = CompanyNormalizer()
        let textFields = fields.filter { $0.kind == .text || $0.kind == .identifier }
        for field in textFields { text[field] = [] }
        for field in fields where field.kind == .timestamp { timestamps[field] = [] }
        for field in fields where field.kind == .number { numbers[field] = [] }

        // Field lists copied out of the dictionaries: iterating `timestamps.keys` while appending to
        // `timestamps[field]` kept the storage shared and copied the whole column on every append
        // (quadratic: 35 s for 100,000 records in the link benchmark).
        let timestampFields = Array(timestamps.keys), numberFields = Array(numbers.keys)
        for (sourceIndex, table) in tables.enumerated() {
            for index in 0..<table.count {
                source.append(Int32(sourceIndex))
                row.append(Int32(index))
                recordID.append(table.text(.recordID, index))
                let email = emails.normalize(table.text(.email, index))
                emailLocalPart.append(email?.localPart)
                var name: NormalizedName?
                if textFields.contains(.firstName) || textFields.contains(.lastName) {
                    let first = table.text(.firstName, index), last = table.text(.lastName, index)
                    name = first.isEmpty && last.isEmpty
                        ? names.splitFullName(table.text(.fullName, index))
                        : names.normalize(first: first, last: last)
                }
                for field in textFields {
                    let value: String?
                    switch field {
                    case .email:
                        value = email?.address
                    case .phone, .mobilePhone:
                        let country = table.text(.country, index)
                        let raw = table.text(field, index)
                        let fallback = field == .phone ? table.text(.mobilePhone, index) : ""
                        value = (phones.normalize(raw, country: country.isEmpty ? nil : country)
                            ?? phones.normalize(fallback, country: country.isEmpty ? nil : country))?.e164
                    case .firstName:
                        value = name.map(\.firstKey)
                    case .lastName:
                        value = name.map(\.lastKey)
                    case .company:
                        value = companies.normalize(table.text(.company, index))?.key
                    default:
                        // Other text (postal code, street, city, …): the header folding keeps
                        // digits ("10115", "Hauptstr. 12") and folds case, umlauts and separators.
                        let raw = table.text(field, index)
                        value = raw.isEmpty ? nil : HeaderFolding.fold(raw)
                    }
                    text[field]!.append(value.flatMap { $0.isEmpty ? nil : $0 })
                }
                for field in timestampFields { timestamps[field]!.append(table.timestamp(field, index)) }
                for field in numberFields { numbers[field]!.append(table.number(field, index)) }
            }
        }
    }

    /// The normalised value of `field` for record `index` as a key: text as normalised, dates as
    /// their UTC day number, numbers as written by Swift (for blocking on custom fields).
    func value(_ field: CanonicalField, _ index: Int) -> String? {
        if let column = text[field] { return column[index] }
        if let column = timestamps[field] { return column[index].map { "d\($0.secondsSinceEpoch / 86_400)" } }
        if let column = numbers[field] { return column[index].map { "\($0)" } }
        return nil
    }
}

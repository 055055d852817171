/// The identity of a finding across runs: its flag and the record ids it rests on, each side
/// sorted. Not the person id, which the link stage may number differently when inputs change;
/// the source systems' record ids stay.
struct FindingKey: Hashable, Sendable, CustomStringConvertible {
    let flag: String
    let marketingIDs: [String]
    let crmIDs: [String]

    init(flag: String, marketingIDs: [String], crmIDs: [String]) {
        self.flag = flag
        // Most findings name one record a side: sorting would copy the array for nothing.
        self.marketingIDs = marketingIDs.count < 2 ? marketingIDs : marketingIDs.sorted()
        self.crmIDs = crmIDs.count < 2 ? crmIDs : crmIDs.sorted()
    }

    init(_ finding: Finding) {
        self.init(flag: finding.flag, marketingIDs: finding.marketingIDs, crmIDs: finding.crmIDs)
    }

    /// `FLAG|m:ID,ID|c:ID,ID` — the text stored in `findings.finding_key`. Record ids never hold
    /// `|` or `,` in the systems leadrecon reads, and the parts are labelled, so keys cannot collide
    /// by shifting an id from one side to the other.
    ///
    /// Appended into one string of the right capacity: made for every finding of a run twice
    /// (marked new or not against the previous run, and recorded), interpolating joined arrays
    /// built three strings per key.
    var description: String {
        func length(_ ids: [String]) -> Int { ids.reduce(max(ids.count - 1, 0)) { $0 + $1.utf8.count } }
        var text = ""
        text.reserveCapacity(flag.utf8.count + 6 + length(marketingIDs) + length(crmIDs))
        func append(_ ids: [String]) {
            for index in ids.indices {
                if index > 0 { text += "," }
                text += ids[index]
            }
        }
        text += flag
        text += "|m:"
        append(marketingIDs)
        text += "|c:"
        append(crmIDs)
        return text
    }
}

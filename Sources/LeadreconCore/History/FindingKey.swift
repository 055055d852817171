/// The identity of a finding across runs: its flag and the record ids it rests on, each side
/// sorted. Not the person id, which the link stage may number differently when inputs change;
/// the source systems' record ids stay.
struct FindingKey: Hashable, Sendable, CustomStringConvertible {
    let flag: String
    let marketingIDs: [String]
    let crmIDs: [String]

    init(flag: String, marketingIDs: [String], crmIDs: [String]) {
        self.flag = flag
        self.marketingIDs = marketingIDs.sorted()
        self.crmIDs = crmIDs.sorted()
    }

    init(_ finding: Finding) {
        self.init(flag: finding.flag, marketingIDs: finding.marketingIDs, crmIDs: finding.crmIDs)
    }

    /// `FLAG|m:ID,ID|c:ID,ID` — the text stored in `findings.finding_key`. Record ids never hold
    /// `|` or `,` in the systems leadrecon reads, and the parts are labelled, so keys cannot collide
    /// by shifting an id from one side to the other.
    var description: String {
        "\(flag)|m:\(marketingIDs.joined(separator: ","))|c:\(crmIDs.joined(separator: ","))"
    }
}

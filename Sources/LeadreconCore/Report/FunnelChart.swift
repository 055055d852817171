/// The hand-over funnel of one lead source (or of all): a bar per stage, centred so that the
/// shape reads as a funnel, with the count and the share of the MQLs that reached the stage.
enum FunnelChart {
    static let width = 330.0
    static let rowHeight = 22.0
    static let labelWidth = 80.0
    static let barWidth = 150.0

    static func svg(title: String, counts: [Int]) -> String {
        let stages = HandoffFigures.FunnelStage.allCases
        let height = 26 + rowHeight * Double(stages.count) + 4
        let top = max(counts.first ?? 0, 1)
        var out = [SVG.open(width: width, height: height, label: "funnel for \(title): " + zip(stages, counts).map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", "))]
        out.append(SVG.text(SVG.shortened(title, limit: 40), x: 0, y: 15, cssClass: "title"))
        for (index, stage) in stages.enumerated() {
            let count = index < counts.count ? counts[index] : 0
            let y = 26 + rowHeight * Double(index)
            let w = barWidth * Double(count) / Double(top)
            out.append(SVG.text(stage.rawValue, x: 0, y: y + 15, cssClass: "axis"))
            out.append(SVG.rect(x: labelWidth + (barWidth - w) / 2, y: y + 2, width: w, height: rowHeight - 5,
                                cssClass: "funnel s\(index)", title: "\(stage.rawValue): \(count)"))
            out.append(SVG.text("\(ReportNumber.count(count)) · \(ReportNumber.percent(count, of: counts.first ?? 0))",
                                x: labelWidth + barWidth + 6, y: y + 15, cssClass: "value"))
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}

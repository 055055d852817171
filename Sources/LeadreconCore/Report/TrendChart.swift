/// The main counts over the runs the history knows, one line each, oldest run on the left.
enum TrendChart {
    static let width = 660.0
    static let height = 240.0
    static let left = 44.0, right = 190.0, top = 14.0, bottom = 40.0
    /// The counts drawn, in legend order, when every run has them (a count only this run has,
    /// such as MQLs, which the history does not keep, would be a lone point setting the scale).
    static let keys = ["mqls", "IGNORED_GOOD_LEAD", "PREMATURE_HANDOFF", "LEAKED_MQL", "pending"]

    static func svg(_ points: [RunTrendPoint]) -> String {
        let keys = keys.filter { key in points.allSatisfy { $0.counts[key] != nil } }
        let peak = max(points.flatMap { point in keys.compactMap { point.counts[$0] } }.max() ?? 0, 1)
        let plotWidth = width - left - right, plot = height - top - bottom
        func x(_ index: Int) -> Double { left + plotWidth * Double(index) / Double(max(points.count - 1, 1)) }
        func y(_ value: Int) -> Double { top + plot - plot * Double(value) / Double(peak) }
        var out = [SVG.open(width: width, height: height, label: "trend of \(keys.joined(separator: ", ")) over \(points.count) runs")]
        out.append(SVG.line(x1: left, y1: top + plot, x2: left + plotWidth, y2: top + plot, cssClass: "axis-line"))
        out.append(SVG.text(ReportNumber.count(peak), x: left - 4, y: top + 4, anchor: "end", cssClass: "axis"))
        out.append(SVG.text("0", x: left - 4, y: top + plot, anchor: "end", cssClass: "axis"))
        for (index, point) in points.enumerated() {
            out.append(SVG.text(String(point.asOf.prefix(10)), x: x(index), y: top + plot + 16,
                                anchor: index == 0 ? "start" : index == points.count - 1 ? "end" : "middle", cssClass: "axis"))
        }
        for (series, key) in keys.enumerated() {
            let coordinates = points.enumerated().compactMap { index, point in
                point.counts[key].map { "\(ReportNumber.coordinate(x(index))),\(ReportNumber.coordinate(y($0)))" }
            }
            out.append("<polyline points=\"\(coordinates.joined(separator: " "))\" class=\"trend s\(series)\"/>")
            if let last = points.last?.counts[key] {
                out.append(SVG.text("\(key) \(ReportNumber.count(last))", x: left + plotWidth + 8, y: top + 12 + 16 * Double(series),
                                    cssClass: "legend s\(series)"))
            }
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}

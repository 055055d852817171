/// Time to first touch in working time as a histogram, with the SLA windows drawn where they fall
/// on the bucket axis (a window inside a bucket is placed in proportion within it).
enum FirstTouchHistogram {
    static let width = 660.0
    static let height = 290.0
    static let left = 44.0, right = 10.0, top = 64.0, bottom = 58.0

    /// Axis labels per bucket, two lines each so the long ones fit.
    static let labels = [["< 1 h"], ["< 4 h"], ["< 1", "working day"], ["< 3", "working days"], ["≥ 3", "working days"],
                         ["never"]]

    static func svg(_ data: ReportData.FirstTouch) -> String {
        let buckets = HandoffFigures.FirstTouchBucket.allCases
        let slot = (width - left - right) / Double(buckets.count)
        let plot = height - top - bottom
        let peak = max(data.counts.max() ?? 0, 1)
        let total = data.counts.reduce(0, +)
        var out = [SVG.open(width: width, height: height,
                            label: "time to first touch: " + zip(buckets, data.counts).map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", "))]
        out.append(SVG.line(x1: left, y1: top + plot, x2: width - right, y2: top + plot, cssClass: "axis-line"))
        out.append(SVG.text(ReportNumber.count(peak), x: left - 4, y: top + 4, anchor: "end", cssClass: "axis"))
        out.append(SVG.text("0", x: left - 4, y: top + plot, anchor: "end", cssClass: "axis"))
        for (index, bucket) in buckets.enumerated() {
            let count = data.counts[index]
            let h = plot * Double(count) / Double(peak)
            let x = left + slot * Double(index)
            out.append(SVG.rect(x: x + slot * 0.15, y: top + plot - h, width: slot * 0.7, height: h,
                                cssClass: bucket == .never ? "bar never" : "bar", title: "\(bucket.rawValue): \(count)"))
            out.append(SVG.text("\(ReportNumber.count(count)) (\(ReportNumber.percent(count, of: total)))", x: x + slot / 2,
                                y: top + plot - h - 4, anchor: "middle", cssClass: "value"))
            for (line, text) in labels[index].enumerated() {
                out.append(SVG.text(text, x: x + slot / 2, y: top + plot + 16 + 13 * Double(line), anchor: "middle", cssClass: "axis"))
            }
        }
        for (index, sla) in data.slaLines.enumerated() {
            let x = position(hours: sla.hours, dayHours: data.dayHours, left: left, slot: slot)
            // Labels above the plot (the tallest bar's value sits just under `top`), one row each.
            out.append(SVG.line(x1: x, y1: 6 + 16 * Double(index), x2: x, y2: top + plot, cssClass: "sla"))
            out.append(SVG.text(sla.label, x: x + 4, y: 16 + 16 * Double(index), cssClass: "sla-label"))
        }
        out.append(SVG.text("working hours from T0 (the later of MQL and hand-off); 1 working day = \(ReportNumber.decimal(data.dayHours)) h",
                            x: left, y: height - 4, cssClass: "axis"))
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// The x of `hours` on the bucket axis: bucket edges 0, 1, 4 h, 1 and 3 working days.
    static func position(hours: Double, dayHours: Double, left: Double, slot: Double) -> Double {
        let edges = [0, 1, 4, max(dayHours, 4.01), 3 * max(dayHours, 4.01)]
        for index in 0..<(edges.count - 1) where hours < edges[index + 1] {
            let fraction = (hours - edges[index]) / (edges[index + 1] - edges[index])
            return left + slot * (Double(index) + max(0, fraction))
        }
        return left + slot * Double(edges.count - 1)
    }
}

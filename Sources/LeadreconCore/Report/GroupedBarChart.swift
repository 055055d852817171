/// Horizontal bars, several series per row: premature against ignored per lead source, so the two
/// departments' complaints stand side by side on one scale.
enum GroupedBarChart {
    struct Series {
        var name: String
        var cssClass: String
    }

    static let width = 660.0
    static let labelWidth = 170.0
    static let barHeight = 11.0

    static func svg(label: String, series: [Series], rows: [(name: String, values: [Int])]) -> String {
        let rowHeight = barHeight * Double(series.count) + 10
        let height = 28 + rowHeight * Double(rows.count) + 4
        let peak = max(rows.flatMap(\.values).max() ?? 0, 1)
        let barArea = width - labelWidth - 50
        var out = [SVG.open(width: width, height: height, label: label)]
        for (index, item) in series.enumerated() {
            let x = labelWidth + 150 * Double(index)
            out.append(SVG.rect(x: x, y: 6, width: 12, height: 12, cssClass: item.cssClass))
            out.append(SVG.text(item.name, x: x + 16, y: 16, cssClass: "axis"))
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = 28 + rowHeight * Double(rowIndex)
            out.append(SVG.text(SVG.shortened(row.name, limit: 26), x: labelWidth - 6,
                                y: y + rowHeight / 2 + 3, anchor: "end", cssClass: "axis"))
            for (index, item) in series.enumerated() {
                let value = index < row.values.count ? row.values[index] : 0
                let w = barArea * Double(value) / Double(peak)
                let barY = y + 4 + barHeight * Double(index)
                out.append(SVG.rect(x: labelWidth, y: barY, width: w, height: barHeight - 1, cssClass: item.cssClass,
                                    title: "\(row.name) — \(item.name): \(value)"))
                out.append(SVG.text(ReportNumber.count(value), x: labelWidth + w + 4, y: barY + barHeight - 2, cssClass: "value"))
            }
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}

/// Small builders for the inline SVG charts of `report.html`: the page must load nothing from the
/// network and no chart library exists here, so the charts are written as text. Every label from
/// the data goes through ``HTMLText/escape(_:)``; coordinates are formatted locale-independently.
enum SVG {
    /// The opening tag of a chart: scales to the page width, with a text alternative.
    static func open(width: Double, height: Double, label: String) -> String {
        let w = ReportNumber.coordinate(width), h = ReportNumber.coordinate(height)
        return "<svg class=\"chart\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">"
    }

    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", cssClass: String = "") -> String {
        let classAttribute = cssClass.isEmpty ? "" : " class=\"\(cssClass)\""
        return "<text x=\"\(ReportNumber.coordinate(x))\" y=\"\(ReportNumber.coordinate(y))\" text-anchor=\"\(anchor)\"\(classAttribute)>\(HTMLText.escape(content))</text>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, cssClass: String, title: String = "") -> String {
        let body = title.isEmpty ? "/>" : "><title>\(HTMLText.escape(title))</title></rect>"
        return "<rect x=\"\(ReportNumber.coordinate(x))\" y=\"\(ReportNumber.coordinate(y))\" width=\"\(ReportNumber.coordinate(max(0, width)))\" height=\"\(ReportNumber.coordinate(height))\" class=\"\(cssClass)\"\(body)"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, cssClass: String) -> String {
        "<line x1=\"\(ReportNumber.coordinate(x1))\" y1=\"\(ReportNumber.coordinate(y1))\" x2=\"\(ReportNumber.coordinate(x2))\" y2=\"\(ReportNumber.coordinate(y2))\" class=\"\(cssClass)\"/>"
    }

    /// A label cut to `limit` characters with an ellipsis, so one long lead source cannot push a chart apart.
    static func shortened(_ label: String, limit: Int = 22) -> String {
        label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
    }
}

/// A table of `report.html`: escaped cells, numbers right-aligned and carrying their raw value
/// (`data-v`) so the inline script sorts `1,234` as a number. Without the script it is a plain table.
struct HTMLTable {
    struct Cell {
        var text: String
        /// The value to sort by, for numeric cells.
        var sortValue: String?
        var cssClass = ""

        static func number(_ value: Int) -> Cell { Cell(text: ReportNumber.count(value), sortValue: String(value), cssClass: "n") }
        static func percent(_ part: Int, of whole: Int) -> Cell {
            Cell(text: ReportNumber.percent(part, of: whole),
                 sortValue: whole == 0 ? "-1" : ReportNumber.coordinate(Double(part) * 100 / Double(whole)), cssClass: "n")
        }
        static func text(_ value: String, cssClass: String = "") -> Cell { Cell(text: value, sortValue: nil, cssClass: cssClass) }
    }

    var id: String
    var caption: String
    var header: [String]
    var rows: [[Cell]]
    /// Rows kept below the sorted ones (a totals row).
    var footer: [[Cell]] = []
    var sortable = true

    var html: String {
        var out = ["<table id=\"\(HTMLText.escape(id))\"\(sortable ? " class=\"sortable\"" : "")>"]
        if !caption.isEmpty { out.append("<caption>\(HTMLText.escape(caption))</caption>") }
        out.append("<thead><tr>" + header.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>")
        out.append("<tbody>")
        out += rows.map(Self.row)
        out.append("</tbody>")
        if !footer.isEmpty { out.append("<tfoot>" + footer.map(Self.row).joined(separator: "\n") + "</tfoot>") }
        out.append("</table>")
        return out.joined(separator: "\n")
    }

    static func row(_ cells: [Cell]) -> String {
        "<tr>" + cells.map { cell in
            let classAttribute = cell.cssClass.isEmpty ? "" : " class=\"\(cell.cssClass)\""
            let sort = cell.sortValue.map { " data-v=\"\(HTMLText.escape($0))\"" } ?? ""
            return "<td\(classAttribute)\(sort)>\(HTMLText.escape(cell.text))</td>"
        }.joined() + "</tr>"
    }
}

/// `report.html`: one self-contained page — inline CSS, inline SVG charts, a small inline script
/// that only sorts tables — so it opens from a mail attachment or a share with no network at all.
/// Everything from the data is escaped. The run id and start time sit on one line marked
/// `data-volatile`; everything else is a function of the inputs, so the page is byte-identical on
/// re-run.
struct HTMLReport {
    let data: ReportData

    var html: String {
        let title = "Lead hand-over report: \(data.run.pipeline)"
        var body: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>\n\(Self.style)\n</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(HTMLText.escape(title))</h1>",
            "<p class=\"meta\">as of \(HTMLText.escape(data.run.asOf)) · pipeline file \(HTMLText.escape(data.run.pipelineFile))"
                + " · config \(HTMLText.escape(String(data.run.configHash.prefix(12)))) · leadrecon \(HTMLText.escape(data.run.leadreconVersion))</p>",
            "<p class=\"meta\" data-volatile=\"run\">run \(HTMLText.escape(data.run.id)), started \(HTMLText.escape(data.run.startedAt))</p>",
            "</header>",
            navigation,
            "<main>",
            headline,
        ]
        body += flagSections
        body += [linking, dataQuality, trend]
        if let reconciliation = data.reconciliation { body.append(reconciliationDetail(reconciliation)) }
        body += ["</main>",
                 "<footer><p>Written by leadrecon \(HTMLText.escape(data.run.leadreconVersion)). "
                     + (data.findings != nil ? "Every finding is listed in flags.csv, every" : "Every")
                     + " rejected row in rejects.csv, every figure in summary.json. Click a column heading to sort a table.</p></footer>",
                 "<script>\n\(Self.sortScript)\n</script>",
                 "</body>",
                 "</html>",
                 ""]
        return body.joined(separator: "\n")
    }

    var navigation: String {
        var links = [("headline", "Headline")]
        if data.reconciliation != nil {
            links += [("reconciliation", "Reconciliation"), ("funnel", "Funnel"), ("first-touch", "First touch"),
                      ("premature-vs-ignored", "Premature vs ignored"), ("by-owner", "By owner"), ("by-source", "By source"),
                      ("top-findings", "Top findings")]
        }
        links += [("linking", "Duplicates and matching"), ("data-quality", "Data quality"), ("trend", "Trend")]
        if data.reconciliation != nil { links.append(("reconciliation-detail", "Appendix")) }
        return "<nav>" + links.map { "<a href=\"#\($0.0)\">\(HTMLText.escape($0.1))</a>" }.joined(separator: " ") + "</nav>"
    }

    var headline: String {
        var out = ["<section id=\"headline\">", "<h2>Headline</h2>", "<div class=\"cards\">"]
        for figure in data.headline {
            out.append("<div class=\"card\"><div class=\"label\">\(HTMLText.escape(figure.label))</div>"
                + "<div class=\"figure\">\(HTMLText.escape(figure.value))</div>"
                + "<div class=\"note\">\(HTMLText.escape(figure.note))</div></div>")
        }
        out.append("</div>")
        if data.findings == nil {
            out.append("<p class=\"notice\">The flag stage did not run in this pipeline: there are no findings, funnel or reconciliation.</p>")
        }
        if !data.warnings.isEmpty {
            out.append("<h3>Warnings</h3><ul>" + data.warnings.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>")
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    static let style = """
        :root { --ink: #1d2433; --muted: #5b6475; --line: #d6dae3; --bg: #f6f7fa; --accent: #2f5fb3; --bad: #c0392b; --warn: #d98a1c; --good: #2e8b57; }
        * { box-sizing: border-box; }
        body { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; background: #fff; font-size: 14px; line-height: 1.45; }
        header, main, footer, nav { max-width: 1180px; margin: 0 auto; padding: 0 20px; }
        header { padding-top: 18px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 16px 0 6px; }
        .meta { color: var(--muted); margin: 2px 0; font-size: 12px; }
        nav { position: sticky; top: 0; background: #fff; padding-top: 8px; padding-bottom: 8px; border-bottom: 1px solid var(--line); z-index: 1; }
        nav a { color: var(--accent); text-decoration: none; margin-right: 12px; font-size: 13px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
        .card { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
        .card .label { color: var(--muted); font-size: 12px; }
        .card .figure { font-size: 24px; font-weight: 600; }
        .card .note { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; margin: 8px 0 12px; font-size: 12.5px; }
        caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
        th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
        th { background: var(--bg); font-weight: 600; }
        table.sortable th { cursor: pointer; }
        th[aria-sort="ascending"]::after { content: " ▲"; }
        th[aria-sort="descending"]::after { content: " ▼"; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.name { white-space: nowrap; }
        th { font-size: 11.5px; }
        tfoot td { font-weight: 600; border-top: 2px solid var(--ink); }
        .wide { overflow-x: auto; }
        .check { padding: 6px 10px; border-radius: 4px; display: inline-block; }
        .check.ok { background: #e3f3ea; color: #1f6b40; }
        .check.bad { background: #fbe5e2; color: var(--bad); }
        .check.warn { background: #fdf1dc; color: #8a5a10; }
        .small-sample { color: var(--warn); font-size: 11px; white-space: nowrap; }
        .notice { color: var(--muted); font-style: italic; }
        .side { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
        .funnels { display: flex; flex-wrap: wrap; gap: 8px 24px; }
        svg.chart { max-width: 100%; height: auto; font-size: 11px; }
        svg .title { font-weight: 600; font-size: 12px; fill: var(--ink); }
        svg .axis { fill: var(--muted); }
        svg .value { fill: var(--ink); }
        svg .axis-line { stroke: var(--muted); stroke-width: 1; }
        svg .bar { fill: var(--accent); }
        svg .bar.never { fill: var(--bad); }
        svg .sla { stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 5 3; }
        svg .sla-label { fill: var(--bad); font-weight: 600; }
        svg .funnel { fill: var(--accent); }
        svg .funnel.s1 { fill: #4674c4; } svg .funnel.s2 { fill: #5e89d0; } svg .funnel.s3 { fill: #7aa0dc; } svg .funnel.s4 { fill: var(--good); }
        svg .ignored { fill: var(--bad); }
        svg .premature { fill: var(--warn); }
        svg .trend { fill: none; stroke-width: 2; }
        svg .trend.s0, svg .legend.s0 { stroke: var(--accent); fill: var(--accent); }
        svg .trend.s1, svg .legend.s1 { stroke: var(--bad); }
        svg .trend.s2, svg .legend.s2 { stroke: var(--warn); }
        svg .trend.s3, svg .legend.s3 { stroke: #7d3c98; }
        svg .trend.s4, svg .legend.s4 { stroke: var(--good); }
        svg polyline.trend { fill: none; }
        svg .legend { stroke: none; fill: var(--ink); }
        footer { color: var(--muted); font-size: 12px; margin: 30px auto 20px; border-top: 1px solid var(--line); padding-top: 8px; }
        @media (max-width: 760px) { .side { grid-template-columns: 1fr; } }
        @media print {
          nav, script { display: none; }
          body { font-size: 10pt; }
          header, main, footer { max-width: none; padding: 0; }
          section { break-inside: avoid-page; }
          table { break-inside: auto; } tr { break-inside: avoid; } thead { display: table-header-group; }
          .card { border-color: #999; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// Click a heading to sort by it (numbers by `data-v`), again to reverse; totals stay in `tfoot`.
    static let sortScript = """
        document.querySelectorAll("table.sortable th").forEach(function (th) {
          th.tabIndex = 0;
          function sort() {
            var table = th.closest("table"), body = table.tBodies[0];
            var column = Array.prototype.indexOf.call(th.parentNode.children, th);
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            function key(row) { var c = row.cells[column]; return c ? (c.getAttribute("data-v") || c.textContent) : ""; }
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
              var order = (!isNaN(nx) && !isNaN(ny) && a.cells[column].hasAttribute("data-v")) ? nx - ny : x.localeCompare(y);
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          }
          th.addEventListener("click", sort);
          th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
        });
        """
}

import Foundation

/// Writes a starter pipeline file for `leadrecon init` from probes of the user's files: one source
/// per file with its detected role and preset, the stages, and the RULES.md defaults spelt out so a
/// user sees what can be changed.
public enum StarterPipeline {
    /// A YAML pipeline; `paths` are written as given, so they should be relative to where the
    /// pipeline file will be saved (or absolute).
    public static func yaml(name: String, probes: [SourceProbe], mapper: HeaderMapper = HeaderMapper()) -> String {
        var lines = [
            "# leadrecon pipeline written by `leadrecon init`; check every source's role and preset.",
            "# Reference: README.md (pipeline file). Validate with: leadrecon validate THIS_FILE",
            "version: 1",
            "name: \(quoted(name))",
            "",
            "sources:",
        ]
        var used = Set<String>()
        for probe in probes {
            var sourceName = sourceName(for: probe.path)
            while used.contains(sourceName) { sourceName += "_2" }
            used.insert(sourceName)
            lines.append("  - name: \(sourceName)")
            lines.append("    role: \(probe.role.rawValue)            # marketing | crm_leads | crm_activities | people")
            lines.append("    path: \(quoted(probe.path))")
            lines.append("    preset: \(probe.score.preset)   # \(probe.score)")
            if probe.delimiter != "," { lines.append("    delimiter: \(probe.delimiter == "tab" ? "tab" : quoted(probe.delimiter))") }
            let preset = HeaderPresets.named(probe.score.preset)
            do {
                _ = try mapper.map(headers: probe.header, role: probe.role, preset: preset)
            } catch {
                lines.append("    # this file does not map yet: \(error)")
                lines.append("    columns: {}     # canonical field: \"header in the file\"")
            }
        }
        lines += [
            "",
            "stages: [ingest, normalize, link, flag, report]",
            "",
            "calendar:",
            "  time_zone: Europe/Berlin",
            "  hours: \"Mon-Fri 08:00-18:00\"",
            "  holidays: {country: DE}        # add state: BE (or BW, BY, …) for regional holidays",
            "  closed_days: [\"12-24\", \"12-31\"]",
            "",
            "rules:",
            "  sla:",
            "    first_touch_within: {hand_raise: 1h, default: 8h}",
            "    hand_raise_sources: [\"Demo Request\", \"Contact Us\", \"Pricing\", \"Kontaktformular\"]",
            "    accept_within: 24h",
            "    min_attempts: 6",
            "    cadence_window: 10d",
            "    stale_after: 14cd",
            "",
            "alert:",
            "  fail_on: [\"IGNORED_GOOD_LEAD:IGNORED\", \"LEAKED_MQL\"]",
            "",
            "outputs:",
            "  dir: out",
            "  dialect: rfc4180               # or excel_de for German Excel",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `hubspot-crm-exports-all-contacts-2023-02-21.csv` → `hubspot_crm_exports_all_contacts_2023_02_21`.
    static func sourceName(for path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let stem = file.split(separator: ".").dropLast().joined(separator: ".")
        let base = (stem.isEmpty ? file : stem).lowercased()
        var name = ""
        for scalar in base.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else if !name.hasSuffix("_") {
                name += "_"
            }
        }
        name = name.trimmingCharacters(in: ["_"])
        return name.isEmpty ? "source" : name
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

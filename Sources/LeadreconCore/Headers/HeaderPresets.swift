/// The built-in header presets, in registry order.
///
/// Registry order matters twice: detection breaks ties in favour of the earlier preset, and
/// `leadrecon inspect` lists presets in this order. Presets of a role are listed from the most to
/// the least common export.
public enum HeaderPresets {
    /// Every built-in preset.
    public static let all: [HeaderPreset] = [
        .hubspotContacts,
        .marketoLeads,
        .salesforceLeadAPI,
        .salesforceLeadReport,
        .pipedriveLeads,
        .salesforceTaskAPI,
        .salesforceTaskReport,
        .pipedriveActivities,
        .genericPeople,
    ]

    /// The preset a pipeline file names.
    ///
    /// Names are compared after header folding, so `hubspot_contacts`, `HubSpot-Contacts` and
    /// `hubspot contacts` all name the same preset.
    /// - Parameter name: the preset's name as written in a pipeline file.
    /// - Returns: the preset, or nil when no built-in preset has that name.
    public static func named(_ name: String) -> HeaderPreset? {
        let key = HeaderFolding.fold(name)
        return all.first { HeaderFolding.fold($0.name) == key }
    }

    /// The built-in presets for one role, in registry order.
    public static func forRole(_ role: SourceRole) -> [HeaderPreset] {
        all.filter { $0.role == role }
    }
}

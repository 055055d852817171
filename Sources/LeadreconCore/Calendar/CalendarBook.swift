/// The working calendars of a pipeline: the default one and one per sales team, chosen by a lead's
/// owner.
///
/// Teams share the calendar's zone and closed days and bring their own hours and holiday region
/// (`Pipeline.Team`). Teams with the same hours and region as another team or the default share
/// one `WorkingCalendar`, hence one cache; all calendars share one `PublicHolidays` table.
/// An owner listed in several teams belongs to the first, as `CalendarSettings.team(ofOwner:)`
/// says.
public struct CalendarBook: Sendable {
    /// The calendar of owners in no team.
    public let defaultCalendar: WorkingCalendar
    /// Each team's calendar, by team name.
    private let teamCalendars: [String: WorkingCalendar]
    /// Each team member's calendar, by owner name or id as the CRM writes it.
    private let ownerCalendars: [String: WorkingCalendar]

    /// The calendars of `settings`.
    public init(settings: Pipeline.CalendarSettings) {
        let publicHolidays = PublicHolidays()
        let defaultCalendar = WorkingCalendar(settings: settings, publicHolidays: publicHolidays)
        struct Rules: Hashable {
            var hours: Pipeline.WeeklyHours
            var holidays: Pipeline.HolidayRegion
        }
        var byRules = [Rules(hours: settings.hours, holidays: settings.holidays): defaultCalendar]
        var teamCalendars: [String: WorkingCalendar] = [:]
        var ownerCalendars: [String: WorkingCalendar] = [:]
        for team in settings.teams {
            let rules = Rules(hours: team.hours, holidays: team.holidays)
            let calendar = byRules[rules] ?? WorkingCalendar(
                timeZone: settings.timeZone, hours: team.hours, holidays: team.holidays,
                closedDays: settings.closedDays, publicHolidays: publicHolidays)
            byRules[rules] = calendar
            if teamCalendars[team.name] == nil { teamCalendars[team.name] = calendar }
            for owner in team.owners where ownerCalendars[owner] == nil {
                ownerCalendars[owner] = calendar
            }
        }
        self.defaultCalendar = defaultCalendar
        self.teamCalendars = teamCalendars
        self.ownerCalendars = ownerCalendars
    }

    /// The calendar of `owner` (a name or an id, as the CRM export writes it): its team's, or the
    /// default one. `nil` (no owner) gets the default.
    public func calendar(forOwner owner: String?) -> WorkingCalendar {
        owner.flatMap { ownerCalendars[$0] } ?? defaultCalendar
    }

    /// The calendar of the team named `name`, or `nil` if no team has that name.
    public func calendar(forTeam name: String) -> WorkingCalendar? {
        teamCalendars[name]
    }
}

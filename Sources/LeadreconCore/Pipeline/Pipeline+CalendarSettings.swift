public import Foundation

extension Pipeline {
    /// The working calendar: time zone, weekly opening hours, public holidays and closed days,
    /// optionally overridden per sales team.
    public struct CalendarSettings: Sendable, Equatable {
        /// The zone opening hours are read in, and date-only values are anchored in.
        public var timeZone: TimeZone
        /// When sales works.
        public var hours: WeeklyHours
        /// Whose public holidays are closed days.
        public var holidays: HolidayRegion
        /// Further closed days (default: 24 and 31 December every year).
        public var closedDays: [ClosedDay]
        /// Teams with calendars of their own; owners in no team use the settings above.
        public var teams: [Team]

        /// Berlin, the default zone.
        public static let defaultTimeZone = TimeZone(identifier: "Europe/Berlin")!

        /// Creates the settings; anything not given takes its default (RULES.md).
        public init(
            timeZone: TimeZone = defaultTimeZone,
            hours: WeeklyHours = .standard,
            holidays: HolidayRegion = HolidayRegion(),
            closedDays: [ClosedDay] = [.everyYear(month: 12, day: 24), .everyYear(month: 12, day: 31)],
            teams: [Team] = []
        ) {
            self.timeZone = timeZone
            self.hours = hours
            self.holidays = holidays
            self.closedDays = closedDays
            self.teams = teams
        }

        /// The team `owner` (a name or an id, as the CRM writes it) belongs to, if any.
        public func team(ofOwner owner: String) -> Team? {
            teams.first { $0.owners.contains(owner) }
        }
    }

    /// A sales team whose working calendar differs from the default one.
    public struct Team: Sendable, Equatable {
        /// The team's name, unique in the file.
        public var name: String
        /// The owners in the team, by name or id as the CRM export writes them.
        public var owners: [String]
        /// The team's opening hours (default: the calendar's).
        public var hours: WeeklyHours
        /// The team's holiday region (default: the calendar's).
        public var holidays: HolidayRegion

        /// A team; the validator fills hours and holidays from the calendar when the file omits them.
        public init(name: String, owners: [String], hours: WeeklyHours, holidays: HolidayRegion) {
            self.name = name
            self.owners = owners
            self.hours = hours
            self.holidays = holidays
        }
    }

    /// A day on which nobody works, besides weekends and public holidays.
    public enum ClosedDay: Sendable, Hashable, CustomStringConvertible {
        /// This day of every year (`MM-DD`).
        case everyYear(month: Int, day: Int)
        /// This one date (`YYYY-MM-DD`).
        case once(year: Int, month: Int, day: Int)

        /// The day as written in a pipeline file.
        public var description: String {
            switch self {
            case .everyYear(let month, let day): Self.pad(month) + "-" + Self.pad(day)
            case .once(let year, let month, let day):
                String(year) + "-" + Self.pad(month) + "-" + Self.pad(day)
            }
        }

        private static func pad(_ value: Int) -> String {
            value < 10 ? "0\(value)" : "\(value)"
        }
    }
}

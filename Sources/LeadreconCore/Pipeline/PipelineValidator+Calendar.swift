import Foundation

extension PipelineValidator {
    func calendarSettings(_ raw: RawPipeline.Calendar?) -> Pipeline.CalendarSettings {
        var calendar = Pipeline.CalendarSettings()
        guard let raw else { return calendar }
        if let zone = timeZone(raw.timeZone) { calendar.timeZone = zone }
        if let hours = weeklyHours(raw.hours) { calendar.hours = hours }
        if let holidays = raw.holidays { calendar.holidays = holidayRegion(holidays) }
        if let list = raw.closedDays { calendar.closedDays = list.items.compactMap { closedDay($0) } }
        if let list = raw.teams { calendar.teams = teams(list, defaults: calendar) }
        return calendar
    }

    private func weeklyHours(_ raw: RawScalar?) -> Pipeline.WeeklyHours? {
        guard let raw else { return nil }
        do {
            return try Pipeline.WeeklyHours.parse(raw.text)
        } catch {
            log.error("invalid '\(raw.key)': \(error.message)", at: raw.location)
            return nil
        }
    }

    private func holidayRegion(_ raw: RawPipeline.Holidays) -> Pipeline.HolidayRegion {
        var region = Pipeline.HolidayRegion()
        if let country = raw.country, country.text.uppercased() != Pipeline.HolidayRegion.Country.germany.rawValue {
            log.error("unsupported country '\(country.text)' for holidays (only DE for now; "
                      + "AT and CH are not supported yet)", at: country.location)
        }
        if let state = choice(raw.state, noun: "state", options: Self.options(Pipeline.HolidayRegion.GermanState.self),
                              foldCase: true) {
            region.state = state
        }
        return region
    }

    /// `MM-DD` (every year) or `YYYY-MM-DD` (once).
    private func closedDay(_ raw: RawScalar) -> Pipeline.ClosedDay? {
        let scalars = Array(raw.text.unicodeScalars)
        if scalars.count == 10, let (year, month, day) = DateText.date(scalars) {
            return .once(year: year, month: month, day: day)
        }
        if scalars.count == 5, scalars[2] == "-" {
            var monthIndex = 0, dayIndex = 3
            if let month = DateText.number(scalars, &monthIndex, digits: 2),
               let day = DateText.number(scalars, &dayIndex, digits: 2),
               (1...12).contains(month), (1...DateText.daysIn(month: month, year: nil)).contains(day) {
                return .everyYear(month: month, day: day)
            }
        }
        log.error("expected a day as MM-DD or YYYY-MM-DD for '\(raw.key)', got '\(raw.text)'", at: raw.location)
        return nil
    }

    private func teams(_ list: RawList<RawPipeline.Team>, defaults: Pipeline.CalendarSettings) -> [Pipeline.Team] {
        var teams: [Pipeline.Team] = []
        var teamOfOwner: [String: String] = [:]
        for raw in list.items {
            guard let rawName = raw.name, let name = nonEmptyText(rawName) else {
                if !raw.writtenKeys.contains("name") { log.error("team without 'name'", at: raw.location) }
                continue
            }
            if teams.contains(where: { $0.name == name }) {
                log.error("duplicate team name '\(name)'", at: rawName.location)
                continue
            }
            guard let rawOwners = raw.owners, !rawOwners.items.isEmpty else {
                guard raw.owners?.isEmptyAsWritten ?? !raw.writtenKeys.contains("owners") else { continue }
                log.error("team '\(name)' has no 'owners'; list the owner names or ids in it",
                          at: raw.owners?.location ?? raw.location)
                continue
            }
            for owner in rawOwners.items {
                if let other = teamOfOwner[owner.text] {
                    log.error("owner '\(owner.text)' is already in team '\(other)'", at: owner.location)
                }
                teamOfOwner[owner.text] = name
            }
            teams.append(Pipeline.Team(
                name: name,
                owners: strings(rawOwners) ?? [],
                hours: weeklyHours(raw.hours) ?? defaults.hours,
                holidays: raw.holidays.map { holidayRegion($0) } ?? defaults.holidays
            ))
        }
        return teams
    }
}

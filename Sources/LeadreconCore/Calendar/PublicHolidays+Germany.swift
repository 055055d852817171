extension PublicHolidays {
    private typealias State = Pipeline.HolidayRegion.GermanState

    /// German public holidays of `year`: nation-wide, plus those of `state` when given.
    ///
    /// Nation-wide: Neujahr 1.1., Karfreitag (Easter − 2), Ostermontag (+1), Tag der Arbeit 1.5.,
    /// Christi Himmelfahrt (+39), Pfingstmontag (+50), Tag der Deutschen Einheit 3.10., 1. and
    /// 2. Weihnachtstag 25./26.12.; Reformationstag 31.10. in 2017 only (the 500th anniversary).
    ///
    /// By state: Heilige Drei Könige 6.1. (BW, BY, ST); Internationaler Frauentag 8.3. (BE since
    /// 2019, MV since 2023); Ostersonntag and Pfingstsonntag (BB, whose law lists them although
    /// they fall on Sundays); Fronleichnam, Easter + 60 (BW, BY, HE, NW, RP, SL); Mariä Himmelfahrt
    /// 15.8. (SL); Weltkindertag 20.9. (TH since 2019); Reformationstag 31.10. (BB, MV, SN, ST, TH;
    /// HB, HH, NI, SH since 2018); Allerheiligen 1.11. (BW, BY, NW, RP, SL); Buß- und Bettag, the
    /// Wednesday before 23 November (SN).
    ///
    /// Left out on purpose, because they hold in some municipalities of a state only: Mariä
    /// Himmelfahrt 15.8. in Bavaria (about 1,700 mainly Catholic municipalities; a Bavarian team
    /// there adds `08-15` to `closed_days`), Augsburger Friedensfest 8.8., Fronleichnam in parts of
    /// Saxony and Thuringia. Also left out: one-off holidays other than 2017's Reformationstag
    /// (Berlin's 8 May 2020 and 2025 — add them as `YYYY-MM-DD` closed days when a run covers
    /// them) and the history before 1995 (Buß- und Bettag was nation-wide until 1994): every year
    /// follows today's rules, apart from the "since" years above.
    static func germanHolidays(year: Int, state: Pipeline.HolidayRegion.GermanState?) -> [LocalDate: String] {
        var holidays: [LocalDate: String] = [:]
        func add(_ date: LocalDate, _ name: String) {
            holidays[date] = holidays[date].map { $0 + " / " + name } ?? name
        }
        func fixed(_ month: Int, _ day: Int) -> LocalDate {
            LocalDate(year: year, month: month, day: day)!  // only real dates are passed
        }
        func stateIs(_ states: Set<State>, since firstYear: Int = .min) -> Bool {
            guard let state else { return false }
            return states.contains(state) && year >= firstYear
        }
        let easter = EasterDate.sunday(year: year)

        add(fixed(1, 1), "Neujahr")
        if stateIs([.badenWuerttemberg, .bavaria, .saxonyAnhalt]) { add(fixed(1, 6), "Heilige Drei Könige") }
        if stateIs([.berlin], since: 2019) || stateIs([.mecklenburgVorpommern], since: 2023) {
            add(fixed(3, 8), "Internationaler Frauentag")
        }
        add(easter.adding(days: -2), "Karfreitag")
        if stateIs([.brandenburg]) { add(easter, "Ostersonntag") }
        add(easter.adding(days: 1), "Ostermontag")
        add(fixed(5, 1), "Tag der Arbeit")
        add(easter.adding(days: 39), "Christi Himmelfahrt")
        if stateIs([.brandenburg]) { add(easter.adding(days: 49), "Pfingstsonntag") }
        add(easter.adding(days: 50), "Pfingstmontag")
        if stateIs([.badenWuerttemberg, .bavaria, .hesse, .northRhineWestphalia, .rhinelandPalatinate, .saarland]) {
            add(easter.adding(days: 60), "Fronleichnam")
        }
        if stateIs([.saarland]) { add(fixed(8, 15), "Mariä Himmelfahrt") }
        if stateIs([.thuringia], since: 2019) { add(fixed(9, 20), "Weltkindertag") }
        add(fixed(10, 3), "Tag der Deutschen Einheit")
        if year == 2017
            || stateIs([.brandenburg, .mecklenburgVorpommern, .saxony, .saxonyAnhalt, .thuringia])
            || stateIs([.bremen, .hamburg, .lowerSaxony, .schleswigHolstein], since: 2018) {
            add(fixed(10, 31), "Reformationstag")
        }
        if stateIs([.badenWuerttemberg, .bavaria, .northRhineWestphalia, .rhinelandPalatinate, .saarland]) {
            add(fixed(11, 1), "Allerheiligen")
        }
        if stateIs([.saxony]) { add(dayOfRepentance(year: year), "Buß- und Bettag") }
        add(fixed(12, 25), "1. Weihnachtstag")
        add(fixed(12, 26), "2. Weihnachtstag")
        return holidays
    }

    /// Buß- und Bettag: the last Wednesday before 23 November (16 to 22 November).
    static func dayOfRepentance(year: Int) -> LocalDate {
        let november22 = LocalDate(year: year, month: 11, day: 22)!
        let daysSinceWednesday = (november22.weekday.rawValue - Pipeline.Weekday.wednesday.rawValue + 7) % 7
        return november22.adding(days: -daysSinceWednesday)
    }
}

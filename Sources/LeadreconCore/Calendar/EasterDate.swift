/// Easter Sunday of the Gregorian calendar, the anchor of Germany's movable feasts (Good Friday,
/// Easter Monday, Ascension, Whit Monday, Corpus Christi).
///
/// Computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher, 1876), which is exact
/// for every Gregorian year (1583 on); no table, no Foundation.
public enum EasterDate {
    /// Easter Sunday of `year`, e.g. 2024-03-31, 2025-04-20, 2026-04-05.
    public static func sunday(year: Int) -> LocalDate {
        let goldenNumber = year % 19
        let century = year / 100, yearOfCentury = year % 100
        let leapCenturies = century / 4, centuryRest = century % 4
        let lunarCorrection = (century + 8) / 25
        let solarCorrection = (century - lunarCorrection + 1) / 3
        let epact = (19 * goldenNumber + century - leapCenturies - solarCorrection + 15) % 30
        let leapYears = yearOfCentury / 4, yearRest = yearOfCentury % 4
        let weekdayShift = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7
        let correction = (goldenNumber + 11 * epact + 22 * weekdayShift) / 451
        let sum = epact + weekdayShift - 7 * correction + 114
        // `sum` cannot fail to be a date: March 22 to April 25.
        return LocalDate(year: year, month: sum / 31, day: sum % 31 + 1)!
    }
}

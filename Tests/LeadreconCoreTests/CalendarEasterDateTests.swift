import LeadreconCore
import Testing

@Suite struct CalendarEasterDateTests {
    /// Western Easter Sundays 2000–2030 (as published; cross-checked with python-dateutil).
    @Test(arguments: [
        (2000, "2000-04-23"), (2001, "2001-04-15"), (2002, "2002-03-31"), (2003, "2003-04-20"),
        (2004, "2004-04-11"), (2005, "2005-03-27"), (2006, "2006-04-16"), (2007, "2007-04-08"),
        (2008, "2008-03-23"), (2009, "2009-04-12"), (2010, "2010-04-04"), (2011, "2011-04-24"),
        (2012, "2012-04-08"), (2013, "2013-03-31"), (2014, "2014-04-20"), (2015, "2015-04-05"),
        (2016, "2016-03-27"), (2017, "2017-04-16"), (2018, "2018-04-01"), (2019, "2019-04-21"),
        (2020, "2020-04-12"), (2021, "2021-04-04"), (2022, "2022-04-17"), (2023, "2023-04-09"),
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
        (2028, "2028-04-16"), (2029, "2029-04-01"), (2030, "2030-04-21"),
    ])
    func easterSundayFrom2000To2030(year: Int, expected: String) {
        #expect(EasterDate.sunday(year: year).description == expected)
    }

    /// The extremes: 22 March is the earliest Easter, 25 April the latest.
    @Test(arguments: [
        (1818, "1818-03-22"), (2285, "2285-03-22"), (1943, "1943-04-25"), (2038, "2038-04-25"),
        (2100, "2100-03-28"), (1583, "1583-04-10"),
    ])
    func earliestAndLatestEasters(year: Int, expected: String) {
        #expect(EasterDate.sunday(year: year).description == expected)
    }

    @Test func easterIsASundayBetween22MarchAnd25April() {
        for year in 1583...2600 {
            let easter = EasterDate.sunday(year: year)
            #expect(easter.weekday == .sunday, "\(easter)")
            let (_, month, day) = easter.components
            #expect(month * 100 + day >= 322 && month * 100 + day <= 425, "\(easter)")
        }
    }
}

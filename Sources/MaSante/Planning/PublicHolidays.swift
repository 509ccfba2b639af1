/// France's public holidays (jours fériés), on which centres are closed unless they say otherwise.
///
/// ```swift
/// PublicHolidays.contains(CalendarDate(year: 2026, month: 5, day: 14)!)   // true: Ascension
/// ```
public enum PublicHolidays {
    /// Fixed dates, Easter Monday, Ascension and Whit Monday.
    public static func contains(_ date: CalendarDate) -> Bool {
        let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
        if fixed.contains(where: { $0 == (date.month, date.day) }) { return true }
        let easter = easterSunday(date.year)
        return [1, 39, 50].contains { easter.adding(days: $0) == date }
    }

    /// The public holidays among `days`.
    public static func among(_ days: [CalendarDate]) -> Set<CalendarDate> { Set(days.filter(contains)) }

    /// Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm).
    public static func easterSunday(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let n = h + l - 7 * m + 114
        return CalendarDate(year: year, month: n / 31, day: n % 31 + 1)!
    }
}

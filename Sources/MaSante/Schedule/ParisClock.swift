public import Foundation

/// Wall-clock arithmetic in Europe/Paris, delegated to Foundation's calendar (daylight-saving
/// changes included): where a day starts, which day an instant falls on.
enum ParisClock {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .paris
        return calendar
    }()

    /// Midnight at the start of `day` (midnight always exists in Paris: the clocks change at 2 or 3 a.m.).
    static func startOfDay(_ day: CalendarDate) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? .distantPast
    }

    /// `time` on `day`, `24:00` being the next midnight. Nil when the clocks skip that time (the
    /// spring change); when they show it twice (the autumn change), the first occurrence.
    static func instant(_ day: CalendarDate, _ time: TimeOfDay) -> Date? {
        if time.minutes == 24 * 60 { return startOfDay(day.adding(days: 1)) }
        let hour = time.minutes / 60, minute = time.minutes % 60
        let wanted = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        guard let date = calendar.date(from: wanted) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard back.year == day.year, back.month == day.month, back.day == day.day,
            back.hour == hour, back.minute == minute
        else { return nil }
        return date
    }

    /// The Paris calendar day `instant` falls on.
    ///
    /// The offset from UTC comes from the time zone; the date from the count of days since
    /// 1 January 1970, several times faster than asking the calendar
    /// for components, which the checker does for every shift and message.
    static func day(of instant: Date) -> CalendarDate {
        let date = CalendarDate(daysSince1970: localDaysAndSeconds(instant).days)
        return CalendarDate.years.contains(date.year) ? date : CalendarDate(year: 1970, month: 1, day: 1)!
    }

    /// The wall-clock time of `instant` in Paris.
    static func time(of instant: Date) -> TimeOfDay {
        let (_, seconds) = localDaysAndSeconds(instant)
        return TimeOfDay(hour: seconds / 3600, minute: seconds % 3600 / 60) ?? TimeOfDay(hour: 0, minute: 0)!
    }

    /// Whole days since 1970-01-01 on the Paris wall clock, and the seconds since that day's midnight.
    private static func localDaysAndSeconds(_ instant: Date) -> (days: Int, seconds: Int) {
        let utc = instant.timeIntervalSince1970.rounded(.down)
        guard abs(utc) < 1e15 else { return (0, 0) } // no Int for it: read as 1970-01-01 00:00
        let local = Int(utc) + TimeZone.paris.secondsFromGMT(for: instant)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (days, local - days * 86_400)
    }
}

extension CalendarDate {
    /// Midnight at the start of the day in Paris, as an instant.
    public var startInParis: Date { ParisClock.startOfDay(self) }

    /// The Paris calendar day `instant` falls on.
    public init(inParis instant: Date) { self = ParisClock.day(of: instant) }
}

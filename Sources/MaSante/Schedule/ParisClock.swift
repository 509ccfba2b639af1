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
              back.hour == hour, back.minute == minute else { return nil }
        return date
    }

    /// The Paris calendar day `instant` falls on.
    static func day(of instant: Date) -> CalendarDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }

    /// The wall-clock time of `instant` in Paris.
    static func time(of instant: Date) -> TimeOfDay {
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0) ?? TimeOfDay(hour: 0, minute: 0)!
    }
}

extension CalendarDate {
    /// Midnight at the start of the day in Paris, as an instant.
    public var startInParis: Date { ParisClock.startOfDay(self) }
}

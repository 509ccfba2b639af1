public import Foundation

/// An ISO 8601 week, Monday to Sunday, written `2026-W49`: the unit a centre plans and publishes.
///
/// Week 1 is the week holding the year's first Thursday, so a year has 52 or 53 weeks
/// (2026 has 53, 2025 has 52). Instants are those of Europe/Paris: a week holding a
/// daylight-saving change lasts 167 or 169 hours.
///
/// ```swift
/// let week = try ISOWeek.parse("2026-W49")
/// week.days.first?.description   // "2026-11-30"
/// week.next.description          // "2026-W50"
/// ```
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible, CodableAsText {
    public let year: Int
    public let week: Int

    /// Nil when the year has no such week (`2026-W54`, `2025-W53`).
    public init?(year: Int, week: Int) {
        guard CalendarDate.years.contains(year), week >= 1, week <= Self.weeks(in: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week holding `day`.
    public init(containing day: CalendarDate) {
        let noon = Self.calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))
        let parts = Self.calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: noon ?? Date())
        year = parts.yearForWeekOfYear ?? day.year
        week = parts.weekOfYear ?? 1
    }

    /// The week holding `instant` in Paris.
    public init(containing instant: Date) {
        self.init(containing: ParisClock.day(of: instant))
    }

    /// Reads `2026-W49` (also `2026-w49` and `2026W49`).
    public static func parse(_ text: String) throws(FieldError) -> ISOWeek {
        let trimmed = text.trimmedSpaces
        let parts = trimmed.uppercased().replacingOccurrences(of: "-W", with: "W").split(
            separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let year = Int(parts[0]), let week = Int(parts[1])
        else {
            throw FieldError("semaine invalide \(FieldError.quoted(trimmed)) : attendu AAAA-Wss, par exemple 2026-W49")
        }
        guard CalendarDate.years.contains(year) else {
            throw FieldError(
                "semaine invalide \(FieldError.quoted(trimmed)) : année hors de \(CalendarDate.years.lowerBound)–\(CalendarDate.years.upperBound)"
            )
        }
        guard let isoWeek = ISOWeek(year: year, week: week) else {
            throw FieldError(
                "la semaine \(trimmed.uppercased()) n'existe pas : l'année \(year) compte \(weeks(in: year)) semaines ISO"
            )
        }
        return isoWeek
    }

    /// How many ISO weeks `year` has, 52 or 53 (28 December always lies in the last one).
    public static func weeks(in year: Int) -> Int {
        guard let december28 = calendar.date(from: DateComponents(year: year, month: 12, day: 28, hour: 12)) else {
            return 52
        }
        return calendar.component(.weekOfYear, from: december28)
    }

    /// The week's Monday.
    public var monday: CalendarDate {
        let date = Self.calendar.date(
            from: DateComponents(hour: 12, weekday: 2, weekOfYear: week, yearForWeekOfYear: year))
        return date.map(ParisClock.day(of:)) ?? CalendarDate(year: year, month: 1, day: 1)!
    }

    /// Monday to Sunday.
    public var days: [CalendarDate] {
        let first = monday
        return (0..<7).map { first.adding(days: $0) }
    }

    /// Monday 00:00 in Paris.
    public var start: Date { ParisClock.startOfDay(monday) }

    /// The next Monday 00:00 in Paris (the week's end, excluded).
    public var end: Date { ParisClock.startOfDay(monday.adding(days: 7)) }

    /// From Monday 00:00 to the next Monday 00:00.
    public var interval: DateInterval { DateInterval(start: start, end: end) }

    /// The week `count` weeks later (earlier when negative).
    public func adding(weeks count: Int) -> ISOWeek { ISOWeek(containing: monday.adding(days: 7 * count)) }

    public var next: ISOWeek { adding(weeks: 1) }
    public var previous: ISOWeek { adding(weeks: -1) }

    /// `2026-W49`.
    public var description: String { Digits.padded(year, width: 4) + "-W" + Digits.padded(week, width: 2) }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = .paris
        return calendar
    }()
}

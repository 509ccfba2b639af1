public import Foundation

/// A day of the calendar, with no time and no time zone: a hiring date, a contract end, an opening.
///
/// Reads the two ways French spreadsheets write a date, and always writes ISO 8601.
///
/// ```swift
/// let start = try CalendarDate.parse("01/07/2022")   // 2022-07-01
/// start.french                                       // "01/07/2022"
/// start.adding(days: 31).description                 // "2022-08-01"
/// ```
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible, CodableAsText {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Years outside 1600–9999 are refused: before 1600 Foundation's calendar is Julian, and a
    /// four-digit year is what every format here writes.
    public static let years = 1600...9999

    /// Nil when the day does not exist (31 February, 29 February of a common year, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard Self.years.contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = Self.calendar.date(from: components) else { return nil }
        let back = Self.calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        self.init(unchecked: year, month, day)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    private init(_ date: Date, in calendar: Calendar) {
        let components = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(unchecked: components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }

    /// Reads `2024-01-31` or `31/01/2024` (also `1/2/2024`); two-digit years are refused.
    public static func parse(_ text: String) throws(FieldError) -> CalendarDate {
        let trimmed = text.trimmedSpaces
        let expected = "attendu JJ/MM/AAAA ou AAAA-MM-JJ"
        guard !trimmed.isEmpty else { throw FieldError("date manquante : \(expected)") }
        guard let (year, month, day) = fields(of: trimmed) else {
            throw FieldError("date invalide \(FieldError.quoted(trimmed)) : \(expected)")
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw FieldError("date invalide \(FieldError.quoted(trimmed)) : ce jour n'existe pas")
        }
        return date
    }

    private static func fields(of text: String) -> (Int, Int, Int)? {
        func number(_ part: Substring, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(part.count), part.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(part)
        }
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, let year = number(iso[0], digits: 4...4),
           let month = number(iso[1], digits: 1...2), let day = number(iso[2], digits: 1...2) {
            return (year, month, day)
        }
        let french = text.split(separator: "/", omittingEmptySubsequences: false)
        if french.count == 3, let day = number(french[0], digits: 1...2),
           let month = number(french[1], digits: 1...2), let year = number(french[2], digits: 4...4) {
            return (year, month, day)
        }
        return nil
    }

    /// ISO 8601: `2024-01-31`.
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// As French readers write it: `31/01/2024`.
    public var french: String { String(format: "%02d/%02d/%04d", day, month, year) }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        let calendar = Self.calendar
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              let moved = calendar.date(byAdding: .day, value: days, to: date) else { return self }
        return CalendarDate(moved, in: calendar)
    }

    /// Days from this date to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        let calendar = Self.calendar
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              let end = calendar.date(from: DateComponents(year: other.year, month: other.month, day: other.day)) else { return 0 }
        return calendar.dateComponents([.day], from: start, to: end).day ?? 0
    }

    /// The day of the week, Monday to Sunday (Sakamoto's formula, proleptic Gregorian).
    public var weekday: Weekday {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let sundayZero = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        return Weekday.allCases[(sundayZero + 6) % 7]
    }

    /// The current day where the network works (Paris unless told otherwise).
    public static func today(in timeZone: TimeZone = .paris) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return CalendarDate(Date(), in: calendar)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}

extension TimeZone {
    /// Europe/Paris, the network's time zone, daylight-saving changes included.
    public static let paris: TimeZone = {
        guard let zone = TimeZone(identifier: "Europe/Paris") else {
            fatalError("Le fuseau horaire Europe/Paris est introuvable : installer les données tzdata.")
        }
        return zone
    }()
}

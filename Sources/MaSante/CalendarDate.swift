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
        guard Self.years.contains(year), (1...12).contains(month), day >= 1,
            day <= Self.length(ofMonth: month, in: year)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Days in a month of the Gregorian calendar.
    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before), proleptic Gregorian: Hinnant's days-from-civil.
    var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01: Hinnant's civil-from-days. Not range-checked.
    init(daysSince1970 days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(
            unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * monthIndex + 2) / 5 + 1)
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
            let month = number(iso[1], digits: 1...2), let day = number(iso[2], digits: 1...2)
        {
            return (year, month, day)
        }
        let french = text.split(separator: "/", omittingEmptySubsequences: false)
        if french.count == 3, let day = number(french[0], digits: 1...2),
            let month = number(french[1], digits: 1...2), let year = number(french[2], digits: 4...4)
        {
            return (year, month, day)
        }
        return nil
    }

    /// ISO 8601: `2024-01-31`.
    public var description: String {
        Digits.padded(year, width: 4) + "-" + Digits.padded(month, width: 2) + "-" + Digits.padded(day, width: 2)
    }

    /// As French readers write it: `31/01/2024`.
    public var french: String {
        Digits.padded(day, width: 2) + "/" + Digits.padded(month, width: 2) + "/" + Digits.padded(year, width: 4)
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        days == 0 ? self : CalendarDate(daysSince1970: daysSince1970 + days)
    }

    /// The same day `months` later (earlier when negative), clamped to the end of a shorter month.
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + month - 1 + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        return CalendarDate(unchecked: newYear, newMonth, min(day, Self.length(ofMonth: newMonth, in: newYear)))
    }

    /// Days from this date to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        other.daysSince1970 - daysSince1970
    }

    /// The day of the week, Monday to Sunday (Sakamoto's formula, proleptic Gregorian).
    public var weekday: Weekday {
        let y = month < 3 ? year - 1 : year
        let sundayZero = (y + y / 4 - y / 100 + y / 400 + Self.weekdayOffsets[month - 1] + day) % 7
        return Weekday(rawValue: (sundayZero + 6) % 7 + 1) ?? .lundi
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

    /// Sakamoto's month offsets.
    private static let weekdayOffsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
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

import Foundation

/// A time on the wall clock, to the minute: when a range of opening hours or a shift starts or ends.
///
/// `24:00` exists so that a range can end at midnight.
///
/// ```swift
/// try TimeOfDay.parse("8h30").description   // "08:30"
/// TimeOfDay(hour: 24, minute: 0)?.minutes    // 1440
/// ```
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0...1440.
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        minutes = hour * 60 + minute
    }

    /// Reads `08:30`, `8:30`, `8h30`, `8h` or `08:30:00` (seconds, if any, must be `00`).
    public static func parse(_ text: String) throws(FieldError) -> TimeOfDay {
        let trimmed = text.trimmedSpaces
        guard let time = read(trimmed.lowercased()) else {
            throw FieldError("heure invalide \(FieldError.quoted(trimmed)) : attendu HH:MM, par exemple 08:30 ou 8h30")
        }
        return time
    }

    private static func read(_ text: String) -> TimeOfDay? {
        func digits(_ part: Substring, count: ClosedRange<Int>) -> Int? {
            guard count.contains(part.count), part.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(part)
        }
        if text.contains("h") {
            let parts = text.split(separator: "h", omittingEmptySubsequences: false)
            guard parts.count == 2, let hour = digits(parts[0], count: 1...2) else { return nil }
            let minute = parts[1].isEmpty ? 0 : digits(parts[1], count: 2...2)
            return minute.flatMap { TimeOfDay(hour: hour, minute: $0) }
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let hour = digits(parts[0], count: 1...2),
            let minute = digits(parts[1], count: 2...2)
        else { return nil }
        if parts.count == 3, digits(parts[2], count: 2...2) != 0 { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }

    /// `08:30`, with two-digit hours.
    public var description: String {
        Digits.padded(minutes / 60, width: 2) + ":" + Digits.padded(minutes % 60, width: 2)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

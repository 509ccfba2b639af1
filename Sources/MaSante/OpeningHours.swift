import Foundation

/// When a centre is open: for each weekday, ranges that never overlap, sorted by start.
///
/// A day with no range is closed. Ranges may touch (`08:00-12:00 12:00-14:00`) but not overlap.
///
/// ```swift
/// var hours = OpeningHours()
/// try hours.set(OpeningHours.parseDay("08:30-12:30 14:00-19:00"), on: .lundi)
/// hours.weeklyMinutes   // 540
/// ```
public struct OpeningHours: Hashable, Sendable {
    /// Only open days appear as keys.
    public private(set) var ranges: [Weekday: [TimeRange]] = [:]

    public init() {}

    /// Refuses overlapping ranges on a day; sorts each day's ranges.
    public init(ranges: [Weekday: [TimeRange]]) throws(FieldError) {
        for (day, dayRanges) in ranges {
            try set(dayRanges, on: day)
        }
    }

    /// Replaces one day's ranges; an empty list closes the day.
    public mutating func set(_ dayRanges: [TimeRange], on day: Weekday) throws(FieldError) {
        do {
            ranges[day] = try Self.checked(dayRanges)
        } catch {
            throw FieldError("\(day.label) : \(error.message)")
        }
        if ranges[day]?.isEmpty == true { ranges[day] = nil }
    }

    /// Reads one day: `08:30-12:30 14:00-19:00`, ranges separated by spaces, `,`, `;`, `/` or ` et `.
    /// Empty text, `fermé` or `-` mean closed.
    public static func parseDay(_ text: String) throws(FieldError) -> [TimeRange] {
        let key = FrenchText.key(text)
        if key.isEmpty || key == "ferme" || key == "fermee" { return [] }
        var normalized = TimeRange.normalizedDashes(text.lowercased())
        for separator in [" et ", ",", ";", "/"] {
            normalized = normalized.replacingOccurrences(of: separator, with: " ")
        }
        normalized = normalized.replacingOccurrences(of: #"\s*-\s*"#, with: "-", options: .regularExpression)
        var dayRanges: [TimeRange] = []
        for token in normalized.split(whereSeparator: \.isWhitespace) {
            dayRanges.append(try TimeRange.parse(String(token)))
        }
        return try checked(dayRanges)
    }

    private static func checked(_ dayRanges: [TimeRange]) throws(FieldError) -> [TimeRange] {
        let sorted = dayRanges.sorted { $0.start < $1.start }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.start < previous.end {
            throw FieldError("les plages \(previous) et \(next) se chevauchent")
        }
        return sorted
    }

    /// The ranges of one day, empty when closed.
    public func ranges(on day: Weekday) -> [TimeRange] { ranges[day] ?? [] }

    /// Minutes open in a week.
    public var weeklyMinutes: Int { ranges.values.joined().reduce(0) { $0 + $1.minutes } }

    /// The days with at least one range, Monday first.
    public var openDays: [Weekday] { ranges.keys.sorted() }

    /// One day written back as `parseDay` reads it: `08:30-12:30 14:00-19:00`, `""` when closed.
    public static func dayText(_ ranges: [TimeRange]) -> String {
        ranges.map(\.description).joined(separator: " ")
    }
}

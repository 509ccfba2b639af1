import Foundation

/// A stretch of one day between two times, the start strictly before the end: `08:30-12:30`.
///
/// The building block of opening hours.
///
/// ```swift
/// let morning = try TimeRange.parse("8h30 - 12h30")
/// morning.minutes       // 240
/// morning.description   // "08:30-12:30"
/// ```
public struct TimeRange: Hashable, Sendable, CustomStringConvertible {
    public let start: TimeOfDay
    public let end: TimeOfDay

    /// Nil unless `start < end`.
    public init?(start: TimeOfDay, end: TimeOfDay) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// Reads `08:30-12:30`, `8h30 - 12h30`, `08:30–12:30` (en dash) or `8h30 à 12h30`.
    public static func parse(_ text: String) throws(FieldError) -> TimeRange {
        let trimmed = text.trimmedSpaces
        let invalid = "plage horaire invalide \(FieldError.quoted(trimmed))"
        let parts = normalizedDashes(trimmed).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw FieldError("\(invalid) : attendu HH:MM-HH:MM, par exemple 08:30-12:30") }
        let start: TimeOfDay, end: TimeOfDay
        do {
            start = try TimeOfDay.parse(String(parts[0]))
            end = try TimeOfDay.parse(String(parts[1]))
        } catch {
            throw FieldError("\(invalid) : \(error.message)")
        }
        guard let range = TimeRange(start: start, end: end) else {
            throw FieldError("\(invalid) : la fin doit être après le début")
        }
        return range
    }

    /// Turns every dash people type (and ` à `) into `-`.
    static func normalizedDashes(_ text: String) -> String {
        var result = text
        for dash in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", " à ", " a "] {
            result = result.replacingOccurrences(of: dash, with: "-")
        }
        return result
    }

    /// Length in minutes.
    public var minutes: Int { end.minutes - start.minutes }

    /// Whether the two ranges share at least one minute (touching ends do not overlap).
    public func overlaps(_ other: TimeRange) -> Bool { start < other.end && other.start < end }

    /// `08:30-12:30`.
    public var description: String { "\(start)-\(end)" }
}

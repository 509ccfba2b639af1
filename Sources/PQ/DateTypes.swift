public import Foundation

/// Seconds between PostgreSQL's epoch (2000-01-01 UTC) and Foundation's (2001-01-01 UTC).
private let postgresToFoundationEpoch: TimeInterval = 366 * 86_400

private let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
}()

extension Date: PostgresEncodable, PostgresDecodable {
    /// An instant: `timestamptz`, to the microsecond. `distantPast`/`distantFuture` map to `-infinity`/`infinity`.
    @inlinable public static var postgresType: PostgresType { .timestamptz }

    @inlinable @inline(__always)
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        // + 366 days: PostgreSQL's epoch (2000-01-01) is a year before Foundation's.
        let micros = (timeIntervalSinceReferenceDate + 31_622_400) * 1_000_000
        // From 1928 to 2071 (under 2^51 µs from 2000; NaN fails the test): adding 1.5 × 2^52
        // leaves the integer nearest to `micros`, ties to even, in the low bits of the sum,
        // which the subtraction of the bit patterns recovers exactly. Cheaper than Int64(_:),
        // whose checks against NaN and overflow cannot fail here.
        if abs(micros) < 0x1p51 {
            let magic = 0x1.8p52
            let shifted = micros + magic
            var whole = Int64(bitPattern: shifted.bitPattern) &- Int64(bitPattern: magic.bitPattern)
            // Exact: `micros` lies within half a microsecond of `whole`.
            let fraction = micros - (shifted - magic)
            // Ties away from zero, as rounded() and PostgreSQL round, not to even.
            if _slowPath(abs(fraction) == 0.5) {
                if fraction > 0, micros > 0 {
                    whole &+= 1
                } else if fraction < 0, micros < 0 {
                    whole &-= 1
                }
            }
            return buffer.appendInteger(whole)
        }
        buffer.appendInteger(Self.microseconds(outsideFastRange: self))
    }

    /// The microseconds ``encode(into:)`` sends for the dates it does not convert itself:
    /// before 1928 or after 2071, `distantPast`, `distantFuture` and NaN. A value, not an
    /// encoding into the buffer: see `PostgresEncodingBuffer.grown`.
    @usableFromInline @inline(never) @_effects(releasenone)
    static func microseconds(outsideFastRange date: Date) -> Int64 {
        let seconds = date.timeIntervalSinceReferenceDate
        // distantPast and distantFuture lie about ±63.1 billion seconds away; NaN goes there too.
        guard abs(seconds) < 60_000_000_000 else { return microseconds(far: date) }
        let micros = (seconds + postgresToFoundationEpoch) * 1_000_000
        // Rounded half away from zero, as `rounded()` does, without its call into libm: under
        // 2^63 the truncation is exact, and so is the fraction left.
        var whole = Int64(micros)
        let fraction = micros - Double(whole)
        if fraction >= 0.5 { whole &+= 1 } else if fraction <= -0.5 { whole &-= 1 }
        return whole
    }

    /// Always 8 bytes (microseconds).
    @inlinable public var postgresEncodedSize: Int? { 8 }

    /// The microseconds sent for distantPast and distantFuture, or a date beyond PostgreSQL's
    /// range. A value, not an encoding into the buffer: see `PostgresEncodingBuffer.grown`.
    @usableFromInline @_effects(releasenone)
    static func microseconds(far date: Date) -> Int64 {
        if date == .distantFuture { return Int64.max }
        if date == .distantPast { return Int64.min }
        let micros = ((date.timeIntervalSinceReferenceDate + postgresToFoundationEpoch) * 1_000_000).rounded()
        // Int64(_:) would trap beyond ±292,000 years or on NaN: send a finite value past
        // PostgreSQL's range instead, which the server rejects (22008).
        return Int64(exactly: micros) ?? (micros < 0 ? Int64.min + 1 : Int64.max - 1)
    }

    @inlinable
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        guard cell.format == .binary, cell.type.oid == 1184 else { // timestamptz
            throw cell.failure(Self.self, "unsupported column type (expected timestamptz)")
        }
        let micros: Int64 = try cell.readInteger()
        switch micros {
        case .max: self = .distantFuture
        case .min: self = .distantPast
        // - 366 days: PostgreSQL's epoch (2000-01-01) is a year before Foundation's.
        default: self.init(timeIntervalSinceReferenceDate: Double(micros) / 1_000_000 - 31_622_400)
        }
    }
}

/// A calendar day with no time and no time zone: PostgreSQL's `date`.
///
/// ```swift
/// let start = PostgresDate(year: 2022, month: 7, day: 1)!
/// start.description // "2022-07-01"
/// ```
public struct PostgresDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 2000-01-01, PostgreSQL's own representation.
    public var daysSince2000: Int32

    public init(daysSince2000: Int32) { self.daysSince2000 = daysSince2000 }

    /// The day with these numbers in the Gregorian calendar, or nil when there is none (31 February).
    public init?(year: Int, month: Int, day: Int) {
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: utcCalendar), let date = utcCalendar.date(from: components) else { return nil }
        self.init(utcMidnight: date)
    }

    /// The day an instant falls on in a time zone.
    public init(_ instant: Date, in timeZone: TimeZone) {
        let local = instant.addingTimeInterval(TimeInterval(timeZone.secondsFromGMT(for: instant)))
        self.init(utcMidnight: local)
    }

    /// Parses `AAAA-MM-JJ`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    private init(utcMidnight date: Date) {
        let seconds = date.timeIntervalSinceReferenceDate + postgresToFoundationEpoch
        daysSince2000 = Int32((seconds / 86_400).rounded(.down))
    }

    /// Midnight UTC of this day.
    var utcMidnight: Date {
        Date(timeIntervalSinceReferenceDate: Double(daysSince2000) * 86_400 - postgresToFoundationEpoch)
    }

    private var components: DateComponents { utcCalendar.dateComponents([.year, .month, .day], from: utcMidnight) }
    public var year: Int { components.year! }
    public var month: Int { components.month! }
    public var day: Int { components.day! }

    /// The day `count` days later (or earlier when negative).
    public func adding(days count: Int) -> PostgresDate {
        PostgresDate(daysSince2000: daysSince2000 + Int32(count))
    }

    /// The instant this day starts in a time zone (midnight, or the first instant after a skipped one).
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = components
        return calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day))!
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.daysSince2000 < rhs.daysSince2000 }

    public var description: String {
        let parts = components
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

extension PostgresDate: PostgresEncodable, PostgresDecodable {
    public static var postgresType: PostgresType { .date }
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.appendInteger(daysSince2000) }
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        try cell.require(.date, for: Self.self)
        let days: Int32 = try cell.readInteger()
        guard days != .max, days != .min else { throw cell.failure(Self.self, "infinite date") }
        self.init(daysSince2000: days)
    }
}

/// A time of day with no date and no time zone: PostgreSQL's `time`, to the microsecond.
///
/// `24:00` is allowed, as in PostgreSQL, to end a range at midnight.
public struct PostgresTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let microsecondsPerDay: Int64 = 86_400_000_000

    /// Microseconds since midnight, 0 through 24:00.
    public var microsecondsSinceMidnight: Int64

    public init?(microsecondsSinceMidnight: Int64) {
        guard (0...Self.microsecondsPerDay).contains(microsecondsSinceMidnight) else { return nil }
        self.microsecondsSinceMidnight = microsecondsSinceMidnight
    }

    public init?(hour: Int, minute: Int, second: Int = 0, microsecond: Int = 0) {
        guard (0...24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second),
            (0..<1_000_000).contains(microsecond)
        else { return nil }
        let total = ((Int64(hour) * 60 + Int64(minute)) * 60 + Int64(second)) * 1_000_000 + Int64(microsecond)
        self.init(microsecondsSinceMidnight: total)
    }

    public var hour: Int { Int(microsecondsSinceMidnight / 3_600_000_000) }
    public var minute: Int { Int(microsecondsSinceMidnight / 60_000_000 % 60) }
    public var second: Int { Int(microsecondsSinceMidnight / 1_000_000 % 60) }
    public var microsecond: Int { Int(microsecondsSinceMidnight % 1_000_000) }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.microsecondsSinceMidnight < rhs.microsecondsSinceMidnight
    }

    /// `HH:MM:SS`, with `.ffffff` when there are microseconds.
    public var description: String {
        let base = String(format: "%02d:%02d:%02d", hour, minute, second)
        return microsecond == 0 ? base : base + String(format: ".%06d", microsecond)
    }
}

extension PostgresTime: PostgresEncodable, PostgresDecodable {
    public static var postgresType: PostgresType { .time }
    public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.appendInteger(microsecondsSinceMidnight) }
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        try cell.require(.time, for: Self.self)
        guard let value = Self(microsecondsSinceMidnight: try cell.readInteger()) else {
            throw cell.failure(Self.self, "time out of range")
        }
        self = value
    }
}

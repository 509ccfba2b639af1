public import Foundation

/// What the schedule checker knows about one centre: its name, when it opens, the days it is
/// closed (public holidays, exceptional closures) and its rule settings.
///
/// ```swift
/// let millas = CentreContext(centreID: 3, name: "Millas", openingHours: hours,
///                            closures: [CalendarDate(year: 2026, month: 12, day: 25)!])
/// millas.openIntervals(on: CalendarDate(year: 2026, month: 12, day: 8)!)   // that day's ranges as instants
/// ```
public struct CentreContext: Hashable, Sendable {
    public var centreID: Int
    public var name: String
    /// The commune the centre is in: travel between two centres of different communes (or of
    /// unknown ones) is ``RuleLimits/travelBetweenCommunes``; none within one commune.
    public var commune: String?
    public var openingHours: OpeningHours
    public var closures: Set<CalendarDate>
    public var settings: RuleSettings

    public init(
        centreID: Int, name: String, openingHours: OpeningHours, closures: Set<CalendarDate> = [],
        settings: RuleSettings = .defaults, commune: String? = nil
    ) {
        self.centreID = centreID
        self.name = name
        self.commune = commune
        self.openingHours = openingHours
        self.closures = closures
        self.settings = settings
    }

    /// The opening ranges of that day as Paris instants; empty when closed that weekday or that date.
    /// A time the clocks skip is moved to the next existing minute.
    public func openIntervals(on day: CalendarDate) -> [DateInterval] {
        guard !closures.contains(day) else { return [] }
        return openingHours.ranges(on: day.weekday).compactMap { range in
            guard let start = Self.instant(day, range.start), let end = Self.instant(day, range.end), start < end else {
                return nil
            }
            return DateInterval(start: start, end: end)
        }
    }

    /// Whether going from this centre to `other` takes travel: they are different centres, and
    /// not both known to be in the same commune.
    public func needsTravel(to other: CentreContext) -> Bool {
        guard other.centreID != centreID else { return false }
        guard let commune, let theirs = other.commune else { return true }
        return FrenchText.key(commune) != FrenchText.key(theirs)
    }

    /// Whether the centre opens at all on that day.
    public func isOpen(on day: CalendarDate) -> Bool { !openIntervals(on: day).isEmpty }

    private static func instant(_ day: CalendarDate, _ time: TimeOfDay) -> Date? {
        if let exact = ParisClock.instant(day, time) { return exact }
        var later = time.minutes + 1
        while later < 24 * 60, let next = TimeOfDay(hour: later / 60, minute: later % 60) {
            if let instant = ParisClock.instant(day, next) { return instant }
            later += 1
        }
        return ParisClock.startOfDay(day.adding(days: 1))
    }
}

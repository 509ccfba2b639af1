import Foundation

/// A week's shifts as wall-clock times on weekdays, to lay onto another week: copying a week, or
/// planning one from a template. Times stay the same on the clock, so a pattern taken in winter
/// gives 08:30–12:30 in summer too.
///
/// ```swift
/// let pattern = WeekPattern(shifts: lastWeek, of: try .parse("2026-W48"))
/// let result = pattern.apply(to: try .parse("2026-W49")) { entry, day in people.isAvailable(entry.personID, day) }
/// result.shifts    // the new week's shifts
/// result.skipped   // entries left out, with the reason
/// ```
public struct WeekPattern: Hashable, Sendable {
    /// One shift of the pattern.
    public struct Entry: Hashable, Sendable {
        public var personID: Int
        public var centreID: Int
        public var weekday: Weekday
        public var start: TimeOfDay
        /// At or before `start` when the shift ends the next day.
        public var end: TimeOfDay
        public var activity: Activity
        public var place: String?

        public init(
            personID: Int, centreID: Int, weekday: Weekday, start: TimeOfDay, end: TimeOfDay,
            activity: Activity, place: String? = nil
        ) {
            self.personID = personID
            self.centreID = centreID
            self.weekday = weekday
            self.start = start
            self.end = end
            self.activity = activity
            self.place = place
        }
    }

    /// An entry that could not be laid onto the target week, and why (in French).
    public struct Skipped: Hashable, Sendable {
        public var entry: Entry
        public var day: CalendarDate
        public var reason: String
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The pattern of `shifts`: each by its start's weekday and wall-clock times in Paris.
    public init(shifts: [Shift]) {
        entries = shifts.sorted { $0.start < $1.start }.map { shift in
            Entry(
                personID: shift.personID, centreID: shift.centreID, weekday: shift.day.weekday,
                start: shift.startTime,
                end: shift.endTime.minutes == 0 && shift.endsOnLaterDay
                    ? TimeOfDay(hour: 24, minute: 0)! : shift.endTime,
                activity: shift.activity, place: shift.place)
        }
    }

    /// The pattern laid onto `week`. `refusal` says why an entry cannot go on that day (the person
    /// is absent, no longer assigned…), or nil to keep it; a time the clocks skip is skipped too.
    public func apply(
        to week: ISOWeek, refusal: (Entry, CalendarDate) -> String? = { _, _ in nil }
    )
        -> (shifts: [Shift], skipped: [Skipped])
    {
        var shifts: [Shift] = [], skipped: [Skipped] = []
        for entry in entries {
            let day = week.monday.adding(days: entry.weekday.rawValue - 1)
            if let reason = refusal(entry, day) {
                skipped.append(Skipped(entry: entry, day: day, reason: reason))
                continue
            }
            do {
                shifts.append(
                    try Shift(
                        personID: entry.personID, centreID: entry.centreID, day: day, from: entry.start,
                        to: entry.end, activity: entry.activity, place: entry.place))
            } catch {
                skipped.append(Skipped(entry: entry, day: day, reason: error.message))
            }
        }
        return (shifts, skipped)
    }
}

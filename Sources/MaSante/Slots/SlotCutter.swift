public import Foundation

/// Cuts a centre's week into bookable slots: each practitioner's consultation and unscheduled-care
/// shifts there, at the length the centre chose for the activity, never while the practitioner
/// is elsewhere (a home or EHPAD visit, another centre, a leave, an absence, a long absence) nor
/// while the centre is closed (outside its opening hours, a closure day, a public holiday).
///
/// Shifts of one activity that follow each other make one stretch; its last `endMargin` minutes
/// take no slot. Each free part of a stretch is cut from its start; a remainder shorter than a
/// slot is left out. Times are instants, so a stretch across a clock change lasts what the
/// clock says.
///
/// ```swift
/// let slots = SlotCutter(centre: millas, settings: SlotSettings())
///     .slots(shifts: weekShifts, longAbsences: [:])
/// ```
public struct SlotCutter: Sendable {
    public var centre: CentreContext
    public var settings: SlotSettings

    public init(centre: CentreContext, settings: SlotSettings) {
        self.centre = centre
        self.settings = settings
    }

    /// The slots of `shifts` (the week's shifts of the centre's people, in every centre: those
    /// elsewhere only block), by start then practitioner.
    public func slots(shifts: [Shift], longAbsences: [Int: [LongAbsence]]) -> [BookableSlot] {
        let byPerson = Dictionary(grouping: shifts, by: \.personID)
        var slots: [BookableSlot] = []
        for (person, theirs) in byPerson {
            for stretch in stretches(of: theirs) {
                let blocking = obstacles(
                    theirs.filter { !stretch.shiftIDs.contains($0.id) }, longAbsences[person] ?? [])
                let rule = settings[stretch.activity]
                let length = TimeInterval(rule.length * 60)
                let end = stretch.interval.end.addingTimeInterval(-TimeInterval(rule.endMargin * 60))
                guard end > stretch.interval.start else { continue }
                let bookable = DateInterval(start: stretch.interval.start, end: end)
                for open in openIntervals(around: bookable) {
                    guard let part = open.intersection(with: bookable), part.duration >= length else { continue }
                    for free in Intervals.subtracting(blocking, from: part) {
                        var start = free.start
                        while start.addingTimeInterval(length) <= free.end {
                            slots.append(
                                BookableSlot(
                                    centreID: centre.centreID, personID: person, activity: stretch.activity,
                                    start: start, end: start.addingTimeInterval(length)))
                            start = start.addingTimeInterval(length)
                        }
                    }
                }
            }
        }
        return slots.sorted {
            ($0.start, $0.personID, $0.activity.rawValue) < ($1.start, $1.personID, $1.activity.rawValue)
        }
    }

    /// A person's shifts of one bookable activity in this centre that follow each other.
    struct Stretch {
        var activity: Activity
        var interval: DateInterval
        var shiftIDs: Set<UUID>
    }

    func stretches(of shifts: [Shift]) -> [Stretch] {
        var stretches: [Stretch] = []
        let bookable = shifts.filter { $0.centreID == centre.centreID && SlotRule.activities.contains($0.activity) }
        for shift in bookable.sorted(by: { $0.start < $1.start }) {
            if let last = stretches.last, last.activity == shift.activity, last.interval.end == shift.start {
                stretches[stretches.count - 1].interval = DateInterval(start: last.interval.start, end: shift.end)
                stretches[stretches.count - 1].shiftIDs.insert(shift.id)
            } else {
                stretches.append(Stretch(activity: shift.activity, interval: shift.interval, shiftIDs: [shift.id]))
            }
        }
        return stretches
    }

    /// The person's other shifts and the whole days of their long absences, merged.
    func obstacles(_ others: [Shift], _ longAbsences: [LongAbsence]) -> [DateInterval] {
        var spans = others.map(\.interval)
        for absence in longAbsences {
            let first = absence.start.startInParis
            let last = absence.end.map { $0.adding(days: 1).startInParis } ?? .distantFuture
            spans.append(DateInterval(start: first, end: max(first, last)))
        }
        return Intervals.merged(spans)
    }

    /// The centre's opening ranges on the days `span` touches.
    func openIntervals(around span: DateInterval) -> [DateInterval] {
        var day = CalendarDate(inParis: span.start)
        let last = CalendarDate(inParis: span.end)
        var open: [DateInterval] = []
        while day <= last {
            open += centre.openIntervals(on: day)
            day = day.adding(days: 1)
        }
        return Intervals.merged(open)
    }
}

public import Foundation
public import MaSante
public import MaSanteReports
public import MaSanteStore

/// A shift as an event of a calendar (.ics), the same for `planning exporter` and for the
/// subscribed calendars of the web server: titled by activity and centre in a person's
/// calendar, by person and activity in a centre's; its UID is the shift's, so that an agenda
/// updates the event instead of adding a copy.
public struct ShiftEvents: Sendable {
    /// A person's calendar (else a centre's).
    public var forPerson: Bool

    public init(forPerson: Bool) { self.forPerson = forPerson }

    /// A shift read by ``PlanningQueries`` (a draft week says so in the description).
    public func event(_ item: DescribedShift) -> CalendarEvent {
        let shift = item.shift
        return event(
            id: shift.id, start: shift.start, end: shift.end, activity: shift.activity, place: shift.place,
            personName: item.personName, centreName: item.centreName, draft: item.status == .brouillon,
            sequence: item.sequence, updatedAt: item.updatedAt, cancelled: false)
    }

    /// A shift of a subscribed calendar, cancelled when it was deleted or moved away.
    public func event(_ entry: CalendarFeed.Entry) -> CalendarEvent {
        event(
            id: entry.shiftID, start: entry.start, end: entry.end, activity: entry.activity, place: entry.place,
            personName: entry.personName, centreName: entry.centreName, draft: false,
            sequence: entry.sequence, updatedAt: entry.updatedAt, cancelled: entry.isCancelled)
    }

    private func event(
        id: UUID, start: Date, end: Date, activity: Activity, place: String?, personName: String, centreName: String,
        draft: Bool, sequence: Int, updatedAt: Date, cancelled: Bool
    ) -> CalendarEvent {
        let what = activity.label + (place.map { " — \($0)" } ?? "")
        let summary = forPerson ? "\(what) (\(centreName))" : "\(personName) — \(what)"
        var details = ["Centre de santé : \(centreName)", "Personne : \(personName)", "Activité : \(activity.label)"]
        if draft { details.append("Semaine en brouillon : peut encore changer.") }
        if cancelled { details.append("Service annulé : supprimé ou déplacé après la publication du planning.") }
        return CalendarEvent(
            uid: "\(id.uuidString.lowercased())@masante.laregion.fr", start: start, end: end,
            summary: summary, location: place ?? centreName,
            description: details.joined(separator: "\n"), categories: [activity.label],
            sequence: sequence, lastModified: updatedAt, isAbsence: activity.isAbsence, isCancelled: cancelled)
    }
}

extension CalendarShifts.Outcome {
    /// The calendar as iCalendar (`planning exporter`), named after its owner.
    public var ics: String {
        ICalendarWriter(name: "Planning — \(ownerName)").render(shifts.map(ShiftEvents(forPerson: isPersonal).event))
    }
}

extension CalendarFeed {
    /// The subscribed calendar as iCalendar, named like the one `planning exporter` writes.
    public var ics: String {
        ICalendarWriter(name: "Planning — \(ownerName)").render(entries.map(ShiftEvents(forPerson: isPersonal).event))
    }
}

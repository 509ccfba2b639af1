import Foundation

extension Shift {
    /// The same shift (same id, centre, activity and place) on another day, at other hours or
    /// for another person; what is not given stays as it was. A new start without a new end
    /// keeps the shift's length (a 4-hour morning moved to 14:00 ends at 18:00).
    ///
    /// ```swift
    /// let later = try shift.moved(toDay: wednesday, from: TimeOfDay(hour: 14, minute: 0))
    /// ```
    public func moved(
        toDay newDay: CalendarDate? = nil, from newStart: TimeOfDay? = nil, to newEnd: TimeOfDay? = nil,
        person newPerson: Int? = nil
    ) throws(FieldError) -> Shift {
        let day = newDay ?? self.day
        let person = newPerson ?? personID
        guard let startTime = newStart, newEnd == nil else {
            return try Shift(
                id: id, personID: person, centreID: centreID, day: day, from: newStart ?? self.startTime,
                to: newEnd ?? endTime, activity: activity, place: place)
        }
        guard let start = ParisClock.instant(day, startTime) else {
            throw FieldError(
                "service invalide : \(startTime) n'existe pas le \(ScheduleFrench.date(day)) (passage à l'heure d'été)")
        }
        return try Shift(
            id: id, personID: person, centreID: centreID, start: start, end: start.addingTimeInterval(duration),
            activity: activity, place: place)
    }
}

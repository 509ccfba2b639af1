import Foundation

/// What the rules read of a shift, with the index of its day in the check's `DayGrid` (the Paris
/// day it starts on). Plain values only, so sorting and copying cost no reference counting.
struct PlacedShift: Sendable {
    let id: UUID
    let personID: Int
    let centreID: Int
    let start: Date
    let end: Date
    let activity: Activity
    let day: Int

    init(_ shift: Shift, day: Int) {
        id = shift.id
        personID = shift.personID
        centreID = shift.centreID
        start = shift.start
        end = shift.end
        activity = shift.activity
        self.day = day
    }

    var interval: DateInterval { DateInterval(start: start, end: end) }
    var isWork: Bool { activity.isWork }
    var isInUnseenCentre: Bool { centreID == Shift.unseenCentreID }
}

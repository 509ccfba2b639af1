public import Foundation

/// A slot of a practitioner's published time that a booking agenda or the SAS may offer to a
/// patient: a consultation booked ahead, or same-day unscheduled care.
///
/// Its id is the same at every export of the same slot (``BookableSlot/stableID(centreID:personID:start:activity:)``),
/// so a booking agenda that receives it again updates it instead of adding a copy.
public struct BookableSlot: Hashable, Sendable {
    /// Whether the slot can still be booked.
    public enum Status: String, Sendable {
        /// Offered.
        case free
        /// Exported earlier, gone from the week since (changed after publication): no longer offered.
        case withdrawn
    }

    public var id: UUID
    public var centreID: Int
    public var personID: Int
    public var activity: Activity
    public var start: Date
    public var end: Date
    public var status: Status

    public init(
        centreID: Int, personID: Int, activity: Activity, start: Date, end: Date, status: Status = .free
    ) {
        self.id = Self.stableID(centreID: centreID, personID: personID, start: start, activity: activity)
        self.centreID = centreID
        self.personID = personID
        self.activity = activity
        self.start = start
        self.end = end
        self.status = status
    }

    /// The namespace of slot ids (a fixed random UUID).
    static let namespace = UUID(uuidString: "3f1c2d0e-8b7a-4e55-9c61-5a2f7d9e4b10")!

    /// A name-based UUID (version 5) of the centre, the practitioner, the start instant and the activity.
    public static func stableID(centreID: Int, personID: Int, start: Date, activity: Activity) -> UUID {
        let seconds = Int64(start.timeIntervalSince1970.rounded(.down))
        return UUID(version5: namespace, name: "slot|\(centreID)|\(personID)|\(seconds)|\(activity.rawValue)")
    }

    /// The span of the slot.
    public var interval: DateInterval { DateInterval(start: start, end: end) }
}

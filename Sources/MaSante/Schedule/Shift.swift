public import Foundation

/// One person's planned time in one centre: from an instant to another, doing one activity.
///
/// Start and end are instants, so a shift crossing midnight or a daylight-saving change simply
/// lasts what the clock says: 22:00 → 06:00 on the night of 24 to 25 October 2026 lasts 9 h.
/// A shift lasts more than 0 minutes and at most 24 hours.
///
/// ```swift
/// let day = CalendarDate(year: 2026, month: 12, day: 8)!
/// let shift = try Shift(personID: 7, centreID: 2, day: day,
///                       from: try .parse("08:30"), to: try .parse("12:30"), activity: .consultation)
/// shift.duration   // 14 400 s
/// ```
public struct Shift: Hashable, Sendable, Identifiable, Codable {
    public var id: UUID
    public var personID: Int
    /// The centre whose planning holds the shift (visits are organised by a centre too).
    public var centreID: Int
    public var start: Date
    public var end: Date
    public var activity: Activity
    /// Where a visit takes place: the EHPAD's name, a village. Nil for work at the centre.
    public var place: String?

    /// The centre of a shift the reader may not see in full: a centre manager learns only when
    /// their staff are busy in other centres and whether it is work (`administratif`) or not
    /// (`conge`), never where or doing what.
    public static let unseenCentreID = 0

    /// Whether this shift is one of those, known only by its times.
    public var isInUnseenCentre: Bool { centreID == Self.unseenCentreID }

    /// The longest shift accepted.
    public static let maximumDuration: TimeInterval = 24 * 3600

    /// Refuses an end that is not after the start, a shift over 24 h and an EHPAD visit with no EHPAD.
    public init(
        id: UUID = UUID(), personID: Int, centreID: Int, start: Date, end: Date,
        activity: Activity, place: String? = nil
    ) throws(FieldError) {
        if end < start {
            throw FieldError(
                "service invalide : la fin (\(ScheduleFrench.moment(end))) précède le début (\(ScheduleFrench.moment(start)))"
            )
        }
        if end == start { throw FieldError("service invalide : un service ne peut pas durer 0 minute") }
        let duration = end.timeIntervalSince(start)
        if duration > Self.maximumDuration {
            throw FieldError("service invalide : \(ScheduleFrench.duration(duration)), plus de 24 h")
        }
        let trimmed = place?.trimmedSpaces
        let named = trimmed?.isEmpty == false ? trimmed : nil
        if activity == .visiteEHPAD && named == nil {
            throw FieldError("service invalide : une visite en EHPAD doit nommer l'EHPAD (lieu)")
        }
        self.id = id
        self.personID = personID
        self.centreID = centreID
        self.start = start
        self.end = end
        self.activity = activity
        self.place = named
    }

    /// A shift planned as a day and two wall-clock times in Paris, as managers write it.
    ///
    /// An end at or before the start is on the next day (22:00 → 06:00); `24:00` ends at midnight.
    /// Equal times, a start at `24:00` and a time the clocks skip (02:30 on the last Sunday of March)
    /// are refused. A time the clocks show twice (02:30 on the last Sunday of October) is the first one.
    public init(
        id: UUID = UUID(), personID: Int, centreID: Int, day: CalendarDate, from startTime: TimeOfDay,
        to endTime: TimeOfDay, activity: Activity, place: String? = nil
    ) throws(FieldError) {
        if startTime == endTime {
            throw FieldError("service invalide : un service ne peut pas durer 0 minute (début et fin à \(startTime))")
        }
        if startTime.minutes == 24 * 60 {
            throw FieldError("service invalide : un service ne commence pas à 24:00, écrire 00:00 le lendemain")
        }
        let endDay = endTime < startTime ? day.adding(days: 1) : day
        guard let start = ParisClock.instant(day, startTime) else {
            throw FieldError(
                "service invalide : \(startTime) n'existe pas le \(ScheduleFrench.date(day)) (passage à l'heure d'été)")
        }
        guard let end = ParisClock.instant(endDay, endTime) else {
            throw FieldError(
                "service invalide : \(endTime) n'existe pas le \(ScheduleFrench.date(endDay)) (passage à l'heure d'été)"
            )
        }
        try self.init(
            id: id, personID: personID, centreID: centreID, start: start, end: end, activity: activity, place: place)
    }

    private enum CodingKeys: String, CodingKey { case id, personID, centreID, start, end, activity, place }

    /// Decodes with the same checks as `init(id:personID:centreID:start:end:activity:place:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(UUID.self, forKey: .id)
        let personID = try container.decode(Int.self, forKey: .personID),
            centreID = try container.decode(Int.self, forKey: .centreID)
        let start = try container.decode(Date.self, forKey: .start), end = try container.decode(Date.self, forKey: .end)
        let activity = try container.decode(Activity.self, forKey: .activity)
        let place = try container.decodeIfPresent(String.self, forKey: .place)
        do {
            try self.init(
                id: id, personID: personID, centreID: centreID, start: start, end: end, activity: activity, place: place
            )
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    /// Length in seconds, as the clock runs (a daylight-saving change included).
    public var duration: TimeInterval { end.timeIntervalSince(start) }

    /// The span of the shift.
    public var interval: DateInterval { DateInterval(start: start, end: end) }

    /// The Paris calendar day the shift starts on: the day it counts toward for daily rules.
    public var day: CalendarDate { ParisClock.day(of: start) }
}

extension Shift {
    /// The wall-clock time the shift starts at in Paris.
    public var startTime: TimeOfDay { ParisClock.time(of: start) }

    /// The wall-clock time the shift ends at in Paris; `00:00` for a shift ending at midnight.
    public var endTime: TimeOfDay { ParisClock.time(of: end) }

    /// Whether the shift ends on a later Paris day than it starts (a night shift, or one ending at midnight).
    public var endsOnLaterDay: Bool { ParisClock.day(of: end) > day }
}

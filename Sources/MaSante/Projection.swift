import Foundation

/// Where the hiring pace leads: the recent monthly pace, when the goal is reached at that
/// pace, and the pace needed to reach it by the deadline.
public struct Projection: Sendable, Equatable, Codable {
    /// Hires per month over the 12 months ending on the report's date.
    public var monthlyPace: Double
    /// The day the goal is reached at ``monthlyPace`` (the report's date when already reached;
    /// nil when nobody was hired in 12 months).
    public var goalDate: CalendarDate?
    /// Hires per month needed from the report's date to reach the goal by the deadline
    /// (0 when reached; nil when the deadline has passed with the goal unmet).
    public var requiredPace: Double?

    public init(monthlyPace: Double, goalDate: CalendarDate?, requiredPace: Double?) {
        self.monthlyPace = monthlyPace
        self.goalDate = goalDate
        self.requiredPace = requiredPace
    }

    /// Average days in a Gregorian month (365.2425 / 12), to turn months into days.
    public static let daysPerMonth = 30.436875

    /// Computes the projection from the counts of a report.
    public static func compute(
        hired: Int, hiredInLast12Months: Int, goal: Int, asOf: CalendarDate, deadline: CalendarDate
    ) -> Projection {
        let pace = Double(hiredInLast12Months) / 12
        let remaining = max(0, goal - hired)
        guard remaining > 0 else { return Projection(monthlyPace: pace, goalDate: asOf, requiredPace: 0) }
        let goalDate = pace > 0 ? asOf.adding(days: Int((Double(remaining) / pace * daysPerMonth).rounded(.up))) : nil
        let monthsLeft = Double(asOf.days(until: deadline)) / daysPerMonth
        let required = monthsLeft > 0 ? Double(remaining) / monthsLeft : nil
        return Projection(monthlyPace: pace, goalDate: goalDate, requiredPace: required)
    }

    enum CodingKeys: String, CodingKey {
        case monthlyPace = "rythme_mensuel", goalDate = "date_objectif", requiredPace = "rythme_necessaire"
    }

    /// Writes `null` for a date or pace that does not exist, rather than leaving the key out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(monthlyPace, forKey: .monthlyPace)
        try container.encode(goalDate, forKey: .goalDate)
        try container.encode(requiredPace, forKey: .requiredPace)
    }
}

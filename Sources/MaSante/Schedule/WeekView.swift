public import Foundation

/// Where a centre's week stands: a draft being planned, or published to the team and locked.
public enum WeekStatus: String, CaseIterable, Sendable, Codable {
    case brouillon = "brouillon"
    case publiee = "publiee"

    /// The French label users read.
    public var label: String {
        switch self {
        case .brouillon: "Brouillon"
        case .publiee: "Publiée"
        }
    }
}

/// One centre's week as managers read it: a row per person, their shifts there day by day,
/// and the checker's findings. What `planning semaine` prints in every format.
///
/// ```swift
/// let view = WeekView(centreID: 2, centreName: "Millas", week: try .parse("2026-W49"), status: .brouillon,
///                     version: 3, openingHours: hours, rows: rows, findings: findings)
/// view.rows.first?.shifts(on: view.week.monday)   // that person's shifts on Monday, in this centre
/// ```
public struct WeekView: Sendable {
    public var centreID: Int
    public var centreName: String
    public var week: ISOWeek
    public var status: WeekStatus
    /// Grows by one at every change of the week's shifts or status.
    public var version: Int
    public var openingHours: OpeningHours
    /// People assigned to the centre that week or planned in it, by name.
    public var rows: [WeekViewRow]
    public var findings: [Finding]

    public init(
        centreID: Int, centreName: String, week: ISOWeek, status: WeekStatus, version: Int,
        openingHours: OpeningHours, rows: [WeekViewRow], findings: [Finding]
    ) {
        self.centreID = centreID
        self.centreName = centreName
        self.week = week
        self.status = status
        self.version = version
        self.openingHours = openingHours
        self.rows = rows
        self.findings = findings
    }

    /// Whether a blocking finding stands, so the week cannot be published.
    public var hasBlockingFinding: Bool { findings.contains { $0.severity == .bloquant } }
}

/// One person's line in a `WeekView`.
public struct WeekViewRow: Sendable {
    public var personID: Int
    /// `Marie DURAND`.
    public var name: String
    /// How the planning CSV names the person: the RPPS, else `NOM Prénom`.
    public var reference: String
    public var profession: Profession
    /// The weekly hours of the contract in force that week; nil without a contract.
    public var contractHours: Double?
    /// The person's shifts in this centre that week, in order.
    public var shifts: [Shift]
    /// Work planned for them in other centres that week, in seconds.
    public var hoursElsewhere: TimeInterval
    /// Their week's hours in every centre, as the contract rule counts them.
    public var hours: WeekHours

    public init(
        personID: Int, name: String, reference: String, profession: Profession, contractHours: Double?,
        shifts: [Shift], hoursElsewhere: TimeInterval = 0, hours: WeekHours? = nil
    ) {
        self.personID = personID
        self.name = name
        self.reference = reference
        self.profession = profession
        self.contractHours = contractHours
        self.shifts = shifts.sorted { $0.start < $1.start }
        self.hoursElsewhere = hoursElsewhere
        let here = shifts.filter(\.activity.isWork).reduce(0) { $0 + $1.duration }
        let leave = shifts.filter(\.activity.isAbsence).reduce(0) { $0 + $1.duration }
        self.hours =
            hours ?? WeekHours(worked: here + hoursElsewhere, absence: leave, contract: contractHours.map { $0 * 3600 })
    }

    /// The shifts starting on that Paris day.
    public func shifts(on day: CalendarDate) -> [Shift] { shifts.filter { $0.day == day } }

    /// Work planned in this centre that week (absences excluded), in seconds.
    public var workHere: TimeInterval { shifts.filter(\.activity.isWork).reduce(0) { $0 + $1.duration } }
}

import Foundation

/// The rules about one person's time, across every centre they work in. Each rule lives in its
/// own file as an extension; this holds what they share.
struct PersonCheck {
    let context: CheckContext
    let personID: Int
    let person: PersonContext?
    /// The person's shifts from a week before the checked week on, sorted by start: all that rest,
    /// break and overlap rules need (a longer gap before them changes none of their results).
    let shifts: [PlacedShift]
    /// Every known shift of the person, for the 12-week average.
    let allShifts: [PlacedShift]
    /// The checked week's shifts.
    let weekShifts: [PlacedShift]
    /// Work shifts (absences left out) by the index of the day they start on.
    let workByDay: [Int: [PlacedShift]]
    let settings: RuleSettings
    let name: String

    init(context: CheckContext, personID: Int, shifts: [PlacedShift]) {
        self.context = context
        self.personID = personID
        allShifts = shifts
        let firstDay = context.weekDays.lowerBound - 7
        self.shifts = shifts.filter { $0.day >= firstDay }
        weekShifts = shifts.filter(context.isInWeek)
        person = context.people[personID]
        name = context.personName(personID)
        workByDay = Dictionary(grouping: self.shifts.filter(\.isWork), by: \.day)
        var centreIDs = Set(weekShifts.map(\.centreID))
        if centreIDs.isEmpty { centreIDs = Set(person?.assignments.map(\.centreID) ?? []) }
        let known = centreIDs.sorted().map { context.centres[$0]?.settings ?? context.defaults }
        settings = known.isEmpty ? context.defaults : RuleSettings.strictest(known)
    }

    var limits: RuleLimits { settings.limits }

    func findings() -> [Finding] {
        dailyLimits() + breaks() + partTimeInterruptions() + weeklyLimits() + dailyRests() + weeklyRest()
            + contractHours() + contractAndAssignmentDates() + overlaps()
    }

    /// A finding about this person when `rule` is on; its centre is set when all `shifts` share one.
    func report(_ rule: RuleID, _ interval: DateInterval, _ text: String, shifts: [PlacedShift]) -> Finding? {
        let setting = settings[rule]
        guard setting.isEnabled else { return nil }
        let centreIDs = Set(shifts.map(\.centreID))
        return Finding(rule: rule, severity: setting.severity, personIDs: [personID],
                       centreID: centreIDs.count == 1 ? centreIDs.first : nil, interval: interval,
                       message: ScheduleFrench.sentence(name, text, rule))
    }

    /// First start to last end of some shifts.
    static func span(_ shifts: [PlacedShift]) -> DateInterval {
        let start = shifts.map(\.start).min() ?? .distantPast
        return DateInterval(start: start, end: max(start, shifts.map(\.end).max() ?? start))
    }

    /// Time actually worked by some shifts, overlaps counted once.
    static func worked(_ shifts: [PlacedShift]) -> TimeInterval {
        Intervals.total(Intervals.merged(shifts.map(\.interval)))
    }
}

extension CheckContext {
    /// A person's name for messages, their number when unknown.
    func personName(_ id: Int) -> String { people[id]?.name ?? "personne n° \(id)" }
}

import Foundation

/// The rules about one person's time, across every centre they work in. Each rule lives in its
/// own file as an extension; this holds what they share. A class, so that the rules' local
/// functions share it rather than copy its arrays.
final class PersonCheck {
    let context: CheckContext
    let personID: Int
    let person: PersonContext?
    /// The person's shifts from a week before the checked week on, sorted by start: all that rest,
    /// break and overlap rules need (a longer gap before them changes none of their results).
    let shifts: ArraySlice<PlacedShift>
    /// Every known shift of the person in the check's window, for the 12-week average.
    let allShifts: ArraySlice<PlacedShift>
    /// The checked week's shifts.
    let weekShifts: ArraySlice<PlacedShift>
    /// The work shifts (absences left out) among `shifts`.
    let work: [PlacedShift]
    /// The checked week's work shifts.
    let weekWork: ArraySlice<PlacedShift>
    /// Work shifts in runs of one day each (the day they start on), in order of days.
    let workDays: [ArraySlice<PlacedShift>]
    let settings: RuleSettings
    /// `settings.limits`, read often enough that copying it out of the settings each time showed.
    let limits: RuleLimits
    let name: String

    init(context: CheckContext, personID: Int, shifts: ArraySlice<PlacedShift>) {
        self.context = context
        self.personID = personID
        allShifts = shifts
        // Sorted by start, hence by day: each part below is a run of the one before.
        let week = context.weekDays
        self.shifts = shifts[CheckContext.first(in: shifts, fromDay: week.lowerBound - 7)...]
        weekShifts = CheckContext.slice(self.shifts, days: week)
        person = context.people[personID]
        name = person?.name ?? context.personName(personID)
        work = self.shifts.filter(\.isWork)
        var days: [ArraySlice<PlacedShift>] = []
        var start = work.startIndex
        while start < work.endIndex {
            let day = work[start].day
            let end = work[start...].firstIndex { $0.day != day } ?? work.endIndex
            days.append(work[start..<end])
            start = end
        }
        workDays = days
        weekWork = CheckContext.slice(work[...], days: week)
        // One centre (the usual case) needs no merging.
        if let only = weekShifts.first?.centreID, weekShifts.allSatisfy({ $0.centreID == only }) {
            settings = context.centres[only]?.settings ?? context.defaults
        } else {
            var centreIDs = Set(weekShifts.map(\.centreID))
            if centreIDs.isEmpty { centreIDs = Set(person?.assignments.map(\.centreID) ?? []) }
            let known = centreIDs.sorted().map { context.centres[$0]?.settings ?? context.defaults }
            settings = known.isEmpty ? context.defaults : RuleSettings.strictest(known)
        }
        limits = settings.limits
    }

    /// The work shifts starting on day `index` of the grid, nil when none.
    func work(onDay index: Int) -> ArraySlice<PlacedShift>? {
        workDays.first { $0.first?.day == index }
    }

    func findings() -> [Finding] {
        dailyLimits() + breaks() + partTimeInterruptions() + weeklyLimits() + dailyRests() + weeklyRest()
            + contractHours() + centreShares() + contractAndAssignmentDates() + overlaps()
    }

    /// A finding about this person when `rule` is on; its centre is set when all `shifts` share one.
    func report(
        _ rule: RuleID, _ interval: DateInterval, _ text: String, shifts: some Collection<PlacedShift>
    ) -> Finding? {
        let setting = settings[rule]
        guard setting.isEnabled else { return nil }
        let centreIDs = Set(shifts.map(\.centreID))
        return Finding(
            rule: rule, severity: setting.severity, personIDs: [personID],
            centreID: centreIDs.count == 1 ? centreIDs.first : nil, interval: interval,
            message: ScheduleFrench.sentence(name, text, rule))
    }

    /// First start to last end of some shifts.
    static func span(_ shifts: some Collection<PlacedShift>) -> DateInterval {
        guard let first = shifts.first else { return DateInterval(start: .distantPast, end: .distantPast) }
        var start = first.start, end = first.end
        for shift in shifts {
            start = min(start, shift.start)
            end = max(end, shift.end)
        }
        return DateInterval(start: start, end: max(start, end))
    }

    /// Time actually worked by some shifts, overlaps counted once: one pass over shifts sorted by
    /// start (as the check keeps them), a merge of their spans otherwise.
    static func worked(_ shifts: some Collection<PlacedShift>) -> TimeInterval {
        var total: TimeInterval = 0
        var run: (start: Date, end: Date)?
        for shift in shifts {
            guard let current = run else {
                run = (shift.start, shift.end)
                continue
            }
            if shift.start < current.start { return Intervals.total(Intervals.merged(shifts.map(\.interval))) }
            if shift.start <= current.end {
                run = (current.start, max(current.end, shift.end))
            } else {
                total += current.end.timeIntervalSince(current.start)
                run = (shift.start, shift.end)
            }
        }
        if let current = run { total += current.end.timeIntervalSince(current.start) }
        return total
    }
}

extension CheckContext {
    /// A person's name for messages, their number when unknown.
    func personName(_ id: Int) -> String { people[id]?.name ?? "personne n° \(id)" }
}

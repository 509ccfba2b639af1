/// Checks a week of shifts against every rule and returns the findings, chronologically.
///
/// People are checked across all their centres: their working time adds up wherever they work,
/// and two of their shifts that overlap are a blocking finding even in two centres. History
/// (earlier weeks, and the next week if known) is read for the 12-week average, the rest
/// between Sunday and Monday and a weekly rest spanning the week's boundary; findings are only
/// reported about the checked week.
///
/// **Days.** Daily rules (10 h, 12 h span, part-time interruptions, working days, daily rest
/// between two working days) cut days on the Paris calendar: a shift belongs to the day it starts
/// on, whole, even when it ends after midnight. A week holds the shifts starting Monday to Sunday.
/// Work is every activity but absences (congé, maladie); formation is work.
///
/// **Settings.** Person rules use `RuleSettings.strictest` of the centres where the person is
/// planned that week (their assigned centres, or `defaults`, when planned nowhere); centre rules
/// use the centre's own settings. Shifts of people or centres not given are checked for working
/// time but not for contracts, assignments or coverage.
///
/// ```swift
/// let findings = ScheduleChecker.check(week: try .parse("2026-W49"), shifts: shifts,
///                                      history: earlierWeeks, people: people, centres: centres)
/// findings.contains { $0.severity == .bloquant }   // publishing is refused
/// ```
public enum ScheduleChecker: Sendable {
    public static func check(week: ISOWeek, shifts: [Shift], history: [Shift] = [], people: [PersonContext],
                             centres: [CentreContext], defaults: RuleSettings = .defaults) -> [Finding] {
        let context = CheckContext(week: week, shifts: shifts, history: history, people: people, centres: centres, defaults: defaults)
        var findings: [Finding] = []
        var checkedPeople = Set<Int>()
        for (personID, personShifts) in context.shiftsByPerson where personShifts.contains(where: context.isInWeek) {
            checkedPeople.insert(personID)
            findings += PersonCheck(context: context, personID: personID, shifts: personShifts).findings()
        }
        for person in people where checkedPeople.insert(person.personID).inserted {
            findings += PersonCheck(context: context, personID: person.personID, shifts: context.shiftsByPerson[person.personID] ?? []).findings()
        }
        for centre in centres {
            findings += CentreCheck(context: context, centre: centre).findings()
        }
        return findings.sorted(by: Finding.ordered)
    }
}

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
    public static func check(
        week: ISOWeek, shifts: [Shift], history: [Shift] = [], people: [PersonContext],
        centres: [CentreContext], defaults: RuleSettings = .defaults
    ) -> [Finding] {
        let index = CheckIndex(
            from: week, through: week, shifts: [shifts, history], people: people, centres: centres, defaults: defaults)
        return findings(CheckContext(index: index, week: week), people: people, centres: centres)
    }

    /// Checks every week from `weeks.lowerBound` through `weeks.upperBound`, each as
    /// `check(week:shifts:history:…)` would with all `shifts` given as its shifts and history,
    /// in order. The shifts are sorted and indexed once for all the weeks, so that checking a year
    /// costs about what checking its weeks' own shifts does, not twelve times more.
    ///
    /// ```swift
    /// let year = ScheduleChecker.check(weeks: try .parse("2026-W01")...(try .parse("2026-W53")),
    ///                                  shifts: shifts, people: people, centres: centres)
    /// year.first?.findings   // those of 2026-W01
    /// ```
    public static func check(
        weeks: ClosedRange<ISOWeek>, shifts: [Shift], people: [PersonContext],
        centres: [CentreContext], defaults: RuleSettings = .defaults
    ) -> [(week: ISOWeek, findings: [Finding])] {
        let index = CheckIndex(
            from: weeks.lowerBound, through: weeks.upperBound, shifts: [shifts], people: people,
            centres: centres, defaults: defaults)
        var result: [(week: ISOWeek, findings: [Finding])] = []
        var week = weeks.lowerBound
        while week <= weeks.upperBound {
            result.append((week, findings(CheckContext(index: index, week: week), people: people, centres: centres)))
            week = week.next
        }
        return result
    }

    /// Every rule on one week, findings in chronological order.
    static func findings(_ context: CheckContext, people: [PersonContext], centres: [CentreContext]) -> [Finding] {
        var findings: [Finding] = []
        var checkedPeople = Set<Int>()
        for personID in context.index.shiftsByPerson.keys {
            let personShifts = context.shifts(of: personID)
            guard personShifts.contains(where: context.isInWeek) else { continue }
            checkedPeople.insert(personID)
            findings += PersonCheck(context: context, personID: personID, shifts: personShifts).findings()
        }
        for person in people where checkedPeople.insert(person.personID).inserted {
            findings += PersonCheck(
                context: context, personID: person.personID, shifts: context.shifts(of: person.personID)
            ).findings()
        }
        for centre in centres {
            findings += CentreCheck(context: context, centre: centre).findings()
        }
        // Sorting places rather than findings: a finding is large to move, a place is not.
        return findings.indices.sorted { Finding.ordered(findings[$0], findings[$1]) }.map { findings[$0] }
    }
}

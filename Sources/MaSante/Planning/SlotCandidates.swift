public import Foundation

/// A slot a manager wants filled: one centre, one span of time, one activity — nobody yet.
///
/// ```swift
/// let slot = try CandidateSlot(centreID: 1, day: CalendarDate(year: 2026, month: 12, day: 2)!,
///                              from: try .parse("14:00"), to: try .parse("18:00"), activity: .visiteDomicile)
/// slot.shift(for: 7)   // the shift person 7 would work
/// ```
public struct CandidateSlot: Hashable, Sendable {
    public var centreID: Int
    public var start: Date
    public var end: Date
    public var activity: Activity
    /// The EHPAD of a visite en EHPAD, or the place of a visit; nil for work at the centre.
    public var place: String?

    /// A slot written as managers write shifts: a day and two wall-clock times in Paris, with the
    /// very checks of ``Shift/init(id:personID:centreID:day:from:to:activity:place:)`` (an end
    /// before the start is on the next day; an EHPAD visit names its EHPAD).
    public init(
        centreID: Int, day: CalendarDate, from start: TimeOfDay, to end: TimeOfDay,
        activity: Activity, place: String? = nil
    ) throws(FieldError) {
        let shift = try Shift(
            personID: 0, centreID: centreID, day: day, from: start, to: end, activity: activity, place: place)
        self.centreID = centreID
        self.start = shift.start
        self.end = shift.end
        self.activity = activity
        self.place = shift.place
    }

    /// The shift `personID` would work if given the slot.
    public func shift(for personID: Int) -> Shift {
        // The slot was validated as a shift when it was made: building it again cannot fail.
        (try? Shift(personID: personID, centreID: centreID, start: start, end: end, activity: activity, place: place))!
    }

    /// The Paris day the slot starts on, the one its assignment and contract are read on.
    public var day: CalendarDate { ParisClock.day(of: start) }

    /// The ISO week holding the slot (the week of the day it starts on).
    public var week: ISOWeek { ISOWeek(containing: day) }

    public var duration: TimeInterval { end.timeIntervalSince(start) }

    public var interval: DateInterval { DateInterval(start: start, end: end) }
}

/// What one person would make of a slot: whether they may take it, why, and their week's hours.
public struct SlotCandidate: Hashable, Sendable {
    /// Whether the slot may be given: with no new finding, with new warnings only, or not at all.
    public enum Verdict: String, Hashable, Sendable {
        case possible
        case possibleWithWarnings
        case impossible

        /// `possible`, `possible avec avertissement`, `impossible`.
        public var label: String {
            switch self {
            case .possible: "possible"
            case .possibleWithWarnings: "possible avec avertissement"
            case .impossible: "impossible"
            }
        }
    }

    /// 1 for the best candidate.
    public var rank: Int
    public var person: PersonContext
    public var verdict: Verdict
    /// In French, without the person's name: for an impossible candidate, each new blocking
    /// finding and each shift the slot would overlap (`déjà planifié·e de 14:00 à 17:00 …`); for a
    /// possible one, each new warning. Empty when the slot brings nothing new.
    public var reasons: [String]
    /// The findings the slot would add to the week (the checker's own, overlaps included).
    public var newFindings: [Finding]
    /// The person's ``WeekHours/counted`` in the week (work in every centre plus leave and sick
    /// leave, as the contract rule counts them), without and with the slot.
    public var hoursBefore: TimeInterval
    public var hoursAfter: TimeInterval
    /// The contract's hours for the week (``WeekHours/contract``, in hours), if any.
    public var contractHours: Double?

    /// Not impossible.
    public var isPossible: Bool { verdict != .impossible }

    /// The new warnings among ``newFindings``.
    public var newWarnings: Int { newFindings.filter { $0.severity == .avertissement }.count }

    /// `possible`, `possible avec avertissement : …`, `impossible : …`, reasons joined by « ; ».
    public var advice: String {
        reasons.isEmpty ? verdict.label : "\(verdict.label) : \(reasons.joined(separator: " ; "))"
    }
}

/// Who could take a slot, ranked, and why: each candidate's shift is added to the week in memory
/// and the ``ScheduleChecker`` runs with and without it.
///
/// **Candidates.** Of the people named, only those who exist in `people`, whose profession may do
/// the activity (``Profession/mayDo(_:)``) and who are assigned to the slot's centre on its day are
/// considered; the others are left out of the result.
///
/// **New findings.** A finding with the slot is new when the week without it had none of the same
/// rule, severity, people, centre and interval — and, for a blocking one, the same sentence (a
/// breach made worse, 50 h becoming 54 h, is new: a published week would refuse it). The
/// candidate's contract-hours warning is new whenever it reports overtime, since the slot adds to it;
/// being short of the contract by less is no warning. A shift of the person the slot would overlap makes it impossible whatever
/// the settings, said as `déjà planifié·e de 14:00 à 17:00 (consultation, Centre de santé de Thuir)`.
///
/// **Order.** Possible before impossible. Among the possible: fewer new warnings first; then
/// whoever the slot leaves closest below their contract's weekly hours (short of it, so the slot
/// fills their week), then those without a contract that day, then those it takes over their
/// contract, least over first; then by name. The impossible come last, fewest reasons first, then
/// by name.
///
/// ```swift
/// let ranked = SlotCandidates.rank(slot: slot, shifts: weekShifts, history: history,
///                                  people: people, centres: centres, candidates: [1, 2, 3])
/// ranked.first?.advice   // "possible"
/// ranked.last?.advice    // "impossible : déjà planifié·e de 14:00 à 17:00 (consultation, Millas)"
/// ```
public enum SlotCandidates {
    /// Ranks `candidates` (person IDs) for `slot`. `shifts` are the week's shifts (every centre,
    /// those of the week holding the slot), `history` the weeks around it; `people` and `centres`
    /// the contexts the checker needs, as for ``ScheduleChecker/check(week:shifts:history:people:centres:defaults:)``.
    public static func rank(
        slot: CandidateSlot, shifts: [Shift], history: [Shift] = [], people: [PersonContext],
        centres: [CentreContext], candidates: [Int], defaults: RuleSettings = .defaults
    ) -> [SlotCandidate] {
        let week = slot.week
        let byID = Dictionary(people.map { ($0.personID, $0) }, uniquingKeysWith: { first, _ in first })
        let centreNames = Dictionary(centres.map { ($0.centreID, $0.name) }, uniquingKeysWith: { first, _ in first })
        let baseline = ScheduleChecker.check(
            week: week, shifts: shifts, history: history, people: people,
            centres: centres, defaults: defaults)
        var seen = Set<Int>()
        let evaluated = candidates.compactMap { id -> SlotCandidate? in
            guard seen.insert(id).inserted, let person = byID[id], person.profession.mayDo(slot.activity),
                person.isAvailable(in: slot.centreID, on: slot.day)
            else { return nil }
            let shift = slot.shift(for: id)
            let after = ScheduleChecker.check(
                week: week, shifts: shifts + [shift], history: history, people: people,
                centres: centres, defaults: defaults)
            let added = after.filter { isNew($0, comparedWith: baseline, candidate: id) }
            let overlapped = (shifts + history).filter {
                $0.personID == id && $0.interval.intersection(with: shift.interval).map { $0.duration > 0 } == true
            }
            .sorted { $0.start < $1.start }
            let blocking = added.filter { $0.severity == .bloquant }
            let warnings = added.filter { $0.severity == .avertissement }
            let verdict: SlotCandidate.Verdict =
                !blocking.isEmpty || !overlapped.isEmpty
                ? .impossible
                : warnings.isEmpty ? .possible : .possibleWithWarnings
            let reasons: [String]
            if verdict == .impossible {
                reasons =
                    overlapped.map { alreadyPlanned($0, slotDay: slot.day, centreNames: centreNames) }
                    + blocking.filter { $0.rule != .overlap }.map { withoutName($0.message, person) }
            } else {
                reasons = warnings.map { withoutName($0.message, person) }
            }
            let hoursBefore = WeekHours(shifts: shifts, person: person, week: week)
            let hoursAfter = WeekHours(shifts: shifts + [shift], person: person, week: week)
            return SlotCandidate(
                rank: 0, person: person, verdict: verdict, reasons: reasons, newFindings: added,
                hoursBefore: hoursBefore.counted, hoursAfter: hoursAfter.counted,
                contractHours: hoursBefore.contract.map { $0 / 3600 })
        }
        return evaluated.sorted(by: ranksBefore).enumerated().map { index, candidate in
            var ranked = candidate
            ranked.rank = index + 1
            return ranked
        }
    }

    /// Whether `finding` (with the slot) was absent from the week without it; see the type's notes.
    static func isNew(_ finding: Finding, comparedWith baseline: [Finding], candidate: Int) -> Bool {
        let people = Set(finding.personIDs)
        let same = baseline.filter {
            $0.rule == finding.rule && $0.severity == finding.severity && Set($0.personIDs) == people
                && $0.centreID == finding.centreID && $0.interval == finding.interval
        }
        if finding.severity == .bloquant { return !same.contains { $0.message == finding.message } }
        if finding.rule == .contractHours && finding.personIDs.contains(candidate) { return isOvertime(finding) }
        return same.isEmpty
    }

    /// A contract-hours finding about hours over the contract rather than under it.
    private static func isOvertime(_ finding: Finding) -> Bool { finding.message.hasSuffix("(heures supplémentaires)") }

    /// `déjà planifié·e de 14:00 à 17:00 (consultation, Centre de santé de Thuir)`; a shift starting
    /// on another day than the slot is given with its dates.
    static func alreadyPlanned(_ shift: Shift, slotDay: CalendarDate, centreNames: [Int: String]) -> String {
        let when =
            shift.day == slotDay && !shift.endsOnLaterDay
            ? "de \(ScheduleFrench.time(shift.start)) à \(ScheduleFrench.time(shift.end))"
            : ScheduleFrench.period(shift.interval)
        let centre = centreNames[shift.centreID] ?? "centre n°\(shift.centreID)"
        return "déjà planifié·e \(when) (\(shift.activity.noun), \(centre))"
    }

    /// The checker's sentence without its `Marie DURAND : ` subject, already shown in its row.
    static func withoutName(_ message: String, _ person: PersonContext) -> String {
        let prefix = "\(person.name) : "
        return message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
    }

    /// The ranking order: see the type's notes.
    static func ranksBefore(_ lhs: SlotCandidate, _ rhs: SlotCandidate) -> Bool {
        if lhs.isPossible != rhs.isPossible { return lhs.isPossible }
        if lhs.isPossible {
            if lhs.newWarnings != rhs.newWarnings { return lhs.newWarnings < rhs.newWarnings }
            let left = hoursKey(lhs), right = hoursKey(rhs)
            if left != right { return left < right }
        } else if lhs.reasons.count != rhs.reasons.count {
            return lhs.reasons.count < rhs.reasons.count
        }
        let left = FrenchText.key(lhs.person.name), right = FrenchText.key(rhs.person.name)
        if left != right { return left < right }
        return lhs.person.personID < rhs.person.personID
    }

    /// (0, hours left below the contract), (1, 0) without a contract, (2, hours over it).
    private static func hoursKey(_ candidate: SlotCandidate) -> (Int, TimeInterval) {
        guard let contract = candidate.contractHours else { return (1, 0) }
        let left = contract * 3600 - candidate.hoursAfter
        return left >= 0 ? (0, left) : (2, -left)
    }
}

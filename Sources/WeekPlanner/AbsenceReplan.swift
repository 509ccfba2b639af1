public import MaSante

/// An absence to re-plan in one centre's week: the absent person's work there on the absence's
/// days becomes an absence of the chosen kind (same hours), and the planning request is narrowed
/// to what that work covered.
///
/// - **Recorded**: each work shift of the person in the centre on those days is replaced by a
///   shift of `kind` (`conge`, `maladie` or `formation`) with the same hours.
/// - **Re-planned**: the request's needs become exactly the blocks those shifts held (day, hours,
///   activity, place, profession), each asking for as many people as were there with the absent
///   person: no other day, no other need, and every shift already planned stays.
/// - **The absent person** is unavailable the whole week in the narrowed request: they get no new
///   work, on the absence's days or any other.
///
/// ```swift
/// let replan = try AbsenceReplan(request, personID: 7, from: tuesday, to: tuesday, kind: .maladie)
/// let proposal = WeekPlanner.propose(replan.request, weights: AbsenceReplan.weights, options: options)
/// // save: remove replan.absent, add replan.replacements and proposal.shifts
/// ```
public struct AbsenceReplan: Sendable {
    /// The kinds of absence a re-planning records.
    public static let kinds: [Activity] = [.conge, .maladie, .formation]

    /// One of ``kinds`` by its code or French label (`conge`, `Congé`), refused in French otherwise.
    public static func parseKind(_ text: String) throws(FieldError) -> Activity {
        let key = FrenchText.key(text)
        guard let kind = kinds.first(where: { $0.rawValue == key || FrenchText.key($0.label) == key }) else {
            throw FieldError(
                "type d'absence invalide « \(text) » : valeurs possibles \(kinds.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return kind
    }

    /// The person's work shifts in the centre on the absence's days, as they were planned.
    public let absent: [Shift]
    /// The same hours as absences of the chosen kind.
    public let replacements: [Shift]
    /// The absent shifts that cannot be re-planned (a night shift ending the next day, or on Sunday).
    public let notReplanned: [Shift]
    /// The request narrowed to the needs the absent shifts covered.
    public let request: PlanningRequest

    /// The planner's weights for a re-planning: a block is never given more people than the absent
    /// work asked for, however short of their contract the others are.
    public static var weights: PlannerWeights {
        var weights = PlannerWeights()
        weights.overTarget = weights.belowMinimum
        return weights
    }

    /// Fails with a French reason when `kind` is not an absence kind or the person has no work in
    /// the centre on those days.
    public init(
        _ original: PlanningRequest, personID: Int, from first: CalendarDate, to last: CalendarDate,
        kind: Activity
    ) throws(FieldError) {
        guard Self.kinds.contains(kind) else {
            throw FieldError(
                "type d'absence invalide « \(kind.rawValue) » : valeurs possibles \(Self.kinds.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let centreID = original.centre.centreID
        let absent = original.existing.filter {
            $0.personID == personID && $0.centreID == centreID && $0.activity.isWork && $0.activity != kind
                && first <= $0.day && $0.day <= last
        }.sorted { $0.start < $1.start }
        guard !absent.isEmpty else { throw FieldError("aucun service à replanifier") }
        var replacements: [Shift] = []
        for shift in absent {
            replacements.append(
                try Shift(personID: personID, centreID: centreID, start: shift.start, end: shift.end, activity: kind))
        }
        var request = original
        let absentIDs = Set(absent.map(\.id))
        request.existing.removeAll { absentIDs.contains($0.id) }
        request.existing += replacements
        let profession = original.people.first { $0.personID == personID }?.profession
        let staff = profession.map(Self.staffKind(of:)) ?? .soignant
        var needs: [CoverNeed] = []
        var skipped: [Shift] = []
        for shift in absent {
            guard !shift.endsOnLaterDay, shift.day.weekday != .dimanche else {
                skipped.append(shift)
                continue
            }
            let need = CoverNeed(
                weekday: shift.day.weekday, start: shift.startTime, end: shift.endTime, activity: shift.activity,
                staff: staff, place: shift.place)
            if let index = needs.firstIndex(where: { $0.isSameBlock(as: need) }) {
                needs[index].minimum += 1
                needs[index].target += 1
            } else {
                // Whoever was there with the absent person stays; one more is wanted per absent shift.
                let others = request.existing.filter { other in
                    other.centreID == centreID && need.isMet(by: other, in: request.week)
                        && (request.people.first { $0.personID == other.personID }.map { staff.includes($0.profession) }
                            ?? false)
                }.count
                needs.append(
                    CoverNeed(
                        weekday: need.weekday, start: need.start, end: need.end, activity: need.activity,
                        staff: staff, place: need.place, minimum: others + 1))
            }
        }
        request.needs = needs
        request.preferences += Weekday.allCases.compactMap { day in
            guard let start = TimeOfDay(hour: 0, minute: 0), let end = TimeOfDay(hour: 23, minute: 59) else {
                return nil
            }
            return StaffPreference(personID: personID, weekday: day, start: start, end: end, kind: .indisponible)
        }
        self.absent = absent
        self.replacements = replacements
        self.notReplanned = skipped
        self.request = request
    }

    /// Who may take over a person's work: doctors for doctors, and each other profession for itself.
    static func staffKind(of profession: Profession) -> StaffKind {
        switch profession {
        case .medecinGeneraliste, .medecinSpecialiste: .medecin
        case .infirmier: .infirmier
        case .sageFemme: .sageFemme
        case .secretaireMedical: .secretaire
        }
    }
}

extension CoverNeed {
    /// The same day, hours, activity, place and kind of staff (minimum and target aside).
    func isSameBlock(as other: CoverNeed) -> Bool {
        weekday == other.weekday && start == other.start && end == other.end && activity == other.activity
            && place == other.place && staff == other.staff
    }
}

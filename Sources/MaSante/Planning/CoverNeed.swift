/// Who may fill a need: a profession, or any caregiver.
public enum StaffKind: String, CaseIterable, Sendable, Hashable {
    case medecin, infirmier
    case sageFemme = "sage_femme"
    case secretaire, soignant

    /// The French label.
    public var label: String {
        switch self {
        case .medecin: "médecin"
        case .infirmier: "infirmier·ère"
        case .sageFemme: "sage-femme"
        case .secretaire: "secrétaire médical·e"
        case .soignant: "soignant·e"
        }
    }

    public func includes(_ profession: Profession) -> Bool {
        switch self {
        case .medecin: profession == .medecinGeneraliste || profession == .medecinSpecialiste
        case .infirmier: profession == .infirmier
        case .sageFemme: profession == .sageFemme
        case .secretaire: profession == .secretaireMedical
        case .soignant: profession != .secretaireMedical
        }
    }

    /// Reads a code or a label (`medecin`, `Sage-femme`…), listing the valid values otherwise.
    public static func parse(_ text: String) throws(FieldError) -> StaffKind {
        let key = FrenchText.key(text)
        if let kind = allCases.first(where: { $0.rawValue == key || FrenchText.key($0.label) == key }) { return kind }
        throw FieldError(
            "personnel inconnu « \(text) » : valeurs possibles \(allCases.map(\.rawValue).joined(separator: ", "))")
    }
}

/// One coverage requirement of a centre's week: on a weekday, from a time to a time, so many
/// people of a kind doing an activity (at a place for visits), with a minimum that a proposal
/// must meet when staff allow and a target it tries to reach.
public struct CoverNeed: Sendable, Hashable {
    public var weekday: Weekday
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var activity: Activity
    public var staff: StaffKind
    public var place: String?
    public var minimum: Int
    public var target: Int

    public init(
        weekday: Weekday, start: TimeOfDay, end: TimeOfDay, activity: Activity, staff: StaffKind,
        place: String? = nil, minimum: Int = 1, target: Int? = nil
    ) {
        self.weekday = weekday
        self.start = start
        self.end = end
        self.activity = activity
        self.staff = staff
        self.place = place
        self.minimum = minimum
        self.target = max(target ?? minimum, minimum)
    }

    /// The part of the day a need falls in (morning, afternoon, evening): one person takes at most
    /// one need per part of a day.
    public var part: Int { start.minutes < 12 * 60 ? 0 : (start.minutes < 17 * 60 ? 1 : 2) }

    /// Whether `shift` is exactly this need's block in `week`: its day, hours, activity and place.
    public func isMet(by shift: Shift, in week: ISOWeek) -> Bool {
        shift.activity == activity && shift.place == place && shift.startTime == start && shift.endTime == end
            && shift.day == week.days[weekday.rawValue - 1]
    }

    /// A short French description: `mardi 17:00–19:00, soins non programmés (médecin)`.
    public var french: String {
        let where_ = place.map { " à \($0)" } ?? ""
        return "\(weekday.label) \(start)–\(end), \(activity.label.lowercased())\(where_) (\(staff.label))"
    }

    /// What a centre needs when it has recorded nothing: while it is open Monday to Saturday, a
    /// doctor in consultation and a secretary (a range over 6 hours cut in two); each open day, its last two hours (one hour when
    /// its last opening lasts less than four) as an unscheduled-care slot (a doctor); home visits on Tuesday and Thursday afternoons (a
    /// doctor, wished, not required).
    public static func defaults(for hours: OpeningHours) -> [CoverNeed] {
        var needs: [CoverNeed] = []
        for day in hours.openDays where day != .dimanche {
            let ranges = hours.ranges(on: day)
            for (index, range) in ranges.enumerated() {
                let last = index == ranges.count - 1
                var consultationEnd = range.end
                let length = range.end.minutes - range.start.minutes >= 4 * 60 ? 120 : 60
                if last,
                    let unscheduled = TimeOfDay(
                        hour: (range.end.minutes - length) / 60, minute: (range.end.minutes - length) % 60)
                {
                    needs.append(
                        CoverNeed(
                            weekday: day, start: unscheduled, end: range.end, activity: .soinsNonProgrammes,
                            staff: .medecin))
                    consultationEnd = unscheduled
                }
                for (from, to) in halves(range.start, consultationEnd) {
                    needs.append(
                        CoverNeed(weekday: day, start: from, end: to, activity: .consultation, staff: .medecin))
                }
                for (from, to) in halves(range.start, range.end) {
                    needs.append(
                        CoverNeed(weekday: day, start: from, end: to, activity: .secretariat, staff: .secretaire))
                }
            }
        }
        for day in [Weekday.mardi, .jeudi] where hours.openDays.contains(day) {
            if let from = TimeOfDay(hour: 14, minute: 0), let to = TimeOfDay(hour: 17, minute: 0) {
                needs.append(
                    CoverNeed(
                        weekday: day, start: from, end: to, activity: .visiteDomicile, staff: .medecin, minimum: 0,
                        target: 1))
            }
        }
        return needs
    }

    /// A range longer than 6 hours in two (cut on a half hour): one person working it whole would
    /// owe a break (L3121-16).
    static func halves(_ start: TimeOfDay, _ end: TimeOfDay) -> [(TimeOfDay, TimeOfDay)] {
        guard end.minutes - start.minutes > 6 * 60,
            case let middle = (start.minutes + end.minutes) / 2 / 30 * 30,
            let cut = TimeOfDay(hour: middle / 60, minute: middle % 60)
        else { return [(start, end)] }
        return [(start, cut), (cut, end)]
    }
}

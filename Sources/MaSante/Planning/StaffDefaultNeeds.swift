extension CoverNeed {
    /// What a centre with `staff` (one profession per person) needs when it has recorded nothing.
    ///
    /// The needs of ``defaults(for:)``, with a consultation target of as many doctors as the staff
    /// has and a desk target of as many secretaries, so that contract hours are filled with work
    /// rather than by over-staffing one slot; then, for each other profession on the staff, its
    /// own work while the centre is open, wished but never required (minimum 0): midwives'
    /// consultations, nurses' home visits in the morning and care in the afternoon.
    ///
    /// ```swift
    /// let needs = CoverNeed.defaults(for: centre.openingHours, staff: [.medecinGeneraliste, .sageFemme])
    /// ```
    public static func defaults(for hours: OpeningHours, staff: [Profession]) -> [CoverNeed] {
        func count(_ kind: StaffKind) -> Int { staff.filter { kind.includes($0) }.count }
        let doctors = count(.medecin), secretaries = count(.secretaire)
        let midwives = count(.sageFemme), nurses = count(.infirmier)
        var needs = defaults(for: hours).map { need in
            var need = need
            if need.staff == .medecin, need.activity == .consultation { need.target = max(need.minimum, doctors) }
            if need.staff == .secretaire { need.target = max(need.minimum, secretaries) }
            return need
        }
        for day in hours.openDays where day != .dimanche {
            for range in hours.ranges(on: day) {
                for (from, to) in halves(range.start, range.end) {
                    if midwives > 0 {
                        needs.append(
                            CoverNeed(
                                weekday: day, start: from, end: to, activity: .consultation,
                                staff: .sageFemme, minimum: 0, target: midwives))
                    }
                    if nurses > 0 {
                        let activity: Activity = from.minutes < 12 * 60 ? .visiteDomicile : .soinsNonProgrammes
                        needs.append(
                            CoverNeed(
                                weekday: day, start: from, end: to, activity: activity,
                                staff: .infirmier, minimum: 0, target: nurses))
                    }
                }
            }
        }
        return needs
    }
}

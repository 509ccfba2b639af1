import MaSante

/// What HR recorded after the demo's horizon (31 October 2026), so that the demo shows
/// amendments and a re-hire while its report « au 31 octobre 2026 » stays the published one: a
/// part-time GP or secretary moving to full time, a running CDD renewed for a year, another
/// turned into a CDI, and the GP who left last hired again in the same centre. Each goes to the
/// longest-serving person it fits who has no other story.
enum DemoLaterChanges {
    static let firstMonday = CalendarDate(year: 2026, month: 11, day: 2)!
    static let rehireDay = CalendarDate(year: 2026, month: 11, day: 16)!

    static func applied(to hires: [NetworkHistory.Hire], horizon: CalendarDate) throws -> [NetworkHistory.Hire] {
        var hires = hires
        if let index = longestServing(hires, where: { $0.type == .cdi && $0.weeklyHours < 35 }) {
            try hires[index].amend(
                effective: firstMonday, type: .cdi, weeklyHours: 35, end: nil, note: "passage à temps plein")
        }
        let runningCDD = { (contract: Contract) in contract.type == .cdd && (contract.end.map { $0 > horizon } ?? false)
        }
        if let index = longestServing(hires, where: runningCDD), let end = hires[index].record.contract.end {
            try hires[index].amend(
                effective: end.adding(days: 1), type: .cdd, weeklyHours: hires[index].record.contract.weeklyHours,
                end: end.adding(months: 12), note: "renouvellement du CDD pour un an")
        }
        if let index = longestServing(hires, where: runningCDD) {
            try hires[index].amend(
                effective: firstMonday, type: .cdi, weeklyHours: hires[index].record.contract.weeklyHours, end: nil,
                note: "CDI avant le terme du CDD")
        }
        let leftGPs = hires.indices.filter {
            hires[$0].leaves && hires[$0].record.profession == .medecinGeneraliste
                && hires[$0].record.contract.end != nil
        }
        if let index = leftGPs.max(by: { hires[$0].record.contract.end! < hires[$1].record.contract.end! }) {
            hires[index].rehire = try Contract(
                type: .cdi, start: rehireDay, end: nil, weeklyHours: hires[index].record.contract.weeklyHours)
        }
        return hires
    }

    /// The hire whose contract started first among those still in post with no other story.
    private static func longestServing(
        _ hires: [NetworkHistory.Hire], where fits: (Contract) -> Bool
    ) -> Int? {
        hires.indices.filter { index in
            let hire = hires[index]
            return !hire.leaves && hire.followOn == nil && hire.secondCentre == nil && hire.longAbsence == nil
                && hire.amendments.isEmpty && hire.rehire == nil && fits(hire.record.contract)
        }.min { hires[$0].record.contract.start < hires[$1].record.contract.start }
    }
}

extension NetworkHistory.Hire {
    fileprivate mutating func amend(
        effective: CalendarDate, type: ContractType, weeklyHours: Double, end: CalendarDate?, note: String
    ) throws {
        let amendment = try ContractAmendment(effective: effective, type: type, weeklyHours: weeklyHours, end: end)
        amendments.append((amendment: amendment, note: note))
    }
}

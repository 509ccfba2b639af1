import MaSante

/// One person of the demo staff, with their (first) contract and what happens to it.
struct DemoHire {
    var lastName = ""
    var firstName = ""
    let profession: Profession
    var specialty: Specialty? = nil
    var rpps: RPPS? = nil
    /// Index in ``DemoCentres/all``.
    let centre: Int
    let start: CalendarDate
    var hours: Double = 35
    var kind: ContractType = .cdi
    /// End of the first contract: a CDD's term, or the last day before leaving.
    var end: CalendarDate? = nil
    /// Whether the person left at ``end`` (stage `parti`).
    var leaves = false
    /// A CDI starting the day after a CDD's end, same hours and centre.
    var followOn: CalendarDate? = nil
    /// A second centre worked in from the start, for this share of the time (the first gets the rest).
    var secondCentre: (centre: Int, share: Double)? = nil

    /// The last day worked within the demo's horizon (nil: still in post at its end).
    var lastDay: CalendarDate? { leaves ? end : (followOn == nil ? end : nil) }
    var fte: Double { hours / 35 }

    /// Where the person works and for what share of their time.
    var shares: [(centre: Int, share: Double)] {
        guard let second = secondCentre else { return [(centre, 1)] }
        return [(centre, 1 - second.share), (second.centre, second.share)]
    }

    /// The hire as the store writes it: the people importer's line, then what followed.
    func described(centres: [DemoCentre]) throws -> NetworkHistory.Hire {
        let record = PersonRecord(
            lastName: lastName, firstName: firstName, profession: profession, specialty: specialty,
            rpps: rpps, centre: centres[centre].name,
            contract: try Contract(type: kind, start: start, end: end, weeklyHours: hours))
        return NetworkHistory.Hire(
            record: record, leaves: leaves, followOn: followOn,
            secondCentre: secondCentre.map { (centre: centres[$0.centre].name, share: $0.share) })
    }
}

/// Someone still being recruited: stages with their dates, never hired.
struct DemoCandidate {
    let lastName: String
    let firstName: String
    let profession: Profession
    let rpps: RPPS
    let stages: [(RecruitmentStage, CalendarDate)]
    let note: String
}

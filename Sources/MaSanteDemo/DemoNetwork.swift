public import MaSante
import Rostering

/// The demonstration network: 26 open centres and 5 in the pipeline, 133 fictional health
/// professionals and their secretaries, and four years of monthly activity, reproducing what
/// the Region published for 31 October 2026: 26 centres open, 133 hires (119 GPs, 10
/// midwives), over 500,000 consultations and 38,000 new patients with a médecin traitant.
///
/// Everything is drawn from `seed` by a seeded generator, so two calls give the same history
/// on any machine; the store writes it (`DemoNetworkWriter`), and writing it again changes nothing.
public enum DemoNetwork {
    /// The seed of the network `masante demo` loads.
    public static let seed: UInt64 = 2022

    public static func history(seed: UInt64 = seed) throws -> NetworkHistory {
        let centres = DemoCentres.all
        var random = SplitMix(seed: seed)
        let staff = try DemoStaff(centres: centres, random: &random)
        let activity = DemoActivity.rows(centres: centres, hires: staff.hires, random: &random)
        let hires = try DemoLaterChanges.applied(
            to: withLongAbsences(try staff.hires.map { try $0.described(centres: centres) }),
            horizon: DemoCalendar.horizon)
        var network = NetworkHistory(
            centres: try (centres + DemoCentres.laterApplications).map { try $0.described() },
            hires: hires,
            candidates: staff.candidates.map { candidate in
                NetworkHistory.Candidate(
                    lastName: candidate.lastName, firstName: candidate.firstName, profession: candidate.profession,
                    rpps: candidate.rpps, stages: candidate.stages.map { (stage: $0.0, on: $0.1) }, note: candidate.note
                )
            },
            activity: activity, horizon: DemoCalendar.horizon, seed: seed,
            welcomes: DemoWelcome.checklists(hires, horizon: DemoCalendar.horizon))
        network.communes = try DemoCommunes.records()
        network.posts = DemoPosts.posts(centres, hires: hires)
        return network
    }

    /// The long absences of the demo: a midwife on maternity leave since 12 October 2026 and a
    /// GP on long sick leave from 2 November 2026, each the longest-serving of their profession
    /// on a CDI in one centre who stays. The report of 31 October 2026 counts the midwife in post
    /// but not present; the weeks planned around today leave both out while they are away.
    static func withLongAbsences(_ hires: [NetworkHistory.Hire]) -> [NetworkHistory.Hire] {
        var hires = hires
        let leaves: [(Profession, LongAbsence)] = [
            (.sageFemme, LongAbsence(kind: .maternite, start: day(2026, 10, 12), end: day(2027, 1, 31))),
            (.medecinGeneraliste, LongAbsence(kind: .maladieLongue, start: day(2026, 11, 2), end: day(2027, 2, 28))),
        ]
        for (profession, absence) in leaves {
            let eligible = hires.indices.filter {
                let hire = hires[$0], contract = hire.record.contract
                return hire.record.profession == profession && contract.type == .cdi && contract.end == nil
                    && !hire.leaves && hire.followOn == nil && hire.secondCentre == nil && hire.longAbsence == nil
            }
            guard let first = eligible.min(by: { hires[$0].record.contract.start < hires[$1].record.contract.start })
            else { continue }
            hires[first].longAbsence = absence
        }
        return hires
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }
}

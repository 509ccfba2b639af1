public import MaSante
import Rostering

/// The demonstration network: 26 open centres and 3 in the pipeline, 133 fictional health
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
        return NetworkHistory(
            centres: try centres.map { try $0.described() },
            hires: try staff.hires.map { try $0.described(centres: centres) },
            candidates: staff.candidates.map { candidate in
                NetworkHistory.Candidate(
                    lastName: candidate.lastName, firstName: candidate.firstName, profession: candidate.profession,
                    rpps: candidate.rpps, stages: candidate.stages.map { (stage: $0.0, on: $0.1) }, note: candidate.note
                )
            },
            activity: activity, horizon: DemoCalendar.horizon, seed: seed)
    }
}

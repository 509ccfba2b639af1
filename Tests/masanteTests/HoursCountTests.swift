import Foundation
import MaSante
import TestSupport
import Testing

/// One count of hours on the demo network: a Millas doctor given a day of leave reads the same
/// hours in the week grid, in `planning verifier` and in `planning suggerer` (they used to read
/// 32 h, 37 h 30 and 41 h for the same week).
@Suite struct HoursCountTests {
    static let millas = "Centre de santé de Millas"

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// `37 h 30`, `35 h`: how the checker writes hours.
    static func french(_ hours: Double) -> String {
        let minutes = Int((hours * 60).rounded())
        return minutes % 60 == 0 ? "\(minutes / 60) h" : String(format: "%d h %02d", minutes / 60, minutes % 60)
    }

    @Test func theGridTheCheckAndTheSuggestionsCountADoctorsWeekWithLeaveAlike() async throws {
        try await withRegistry { registry in
            try registry.succeed(["demo"])
            let week = ISOWeek(containing: CalendarDate.today())
            let days = week.days.map(\.description)
            let grid = { () throws -> [[String: Any]] in
                let result = try registry.succeed([
                    "planning", "semaine", "--centre", Self.millas, "--semaine", week.description, "--format", "json",
                ])
                return try #require((try Self.json(result.stdout) as? [String: Any])?["personnes"] as? [[String: Any]])
            }
            // A doctor with a free weekday gets that day as leave: 08:30–12:30 and 13:30–19:00, 9 h 30.
            let (doctor, day) = try #require(
                try grid().lazy.compactMap { person -> ([String: Any], String)? in
                    guard person["profession"] as? String == "medecin_generaliste" else { return nil }
                    let busy = Set((person["services"] as? [[String: Any]] ?? []).compactMap { $0["jour"] as? String })
                    return days.prefix(5).first { !busy.contains($0) }.map { (person, $0) }
                }.first, "a Millas doctor with a free weekday in \(week)")
            let name = try #require(doctor["nom"] as? String)
            let reference = try #require(doctor["reference"] as? String)
            for (from, to) in [("08:30", "12:30"), ("13:30", "19:00")] {
                try registry.succeed([
                    "planning", "ajouter", "--centre", Self.millas, "--personne", reference, "--jour", day,
                    "--debut", from, "--fin", to, "--activite", "conge", "--motif", "congé posé",
                ])
            }

            let row = try #require(try grid().first { $0["nom"] as? String == name })
            let counted = try #require(row["heures_comptees"] as? Double)
            let worked = try #require(row["heures_travaillees"] as? Double)
            #expect(row["heures_absence"] as? Double == 9.5)
            let workedBefore =
                try #require(doctor["heures_planifiees"] as? Double) + (doctor["heures_ailleurs"] as? Double ?? 0)
            #expect(worked == workedBefore, "leave is not work")
            #expect(counted == worked + 9.5, "leave counts toward the contract")
            let text = try registry.succeed([
                "planning", "semaine", "--centre", Self.millas, "--semaine", week.description,
            ])
            #expect(
                text.stdout.contains("\(Self.french(counted)) / "), "the grid prints the counted hours:\n\(text.stdout)"
            )

            let check = try registry.run([
                "planning", "verifier", "--centre", Self.millas, "--semaine", week.description, "--format", "json",
            ])
            let findings = try #require(
                (try Self.json(check.stdout) as? [String: Any])?["constats"] as? [[String: Any]])
            let contract = try #require(
                findings.compactMap { $0["message"] as? String }.first {
                    $0.hasPrefix("\(name) : ") && $0.contains("pour un contrat de")
                },
                "\(check.stdout)")
            #expect(
                contract.hasPrefix("\(name) : \(Self.french(counted)) planifiées (dont 9 h 30 de congé ou maladie)"),
                "\(contract)")

            let suggested = try registry.succeed([
                "planning", "suggerer", "--centre", Self.millas, "--jour", day, "--debut", "07:30", "--fin", "08:30",
                "--activite", "administratif", "--format", "json",
            ])
            let candidates = try #require(try Self.json(suggested.stdout) as? [[String: Any]])
            let candidate = try #require(candidates.first { $0["personne"] as? String == name }, "\(suggested.stdout)")
            #expect(candidate["heures_avant"] as? Double == counted, "\(candidate)")
            #expect(candidate["heures_apres"] as? Double == counted + 1, "\(candidate)")
        }
    }
}

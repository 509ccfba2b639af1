import Foundation
import MaSanteStore
import PQ
import Testing

/// The progress report's territories, yearly sub-targets, openings target and pipeline on the demo
/// network, read and set by the Region; nobody else sets the Region's targets.
@Suite struct ReportTerritoriesTests {
    static let report = ["rapport", "progression", "--au", "2026-10-31"]

    @Test func theRegionReadsTheZoningSharesTheYearlyTargetsAndThePipeline() async throws {
        try await DemoRoles.with(role: .region) { fixture, login in
            let json = try fixture.run(Self.report + ["--format", "json"], as: login)
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(object["recrutes"] as? Int == 133)
            #expect(object["centres_ouverts"] as? Int == 26)
            let territories = try #require(object["territoires"] as? [String: [String: Int]])
            let recruits = try #require(territories["recrues"]), centres = try #require(territories["centres_ouverts"])
            let classes = ["zip", "zac", "hors_zonage", "non_classe"]
            #expect(classes.reduce(0) { $0 + (recruits[$1] ?? -1) } == 133)
            #expect(classes.reduce(0) { $0 + (centres[$1] ?? -1) } == 26)
            #expect((recruits["zip"] ?? 0) * 2 > 133 && (centres["zip"] ?? 0) * 2 > 26)
            #expect((1..<26).contains(centres["montagne"] ?? 0))
            let targets = try #require(object["objectifs_annuels"] as? [[String: Any]])
            #expect(targets.count == 1)
            #expect(targets.first?["annee"] as? String == "2022" && targets.first?["cible"] as? Int == 25)
            #expect(targets.first?["profession"] as? String == "medecin_specialiste")
            let pipeline = try #require(object["projets"] as? [String: Any])
            #expect(pipeline["ouvertures_prevues"] as? Int == 3)
            #expect(object["objectif_ouvertures_par_an"] as? Int == 10)

            let text = try fixture.run(Self.report, as: login).stdout
            #expect(text.contains("Objectif 2022 — Médecin spécialiste : 0 recruté(s) sur 25 (0\u{00A0}%)"))
            #expect(
                text.contains(
                    "Centres en projet : 5 (1 candidature AMI, 1 retenue, 2 conventions signées, 1 en préparation)"))

            let set = try fixture.run(
                [
                    "objectif", "--ouvertures-par-an", "12", "--annee", "2026", "--profession", "sage_femme",
                    "--cible-annuelle", "3",
                ], as: login)
            #expect(set.status == 0, "\(set.stderr)")
            #expect(set.stdout.contains("Objectif 2026 — Sage-femme : 3 recrutement(s) dans l'année."))
            let after = try fixture.run(Self.report, as: login).stdout
            #expect(after.contains("(objectif ≈ 12 par an)"))
            #expect(after.contains("Objectif 2026 — Sage-femme : "))

            let negative = try fixture.run(["objectif", "--ouvertures-par-an", "-1"], as: login)
            #expect(negative.status == 65 || negative.status == 64, "\(negative.stderr)")
            let halfDone = try fixture.run(["objectif", "--annee", "2027"], as: login)
            #expect(halfDone.status == 64 && halfDone.stderr.contains("--annee, --profession et --cible-annuelle"))
        }
    }

    @Test func hrReadsTheReportButDoesNotSetTheRegionsTargets() async throws {
        try await DemoRoles.with(role: .rh) { fixture, login in
            #expect(try fixture.run(Self.report, as: login).status == 0)
            let refused = try fixture.run(["objectif", "--ouvertures-par-an", "20"], as: login)
            #expect(refused.status == 77, "\(refused.stderr)")
            #expect(try fixture.count("SELECT count(*) FROM settings WHERE value->>'par_an' = '20'") == 0)
        }
    }
}

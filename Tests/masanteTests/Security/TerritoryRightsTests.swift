import Foundation
import MaSanteStore
import PQ
import Testing

/// Who may do what with the territories and the posts, both ways, on the demo network: HR loads
/// the communes and sets the posts; the Region reads every post and commune and writes none; a
/// manager reads their centres' posts only, another centre's being unknown to them.
@Suite struct TerritoryRightsTests {
    static let zoning = Examples.root.appendingPathComponent("docs/exemples/zonage.csv").path
    static let define = [
        "postes", "definir", "--centre", "Millas", "--profession", "infirmier", "--etp", "1", "--du", "01/01/2027",
    ]

    /// The centres named by a CSV listing of the posts.
    static func centres(_ result: CLIResult) -> Set<String> {
        Set(
            result.stdout.split(separator: "\n").dropFirst().compactMap {
                $0.split(separator: ";").first.map(String.init)
            })
    }

    @Test func hrLoadsTheTerritoriesAndSetsThePosts() async throws {
        try await DemoRoles.with(role: .rh) { fixture, login in
            let imported = try fixture.run(["territoires", "importer", Self.zoning], as: login)
            #expect(imported.status == 0, "\(imported.stderr)")
            let defined = try fixture.run(Self.define, as: login)
            #expect(defined.status == 0, "\(defined.stderr)")
            #expect(
                try fixture.count(
                    "SELECT count(*) FROM post_targets WHERE profession = 'infirmier' AND valid_from = '2027-01-01'")
                    == 1)
        }
    }

    @Test func theRegionReadsEveryPostAndCommuneAndWritesNone() async throws {
        try await DemoRoles.with(role: .region) { fixture, login in
            let posts = try fixture.run(["postes", "liste", "--au", "2026-10-31", "--format", "csv"], as: login)
            #expect(posts.status == 0, "\(posts.stderr)")
            #expect(Self.centres(posts).count == 26)
            let communes = try fixture.run(["territoires", "liste", "--format", "csv"], as: login)
            #expect(communes.status == 0 && communes.stdout.contains("09268;Sainte-Croix-Volvestre;09;non;ZIP"))
            let before = try fixture.count("SELECT count(*) FROM post_targets")
            for arguments in [Self.define, ["territoires", "importer", Self.zoning]] {
                let refused = try fixture.run(arguments, as: login)
                #expect(refused.status == 77, "\(arguments) → \(refused.status)\n\(refused.stderr)")
            }
            #expect(try fixture.count("SELECT count(*) FROM post_targets") == before)
        }
    }

    @Test func aManagerReadsTheirCentresPostsOnly() async throws {
        try await DemoRoles.with(role: .responsable, centres: [RoleMatrixTests.millas]) { fixture, login in
            let posts = try fixture.run(["postes", "liste", "--au", "2026-10-31", "--format", "csv"], as: login)
            #expect(posts.status == 0, "\(posts.stderr)")
            #expect(Self.centres(posts) == [RoleMatrixTests.millas])
            let elsewhere = try fixture.run(["postes", "liste", "--centre", "prades"], as: login)
            #expect(elsewhere.status == 65 && elsewhere.stderr.contains("centre inconnu"), "\(elsewhere.stderr)")
            #expect(try fixture.run(["territoires", "liste"], as: login).status == 0)
            for arguments in [Self.define, ["territoires", "importer", Self.zoning]] {
                let refused = try fixture.run(arguments, as: login)
                #expect(refused.status == 77, "\(arguments) → \(refused.status)\n\(refused.stderr)")
            }
        }
    }
}

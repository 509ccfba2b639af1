import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// `masante utilisateur …` and `masante audit` end to end: logins that really log in, French
/// refusals, and a trail that names who changed what.
@Suite struct UserAndAuditCommandTests {
    @Test func anAddedManagerLogsInWithTheirPasswordOnlyAndIsListedWithTheirCentre() async throws {
        try await SecurityFixture.with { fixture in
            let login = "cmd-\(fixture.suffix)"
            let add = try runMasante(
                [
                    "utilisateur", "ajouter", "--identifiant", login, "--role", "responsable",
                    "--centre", SecurityFixture.thuir, "--mot-de-passe-stdin", "--base",
                    fixture.registry.database.conninfo,
                ], input: "un-mot-de-passe-solide\n")
            #expect(add.status == 0, "\(add.stderr)")
            #expect(
                add.stdout.contains(
                    "Compte « \(login) » créé : responsable de centre (centres : \(SecurityFixture.thuir))"))
            defer { _ = try? fixture.registry.run(["utilisateur", "retirer", "--identifiant", login]) }

            let listed = try fixture.registry.succeed(["utilisateur", "liste", "--format", "csv"])
            #expect(listed.stdout.contains("\(login);responsable;\(SecurityFixture.thuir);oui"), "\(listed.stdout)")
            let week = try runMasante([
                "planning", "semaine", "--centre", SecurityFixture.thuir, "--semaine", "2026-W49",
                "--base", fixture.conninfo(login, password: "un-mot-de-passe-solide"),
            ])
            #expect(week.status == 0 && week.stdout.contains("Lucie FABRE"), "\(week.stderr)")
            let wrong = try runMasante([
                "planning", "semaine", "--centre", SecurityFixture.thuir, "--semaine", "2026-W49",
                "--base", fixture.conninfo(login, password: "pas-le-bon"),
            ])
            #expect(wrong.status == 69)
            #expect(
                wrong.stderr.contains("mot de passe absent ou refusé pour l'utilisateur « \(login) »"),
                "\(wrong.stderr)")

            try fixture.registry.succeed(["utilisateur", "retirer", "--identifiant", login])
            #expect(try fixture.count("SELECT count(*) FROM pg_roles WHERE rolname = \(login)") == 0)
            #expect(try fixture.count("SELECT count(*) FROM centre_managers WHERE login = \(login)") == 0)
        }
    }

    @Test func badUserRequestsAreRefusedInFrenchAndCreateNothing() async throws {
        try await SecurityFixture.with { fixture in
            let cases: [([String], Int32, String)] = [
                (
                    ["--identifiant", "x-\(fixture.suffix)", "--role", "chef"], 65,
                    "rôle inconnu « chef » : valeurs possibles admin, rh, responsable, region"
                ),
                (["--identifiant", "Robert Tables", "--role", "rh"], 65, "identifiant invalide « Robert Tables »"),
                (["--identifiant", "masante_admin", "--role", "rh"], 65, "préfixes réservés"),
                (["--identifiant", "r-\(fixture.suffix)", "--role", "responsable"], 65, "au moins un centre"),
                (
                    ["--identifiant", "r-\(fixture.suffix)", "--role", "region", "--centre", SecurityFixture.millas],
                    65, "seul un responsable"
                ),
                (
                    ["--identifiant", "r-\(fixture.suffix)", "--role", "responsable", "--centre", "Nulle part"], 65,
                    "centre inconnu « Nulle part »"
                ),
                (["--identifiant", fixture.manager, "--role", "rh"], 65, "existe déjà"),
            ]
            for (arguments, status, message) in cases {
                let result = try fixture.registry.run(["utilisateur", "ajouter"] + arguments)
                #expect(result.status == status, "\(arguments): \(result.stderr)")
                #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            }
            let missing = try fixture.registry.run([
                "utilisateur", "retirer", "--identifiant", "personne-\(fixture.suffix)",
            ])
            #expect(missing.status == 65 && missing.stderr.contains("aucun utilisateur masante"), "\(missing.stderr)")
            // Roles are server-wide and other tests add theirs meanwhile: look for this test's own.
            let made = try fixture.count(
                "SELECT count(*) FROM pg_roles WHERE rolname IN (\("x-\(fixture.suffix)"), \("r-\(fixture.suffix)"), 'Robert Tables', 'robert tables')"
            )
            #expect(made == 0)
        }
    }

    @Test func onlyAnAdministratorManagesUsersAndReadsTheAudit() async throws {
        try await SecurityFixture.with { fixture in
            for login in [fixture.manager, fixture.hr, fixture.region] {
                let add = try fixture.run(
                    ["utilisateur", "ajouter", "--identifiant", "pirate-\(fixture.suffix)", "--role", "admin"],
                    as: login)
                #expect(add.status == 77, "\(login): \(add.stderr)")
                #expect(add.stderr.contains("permission refusée par la base"), "\(add.stderr)")
                let audit = try fixture.run(["audit"], as: login)
                #expect(audit.status == 77, "\(login): \(audit.stderr)")
            }
            let byAdmin = try fixture.run(
                ["utilisateur", "ajouter", "--identifiant", "ok-\(fixture.suffix)", "--role", "region"],
                as: fixture.admin)
            #expect(byAdmin.status == 0, "\(byAdmin.stderr)")
            #expect(byAdmin.stdout.contains("Mot de passe (affiché une seule fois"))
            try fixture.registry.succeed(["utilisateur", "retirer", "--identifiant", "ok-\(fixture.suffix)"])
        }
    }

    @Test func theAuditNamesTheLoginTheRowAndWhatChangedForEachEdit() async throws {
        try await SecurityFixture.with { fixture in
            let conn = try fixture.connect(as: fixture.manager)
            defer { conn.close() }
            try conn.execute("UPDATE monthly_activity SET home_visits = 25 WHERE true")
            try conn.execute("DELETE FROM shifts WHERE true")
            let audit = try fixture.registry.succeed(["audit", "--qui", fixture.manager])
            #expect(audit.stdout.contains("monthly_activity  modification"), "\(audit.stdout)")
            #expect(audit.stdout.contains("home_visits : 20 → 25"), "\(audit.stdout)")
            #expect(
                audit.stdout.contains("shifts          suppression") || audit.stdout.contains("shifts  suppression")
                    || audit.stdout.contains("suppression"), "\(audit.stdout)")
            let json = try fixture.registry.succeed([
                "audit", "--qui", fixture.manager, "--table", "shifts", "--format", "json",
            ])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 1, "only DENIS's Millas shift is the manager's to delete: \(json.stdout)")
            #expect(rows.first?["qui"] as? String == fixture.manager)
            #expect((rows.first?["avant"] as? String)?.contains("\"activity\": \"consultation\"") == true)
            #expect(rows.first?["apres"] is NSNull)
            let unknown = try fixture.registry.run(["audit", "--table", "mots_de_passe"])
            #expect(
                unknown.status == 65 && unknown.stderr.contains("valeurs possibles assignments, centre_closures"),
                "\(unknown.stderr)")
            let people = try fixture.registry.succeed(["audit", "--table", "people", "--format", "csv"])
            #expect(
                people.stdout.components(separatedBy: "\n").filter { $0.contains(";people;ajout;") }.count == 5,
                "\(people.stdout)")
        }
    }
}

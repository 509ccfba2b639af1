import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// `masante serveur compte|retirer-compte` and the checks `masante serveur` makes before it
/// serves: the web server's login is an administrator's to make, and the server refuses to run
/// under a person's login or the superuser (the audit trail could not name the person).
@Suite struct ServeurCommandTests {
    @Test func anAdministratorMakesTheServersLoginWhichServesWhereAPersonsLoginIsRefused() async throws {
        try await SecurityFixture.with { fixture in
            let login = "web-\(fixture.suffix)"
            let refused = try runMasante(
                [
                    "serveur", "compte", "--identifiant", login, "--mot-de-passe-stdin",
                    "--base", fixture.conninfo(fixture.hr),
                ], input: "\(SecurityFixture.password)\n")
            #expect(refused.status == 77, "\(refused.stderr)")
            #expect(try fixture.count("SELECT count(*) FROM pg_roles WHERE rolname = \(login)") == 0)

            let made = try runMasante(
                [
                    "serveur", "compte", "--identifiant", login, "--mot-de-passe-stdin",
                    "--base", fixture.conninfo(fixture.admin),
                ], input: "\(SecurityFixture.password)\n")
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.contains("Compte du serveur web « \(login) » créé."))
            defer { _ = try? fixture.registry.run(["serveur", "retirer-compte", "--identifiant", login]) }
            #expect(
                try fixture.count(
                    """
                    SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                    WHERE g.rolname = 'masante_authenticator' AND r.rolname = \(login)
                    """) == 1)

            for (who, conninfo) in [
                ("a person", fixture.conninfo(fixture.region)), ("the superuser", fixture.registry.database.conninfo),
            ] {
                let serve = try runMasante(["serveur", "--port", "1", "--base", conninfo])
                #expect(serve.status == 77, "\(who): \(serve.stderr)")
                #expect(serve.stderr.contains("ne peut pas servir l'application web"), "\(who): \(serve.stderr)")
            }

            let removed = try fixture.registry.run(["serveur", "retirer-compte", "--identifiant", login])
            #expect(removed.status == 0, "\(removed.stderr)")
            #expect(try fixture.count("SELECT count(*) FROM pg_roles WHERE rolname = \(login)") == 0)
            let personKept = try fixture.registry.run(["serveur", "retirer-compte", "--identifiant", fixture.region])
            #expect(personKept.status == 65, "\(personKept.stderr)")
            #expect(try fixture.count("SELECT count(*) FROM pg_roles WHERE rolname = \(fixture.region)") == 1)
        }
    }
}

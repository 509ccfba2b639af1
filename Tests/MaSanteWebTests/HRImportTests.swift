import Foundation
import Hummingbird
import HummingbirdTesting
import MaSanteApp
import MaSanteStore
import PQ
import Testing

/// The people import through the web form: the CLI's line-and-column messages, all or nothing.
@Suite("HR imports a people file through the web")
struct HRImportTests {
    static let header = "nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin"
    static let good = [
        "GARCIA;Inès;infirmier;;10000000058;Centre de santé de Millas;01/09/2025;35;CDI;",
        "ROUX;Paul;secretaire_medical;;;Centre de santé de Thuir;15/09/2025;17,5;CDD;31/08/2026",
    ]

    /// What `masante personnel importer` prints for `csv`: the use case's refusal, as HTML text.
    static func cliMessage(_ fixture: WebFixture, _ csv: String) throws -> [String] {
        do {
            _ = try ImportRegistry(Session(connection: fixture.superuser))
                .run(.people, from: try CSVInput.data(Data(csv.utf8), name: "fichier envoyé"))
        } catch let rejected as ImportRejected {
            return rejected.description.components(separatedBy: "\n").map {
                $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
                    .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;")
            }
        }
        Issue.record("the file was not refused")
        return []
    }

    @Test("a file with errors shows each line and column as the CLI does and writes nothing; the fixed file imports")
    func refusedThenFixed() async throws {
        try await WebFixture.with { fixture in
            let bad =
                ([
                    Self.header, Self.good[0],
                    "ROUX;Paul;secretaire_medical;;;Perpignan;15/09/2025;17,5;CDD;31/08/2026",
                    "BLANC;;medecin;;123;Centre de santé de Millas;31/02/2025;35;CDI;",
                ]).joined(separator: "\r\n")
            let expected = try Self.cliMessage(fixture, bad)
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let form = try await rh.send("/personnel/importer")
                #expect(form.text.contains("<label for=\"csv\">"))
                #expect(form.text.contains("<script src=\"/static/rh-import.js\"></script>"))
                let token = try #require(rh.csrfToken(in: form))
                let people = try fixture.superuser.query("SELECT count(*) FROM people").single(Int.self)
                let audit = try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self)

                let refused = try await rh.send(
                    "/personnel/importer", method: .post, form: [("_csrf", token), ("contenu", bad)])
                #expect(refused.status == .badRequest)
                #expect(expected.count >= 4)
                #expect(expected.contains { $0.hasPrefix("ligne 3, colonne centre : centre inconnu « Perpignan »") })
                #expect(expected.contains { $0.hasPrefix("ligne 4, colonne rpps : ") })
                for line in expected.dropLast() { #expect(refused.text.contains("<li>\(line)</li>"), "\(line)") }
                #expect(refused.text.contains("<strong>\(expected.last ?? "")</strong>"))
                #expect(
                    refused.text.contains("ROUX;Paul;secretaire_medical;;;Perpignan"), "the text comes back to be fixed"
                )
                #expect(try fixture.superuser.query("SELECT count(*) FROM people").single(Int.self) == people)
                #expect(try fixture.superuser.query("SELECT count(*) FROM audit_log").single(Int.self) == audit)

                let fixed = ([Self.header] + Self.good).joined(separator: "\r\n")
                let accepted = try await rh.send(
                    "/personnel/importer", method: .post, form: [("_csrf", token), ("contenu", fixed)])
                #expect(accepted.status == .seeOther)
                let summary = try await rh.send(try #require(accepted.headers[.location]))
                #expect(
                    summary.text.contains(
                        "Import des personnels terminé — 2 ligne(s) : 2 créée(s), 0 mise(s) à jour, 0 inchangée(s)."))
                #expect(try fixture.superuser.query("SELECT count(*) FROM people").single(Int.self) == people + 2)
                let again = try await rh.send(
                    "/personnel/importer", method: .post, form: [("_csrf", token), ("contenu", fixed)])
                let unchanged = try await rh.send(try #require(again.headers[.location]))
                #expect(unchanged.text.contains("2 ligne(s) : 0 créée(s), 0 mise(s) à jour, 2 inchangée(s)."))
            }
        }
    }

    @Test("an empty or header-less text is refused in French, nothing written")
    func unreadableText() async throws {
        try await WebFixture.with { fixture in
            try await fixture.withApp { client in
                var rh = Browser(client)
                try await rh.signIn(fixture.rh, password: fixture.password)
                let token = try #require(rh.csrfToken(in: try await rh.send("/personnel/importer")))
                let empty = try await rh.send(
                    "/personnel/importer", method: .post, form: [("_csrf", token), ("contenu", "")])
                #expect(empty.status == .badRequest)
                #expect(empty.text.contains("Rien n&#39;a été enregistré."))
                let noColumns = try await rh.send(
                    "/personnel/importer", method: .post,
                    form: [("_csrf", token), ("contenu", "a;b\n1;2\n")])
                #expect(noColumns.status == .badRequest)
                #expect(noColumns.text.contains("class=\"ms-alert\""))
            }
        }
    }
}

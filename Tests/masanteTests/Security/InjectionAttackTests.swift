import Foundation
import PQ
import TestSupport
import Testing

/// SQL injection attempts in every text field of every import and in the CLI's text options:
/// each is stored verbatim or refused with a French message, never executed. The payloads
/// would drop or empty tables, or sleep, if any of them reached the SQL text.
@Suite struct InjectionAttackTests {
    static let payloads = [
        "Robert'); DROP TABLE people; --",
        "x'; DELETE FROM shifts; --",
        "' OR '1'='1",
        "\"; TRUNCATE centres CASCADE; --",
        "$1; SELECT pg_sleep(30); --",
        "'||(SELECT string_agg(rpps, ',') FROM people)||'",
        "E'\\\\'; DROP SCHEMA public CASCADE; --",
        "$$; DROP TABLE contracts; $$",
    ]

    /// Every table is still there with its rows, and nothing slept.
    static func expectIntact(
        _ fixture: SecurityFixture, shifts: Int = 3, context: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let snapshot = try fixture.registry.snapshot()
        #expect(
            snapshot.hasEveryRegistryTable, "[\(context)] tables: \(snapshot.tables.keys.sorted())",
            sourceLocation: sourceLocation)
        #expect(
            try fixture.count("SELECT count(*) FROM shifts") >= shifts, "[\(context)]", sourceLocation: sourceLocation)
        #expect(try fixture.count("SELECT count(*) FROM people") >= 5, "[\(context)]", sourceLocation: sourceLocation)
        #expect(try fixture.count("SELECT count(*) FROM centres") >= 2, "[\(context)]", sourceLocation: sourceLocation)
    }

    static func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("injection-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// A CSV field holding `text`, quoted the CSV way.
    static func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    @Test(arguments: payloads)
    func aPayloadInEveryTextFieldOfThePeopleImportIsStoredVerbatimOrRefused(_ payload: String) async throws {
        try await SecurityFixture.with { fixture in
            let f = Self.field(payload)
            let url = try Self.file(
                """
                nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin
                \(f);\(f);Secrétaire médicale;;;Centre de santé de Millas;2026-01-05;35;CDI;
                MOREAU;Anne;Médecin spécialiste;\(f);\(rpps(77));Centre de santé de Millas;2026-01-05;35;CDI;
                MOREAU;Paul;Secrétaire médicale;;;\(f);2026-01-05;35;CDI;
                """)
            defer { try? FileManager.default.removeItem(at: url) }
            let result = try fixture.registry.run(["personnel", "importer", url.path])
            #expect(result.status == 65, "\(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("ligne 3, colonne specialite"), "\(result.stderr)")
            #expect(result.stderr.contains("centre inconnu"), "\(result.stderr)")
            try Self.expectIntact(fixture, context: "personnel importer")
            let fixed = try Self.file(
                """
                nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin
                \(f);\(f);Secrétaire médicale;;;Centre de santé de Millas;2026-01-05;35;CDI;
                """)
            defer { try? FileManager.default.removeItem(at: fixed) }
            let stored = try fixture.registry.run(["personnel", "importer", fixed.path])
            try Self.expectIntact(fixture, context: "personnel importer (accepted)")
            if stored.status == 0 {
                let trimmed = payload.trimmingCharacters(in: .whitespaces)
                let count = try fixture.count(
                    "SELECT count(*) FROM people WHERE last_name = \(trimmed) AND first_name = \(trimmed)")
                #expect(count == 1, "\(stored.stdout)")
            } else {
                #expect(stored.status == 65 && stored.stderr.contains("ligne 2"), "\(stored.stderr)")
            }
        }
    }

    @Test(arguments: payloads)
    func aPayloadInTheCentresPlanningAndActivityImportsIsNeverExecuted(_ payload: String) async throws {
        try await SecurityFixture.with { fixture in
            let f = Self.field(payload)
            let files = [
                (
                    "centres",
                    """
                    nom;commune;code_insee;departement;statut;date_ouverture;partenaire;lundi;mardi;mercredi;jeudi;vendredi;samedi
                    \(f);\(f);66108;66;ouvert;2026-01-05;\(f);08:30-12:30;;;;;
                    """
                ),
                (
                    "planning",
                    """
                    centre;personne;jour;debut;fin;activite;lieu
                    Centre de santé de Millas;\(f);2026-12-02;08:30;12:30;consultation;
                    \(f);REY Arnaud;2026-12-02;08:30;12:30;consultation;
                    Centre de santé de Millas;REY Arnaud;2026-12-04;08:30;12:30;visite_ehpad;\(f)
                    """
                ),
                (
                    "activite",
                    """
                    centre;mois;consultations_programmees;consultations_non_programmees;visites_domicile;visites_ehpad;nouveaux_patients_medecin_traitant
                    \(f);2026-10;1;1;1;1;1
                    """
                ),
            ]
            for (command, text) in files {
                let url = try Self.file(text)
                defer { try? FileManager.default.removeItem(at: url) }
                let result = try fixture.registry.run([command, "importer", url.path])
                #expect(result.status == 0 || result.status == 65, "[\(command)] \(result.stderr)")
                if result.status == 65 { #expect(result.stderr.contains("ligne"), "[\(command)] \(result.stderr)") }
                try Self.expectIntact(fixture, context: "\(command) importer")
            }
            let stored = try fixture.count(
                "SELECT count(*) FROM centres WHERE name = \(payload.trimmingCharacters(in: .whitespaces))")
            let partner = try fixture.count(
                "SELECT count(*) FROM collectivites WHERE name = \(payload.trimmingCharacters(in: .whitespaces))")
            #expect(stored <= 1 && stored == partner)
        }
    }

    @Test(arguments: payloads)
    func aPayloadInTheCommandLineOptionsIsNeverExecuted(_ payload: String) async throws {
        try await SecurityFixture.with { fixture in
            let millas = SecurityFixture.millas
            let commands: [[String]] = [
                [
                    "planning", "ajouter", "--centre", payload, "--personne", "REY Arnaud", "--jour", "2026-12-02",
                    "--debut", "08:30", "--fin", "12:30", "--activite", "consultation",
                ],
                [
                    "planning", "ajouter", "--centre", millas, "--personne", payload, "--jour", "2026-12-02", "--debut",
                    "08:30", "--fin", "12:30", "--activite", "consultation",
                ],
                [
                    "planning", "ajouter", "--centre", millas, "--personne", "REY Arnaud", "--jour", "2026-12-03",
                    "--debut", "08:30", "--fin", "12:30", "--activite", "visite_ehpad", "--lieu", payload,
                ],
                ["planning", "semaine", "--centre", payload, "--semaine", "2026-W49"],
                [
                    "planning", "exporter", "--centre", millas, "--personne", payload, "--du", "2026-11-30", "--au",
                    "2026-12-06", "--format", "ics",
                ],
                ["planning", "modele", "enregistrer", "--centre", millas, "--semaine", "2026-W49", "--nom", payload],
                ["personnel", "liste", "--centre", payload],
                ["personnel", "depart", "--personne", payload, "--date", "2026-12-31"],
                ["recrutement", "candidat", "--nom", payload, "--prenom", payload, "--profession", "infirmier"],
                ["centres", "liste", "--statut", payload],
                ["utilisateur", "ajouter", "--identifiant", payload, "--role", "region"],
                ["utilisateur", "retirer", "--identifiant", payload],
                ["audit", "--qui", payload],
                ["audit", "--table", payload],
            ]
            for arguments in commands {
                let result = try fixture.registry.run(arguments)
                #expect(
                    [0, 64, 65].contains(result.status),
                    "\(arguments.joined(separator: " ")) → \(result.status): \(result.stderr)")
                if result.status != 0 {
                    #expect(
                        !result.stderr.isEmpty && !result.stderr.contains("syntax error"),
                        "\(arguments): \(result.stderr)")
                }
                try Self.expectIntact(fixture, context: arguments.prefix(2).joined(separator: " "))
            }
            let place = try fixture.count(
                "SELECT count(*) FROM shifts WHERE place = \(payload.trimmingCharacters(in: .whitespaces))")
            #expect(place <= 1)
            #expect(try fixture.count("SELECT count(*) FROM pg_roles WHERE rolname = \(payload)") == 0)
        }
    }
}

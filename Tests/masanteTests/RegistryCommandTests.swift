import Foundation
import Testing

@Suite struct RegistryCommandTests {
    static let millas = "Centre de santé de Millas"

    // MARK: personnel ajouter

    @Test func addingAPersonListsThemAndAddingThemAgainChangesNothing() async throws {
        try await withRegistry(examples: true) { registry in
            let add = [
                "personnel", "ajouter", "--nom", "LEROY", "--prenom", "Anne", "--profession", "Infirmière", "--rpps",
                rpps(41),
                "--centre", Self.millas, "--date-embauche", "06/05/2024", "--heures-hebdo", "17,5",
            ]

            let result = try registry.succeed(add)
            #expect(result.stdout.contains("LEROY Anne enregistré·e (Infirmier·ère, Centre de santé de Millas)."))
            let row = try #require(
                try registry.staff(["--au", "2025-01-01"]).first { $0["rpps"] as? String == rpps(41) })
            #expect(row["nom"] as? String == "LEROY")
            #expect(row["profession"] as? String == "infirmier")
            #expect(row["centre"] as? String == Self.millas)
            #expect(row["debut"] as? String == "2024-05-06")
            #expect(row["contrat"] as? String == "CDI")
            #expect(row["etape"] as? String == "en_poste")
            #expect(row["etp"] as? Double == 0.5)

            let before = try registry.snapshot()
            let again = try registry.succeed(add)
            #expect(again.stdout.contains("LEROY Anne : déjà enregistré·e, rien n'a changé."))
            let after = try registry.snapshot()
            #expect(after == before, "\(after.changes(since: before))")
        }
    }

    @Test func addingAPersonWithABadRPPSNamesTheOptionAndWritesNothing() async throws {
        try await withRegistry(examples: true) { registry in
            let before = try registry.snapshot()

            let result = try registry.run([
                "personnel", "ajouter", "--nom", "LEROY", "--prenom", "Anne", "--profession", "infirmier", "--rpps",
                "10000000018",
                "--centre", Self.millas, "--date-embauche", "2024-05-06",
            ])

            try expectRefused(
                result,
                mentioning: [
                    "option --rpps : RPPS invalide « 10000000018 » : chiffre de contrôle incorrect",
                    "Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
        }
    }

    @Test func addingAPersonToAnUnknownCentreNamesTheOptionAndTheKnownCentres() async throws {
        try await withRegistry(examples: true) { registry in
            let before = try registry.snapshot()

            let result = try registry.run([
                "personnel", "ajouter", "--nom", "LEROY", "--prenom", "Anne", "--profession", "infirmier", "--rpps",
                rpps(42),
                "--centre", "Centre de santé de Nulle-Part", "--date-embauche", "2024-05-06",
            ])

            try expectRefused(
                result,
                mentioning: [
                    "option --centre : centre inconnu « Centre de santé de Nulle-Part » (centres connus : \(Examples.centreNames.joined(separator: ", ")))",
                    "Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
        }
    }

    // MARK: personnel depart

    @Test func aDepartureEndsTheContractAndIsInTheHistoryAndASecondOneIsRefused() async throws {
        try await withRegistry(examples: true) { registry in
            let result = try registry.succeed([
                "personnel", "depart", "--personne", "10000000017", "--date", "30/06/2026", "--motif", "Démission",
            ])
            #expect(result.stdout.hasPrefix("Départ de MARTIN Élodie (n°"))
            #expect(result.stdout.contains(") enregistré au 30/06/2026."))

            let martin = try #require(
                try registry.staff(["--au", "2026-07-01"]).first { $0["nom"] as? String == "MARTIN" })
            #expect(martin["fin"] as? String == "2026-06-30")
            #expect(martin["etape"] as? String == "parti")
            #expect(martin["etp"] as? Double == 0)
            #expect(try registry.staff(["--etape", "parti"]).compactMap { $0["nom"] as? String } == ["MARTIN"])
            let onLastDay = try #require(
                try registry.staff(["--au", "2026-06-30"]).first { $0["nom"] as? String == "MARTIN" })
            #expect(onLastDay["etp"] as? Double == 1)

            let history = try registry.succeed(["recrutement", "historique", "--personne", "MARTIN Élodie"]).stdout
            #expect(history.hasPrefix("MARTIN Élodie (n°"))
            #expect(history.contains("), Médecin généraliste\n"))
            #expect(history.contains("18/07/2022  embauché·e"))
            #expect(history.contains("30/06/2026  parti·e — Démission"))

            let before = try registry.snapshot()
            let second = try registry.run(["personnel", "depart", "--personne", "10000000017", "--date", "2026-07-31"])
            try expectRefused(
                second,
                mentioning: [
                    "MARTIN Élodie (n°", ") : la personne est déjà à l'étape « parti·e »", "Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
        }
    }

    @Test func aDepartureOfSomeoneUnknownOrOfACandidateIsRefused() async throws {
        try await withRegistry(examples: true) { registry in
            try registry.succeed([
                "recrutement", "candidat", "--nom", "ESPOIR", "--prenom", "Luc", "--profession", "infirmier", "--date",
                "2026-01-05",
            ])
            let before = try registry.snapshot()

            try expectRefused(
                try registry.run(["personnel", "depart", "--personne", "INCONNU Personne", "--date", "2026-06-30"]),
                mentioning: ["aucune personne ne correspond à « INCONNU Personne »"], unchanged: registry, since: before
            )
            try expectRefused(
                try registry.run(["personnel", "depart", "--personne", "ESPOIR Luc", "--date", "2026-06-30"]),
                mentioning: ["départ impossible à l'étape « candidat »"], unchanged: registry, since: before)
            try expectRefused(
                try registry.run(["personnel", "depart", "--personne", "10000000017", "--date", "2020-01-01"]),
                mentioning: ["MARTIN Élodie (n°", ") n'a pas de contrat en cours le 01/01/2020"], unchanged: registry,
                since: before)
            try expectRefused(
                try registry.run(["personnel", "depart", "--personne", "10000000017", "--date", "31/06/2026"]),
                mentioning: ["option --date :"], unchanged: registry, since: before)
        }
    }

    // MARK: recrutement

    @Test func aCandidateMovesForwardStageByStageButNeverBackNorAbandonsOnceHired() async throws {
        try await withRegistry(examples: true) { registry in
            let number = rpps(51)

            let added = try registry.succeed([
                "recrutement", "candidat", "--nom", "NOUVELLE", "--prenom", "Chloé", "--profession", "Sage-femme",
                "--rpps", number,
                "--date", "05/01/2026", "--note", "salon de Toulouse",
            ])
            #expect(added.stdout.contains("Candidat·e enregistré·e : NOUVELLE Chloé (n°7), Sage-femme, le 05/01/2026."))
            for (stage, date) in [("entretien", "2026-01-12"), ("promesse", "2026-01-20"), ("embauche", "2026-02-02")] {
                let moved = try registry.succeed([
                    "recrutement", "etape", "--personne", number, "--etape", stage, "--date", date,
                ])
                #expect(moved.stdout.contains("NOUVELLE Chloé (n°7) : étape"))
            }
            let history = try registry.succeed(["recrutement", "historique", "--personne", "n°7"]).stdout
            #expect(
                history.contains(
                    """
                    NOUVELLE Chloé (n°7), Sage-femme
                      05/01/2026  candidat — salon de Toulouse
                      12/01/2026  entretien
                      20/01/2026  promesse d'embauche
                      02/02/2026  embauché·e
                    """))
            let hired = try registry.succeed(["recrutement", "liste", "--etape", "embauche", "--format", "csv"]).stdout
            #expect(
                hired
                    == "\u{FEFF}numero;nom;prenom;profession;rpps;etape;depuis;note\n7;NOUVELLE;Chloé;sage_femme;\(number);embauche;2026-02-02;\n"
            )

            let before = try registry.snapshot()
            try expectRefused(
                try registry.run([
                    "recrutement", "etape", "--personne", number, "--etape", "entretien", "--date", "2026-02-03",
                ]),
                mentioning: [
                    "NOUVELLE Chloé (n°7) : retour en arrière impossible : de « embauché·e » à « entretien »",
                    "Rien n'a été enregistré.",
                ],
                unchanged: registry, since: before)
            try expectRefused(
                try registry.run([
                    "recrutement", "etape", "--personne", number, "--etape", "abandon", "--date", "2026-02-03",
                ]),
                mentioning: [
                    "abandon impossible après l'embauche (étape « embauché·e ») : enregistrer un départ (parti·e)"
                ],
                unchanged: registry, since: before)
            try expectRefused(
                try registry.run([
                    "recrutement", "etape", "--personne", number, "--etape", "en_poste", "--date", "2026-01-31",
                ]),
                mentioning: ["l'étape « en poste » du 31/01/2026 précède l'étape « embauché·e » du 02/02/2026"],
                unchanged: registry, since: before)
            try expectRefused(
                try registry.run([
                    "recrutement", "etape", "--personne", number, "--etape", "signature", "--date", "2026-03-01",
                ]),
                mentioning: [
                    "option --etape : étape de recrutement inconnue « signature » : valeurs possibles candidat, entretien"
                ],
                unchanged: registry, since: before)
        }
    }

    @Test func aCandidateWithAnRPPSAlreadyGivenToSomeoneIsRefused() async throws {
        try await withRegistry(examples: true) { registry in
            let before = try registry.snapshot()

            let result = try registry.run([
                "recrutement", "candidat", "--nom", "AUTRE", "--prenom", "Personne", "--profession",
                "medecin_generaliste",
                "--rpps", "10000000017", "--date", "2026-01-05",
            ])

            try expectRefused(
                result, mentioning: ["RPPS 10000000017 déjà attribué à MARTIN Élodie (n°", "Rien n'a été enregistré."],
                unchanged: registry, since: before)
        }
    }

    @Test func aCandidateWhoAbandonsBeforeTheHireCannotMoveAnyMore() async throws {
        try await withRegistry(examples: true) { registry in
            try registry.succeed([
                "recrutement", "candidat", "--nom", "HESITANT", "--prenom", "Marc", "--profession", "infirmier",
                "--date", "2026-01-05",
            ])
            try registry.succeed([
                "recrutement", "etape", "--personne", "HESITANT Marc", "--etape", "entretien", "--date", "2026-01-12",
            ])
            try registry.succeed([
                "recrutement", "etape", "--personne", "HESITANT Marc", "--etape", "abandon", "--date", "2026-01-15",
            ])
            let before = try registry.snapshot()

            try expectRefused(
                try registry.run([
                    "recrutement", "etape", "--personne", "HESITANT Marc", "--etape", "promesse", "--date",
                    "2026-02-01",
                ]),
                mentioning: ["après l'étape « abandon », une personne revient comme candidat"], unchanged: registry,
                since: before)
        }
    }

    // MARK: centres ajouter / modifier

    @Test func changingOnlySaturdayChangesOnlySaturday() async throws {
        try await withRegistry(examples: true) { registry in
            let name = "Centre de santé de Lézat-sur-Lèze"
            let added = try registry.succeed([
                "centres", "ajouter", "--nom", name, "--commune", "Lézat-sur-Lèze", "--code-insee", "09167",
                "--departement", "09",
                "--statut", "ouvert", "--date-ouverture", "01/03/2025", "--partenaire", "Commune de Lézat-sur-Lèze",
                "--lundi", "08:30-12:30 14:00-19:00", "--mercredi", "08:30-12:30",
            ])
            #expect(added.stdout.contains("Centre « \(name) » ajouté."))
            func row() throws -> [String] {
                let csv = try registry.succeed(["centres", "liste", "--format", "csv"]).stdout
                let line = try #require(csv.split(separator: "\n").first { $0.hasPrefix(name + ";") })
                return line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            }
            let before = try row()
            #expect(
                before == [
                    name, "Lézat-sur-Lèze", "09167", "09", "ouvert", "2025-03-01", "Commune de Lézat-sur-Lèze",
                    "08:30-12:30 14:00-19:00", "", "08:30-12:30", "", "", "",
                ])
            let others = try registry.snapshot().tables

            let modified = try registry.succeed(["centres", "modifier", "--nom", name, "--samedi", "09:00-12:00"])
            #expect(modified.stdout.contains("Centre « \(name) » modifié."))

            var expected = before
            expected[12] = "09:00-12:00"
            #expect(try row() == expected)
            let after = try registry.snapshot().tables
            for table in [
                "people", "contracts", "assignments", "recruitment_events", "collectivites", "centre_status_events",
            ] {
                #expect(after[table] == others[table], "\(table) changed")
            }

            let same = try registry.succeed([
                "centres", "modifier", "--nom", name.uppercased(), "--samedi", "09:00-12:00",
            ])
            #expect(same.stdout.contains("Centre « \(name) » inchangé."))
        }
    }

    @Test func addingACentreThatExistsIsRefused() async throws {
        try await withRegistry(examples: true) { registry in
            let before = try registry.snapshot()

            let result = try registry.run([
                "centres", "ajouter", "--nom", "centre de santé de millas", "--commune", "Millas", "--code-insee",
                "66108",
                "--departement", "66", "--statut", "ouvert", "--date-ouverture", "2022-09-05",
            ])

            try expectRefused(
                result, mentioning: ["Le centre « centre de santé de millas » existe déjà"], unchanged: registry,
                since: before)
        }
    }

    @Test func aCentreStatusCannotMoveBackwardsAndTheRefusalNamesTheOption() async throws {
        try await withRegistry(examples: true) { registry in
            let before = try registry.snapshot()

            let result = try registry.run(["centres", "modifier", "--nom", Self.millas, "--statut", "retenue"])

            try expectRefused(
                result,
                mentioning: [
                    "option --statut : le centre « Centre de santé de Millas » est « ouvert » : il ne peut pas passer à « retenue »",
                    "Rien n'a été enregistré.",
                ], unchanged: registry, since: before)
            // A command is not a file: no « ligne 1 », no « Import refusé ».
            #expect(!result.stderr.contains("ligne 1"))
            #expect(!result.stderr.contains("Import refusé"))
        }
    }

    @Test func aCentreStatusMovesForwardWithItsDate() async throws {
        try await withRegistry(examples: true) { registry in
            let cugnaux = "Centre de santé de Cugnaux"

            try registry.succeed([
                "centres", "modifier", "--nom", cugnaux, "--statut", "ouvert", "--date-ouverture", "02/03/2026",
                "--lundi", "08:00-19:00",
            ])

            let csv = try registry.succeed([
                "centres", "liste", "--format", "csv", "--statut", "ouvert", "--departement", "31",
            ]).stdout
            #expect(csv.contains("\(cugnaux);Cugnaux;31157;31;ouvert;2026-03-02;Commune de Cugnaux;08:00-19:00;;;;;"))
            let events = try registry.snapshot().tables["centre_status_events"] ?? ""
            #expect(events.contains("convention_signee"))
            #expect(events.contains(",ouvert,2026-03-02,"))
        }
    }

    // MARK: Usage and connection errors

    @Test(arguments: [["personnel", "liste"], ["centres", "liste"], ["recrutement", "liste"]])
    func anUnknownOutputFormatIsAUsageErrorListingTheFormatsBeforeAnyConnection(_ command: [String]) throws {
        // No server there: the usage error comes first.
        let result = try runMasante(
            command + ["--format", "xml", "--base", "host=/nonexistent-\(UUID().uuidString) dbname=masante"])

        #expect(result.status == 64, "\(result.stderr)")
        #expect(
            result.stderr.contains("format inconnu « xml » : valeurs possibles texte, csv, json"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func listingStaffWithoutAReachableServerExitsWith69() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
            "no-server-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }

        let result = try runMasante([
            "personnel", "liste", "--base", "host=\(empty.path) dbname=masante connect_timeout=2",
        ])

        #expect(result.status == 69)
        #expect(result.stderr.contains("impossible de joindre la base de données PostgreSQL"))
        #expect(result.stderr.contains("\(empty.path)/.s.PGSQL"))
        #expect(result.stdout.isEmpty)
    }

    // MARK: Injection through options

    @Test func sqlLookingOptionsAreStoredVerbatim() async throws {
        try await withRegistry(examples: true) { registry in
            let centre = "'); DROP TABLE centres; --"
            let firstName = "Robert\"); DELETE FROM contracts; --"

            try registry.succeed([
                "centres", "ajouter", "--nom", centre, "--commune", "Millas", "--code-insee", "66108", "--departement",
                "66",
                "--statut", "candidature",
            ])
            try registry.succeed([
                "personnel", "ajouter", "--nom", sqlLookingText, "--prenom", firstName, "--profession", "infirmier",
                "--rpps", rpps(61), "--centre", centre, "--date-embauche", "2024-01-01",
            ])
            try registry.succeed([
                "recrutement", "candidat", "--nom", sqlLookingText, "--prenom", "x' OR '1'='1", "--profession",
                "infirmier", "--date", "2026-01-05",
            ])

            let row = try #require(try registry.staff(["--centre", centre]).first)
            #expect(row["nom"] as? String == sqlLookingText)
            #expect(row["prenom"] as? String == firstName)
            #expect(row["centre"] as? String == centre)
            let pipeline = try registry.succeed(["recrutement", "liste", "--etape", "candidat", "--format", "json"])
                .stdout
            #expect(pipeline.contains("\"prenom\": \"x' OR '1'='1\""))
            let names = try registry.succeed(["centres", "liste", "--format", "csv"]).stdout
            #expect(names.contains("\"\(centre)\";Millas;66108;66;candidature;"))

            // A filter that looks like SQL is just an unknown centre, not a way to list everyone.
            let filter = try registry.run(["personnel", "liste", "--centre", "' OR 1=1 --"])
            #expect(filter.status == 65)
            #expect(filter.stderr.contains("centre inconnu « ' OR 1=1 -- »"), "\(filter.stderr)")
            #expect(filter.stdout.isEmpty)

            let snapshot = try registry.snapshot()
            #expect(snapshot.hasEveryRegistryTable)
            #expect(try registry.staff().count == 7)
            #expect(
                try registry.succeed(["recrutement", "historique", "--personne", rpps(61)]).stdout.contains(
                    "\(sqlLookingText) \(firstName)"))
        }
    }
}

import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// Each person's whole job under their own login, on the demo network: every command their guide
/// shows must pass, in the guide's order, and what is not theirs must be refused (exit 77) or,
/// for another centre's rows, not found. A grant missing on a sequence, a function or a type
/// fails here.
@Suite struct RoleMatrixTests {
    /// What a command must do under the role.
    enum Outcome {
        /// Done, or done with findings (exit 0 or 1).
        case allowed
        /// Refused by the database (exit 77).
        case refused
        /// Another centre's rows: not found (exit 65, « inconnu »), never « permission ».
        case hidden
    }

    static let millas = "Centre de santé de Millas"
    static let prades = "Centre de santé de Prades"
    static let salviac = "Centre de santé de Salviac"
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/exemples")

    /// Runs each case in order as `login` and records every one that does not do what it must.
    func check(
        _ fixture: DemoRoles, as login: String, _ cases: [([String], Outcome)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for (arguments, outcome) in cases {
            let result = try fixture.run(arguments, as: login)
            let what = "masante \(arguments.joined(separator: " ")) → \(result.status)\n\(result.stderr)"
            switch outcome {
            case .allowed:
                #expect(result.status == 0 || result.status == 1, "\(what)", sourceLocation: sourceLocation)
                #expect(!result.stderr.contains("permission"), "\(what)", sourceLocation: sourceLocation)
            case .refused:
                #expect(result.status == 77, "\(what)", sourceLocation: sourceLocation)
            case .hidden:
                #expect(
                    result.status == 65 && result.stderr.contains("inconnu"), "\(what)", sourceLocation: sourceLocation)
            }
        }
    }

    /// What only HR changes on a person: a share, a move to `movingTo`, an amendment, a long absence.
    static func hrChanges(movingTo centre: String, moveOutcome: Outcome) -> [([String], Outcome)] {
        let rey = ["--personne", "REY Arnaud"]
        return [
            (
                ["personnel", "affecter"] + rey + ["--centre", millas, "--quotite", "50", "--du", "01/01/2027"],
                .refused
            ),
            (["personnel", "mutation"] + rey + ["--vers", centre, "--le", "01/01/2027"], moveOutcome),
            (["personnel", "avenant"] + rey + ["--le", "01/01/2027", "--heures-hebdo", "28"], .refused),
            (
                ["personnel", "absence", "ajouter"] + rey + ["--type", "maladie_longue", "--du", "01/01/2027"],
                .refused
            ),
        ]
    }

    @Test func hrDoesTheWholeGuideAndNothingOfTheSchedules() async throws {
        try await DemoRoles.with(role: .rh) { fixture, login in
            let camille = "10000000066"
            let centres = FileManager.default.temporaryDirectory.appendingPathComponent(
                "masante-matrix-\(fixture.suffix).csv")
            defer { try? FileManager.default.removeItem(at: centres) }
            try """
            nom;commune;code_insee;departement;statut;date_ouverture;partenaire;lundi;mardi;mercredi;jeudi;vendredi;samedi
            Centre de santé de Saint-Girons;Saint-Girons;09261;09;convention_signee;;Commune de Saint-Girons;08:30-12:30;;;;;

            """.write(to: centres, atomically: true, encoding: .utf8)
            try check(
                fixture, as: login,
                [
                    (
                        [
                            "recrutement", "candidat", "--nom", "LEFEBVRE", "--prenom", "Camille", "--profession",
                            "Médecin généraliste",
                            "--rpps", camille, "--date", "02/09/2026", "--note", "Rencontrée au salon",
                        ], .allowed
                    ),
                    (
                        [
                            "recrutement", "etape", "--personne", camille, "--etape", "entretien", "--date",
                            "16/09/2026",
                        ], .allowed
                    ),
                    (
                        [
                            "recrutement", "etape", "--personne", "LEFEBVRE Camille", "--etape", "promesse", "--date",
                            "01/10/2026",
                            "--note", "Poste à Salviac",
                        ], .allowed
                    ),
                    (
                        ["recrutement", "etape", "--personne", camille, "--etape", "embauche", "--date", "15/10/2026"],
                        .allowed
                    ),
                    (
                        [
                            "personnel", "ajouter", "--nom", "LEFEBVRE", "--prenom", "Camille", "--profession",
                            "medecin_generaliste",
                            "--rpps", camille, "--centre", Self.salviac, "--date-embauche", "02/11/2026",
                        ], .allowed
                    ),
                    (["recrutement", "historique", "--personne", camille], .allowed),
                    (["accueil", "voir", "--personne", camille], .allowed),
                    (
                        ["accueil", "cocher", "--personne", camille, "--element", "DPAE", "--le", "16/10/2026"],
                        .allowed
                    ),
                    (["accueil", "liste", "--en-retard", "--centre", "salviac"], .allowed),
                    (
                        [
                            "accueil", "modele", "ajouter", "--libelle", "Badge de parking", "--groupe", "premier_jour",
                            "--qui", "responsable", "--delai", "0",
                        ], .allowed
                    ),
                    (["accueil", "modele", "retirer", "--libelle", "Badge de parking"], .allowed),
                    (["accueil", "modele", "liste", "--profession", "sage_femme"], .allowed),
                    (
                        [
                            "recrutement", "candidat", "--nom", "MOREAU", "--prenom", "Julien", "--profession",
                            "infirmier",
                            "--date", "01/10/2026",
                        ], .allowed
                    ),
                    (
                        [
                            "recrutement", "etape", "--personne", "MOREAU Julien", "--etape", "abandon", "--date",
                            "2026-11-20",
                        ], .allowed
                    ),
                    (["recrutement", "liste"], .allowed),
                    (["recrutement", "liste", "--etape", "entretien", "--format", "csv"], .allowed),
                    (
                        [
                            "personnel", "ajouter", "--nom", "VIDAL", "--prenom", "Manon", "--profession",
                            "Secrétaire médicale",
                            "--centre", Self.millas, "--date-embauche", "01/12/2026", "--heures-hebdo", "17,5",
                            "--type-contrat", "CDD", "--date-fin", "31/05/2027",
                        ], .allowed
                    ),
                    (["personnel", "importer", Self.examples.appendingPathComponent("personnel.csv").path], .allowed),
                    (["centres", "importer", centres.path], .allowed),
                    (
                        [
                            "centres", "ajouter", "--nom", "Centre de santé de Foix", "--commune", "Foix",
                            "--code-insee", "09122",
                            "--departement", "09", "--statut", "candidature",
                        ], .allowed
                    ),
                    (
                        [
                            "centres", "modifier", "--nom", "Centre de santé de Foix", "--statut", "retenue", "--lundi",
                            "08:30-12:30",
                        ], .allowed
                    ),
                    (["centres", "liste"], .allowed),
                    (["personnel", "liste"], .allowed),
                    (["personnel", "liste", "--centre", Self.salviac, "--au", "15/12/2026"], .allowed),
                    (["personnel", "liste", "--profession", "infirmiere", "--format", "json"], .allowed),
                    (
                        [
                            "personnel", "depart", "--personne", camille, "--date", "31/12/2026", "--motif",
                            "Retour en libéral",
                        ], .allowed
                    ),
                    (["planning", "semaine", "--centre", Self.millas, "--semaine", "2026-W49"], .allowed),
                    (["rapport", "progression", "--au", "2026-10-31"], .allowed),
                    (
                        [
                            "planning", "ajouter", "--centre", Self.millas, "--personne", "REY Arnaud", "--jour",
                            "2027-01-11",
                            "--debut", "08:30", "--fin", "12:30", "--activite", "consultation",
                        ], .refused
                    ),
                    (["planning", "publier", "--centre", Self.millas, "--semaine", "2026-W50"], .refused),
                    (["planning", "creneaux", "regles", "--centre", Self.millas], .allowed),
                    (
                        [
                            "planning", "creneaux", "regles", "--centre", Self.millas, "--activite", "consultation",
                            "--duree", "15",
                        ], .refused
                    ),
                    (["planning", "creneaux", "--centre", Self.millas, "--semaine", "2026-W49"], .refused),
                    (["planning", "creneaux", "lien", "--centre", Self.millas], .refused),
                    (["activite", "importer", Self.examples.appendingPathComponent("activite.csv").path], .refused),
                    (["utilisateur", "liste"], .refused),
                    (["audit"], .refused),
                ])
            #expect(try fixture.count("SELECT count(*) FROM people WHERE rpps = \(camille)") == 1)
        }
    }

    @Test func aManagerDoesTheWholeGuideInTheirCentreAndFindsNoOtherCentre() async throws {
        try await DemoRoles.with(role: .responsable, centres: [Self.millas]) { fixture, login in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "masante-matrix-\(fixture.suffix)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let planning = folder.appendingPathComponent("planning.csv")
            try """
            centre;personne;jour;debut;fin;activite;lieu
            \(Self.millas);REY Arnaud;2027-01-18;08:30;12:30;consultation;
            \(Self.millas);DENIS Karim;2027-01-18;13:30;19:00;soins_non_programmes;
            \(Self.millas);GAUTHIER Nadia;2027-01-19;09:00;12:00;visite_ehpad;EHPAD Les Micocouliers

            """.write(to: planning, atomically: true, encoding: .utf8)
            let activity = folder.appendingPathComponent("activite.csv")
            try """
            centre;mois;consultations_programmees;consultations_non_programmees;visites_domicile;visites_ehpad;nouveaux_patients_medecin_traitant
            \(Self.millas);2026-11;480;120;30;12;6

            """.write(to: activity, atomically: true, encoding: .utf8)
            let otherActivity = folder.appendingPathComponent("activite-prades.csv")
            try """
            centre;mois;consultations_programmees;consultations_non_programmees;visites_domicile;visites_ehpad;nouveaux_patients_medecin_traitant
            \(Self.prades);2026-11;480;120;30;12;6

            """.write(to: otherActivity, atomically: true, encoding: .utf8)
            try check(
                fixture, as: login,
                [
                    (["centres", "liste"], .allowed),
                    (["personnel", "liste"], .allowed),
                    (["planning", "semaine", "--centre", Self.millas, "--semaine", "2026-W49"], .allowed),
                    (
                        [
                            "planning", "ajouter", "--centre", Self.millas, "--personne", "REY Arnaud", "--jour",
                            "2027-01-11",
                            "--debut", "08:30", "--fin", "12:30", "--activite", "consultation",
                        ], .allowed
                    ),
                    (
                        [
                            "planning", "supprimer", "--centre", Self.millas, "--personne", "REY Arnaud", "--jour",
                            "2027-01-11",
                            "--debut", "08:30",
                        ], .allowed
                    ),
                    (["planning", "importer", planning.path], .allowed),
                    (["planning", "verifier", "--centre", Self.millas, "--semaine", "2027-W03"], .allowed),
                    (["planning", "regles", "--centre", Self.millas], .allowed),
                    (
                        [
                            "planning", "regles", "--centre", Self.millas, "--desactiver", "amplitude_ouverture",
                            "--limite", "pause_min=30",
                        ], .allowed
                    ),
                    (
                        [
                            "planning", "modele", "enregistrer", "--centre", Self.millas, "--semaine", "2026-W49",
                            "--nom", "Semaine type",
                        ], .allowed
                    ),
                    (["planning", "modele", "liste", "--centre", Self.millas], .allowed),
                    (
                        ["planning", "copier", "--centre", Self.millas, "--de", "Semaine type", "--vers", "2027-W04"],
                        .allowed
                    ),
                    (["planning", "publier", "--centre", Self.millas, "--semaine", "2027-W03"], .allowed),
                    (["planning", "historique", "--centre", Self.millas, "--semaine", "2026-W49"], .allowed),
                    (
                        [
                            "planning", "exporter", "--format", "ics", "--centre", Self.millas,
                            "--sortie", folder.appendingPathComponent("millas.ics").path,
                        ], .allowed
                    ),
                    (["planning", "besoins", "liste", "--centre", Self.millas], .allowed),
                    (["planning", "proposer", "--centre", Self.millas, "--semaine", "2027-W05", "--apercu"], .allowed),
                    (["planning", "expliquer", "--centre", Self.millas, "--semaine", "2026-W49"], .allowed),
                    (
                        [
                            "planning", "suggerer", "--centre", Self.millas, "--jour", "2027-01-12", "--debut", "14:00",
                            "--fin", "18:00",
                            "--activite", "visite_domicile",
                        ], .allowed
                    ),
                    (["activite", "importer", activity.path], .allowed),
                    (["planning", "creneaux", "regles", "--centre", Self.millas], .allowed),
                    (
                        [
                            "planning", "creneaux", "regles", "--centre", Self.millas, "--activite", "consultation",
                            "--duree", "15",
                        ], .allowed
                    ),
                    (
                        [
                            "planning", "creneaux", "--centre", Self.millas, "--semaine", "2026-W49",
                            "--sortie", folder.appendingPathComponent("creneaux.json").path,
                        ], .allowed
                    ),
                    (["planning", "creneaux", "--centre", Self.prades, "--semaine", "2026-W49"], .hidden),
                    (["planning", "creneaux", "lien", "--centre", Self.millas], .allowed),
                    (["planning", "creneaux", "revoquer", "--centre", Self.millas], .allowed),
                    (["planning", "creneaux", "lien", "--centre", Self.prades], .hidden),
                    (["planning", "creneaux", "regles", "--centre", Self.prades], .hidden),
                    (["planning", "semaine", "--centre", Self.prades, "--semaine", "2026-W49"], .hidden),
                    (
                        [
                            "planning", "ajouter", "--centre", Self.prades, "--personne", "REY Arnaud", "--jour",
                            "2027-01-11",
                            "--debut", "08:30", "--fin", "12:30", "--activite", "consultation",
                        ], .hidden
                    ),
                    (["activite", "importer", otherActivity.path], .hidden),
                    (["accueil", "liste", "--toutes"], .allowed),
                    (["accueil", "liste", "--centre", Self.prades], .hidden),
                    (["accueil", "ouvrir", "--personne", "REY Arnaud"], .refused),
                    (["accueil", "modele", "liste"], .refused),
                ] + Self.hrChanges(movingTo: Self.prades, moveOutcome: .hidden)
                    + [
                        (
                            [
                                "personnel", "ajouter", "--nom", "VIDAL", "--prenom", "Manon", "--profession",
                                "secretaire_medical",
                                "--centre", Self.millas, "--date-embauche", "01/12/2026",
                            ], .refused
                        ),
                        (
                            [
                                "recrutement", "candidat", "--nom", "MOREAU", "--prenom", "Julien", "--profession",
                                "infirmier",
                            ], .refused
                        ),
                        (["utilisateur", "liste"], .refused),
                        (["audit"], .refused),
                    ])
            let listing = try fixture.run(["centres", "liste"], as: login)
            #expect(listing.stdout.contains(Self.millas) && !listing.stdout.contains(Self.prades), "\(listing.stdout)")
        }
    }

    @Test func theRegionPrintsItsReportAndSetsItsGoalButReadsNoPerson() async throws {
        try await DemoRoles.with(role: .region) { fixture, login in
            let html = FileManager.default.temporaryDirectory.appendingPathComponent(
                "masante-matrix-\(fixture.suffix).html")
            defer { try? FileManager.default.removeItem(at: html) }
            try check(
                fixture, as: login,
                [
                    (["rapport", "progression", "--au", "2026-10-31"], .allowed),
                    (["rapport", "progression", "--au", "2026-10-31", "--format", "json"], .allowed),
                    (["rapport", "progression", "--au", "2026-10-31", "--format", "csv"], .allowed),
                    (
                        ["rapport", "progression", "--au", "2026-10-31", "--format", "html", "--sortie", html.path],
                        .allowed
                    ),
                    (["objectif"], .allowed),
                    (["objectif", "--cible", "200", "--echeance", "2028-03-31"], .allowed),
                    (["centres", "liste"], .allowed),
                    (["personnel", "liste"], .refused),
                    (["recrutement", "liste"], .refused),
                    (["accueil", "liste"], .refused),
                    (["accueil", "modele", "liste"], .refused),
                ] + Self.hrChanges(movingTo: Self.millas, moveOutcome: .refused)
                    + [
                        (["personnel", "echeances"], .refused),
                        (["planning", "semaine", "--centre", Self.millas, "--semaine", "2026-W49"], .refused),
                        (["planning", "creneaux", "--centre", Self.millas, "--semaine", "2026-W49"], .refused),
                        (["planning", "creneaux", "regles", "--centre", Self.millas], .refused),
                        (
                            ["activite", "importer", Self.examples.appendingPathComponent("activite.csv").path],
                            .refused
                        ),
                        (["audit"], .refused),
                    ])
        }
    }

    @Test func anAdministratorManagesLoginsReadsTheTrailAndDoesEveryonesWork() async throws {
        try await DemoRoles.with(role: .admin) { fixture, login in
            let newcomer = "rh2-\(fixture.suffix)"
            try check(
                fixture, as: login,
                [
                    (["utilisateur", "ajouter", "--identifiant", newcomer, "--role", "rh"], .allowed),
                    (["utilisateur", "liste"], .allowed),
                    (["utilisateur", "retirer", "--identifiant", newcomer], .allowed),
                    (["audit", "--depuis", "2026-01-01", "--table", "shifts", "--limite", "5"], .allowed),
                    (["personnel", "liste"], .allowed),
                    (["planning", "semaine", "--centre", Self.millas, "--semaine", "2026-W49"], .allowed),
                    (["rapport", "progression", "--au", "2026-10-31"], .allowed),
                    (["centres", "modifier", "--nom", Self.salviac, "--samedi", "09:00-12:00"], .allowed),
                ])
        }
    }
}

import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore

/// `masante recrutement …`: candidates followed from first contact to hire.
struct Recrutement: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recrutement",
        abstract: "Recrutement : candidats et étapes (candidat → entretien → promesse → embauche → en_poste → parti, ou abandon).",
        subcommands: [Candidat.self, Etape.self, Liste.self, Historique.self]
    )

    struct Candidat: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enregistre un nouveau candidat.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Nom de famille.") var nom: String
        @Option(help: "Prénom.") var prenom: String
        @Option(help: "Profession : \(Profession.validCodes).") var profession: String
        @Option(help: "Spécialité (médecins spécialistes).") var specialite: String?
        @Option(help: "Numéro RPPS, s'il est connu.") var rpps: String?
        @Option(help: "Date du premier contact (aujourd'hui par défaut).") var date: String?
        @Option(help: "Remarque.") var note: String?

        func run() throws {
            let job = try parseOption("profession", profession) { (text: String) throws(FieldError) -> Profession in
                guard let value = Profession(label: text) else {
                    throw FieldError("profession inconnue « \(text) » : valeurs possibles \(Profession.validCodes)")
                }
                return value
            }
            let request = try RegisterCandidate.Request(
                lastName: nom, firstName: prenom, profession: job,
                specialty: try specialite.map { try parseOption("specialite", $0, Specialty.parse) },
                rpps: try rpps.map { try parseOption("rpps", $0, RPPS.parse) }, date: try dateOption("date", date), note: note)
            let person = try RegisterCandidate(try global.connect()).run(request)
            print("Candidat·e enregistré·e : \(person.display), \(job.label), le \(request.date.french).")
        }
    }

    struct Etape: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fait passer une personne à l'étape suivante (datée).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "La personne : RPPS, numéro (n°12) ou « NOM Prénom ».") var personne: String
        @Option(help: "Nouvelle étape : \(RecruitmentStage.allCases.map(\.rawValue).joined(separator: ", ")).") var etape: String
        @Option(help: "Date de l'étape (aujourd'hui par défaut).") var date: String?
        @Option(help: "Remarque.") var note: String?

        func run() throws {
            let request = try MoveRecruitmentStage.Request(
                person: personne, stage: try parseOption("etape", etape, RecruitmentStage.parse), date: try dateOption("date", date),
                note: note)
            let person = try MoveRecruitmentStage(try global.connect()).run(request)
            print("\(person.display) : étape « \(request.stage.label) » au \(request.date.french).")
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste chaque personne à sa dernière étape.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Format : texte, csv, json.") var format = "texte"
        @Option(help: "Seulement cette étape.") var etape: String?

        func run() throws {
            let format = try OutputFormat.parse(format)
            let stage = try etape.map { try parseOption("etape", $0, RecruitmentStage.parse) }
            let conn = try global.connect()
            var listing = try Recruitment(conn).pipeline(stage: stage)
            if format == .texte { listing = RegistryListings.labelled(listing) }
            print(ListingRenderer(listing: listing).render(format), terminator: "")
            if format == .texte { print("\(listing.rows.count) personne(s)") }
        }
    }

    struct Historique: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Montre les étapes datées d'une personne.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "La personne : RPPS, numéro (n°12) ou « NOM Prénom ».") var personne: String

        func run() throws {
            let conn = try global.connect()
            let person = try PeopleQueries(conn).find(personne)
            print("\(person.display), \(person.profession.label)")
            for event in try Recruitment(conn).history(of: person) {
                print("  \(event.on.french)  \(event.stage.label)\(event.note.map { " — \($0)" } ?? "")")
            }
        }
    }
}

import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

/// `masante recrutement …`: candidates followed from first contact to hire.
struct Recrutement: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recrutement",
        abstract:
            "Recrutement : candidats et étapes (candidat → entretien → promesse → embauche → en_poste → parti, ou abandon).",
        subcommands: [Candidat.self, Etape.self, Liste.self, Historique.self]
    )

    struct Candidat: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enregistre un nouveau candidat.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Nom de famille.") var nom: String
        @Option(help: "Prénom.") var prenom: String
        @Option(help: "Profession.") var profession: Profession
        @Option(help: "Spécialité (médecins spécialistes).") var specialite: Specialty?
        @Option(help: "Numéro RPPS, s'il est connu.") var rpps: RPPS?
        @Option(help: "Date du premier contact (aujourd'hui par défaut).") var date: CalendarDate?
        @Option(help: "Remarque.") var note: String?

        func run() throws {
            let request = try RegisterCandidate.Request(
                lastName: nom, firstName: prenom, profession: profession,
                specialty: specialite,
                rpps: rpps, date: date ?? .today(), note: note)
            let person = try RegisterCandidate(try global.connect()).run(request)
            print("Candidat·e enregistré·e : \(person.display), \(profession.label), le \(request.date.french).")
        }
    }

    struct Etape: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fait passer une personne à l'étape suivante (datée).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "La personne : RPPS, numéro (n°12) ou « NOM Prénom ».") var personne: String
        @Option(help: "Nouvelle étape.") var etape: RecruitmentStage
        @Option(help: "Date de l'étape (aujourd'hui par défaut).") var date: CalendarDate?
        @Option(help: "Remarque.") var note: String?

        func run() throws {
            let request = try MoveRecruitmentStage.Request(
                person: personne, stage: etape, date: date ?? .today(),
                note: note)
            let person = try MoveRecruitmentStage(try global.connect()).run(request)
            print("\(person.display) : étape « \(request.stage.label) » au \(request.date.french).")
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste chaque personne à sa dernière étape.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Format de sortie.") var format: ListFormat = .texte
        @Option(help: "Seulement cette étape.") var etape: RecruitmentStage?

        func run() throws {
            let format = format.format
            let conn = try global.connect()
            var listing = try Recruitment(conn).pipeline(stage: etape)
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

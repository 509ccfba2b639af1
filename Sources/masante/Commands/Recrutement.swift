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
            print(request.recorded(try RegisterCandidate(try global.connect()).run(request)))
        }
    }

    struct Etape: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fait passer une personne à l'étape suivante (datée).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: PersonOption
        @Option(help: "Nouvelle étape.") var etape: RecruitmentStage
        @Option(help: "Date de l'étape (aujourd'hui par défaut).") var date: CalendarDate?
        @Option(help: "Remarque.") var note: String?

        func run() throws {
            let request = try MoveRecruitmentStage.Request(
                person: who.personne, stage: etape, date: date ?? .today(),
                note: note)
            print(request.moved(try MoveRecruitmentStage(try global.connect()).run(request)))
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste chaque personne à sa dernière étape.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Format de sortie.") var format: ListFormat = .texte
        @Option(help: "Seulement cette étape.") var etape: RecruitmentStage?

        func run() throws {
            let pipeline = try Recruitment(try global.connect()).pipeline(stage: etape)
            print(Recruitment.document(pipeline, format.format), terminator: "")
        }
    }

    struct Historique: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Montre les étapes datées d'une personne.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: PersonOption

        func run() throws {
            let conn = try global.connect()
            let person = try PeopleQueries(conn).find(who.personne)
            Recruitment.historyLines(person, try Recruitment(conn).history(of: person)).forEach { print($0) }
        }
    }
}

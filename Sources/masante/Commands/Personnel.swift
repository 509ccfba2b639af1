import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

/// `masante personnel …`: people, their contracts and their assignments to centres.
struct Personnel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personnel",
        abstract:
            "Personnel : importer, ajouter, lister, affecter, muter, avenants, départ, absence longue, échéances.",
        subcommands: [
            Importer.self, Ajouter.self, Liste.self, Affecter.self, Mutation.self, Avenant.self, Contrats.self,
            Depart.self, Absence.self, Echeances.self,
        ]
    )

    struct Importer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importe un fichier CSV du personnel (tout ou rien ; réimporter ne crée pas de doublon).",
            discussion: "Colonnes : \(PeopleQueries.csvColumns.joined(separator: ";")).")

        @OptionGroup var arguments: ImportArguments

        func run() throws {
            try arguments.run(.people, what: "personnels")
        }
    }

    struct Ajouter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enregistre une personne embauchée, avec son contrat et son centre.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Nom de famille.") var nom: String
        @Option(help: "Prénom.") var prenom: String
        @Option(help: "Profession : \(Profession.validCodes).") var profession: String
        @Option(help: "Spécialité (médecins spécialistes).") var specialite: String?
        @Option(help: "Numéro RPPS (11 chiffres ; aucun pour les secrétaires).") var rpps: String?
        @Option(help: "Nom du centre d'affectation.") var centre: String
        @Option(name: .customLong("date-embauche"), help: "Date d'embauche, début du contrat.") var dateEmbauche: String
        @Option(name: .customLong("heures-hebdo"), help: "Heures hebdomadaires (35 par défaut, ex. 17,5).")
        var heuresHebdo: String?
        @Option(name: .customLong("type-contrat"), help: "CDI (par défaut) ou CDD.") var typeContrat: String?
        @Option(name: .customLong("date-fin"), help: "Fin du contrat (obligatoire pour un CDD).") var dateFin: String?

        func run() throws {
            let request = try HirePerson.Request(
                FieldRecord(values: [
                    ("nom", nom), ("prenom", prenom), ("profession", profession), ("specialite", specialite),
                    ("rpps", rpps ?? ""), ("centre", centre), ("date_embauche", dateEmbauche),
                    ("heures_hebdo", heuresHebdo),
                    ("type_contrat", typeContrat), ("date_fin", dateFin),
                ]))
            print(try HirePerson(try global.connect()).run(request).french)
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Liste le personnel sous contrat, avec les totaux d'ETP (le csv se réimporte tel quel).")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Format de sortie.") var format: ListFormat = .texte
        @Option(help: "Seulement ce centre.") var centre: String?
        @Option(help: "Seulement cette profession.") var profession: Profession?
        @Option(help: "Seulement cette étape de recrutement.") var etape: RecruitmentStage?
        @Option(help: "Date à laquelle compter les ETP (aujourd'hui par défaut).") var au: CalendarDate?
        @OptionGroup var output: OutputOptions

        func run() throws {
            let date = au ?? .today()
            try output.check(holding: .personal)
            let conn = try global.connect()
            let staff = try PeopleQueries(conn).list(
                centre: centre, profession: profession, stage: etape, on: date, historical: au != nil)
            try output.emit(
                staff.document(format.format, on: date), holding: .personal, done: "Liste du personnel écrite")
        }
    }

    struct Depart: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enregistre le départ d'une personne : fin de contrat et d'affectation, étape « parti ».")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var who: PersonOption
        @Option(help: "Date du départ (dernier jour travaillé).") var date: CalendarDate
        @Option(help: "Motif ou remarque.") var motif: String?

        func run() throws {
            let request = try RecordDeparture.Request(
                person: who.personne, date: date, reason: motif)
            let person = try RecordDeparture(try global.connect()).run(request)
            print("Départ de \(person.display) enregistré au \(request.date.french).")
        }
    }
}

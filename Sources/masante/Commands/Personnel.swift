import MaSanteTerminal

/// `masante personnel …`: people, their contracts and their assignments to centres.
struct Personnel: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        @OptionGroup var hire: HireOptions

        func run() throws {
            let request = try hire.request()
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
            try output.emit(holding: .personal, done: "Liste du personnel écrite") {
                let date = au ?? .today()
                let staff = try PeopleQueries(try global.connect()).list(
                    centre: centre, profession: profession, stage: etape, on: date, historical: au != nil)
                return staff.document(format.format, on: date)
            }
        }
    }

    struct Depart: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enregistre le départ d'une personne : fin de contrat et d'affectation, étape « parti ».")

        @OptionGroup var who: PersonChoice
        @Option(help: "Date du départ (dernier jour travaillé).") var date: CalendarDate
        @Option(help: "Motif ou remarque.") var motif: String?

        func run() throws {
            let request = try RecordDeparture.Request(person: who.personne, date: date, reason: motif)
            print(request.recorded(try RecordDeparture(try who.global.connect()).run(request)))
        }
    }
}

import MaSanteTerminal

/// `masante recrutement …`: candidates followed from first contact to hire.
struct Recrutement: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Recrutement : candidats et étapes (candidat → entretien → promesse → embauche → en_poste → parti, ou abandon).",
        subcommands: [Candidat.self, Etape.self, Liste.self, Historique.self]
    )

    struct Candidat: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enregistre un nouveau candidat.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var candidate: CandidateOptions

        func run() throws {
            let request = try candidate.request()
            print(request.recorded(try RegisterCandidate(try global.connect()).run(request)))
        }
    }

    struct Etape: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fait passer une personne à l'étape suivante (datée).")

        @OptionGroup var who: PersonChoice
        @Option(help: "Nouvelle étape.") var etape: RecruitmentStage
        @Option(help: "Date de l'étape (aujourd'hui par défaut).") var date: CalendarDate?
        @Option(help: "Remarque.") var note: String?

        func run() throws {
            let request = try MoveRecruitmentStage.Request(
                person: who.personne, stage: etape, date: date ?? .today(),
                note: note)
            print(request.moved(try MoveRecruitmentStage(try who.global.connect()).run(request)))
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liste chaque personne à sa dernière étape.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "Format de sortie.") var format: ListFormat = .texte
        @Option(help: "Seulement cette étape.") var etape: RecruitmentStage?

        func run() throws {
            print(
                try ReadRecruitment(try global.connect()).pipeline(stage: etape, format: format.format), terminator: "")
        }
    }

    struct Historique: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Montre les étapes datées d'une personne.")

        @OptionGroup var who: PersonChoice

        func run() throws {
            try ReadRecruitment(try who.global.connect()).history(of: who.personne).forEach { print($0) }
        }
    }
}

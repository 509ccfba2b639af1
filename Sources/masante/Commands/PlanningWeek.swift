import MaSanteTerminal

extension Planning {
    struct Semaine: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Affiche le planning d'un centre pour une semaine (grille par personne et par jour, avec les constats).",
            discussion:
                "Le csv reprend les colonnes de « planning importer » : modifiez-le puis réimportez-le avec --remplacer."
        )

        @OptionGroup var which: WeekOptions
        @Option(help: "Format de sortie (html : page A4 paysage à imprimer).") var format: DocumentFormat = .texte
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(holding: .personal, done: "Planning écrit") {
                let (session, centre) = try which.open()
                return try WeekGrid.render(
                    try ShowWeek(session).run(centre: centre, week: which.week()), as: format.format)
            }
        }
    }

    struct Verifier: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifie la semaine d'un centre : durées du travail, repos, contrats, couverture, ouverture.",
            discussion: "Code de sortie 1 quand un constat est bloquant (la semaine ne peut pas être publiée), 0 sinon."
        )

        @OptionGroup var which: WeekOptions
        @Option(help: "Format de sortie.") var format: ReadingFormat = .texte

        func run() throws {
            let week = which.week()
            let (session, centre) = try which.open()
            let view = try ShowWeek(session).run(centre: centre, week: week)
            print(try view.findingsDocument(format.format, week: week))
            if view.hasBlockingFinding { throw ExitCode(FailureKind.problemsFound.exitStatus) }
        }
    }

    struct Publier: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Publie la semaine d'un centre : refusé tant qu'un constat est bloquant ; une semaine publiée est verrouillée."
        )

        @OptionGroup var which: WeekOptions

        func run() throws {
            let (session, centre) = try which.open()
            let published = try PublishWeek(session).run(centre: centre, week: which.week())
            published.publishedLines(centre: centre.name).forEach { print($0) }
        }
    }

    struct Historique: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Montre la publication d'une semaine et chaque changement fait ensuite : qui, quand, motif, le service avant et après.",
            discussion:
                "En texte : les personnes par leur nom, les jours et les heures en clair. En json (--format json) : les mêmes informations, jours AAAA-MM-JJ et heures HH:MM de Paris."
        )

        @OptionGroup var which: WeekOptions
        @Option(help: "Format de sortie.") var format: ReadingFormat = .texte

        func run() throws {
            let week = which.week()
            let (session, centre) = try which.open()
            let changes = try WeekHistory(session).run(centre: centre, week: week)
            print(try ChangeHistory.document(changes, format.format, centre: centre.name, week: week))
        }
    }
}

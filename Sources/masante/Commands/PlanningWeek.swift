import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

extension Planning {
    struct Semaine: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Affiche le planning d'un centre pour une semaine (grille par personne et par jour, avec les constats).",
            discussion:
                "Le csv reprend les colonnes de « planning importer » : modifiez-le puis réimportez-le avec --remplacer."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions
        @Option(help: "Format de sortie (html : page A4 paysage à imprimer).") var format: DocumentFormat = .texte
        @OptionGroup var output: OutputOptions

        func run() throws {
            let format = format.format
            let week = which.week()
            try output.check(holding: .personal)
            let session = try global.connect()
            let view = try ShowWeek(session).run(
                centre: try MyCentres(session).centre(option: which.centre), week: week)
            try output.emit(try WeekGrid.render(view, as: format), holding: .personal, done: "Planning écrit")
        }
    }

    struct Verifier: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifie la semaine d'un centre : durées du travail, repos, contrats, couverture, ouverture.",
            discussion: "Code de sortie 1 quand un constat est bloquant (la semaine ne peut pas être publiée), 0 sinon."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions
        @Option(help: "Format de sortie.") var format: ReadingFormat = .texte

        func run() throws {
            let format = format.format
            let week = which.week()
            let session = try global.connect()
            let view = try ShowWeek(session).run(
                centre: try MyCentres(session).centre(option: which.centre), week: week)
            print(try view.findingsDocument(format, week: week))
            if view.hasBlockingFinding { throw ExitCode(FailureKind.problemsFound.exitStatus) }
        }
    }

    struct Publier: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Publie la semaine d'un centre : refusé tant qu'un constat est bloquant ; une semaine publiée est verrouillée."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions

        func run() throws {
            let week = which.week()
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: which.centre)
            let published = try PublishWeek(session).run(centre: centre, week: week)
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

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions
        @Option(help: "Format de sortie.") var format: ReadingFormat = .texte

        func run() throws {
            let format = format.format
            let week = which.week()
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: which.centre)
            let changes = try WeekHistory(session).run(centre: centre, week: week)
            print(try ChangeHistory.document(changes, format, centre: centre.name, week: week))
        }
    }
}

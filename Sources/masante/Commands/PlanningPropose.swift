import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal
import Rostering
import WeekPlanner

extension Planning {
    struct Proposer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Propose la semaine d'un centre : remplit ses besoins avec le personnel affecté, sans enfreindre de règle bloquante.",
            discussion: """
                Les services déjà planifiés (et les absences) restent tels quels ; la proposition s'ajoute à la semaine en \
                brouillon (jamais à une semaine publiée). Affiche le score par contrainte et les besoins non couverts, avec \
                pour chacun ce qui empêche chaque personne de le prendre. Besoins : « planning besoins », sinon déduits \
                des horaires d'ouverture.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions
        @Option(help: "Temps de recherche maximal, en secondes.") var secondes: Double = 3
        @Option(
            help:
                "Graine du tirage aléatoire (même graine, même proposition, tant que la recherche finit avant --secondes)."
        ) var graine: UInt64 = 1
        @Flag(help: "Affiche la proposition sans l'enregistrer (la même que la commande enregistrerait).") var apercu =
            false
        @OptionGroup var replan: AbsenceReplanOptions
        @OptionGroup var network: NetworkOptions

        func validate() throws {
            try OptionRefusal.checking {
                guard secondes > 0, secondes <= 600 else {
                    throw UserFailure("option --secondes : entre 0 et 600 secondes (\(secondes))", kind: .badData)
                }
                try replan.check()
            }
        }

        func run() throws {
            if network.isChosen { return try runNetwork(week: which.week()) }
            let week = which.week()
            let absence = try replan.replan(in: week)
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: which.centre)
            var request = ProposeWeek.Request(
                centre: centre, week: week, seconds: secondes, seed: graine, reason: replan.motif)
            request.absence = absence
            let propose = ProposeWeek(session)
            let proposal = try propose.run(request)
            print(proposal.text)
            if apercu {
                print(ProposeWeek.previewNotice)
            } else if let saved = try propose.accept(proposal) {
                print(saved.french)
            }
        }
    }

    struct Expliquer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Détaille le score d'une semaine, faite à la main ou proposée : couverture des besoins, écart aux heures des contrats, et les besoins non couverts avec leurs raisons."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions

        func run() throws {
            let week = which.week()
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: which.centre)
            let explained = try ExplainWeek(session).run(centre: centre, week: week)
            print("Score de \(centre.name), semaine \(week) :\n" + ProposalText.report(explained))
        }
    }
}

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
        @Option(
            help:
                "Une absence à replanifier : la personne (RPPS ou « NOM Prénom ») dont les services de ces jours deviennent une absence."
        )
        var absence: String?
        @Option(help: "Type de l'absence, obligatoire avec --absence.") var typeAbsence: AbsenceKind?
        @Option(help: "Premier jour de l'absence (dans la semaine).") var du: CalendarDate?
        @Option(help: "Dernier jour de l'absence (le premier par défaut).") var au: CalendarDate?
        @Option(
            help:
                "Motif, obligatoire pour replanifier une absence dans une semaine publiée (inscrit dans son historique)."
        ) var motif: String?
        @Option(
            help:
                "Plusieurs centres planifiés ensemble (noms ou parties de noms séparés par des virgules) : qui travaille dans plusieurs d'entre eux y est planifié une seule fois, 48 h, repos et trajets compris (--secondes compte alors par centre)."
        ) var centres: String?
        @Flag(help: "Tous les centres ouverts ensemble (administrateur, RH).") var reseau = false

        func validate() throws {
            try OptionRefusal.checking {
                guard secondes > 0, secondes <= 600 else {
                    throw UserFailure("option --secondes : entre 0 et 600 secondes (\(secondes))", kind: .badData)
                }
                if absence == nil, typeAbsence != nil || du != nil || au != nil {
                    throw UserFailure("options --type-absence, --du, --au : seulement avec --absence", kind: .badData)
                }
                if absence != nil, typeAbsence == nil {
                    throw UserFailure(
                        "option --type-absence : obligatoire avec --absence (valeurs possibles \(AbsenceKind.allValueStrings.joined(separator: ", ")))",
                        kind: .badData)
                }
                try typedOption("motif", motif, as: .freeText)
                if absence != nil, du == nil {
                    throw UserFailure(
                        "option --du : le premier jour de l'absence est obligatoire avec --absence", kind: .badData)
                }
            }
        }

        func run() throws {
            if centres != nil || reseau { return try runNetwork(week: which.week()) }
            let week = which.week()
            let days = try du.map {
                try ProposeWeek.Absence.days(first: "\($0)", last: au.map { "\($0)" } ?? "", in: week)
            }
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: which.centre)
            var request = ProposeWeek.Request(
                centre: centre, week: week, seconds: secondes, seed: graine, reason: motif)
            if let absence, let kind = typeAbsence?.activity, let days {
                request.absence = ProposeWeek.Absence(person: absence, kind: kind, first: days.first, last: days.last)
            }
            let propose = ProposeWeek(session)
            let proposal = try propose.run(request)
            print(proposal.text)
            if apercu {
                print("Aperçu : rien n'a été enregistré.")
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
            print("Score de \(centre.name), semaine \(week) :")
            print(ProposalText.report(explained))
        }
    }
}

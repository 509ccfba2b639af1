import ArgumentParser
import Foundation
import MaSante
import MaSanteStore
import Rostering
import WeekPlanner

extension Planning {
    struct Proposer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose la semaine d'un centre : remplit ses besoins avec le personnel affecté, sans enfreindre de règle bloquante.",
            discussion: """
                Les services déjà planifiés (et les absences) restent tels quels ; la proposition s'ajoute à la semaine en \
                brouillon (jamais à une semaine publiée). Affiche le score par contrainte et les besoins non couverts, avec \
                pour chacun ce qui empêche chaque personne de le prendre. Besoins : « planning besoins », sinon déduits \
                des horaires d'ouverture.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions
        @Option(help: "Temps de recherche maximal, en secondes.") var secondes: Double = 3
        @Option(help: "Graine du tirage aléatoire (même graine, même proposition à temps égal).") var graine: UInt64 = 1
        @Flag(help: "Affiche la proposition sans l'enregistrer.") var apercu = false

        func run() throws {
            try reportingFailures {
                guard secondes > 0, secondes <= 600 else {
                    throw CommandFailure.message("option --secondes : entre 0 et 600 secondes (\(secondes))", status: ExitStatus.badData)
                }
                let week = try which.week()
                let conn = try global.connect()
                let queries = PlanningQueries(connection: conn)
                let centre = try queries.centre(named: which.centre)
                if try queries.view(centreID: centre.id, week: week).status == .publiee {
                    throw CommandFailure.message(
                        "La semaine \(week) de \(centre.name) est publiée : une proposition ne s'écrit que dans une semaine en brouillon.",
                        status: ExitStatus.badData)
                }
                let request = try CentreNeedsStore(connection: conn).request(centreID: centre.id, week: week)
                let proposal = WeekPlanner.propose(request, options: SolverOptions(seconds: secondes, seed: graine))
                let names = Dictionary(uniqueKeysWithValues: request.people.map { ($0.personID, $0.name) })
                print("Proposition pour \(centre.name), semaine \(week) : \(proposal.shifts.count) service(s) en \(FrenchNumber.format(proposal.seconds, maxFractionDigits: 1)) s.")
                for shift in proposal.shifts.sorted(by: { ($0.start, names[$0.personID] ?? "") < ($1.start, names[$1.personID] ?? "") }) {
                    let place = shift.place.map { ", \($0)" } ?? ""
                    print("  \(ScheduleFrench.date(shift.day)) \(shift.startTime)–\(shift.endTime)  \(names[shift.personID] ?? "?")  \(shift.activity.label)\(place)")
                }
                if !apercu && !proposal.shifts.isEmpty {
                    var edit = PlanningEdit()
                    for (index, shift) in proposal.shifts.enumerated() { edit.add(shift, line: index + 1) }
                    let outcome = try PlanningEditor(connection: conn).apply(edit)
                    let version = outcome.weeks.first { $0.centreID == centre.id }?.version ?? 0
                    print("Enregistré dans la semaine en brouillon (version \(version)).")
                } else if apercu {
                    print("Aperçu : rien n'a été enregistré.")
                }
                print(proposalReport(proposal))
            }
        }
    }

    struct Expliquer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Détaille le score d'une semaine, faite à la main ou proposée : couverture des besoins, heures, équité, et les besoins non couverts.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions

        func run() throws {
            try reportingFailures {
                let week = try which.week()
                let conn = try global.connect()
                let centre = try PlanningQueries(connection: conn).centre(named: which.centre)
                let request = try CentreNeedsStore(connection: conn).request(centreID: centre.id, week: week)
                print("Score de \(centre.name), semaine \(week) :")
                print(proposalReport(WeekPlanner.explain(request)))
            }
        }
    }
}

/// The score per constraint, the needs left short with their reasons, and the findings' count.
func proposalReport(_ proposal: WeekProposal) -> String {
    var lines: [String] = []
    if proposal.score.isEmpty {
        lines.append("Score : 0 (tous les besoins sont couverts, heures conformes aux contrats).")
    } else {
        lines.append("Score : \(proposal.objective) point(s)")
        for term in proposal.score {
            lines.append("  \(term.name) : \(term.count) → \(term.penalty) point(s)")
        }
    }
    if proposal.unfilled.isEmpty {
        lines.append("Besoins : tous couverts.")
    } else {
        lines.append("Besoins non couverts (\(proposal.unfilled.count)) :")
        for gap in proposal.unfilled {
            let below = gap.planned < gap.need.minimum ? "minimum \(gap.need.minimum)" : "cible \(gap.need.target)"
            lines.append("  \(gap.need.french) : \(gap.planned) planifié(s), \(below)")
            lines += gap.reasons.map { "    - \($0)" }
            if gap.reasons.isEmpty { lines.append("    - personne de ce métier n'est affecté au centre") }
        }
    }
    let blocking = proposal.findings.filter { $0.severity == .bloquant }.count
    let warnings = proposal.findings.count - blocking
    lines.append("Constats de la semaine : \(blocking) bloquant(s), \(warnings) avertissement(s) (détail : « masante planning verifier »).")
    lines += proposal.findings.filter { $0.severity == .bloquant }.prefix(5).map { "  bloquant : \($0.message)" }
    return lines.joined(separator: "\n")
}

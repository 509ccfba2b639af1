import ArgumentParser
import Foundation
import MaSante
import MaSanteStore
import PQ
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
        @Option(help: "Une absence à replanifier : la personne (RPPS ou « NOM Prénom ») dont les services de ces jours deviennent un congé.")
        var absence: String?
        @Option(help: "Premier jour de l'absence (dans la semaine).") var du: String?
        @Option(help: "Dernier jour de l'absence (le premier par défaut).") var au: String?
        @Option(help: "Motif, obligatoire pour replanifier une absence dans une semaine publiée (inscrit dans son historique).") var motif: String?

        func run() throws {
            try reportingFailures {
                guard secondes > 0, secondes <= 600 else {
                    throw CommandFailure.message("option --secondes : entre 0 et 600 secondes (\(secondes))", status: ExitStatus.badData)
                }
                let week = try which.week()
                try typedOption("motif", motif, as: .freeText)
                let conn = try global.connect()
                let queries = PlanningQueries(connection: conn)
                let centre = try queries.centre(option: which.centre)
                let published = try queries.view(centreID: centre.id, week: week).status == .publiee
                if published && (absence == nil || motif == nil) {
                    throw CommandFailure.message(
                        "La semaine \(week) de \(centre.name) est publiée : une proposition ne s'écrit que dans une semaine en brouillon, sauf pour replanifier une absence (--absence, --du, --motif).",
                        status: ExitStatus.badData)
                }
                var request = try CentreNeedsStore(connection: conn).request(centreID: centre.id, week: week)
                var edit = PlanningEdit(reason: motif)
                if let absence {
                    try replanAbsence(of: absence, in: &request, edit: &edit, connection: conn, week: week, centreName: centre.name)
                }
                let proposal = WeekPlanner.propose(request, options: SolverOptions(seconds: secondes, seed: graine))
                let names = Dictionary(uniqueKeysWithValues: request.people.map { ($0.personID, $0.name) })
                print("Proposition pour \(centre.name), semaine \(week) : \(proposal.shifts.count) service(s) en \(FrenchNumber.format(proposal.seconds, maxFractionDigits: 1)) s.")
                for shift in proposal.shifts.sorted(by: { ($0.start, names[$0.personID] ?? "") < ($1.start, names[$1.personID] ?? "") }) {
                    let place = shift.place.map { ", \($0)" } ?? ""
                    print("  \(ScheduleFrench.date(shift.day)) \(shift.startTime)–\(shift.endTime)  \(names[shift.personID] ?? "?")  \(shift.activity.label)\(place)")
                }
                print(proposalReport(proposal))
                for (index, shift) in proposal.shifts.enumerated() { edit.add(shift, line: index + 1) }
                if !apercu && !(edit.additions.isEmpty && edit.removals.isEmpty) {
                    let outcome = try PlanningEditor(connection: conn).apply(edit)
                    let version = outcome.weeks.first { $0.centreID == centre.id }?.version ?? 0
                    print("Enregistré dans la semaine \(published ? "publiée, avec son motif dans l'historique" : "en brouillon") (version \(version)).")
                } else if apercu {
                    print("Aperçu : rien n'a été enregistré.")
                }
            }
        }

        /// The absent person's shifts in this centre on the absence's days become leave (same hours),
        /// in the request and in the edit: the proposal then fills only the needs they covered.
        private func replanAbsence(of reference: String, in request: inout PlanningRequest, edit: inout PlanningEdit,
                                   connection: Connection, week: ISOWeek, centreName: String) throws {
            guard let du else { throw CommandFailure.message("option --du : le premier jour de l'absence est obligatoire avec --absence", status: ExitStatus.badData) }
            let first = try parseOption("du", du, CalendarDate.parse)
            let last = try au.map { try parseOption("au", $0, CalendarDate.parse) } ?? first
            guard first <= last, week.days.contains(first), week.days.contains(last) else {
                throw CommandFailure.message("options --du/--au : l'absence doit tenir dans la semaine \(week) (du \(week.days[0].french) au \(week.days[6].french))",
                                             status: ExitStatus.badData)
            }
            let person = try PeopleQueries(connection: connection).find(reference)
            let broken = request.existing.filter {
                $0.personID == person.id && $0.centreID == request.centre.centreID && $0.activity.isWork && first <= $0.day && $0.day <= last
            }
            guard !broken.isEmpty else {
                throw CommandFailure.message("\(person.lastName) \(person.firstName) n'a aucun service à \(centreName) du \(first.french) au \(last.french) : rien à replanifier.",
                                             status: ExitStatus.badData)
            }
            let leave = try broken.map { try Shift(personID: $0.personID, centreID: $0.centreID, start: $0.start, end: $0.end, activity: .conge) }
            request.existing.removeAll { shift in broken.contains { $0.id == shift.id } }
            request.existing += leave
            edit.removals += broken.map(\.id)
            for shift in leave { edit.add(shift) }
            print("Absence de \(person.lastName) \(person.firstName) : \(broken.count) service(s) deviennent un congé ; seuls les besoins qu'ils couvraient sont replanifiés.")
        }
    }

    struct Expliquer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Détaille le score d'une semaine, faite à la main ou proposée : couverture des besoins, écart aux heures des contrats, et les besoins non couverts avec leurs raisons.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WeekOptions

        func run() throws {
            try reportingFailures {
                let week = try which.week()
                let conn = try global.connect()
                let centre = try PlanningQueries(connection: conn).centre(option: which.centre)
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

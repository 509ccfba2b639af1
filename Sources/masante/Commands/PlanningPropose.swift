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
        @Option(help: "Graine du tirage aléatoire (même graine, même proposition, tant que la recherche finit avant --secondes).") var graine: UInt64 = 1
        @Flag(help: "Affiche la proposition sans l'enregistrer (la même que la commande enregistrerait).") var apercu = false
        @Option(help: "Une absence à replanifier : la personne (RPPS ou « NOM Prénom ») dont les services de ces jours deviennent une absence.")
        var absence: String?
        @Option(help: "Type de l'absence, obligatoire avec --absence : conge, maladie ou formation.") var typeAbsence: String?
        @Option(help: "Premier jour de l'absence (dans la semaine).") var du: String?
        @Option(help: "Dernier jour de l'absence (le premier par défaut).") var au: String?
        @Option(help: "Motif, obligatoire pour replanifier une absence dans une semaine publiée (inscrit dans son historique).") var motif: String?

        /// The search's budget: with it, not the clock, ending the search, a seed gives one proposal.
        static let iterations = 100_000

        func run() throws {
            try reportingFailures {
                guard secondes > 0, secondes <= 600 else {
                    throw CommandFailure.message("option --secondes : entre 0 et 600 secondes (\(secondes))", status: ExitStatus.badData)
                }
                let kind = try absenceKind()
                let week = try which.week()
                try typedOption("motif", motif, as: .freeText)
                let conn = try global.connect()
                let queries = PlanningQueries(conn)
                let centre = try queries.centre(option: which.centre)
                let published = try queries.view(centreID: centre.id, week: week).status == .publiee
                if published && (absence == nil || motif == nil) {
                    throw CommandFailure.message(
                        "La semaine \(week) de \(centre.name) est publiée : une proposition ne s'écrit que dans une semaine en brouillon, sauf pour replanifier une absence (--absence, --type-absence, --du, --motif).",
                        status: ExitStatus.badData)
                }
                var request = try CentreNeedsStore(conn).request(centreID: centre.id, week: week)
                var edit = PlanningEdit(reason: motif)
                var weights = PlannerWeights()
                if let absence, let kind {
                    weights = AbsenceReplan.weights
                    let replan = try replanAbsence(of: absence, kind: kind, in: request, session: conn, week: week, centreName: centre.name)
                    request = replan.request
                    edit.removals += replan.absent.map(\.id)
                    for shift in replan.replacements { edit.add(shift) }
                }
                let options = SolverOptions(seconds: secondes, maxIterations: Self.iterations, seed: graine)
                let proposal = WeekPlanner.propose(request, weights: weights, options: options)
                let names = Dictionary(uniqueKeysWithValues: request.people.map { ($0.personID, $0.name) })
                print("Proposition pour \(centre.name), semaine \(week) : \(proposal.shifts.count) service(s).")
                for shift in proposal.shifts.sorted(by: { ($0.start, names[$0.personID] ?? "") < ($1.start, names[$1.personID] ?? "") }) {
                    print("  \(Self.line(shift, name: names[shift.personID] ?? "?"))")
                }
                print(proposalReport(proposal))
                print("Recherche : \(FrenchNumber.format(proposal.seconds, maxFractionDigits: 1)) s, graine \(graine).")
                if proposal.stoppedByTime {
                    print("Attention : la recherche a été arrêtée par --secondes avant la fin ; relancée, la même graine peut donner une autre proposition (augmentez --secondes).")
                }
                for (index, shift) in proposal.shifts.enumerated() { edit.add(shift, line: index + 1) }
                if !apercu && !(edit.additions.isEmpty && edit.removals.isEmpty) {
                    let outcome = try PlanningEditor(conn).apply(edit)
                    let version = outcome.weeks.first { $0.centreID == centre.id }?.version ?? 0
                    print("Enregistré dans la semaine \(published ? "publiée, avec son motif dans l'historique" : "en brouillon") (version \(version)).")
                } else if apercu {
                    print("Aperçu : rien n'a été enregistré.")
                }
            }
        }

        /// `mardi 2 mars 2027 08:30–12:30  Karim DENIS  Consultation, EHPAD Les Tilleuls`.
        static func line(_ shift: Shift, name: String) -> String {
            let place = shift.place.map { ", \($0)" } ?? ""
            return "\(ScheduleFrench.date(shift.day)) \(shift.startTime)–\(shift.endTime)  \(name)  \(shift.activity.label)\(place)"
        }

        /// The kind of the absence: required with --absence, one of ``AbsenceReplan/kinds``.
        private func absenceKind() throws -> Activity? {
            let valid = AbsenceReplan.kinds.map(\.rawValue).joined(separator: ", ")
            guard absence != nil else {
                if typeAbsence != nil || du != nil || au != nil {
                    throw CommandFailure.message("options --type-absence, --du, --au : seulement avec --absence", status: ExitStatus.badData)
                }
                return nil
            }
            guard let typeAbsence else {
                throw CommandFailure.message("option --type-absence : obligatoire avec --absence (valeurs possibles \(valid))", status: ExitStatus.badData)
            }
            guard let kind = AbsenceReplan.kinds.first(where: { $0.rawValue == FrenchText.key(typeAbsence) || FrenchText.key($0.label) == FrenchText.key(typeAbsence) }) else {
                throw CommandFailure.message("option --type-absence : type d'absence invalide « \(typeAbsence) » : valeurs possibles \(valid)", status: ExitStatus.badData)
            }
            return kind
        }

        /// The absent person's work in this centre on the absence's days becomes an absence of
        /// `kind` (same hours); the request keeps only the needs that work covered.
        private func replanAbsence(of reference: String, kind: Activity, in request: PlanningRequest,
                                   session: Session, week: ISOWeek, centreName: String) throws -> AbsenceReplan {
            guard let du else { throw CommandFailure.message("option --du : le premier jour de l'absence est obligatoire avec --absence", status: ExitStatus.badData) }
            let first = try parseOption("du", du, CalendarDate.parse)
            let last = try au.map { try parseOption("au", $0, CalendarDate.parse) } ?? first
            guard first <= last, week.days.contains(first), week.days.contains(last) else {
                throw CommandFailure.message("options --du/--au : l'absence doit tenir dans la semaine \(week) (du \(week.days[0].french) au \(week.days[6].french))",
                                             status: ExitStatus.badData)
            }
            let person = try PeopleQueries(session).find(reference)
            let name = "\(person.firstName) \(person.lastName)"
            let replan: AbsenceReplan
            do {
                replan = try AbsenceReplan(request, personID: person.id, from: first, to: last, kind: kind)
            } catch {
                throw CommandFailure.message("\(person.lastName) \(person.firstName) n'a aucun service à \(centreName) du \(first.french) au \(last.french) : rien à replanifier.",
                                             status: ExitStatus.badData)
            }
            print("Absence de \(person.lastName) \(person.firstName) (\(kind.label.lowercased())) : \(replan.absent.count) service(s) deviennent « \(kind.label) » :")
            for shift in replan.absent { print("  \(Self.line(shift, name: name)) → \(kind.label)") }
            for shift in replan.notReplanned {
                print("  non replanifié (service de nuit ou du dimanche, à confier avec « planning ajouter ») : \(Self.line(shift, name: name))")
            }
            print("Seuls les besoins que couvraient ces services sont replanifiés ; les autres jours et les services des autres restent tels quels ; \(name) ne reçoit aucun nouveau service cette semaine.")
            return replan
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
                let centre = try PlanningQueries(conn).centre(option: which.centre)
                let request = try CentreNeedsStore(conn).request(centreID: centre.id, week: week)
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

import ArgumentParser
import Foundation
import MaSante
import MaSanteStore

extension Planning {
    /// `masante planning deplacer`: one shift to another day, other hours or another person, in one change.
    struct Deplacer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Déplace un service : autre jour, autres heures ou autre personne, en un seul changement.",
            discussion: """
                Le service est désigné comme pour « planning supprimer » (--id, ou --personne, --jour et --debut). \
                Seul ce qui est donné change : une nouvelle heure de début sans nouvelle fin garde la durée du service. \
                Mêmes contrôles qu'un ajout ; dans une semaine publiée, --motif est obligatoire et le déplacement est \
                inscrit dans son historique (avant, après). Tout ou rien.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var selection: ShiftSelection
        @Option(name: .customLong("vers-jour"), help: "Nouveau jour (AAAA-MM-JJ ou JJ/MM/AAAA).") var versJour: String?
        @Option(name: .customLong("vers-debut"), help: "Nouvelle heure de début (HH:MM).") var versDebut: String?
        @Option(name: .customLong("vers-fin"), help: "Nouvelle heure de fin (HH:MM).") var versFin: String?
        @Option(name: .customLong("vers-personne"), help: "Nouvelle personne : RPPS, numéro ou « NOM Prénom ».") var versPersonne: String?
        @OptionGroup var change: ChangeOptions

        func validate() throws {
            guard versJour != nil || versDebut != nil || versFin != nil || versPersonne != nil else {
                throw ValidationError("indiquez ce qui change : --vers-jour, --vers-debut, --vers-fin ou --vers-personne")
            }
        }

        func run() throws {
            try reportingFailures {
                let checked = try selection.checked()
                let day = try versJour.map { try parseOption("vers-jour", $0, CalendarDate.parse) }
                let start = try versDebut.map { try parseOption("vers-debut", $0, TimeOfDay.parse) }
                let end = try versFin.map { try parseOption("vers-fin", $0, TimeOfDay.parse) }
                let conn = try global.connect()
                let old = try selection.shift(checked, queries: PlanningQueries(conn))
                let person = try versPersonne.map { try PeopleQueries(conn).find($0) }
                let moved: Shift
                do {
                    moved = try old.shift.moved(toDay: day, from: start, to: end, person: person?.id)
                } catch let error as FieldError {
                    throw CommandFailure.message("option --\(end != nil ? "vers-fin" : "vers-debut") : \(error.message)", status: ExitStatus.badData)
                }
                var edit = PlanningEdit(reason: try change.reason(), force: change.forcer)
                edit.move(moved)
                do {
                    let outcome = try PlanningEditor(conn).apply(edit)
                    let who = person.map { "\($0.firstName) \($0.lastName)" } ?? old.personName
                    print("Service déplacé : \(old.personName), \(ScheduleFrench.period(old.shift.interval)) → \(who), \(ScheduleFrench.period(moved.interval)) (\(old.shift.activity.label.lowercased()), \(old.centreName)).")
                    printWeeks(outcome)
                } catch let rejected as ImportRejected {
                    throw OptionRecord.failure(rejected.issues)
                }
            }
        }
    }
}

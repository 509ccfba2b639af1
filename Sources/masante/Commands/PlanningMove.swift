import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteStore
import MaSanteTerminal

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
        @Option(name: .customLong("vers-jour"), help: "Nouveau jour (AAAA-MM-JJ ou JJ/MM/AAAA).") var versJour:
            CalendarDate?
        @Option(name: .customLong("vers-debut"), help: "Nouvelle heure de début (HH:MM).") var versDebut: TimeOfDay?
        @Option(name: .customLong("vers-fin"), help: "Nouvelle heure de fin (HH:MM).") var versFin: TimeOfDay?
        @Option(name: .customLong("vers-personne"), help: "Nouvelle personne : RPPS, numéro ou « NOM Prénom ».")
        var versPersonne: String?
        @OptionGroup var change: ChangeOptions

        func validate() throws {
            guard versJour != nil || versDebut != nil || versFin != nil || versPersonne != nil else {
                throw ValidationError(
                    "indiquez ce qui change : --vers-jour, --vers-debut, --vers-fin ou --vers-personne")
            }
            try OptionRefusal.checking { _ = try selection.checked() }
        }

        func run() throws {
            let session = try global.connect()
            let choice = try selection.choice(session: session)
            let request = MoveShift.Request(
                day: versJour, start: versDebut, end: versFin, person: versPersonne,
                reason: try change.reason(), force: change.forcer)
            do {
                try MoveShift(session).run(choice, request).lines.forEach { print($0) }
            } catch let error as FieldError {
                throw UserFailure(
                    "option --\(versFin != nil ? "vers-fin" : "vers-debut") : \(error.message)", kind: .badData)
            } catch let rejected as ImportRejected {
                throw OptionRecord.failure(rejected.issues)
            }
        }
    }
}

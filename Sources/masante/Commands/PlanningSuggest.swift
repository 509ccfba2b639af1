import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore
import MaSanteTerminal

extension Planning {
    /// `masante planning suggerer`: who could take one slot, ranked, and why (nothing is written).
    struct Suggerer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Propose qui peut prendre un créneau, classé, avec les raisons (rien n'est enregistré).",
            discussion: """
                Pour chaque personne affectée au centre ce jour-là et dont la profession permet l'activité, le créneau \
                est ajouté à sa semaine (en mémoire seulement) et les règles sont vérifiées avec et sans lui. \
                Possibles d'abord (moins d'avertissements nouveaux, puis la personne que le créneau rapproche le plus \
                de son contrat sans le dépasser), impossibles ensuite avec leurs raisons. \
                Code de sortie 1 quand personne ne peut le prendre. Activités : \(Activity.validCodes).
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(centreOptionHelp)) var centre: String?
        @Option(help: "Jour (AAAA-MM-JJ ou JJ/MM/AAAA).") var jour: CalendarDate
        @Option(help: "Heure de début (HH:MM).") var debut: TimeOfDay
        @Option(help: "Heure de fin (HH:MM).") var fin: TimeOfDay
        @Option(help: "Activité.") var activite: Activity
        @Option(help: "Lieu : l'EHPAD (obligatoire pour une visite en EHPAD) ou le lieu d'une visite.") var lieu:
            String?
        @Option(help: "Format de sortie.") var format: ListFormat = .texte

        func validate() throws {
            try OptionRefusal.checking { _ = try slot() }
        }

        private func slot() throws -> CandidateSlot {
            try .options(day: jour, from: debut, to: fin, activity: activite, place: lieu)
        }

        func run() throws {
            let format = format.format
            let slot = try slot()
            let session = try global.connect()
            let centre = try MyCentres(session).centre(option: centre)
            let suggestion = try SuggestSlotTakers(session).run(centre: centre, slot: slot)
            let text = SlotSuggestionText(
                centreName: suggestion.centreName, week: suggestion.week, status: suggestion.status,
                slot: suggestion.slot, candidates: suggestion.candidates)
            print(text.document(format), terminator: "")
            guard suggestion.anyonePossible else {
                if format != .texte { FileHandle.standardError.write(Data((text.conclusion + "\n").utf8)) }
                throw ExitCode(FailureKind.problemsFound.exitStatus)
            }
        }
    }
}

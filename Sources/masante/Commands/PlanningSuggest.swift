import Foundation
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

        @OptionGroup var centre: CentreChoice
        @OptionGroup var slot: CandidateSlotOptions
        @Option(help: "Format de sortie.") var format: ListFormat = .texte

        func run() throws {
            let slot = try slot.slot()
            let (session, centre) = try centre.open()
            let suggestion = try SuggestSlotTakers(session).run(centre: centre, slot: slot)
            let text = suggestion.text
            print(text.document(format.format), terminator: "")
            guard suggestion.anyonePossible else {
                if format != .texte { FileHandle.standardError.write(Data((text.conclusion + "\n").utf8)) }
                throw ExitCode(FailureKind.problemsFound.exitStatus)
            }
        }
    }
}

import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteTerminal

extension Planning {
    /// `masante planning preferences importer`: who is unavailable, or wishes or not to work, when.
    struct Preferences: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "preferences",
            abstract: "Préférences du personnel, lues par « planning proposer ».",
            subcommands: [Importer.self])
    }
}

extension Planning.Preferences {
    struct Importer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Importe les préférences du personnel (indisponible, non_souhaite, souhaite), lues par « planning proposer ».",
            discussion: """
                Colonnes : \(StaffPreferenceRecord.requiredColumns.joined(separator: ";")). Les préférences de chaque \
                personne du fichier sont remplacées par celles du fichier (tout ou rien).
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Fichier CSV (UTF-8 ou Windows-1252, séparateur ; ou ,).") var fichier: String

        func run() throws {
            let reader = try openCSV(fichier)
            let session = try global.connect()
            let outcome = try ImportPreferences(session).run(reader)
            print("Préférences importées : \(outcome.preferences) ligne(s) pour \(outcome.people) personne(s).")
        }
    }
}

import MaSanteTerminal

extension Planning {
    /// `masante planning preferences importer`: who is unavailable, or wishes or not to work, when.
    struct Preferences: ParsableCommand {
        static let configuration = CommandConfiguration(
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

        @OptionGroup var arguments: ImportArguments

        func run() throws {
            let reader = try openCSV(arguments.fichier)
            print(try ImportPreferences(try arguments.global.connect()).run(reader).french)
        }
    }
}

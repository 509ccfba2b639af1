import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteStore

/// What every `importer` command takes (a CSV file, the connection options) and how it runs:
/// open the file, connect, load all or nothing, say what was created, updated or unchanged.
struct ImportArguments: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Fichier CSV (UTF-8 ou Windows-1252, séparateur ; ou ,).") var fichier: String

    func run(_ kind: ImportRegistry.Kind, what: String) throws {
        let input = try CSVInput.file(fichier)
        printSummary(try ImportRegistry(try global.connect()).run(kind, from: input), what: what)
    }
}

/// Opens a CSV file, turning any refusal (missing, empty, binary, too big) into exit 65.
func openCSV(_ path: String) throws -> CSVReader {
    try CSVInput.file(path).reader
}

/// Prints what an import did, and its warnings on stderr.
func printSummary(_ summary: ImportSummary, what: String) {
    summary.warnings.forEach { printWarning($0.description) }
    print("Import des \(what) terminé — \(summary.french).")
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("Attention : \(message)\n".utf8))
}

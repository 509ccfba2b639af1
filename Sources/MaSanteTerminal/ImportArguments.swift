public import ArgumentParser
import Foundation
public import MaSante
public import MaSanteApp
public import MaSanteStore

/// What every `importer` command takes (a CSV file, the connection options) and how it runs:
/// open the file, connect, load all or nothing, say what was created, updated or unchanged.
public struct ImportArguments: ParsableArguments {
    @OptionGroup public var global: GlobalOptions
    @Argument(help: "Fichier CSV (UTF-8 ou Windows-1252, séparateur ; ou ,).") public var fichier: String

    public init() {}

    public func run(_ kind: ImportRegistry.Kind, what: String) throws {
        let input = try CSVInput.file(fichier)
        printSummary(try ImportRegistry(try global.connect()).run(kind, from: input), what: what)
    }
}

/// Opens a CSV file, turning any refusal (missing, empty, binary, too big) into exit 65.
public func openCSV(_ path: String) throws -> CSVReader {
    try CSVInput.file(path).reader
}

/// Prints what an import did, and its warnings on stderr.
public func printSummary(_ summary: ImportSummary, what: String) {
    summary.warnings.forEach { printWarning($0.description) }
    print("Import des \(what) terminé — \(summary.french).")
}

/// Says what adding or changing a centre did (`verb`: « ajouté », « modifié »), its warnings first on stderr.
public func printSaved(_ saved: SavedCentre, verb: String) {
    saved.warnings.forEach { printWarning($0.message) }
    print(saved.french(verb: verb))
}

/// After a change: each week touched, its version and a count of what the checker now finds.
public func printWeeks(_ outcome: EditOutcome) {
    outcome.weekLines.forEach { print($0) }
}

/// `Attention : …` on stderr.
public func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("Attention : \(message)\n".utf8))
}

import ArgumentParser
import Foundation
import MaSante
import MaSanteStore

/// What every `importer` command takes (a CSV file, the connection options) and how it runs:
/// open the file, connect, load all or nothing, say what was created, updated or unchanged.
struct ImportArguments: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Fichier CSV (UTF-8 ou Windows-1252, séparateur ; ou ,).") var fichier: String

    func run(what: String, _ load: (Session, CSVReader) throws -> ImportSummary) throws {
        let reader = try openCSV(fichier)
        let conn = try global.connect()
        printSummary(try importing { try load(conn, reader) }, what: what)
    }
}

/// Runs the loading of an import, saying in French when the server cancelled it for running
/// past its statement timeout (SQLSTATE 57014): the transaction was rolled back (exit 65).
func importing<T>(_ load: () throws -> T) throws -> T {
    do {
        return try load()
    } catch let error where DatabaseFailure(error)?.code == .timedOut {
        throw CommandFailure.message("""
            Erreur : l'import a dépassé le délai maximal accordé par le serveur (statement_timeout) et a été annulé ; \
            rien n'a été enregistré. Découpez le fichier en plusieurs imports, ou demandez à l'administrateur \
            de la base d'allonger ce délai pour votre compte.
            """, status: ExitStatus.badData)
    }
}

/// Opens a CSV file, turning any refusal (missing, empty, binary, too big) into exit 65.
func openCSV(_ path: String) throws -> CSVReader {
    guard FileManager.default.fileExists(atPath: path) else {
        throw CommandFailure.message("Fichier introuvable : \(path)", status: ExitStatus.badData)
    }
    do {
        return try CSVReader(url: URL(fileURLWithPath: path))
    } catch {
        throw CommandFailure.message("\(path) : \(error.description)\nRien n'a été enregistré.", status: ExitStatus.badData)
    }
}

/// Prints what an import did, and its warnings on stderr.
func printSummary(_ summary: ImportSummary, what: String) {
    summary.warnings.forEach { printWarning($0.description) }
    print("Import des \(what) terminé — \(summary.french).")
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("Attention : \(message)\n".utf8))
}

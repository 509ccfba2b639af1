import Foundation
import MaSante
import MaSanteStore

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

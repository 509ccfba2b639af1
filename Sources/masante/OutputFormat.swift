import ArgumentParser
import MaSanteReports

extension OutputFormat {
    /// Reads a `--format` value among `allowed`, with a French error listing them.
    static func parse(_ text: String, allowed: [OutputFormat] = [.texte, .csv, .json]) throws -> OutputFormat {
        guard let format = OutputFormat(rawValue: text.lowercased()), allowed.contains(format) else {
            throw ValidationError("format inconnu « \(text) » : valeurs possibles \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }
}

import ArgumentParser
import MaSante
import MaSanteApp
import MaSanteReports

/// A `--format` value among the ones a command offers; any other is a usage error (64) that
/// lists them: `format inconnu « xml » : valeurs possibles texte, csv, json`.
protocol FormatChoice: CaseIterable, ExpressibleByArgument, RawRepresentable<String> {}

extension FormatChoice {
    static func choice(_ text: String) throws(FieldError) -> Self {
        guard let value = Self(rawValue: text.lowercased()) else {
            throw FieldError(
                "format inconnu « \(text) » : valeurs possibles \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    var format: OutputFormat { OutputFormat(rawValue: rawValue) ?? .texte }
}

/// Listings: texte, csv, json.
enum ListFormat: String, FormatChoice {
    case texte, csv, json
    init?(argument: String) { self.init(argument, kind: .usage, parsedBy: Self.choice) }
}

/// Documents that also print: texte, csv, json, html.
enum DocumentFormat: String, FormatChoice {
    case texte, csv, json, html
    init?(argument: String) { self.init(argument, kind: .usage, parsedBy: Self.choice) }
}

/// Findings and histories: texte, json.
enum ReadingFormat: String, FormatChoice {
    case texte, json
    init?(argument: String) { self.init(argument, kind: .usage, parsedBy: Self.choice) }
}

public import ArgumentParser
public import MaSante
import MaSanteApp
public import MaSanteReports

/// A `--format` value among the ones a command offers; any other is a usage error (64) that
/// lists them: `format inconnu « xml » : valeurs possibles texte, csv, json`.
public protocol FormatChoice: CaseIterable, ExpressibleByArgument, RawRepresentable<String> {
    /// French text, every command's default.
    static var texte: Self { get }
}

extension FormatChoice {
    public static func choice(_ text: String) throws(FieldError) -> Self {
        guard let value = Self(rawValue: text.lowercased()) else {
            throw FieldError(
                "format inconnu « \(text) » : valeurs possibles \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    public init?(argument: String) { self.init(argument, kind: .usage, parsedBy: Self.choice) }

    public var format: OutputFormat { OutputFormat(rawValue: rawValue) ?? .texte }
}

/// Listings: texte, csv, json.
public enum ListFormat: String, FormatChoice {
    case texte, csv, json
}

/// Documents that also print: texte, csv, json, html.
public enum DocumentFormat: String, FormatChoice {
    case texte, csv, json, html
}

/// Findings and histories: texte, json.
public enum ReadingFormat: String, FormatChoice {
    case texte, json
}

/// `postes liste`: the documents' formats, and schema.org JSON-LD.
extension PostFormat: FormatChoice {}

public import MaSante
import MaSanteStore

/// A registry action refused by one of its rules, before anything is written; each case says
/// in French what is wrong. Front ends show ``description`` (the CLI names its options instead
/// of the fields, the web puts the message beside the field).
public enum RegistryError: Error, CustomStringConvertible, Sendable, Hashable {
    /// Fields of a form (or options) that the import's checks refuse; `column` names the field.
    case invalidFields([ImportIssue])
    /// One field refused by a rule of the action (`field` is the CSV column or option name).
    case fieldRefused(field: String, message: String)
    /// A centre with this name already exists (adding refused).
    case centreExists(String)
    /// No centre of this name is visible to the caller; `known` lists those that are.
    case unknownCentre(String, known: [String])
    /// The file to import does not exist.
    case fileNotFound(String)
    /// The file to import cannot be read as CSV (empty, binary, too big…).
    case unreadableFile(String, reason: String)
    /// The server cancelled the import at its statement timeout; the transaction was rolled back.
    case importTimedOut

    public var description: String {
        switch self {
        case .invalidFields(let issues):
            (issues.sorted().map(\.description) + ["Rien n'a été enregistré."]).joined(separator: "\n")
        case .fieldRefused(let field, let message):
            "\(field) : \(message)"
        case .centreExists(let name):
            "Le centre « \(name) » existe déjà."
        case .unknownCentre(let name, let known):
            "Centre inconnu « \(name) » (centres connus : \(known.joined(separator: ", ")))."
        case .fileNotFound(let path):
            "Fichier introuvable : \(path)"
        case .unreadableFile(let path, let reason):
            "\(path) : \(reason)\nRien n'a été enregistré."
        case .importTimedOut:
            """
            Erreur : l'import a dépassé le délai maximal accordé par le serveur (statement_timeout) et a été annulé ; \
            rien n'a été enregistré. Découpez le fichier en plusieurs imports, ou demandez à l'administrateur \
            de la base d'allonger ce délai pour votre compte.
            """
        }
    }

    /// Refuses a period whose last day (option `au`) comes before its first.
    static func checkPeriod(first: CalendarDate, last: CalendarDate?) throws(RegistryError) {
        if let last, last < first {
            throw .fieldRefused(
                field: "au", message: "le dernier jour (\(last.french)) précède le premier (\(first.french))")
        }
    }

    /// Checks a name or free text by the rules of ``TypedText``, naming `field` when refused.
    static func check(_ text: String?, as kind: TypedText.Kind, field: String) throws(RegistryError) {
        guard let text else { return }
        do {
            try TypedText.check(text, as: kind)
        } catch {
            throw .fieldRefused(field: field, message: error.message)
        }
    }
}

/// Runs the loading of an import, saying in French when the server cancelled it for running
/// past its statement timeout (SQLSTATE 57014): the transaction was rolled back.
func importing<T>(_ load: () throws -> T) throws -> T {
    do {
        return try load()
    } catch let error where DatabaseFailure(error)?.code == .timedOut {
        throw RegistryError.importTimedOut
    }
}

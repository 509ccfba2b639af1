import Foundation
public import MaSante
import MaSanteReports
public import MaSanteStore

/// The one table of French failure messages: every error an action can end with, keyed by its
/// type and code (``DatabaseFailure/Code``, SQLSTATE), said in French with its ``FailureKind``.
///
/// ```swift
/// let (message, kind) = FailureMessages.describe(error)
/// FileHandle.standardError.write(Data((message + "\n").utf8))
/// exit(kind.exitStatus)
/// ```
public enum FailureMessages {
    public static func describe(_ error: any Error) -> (message: String, kind: FailureKind) {
        switch error {
        case let failure as UserFailure:
            return (failure.message, failure.kind)
        case let error as BlockingFindings:
            return ([error.summary, WeekGrid.findingsText(error.findings)].joined(separator: "\n"), .problemsFound)
        case PlanningRefusal.networkForbidden:
            return (PlanningRefusal.networkForbidden.description, .permissionDenied)
        case let error as PlanningRefusal:
            return (error.description, .badData)
        case let error as ProposeWeek.Absence.DaysRefused:
            return (error.optionMessage, .badData)
        case let error as RegistryError:
            return (error.optionMessage, .badData)
        case let error as ImportRejected:
            return (error.description, .badData)
        case let error as CSVError:
            return ("\(error.description)\nRien n'a été enregistré.", .badData)
        case let error as OutputFileError:
            return (error.message, .badData)
        case StoreError.refused(let message):
            return ("Erreur : \(message). Rien n'a été enregistré.", .badData)
        case let error as StoreError:
            return ("Erreur : \(error.description).", .badData)
        case let error as MigrationError:
            return ("Erreur : \(error.description)", .internalError)
        default:
            if let failure = DatabaseFailure(error) { return describe(failure) }
            return ("Erreur interne : \(error)", .internalError)
        }
    }

    public static func describe(_ failure: DatabaseFailure) -> (message: String, kind: FailureKind) {
        switch failure.code {
        case .unreachable:
            return (unreachableMessage(failure), .unreachable)
        case .ruleOfSchema:
            return ("Erreur : \(failure.frenchRule ?? failure.serverMessage). Rien n'a été enregistré.", .badData)
        case .timedOut:
            return (
                "Erreur : l'opération a dépassé le délai maximal accordé par le serveur (statement_timeout) et a été annulée ; rien n'a été enregistré.",
                .badData
            )
        case .permissionDenied:
            return (permissionMessage(failure), .permissionDenied)
        case .connectionLost:
            return (
                "Erreur : la connexion à la base a été perdue (\(failure.serverMessage)). Rien n'a été enregistré de l'opération en cours.",
                .unreachable
            )
        case .other:
            return (
                "Erreur de la base de données (\(failure.sqlState ?? "?")) : \(failure.serverMessage)", .internalError
            )
        }
    }

    /// The usual causes of a refused connection, said in French.
    private static func connectionCause(_ failure: DatabaseFailure) -> String? {
        let target = failure.target
        let user = target.map { "« \($0.user) »" } ?? ""
        switch failure.connectionCause {
        case .wrongPassword?, .noPassword?: return "Cause : mot de passe absent ou refusé pour l'utilisateur \(user)."
        case .unknownDatabase?: return "Cause : la base « \(target?.database ?? "?") » n'existe pas sur ce serveur."
        case .unknownRole?: return "Cause : l'utilisateur \(user) n'existe pas sur ce serveur."
        case .noServer?: return "Cause : aucun serveur PostgreSQL n'écoute à cette adresse (arrêté ?)."
        case .noConnectPrivilege?: return "Cause : l'utilisateur \(user) n'a pas le droit de se connecter à cette base."
        case nil: return nil
        }
    }

    /// The database refused: a privilege the login's role lacks, or a row outside its centres.
    private static func permissionMessage(_ error: DatabaseFailure) -> String {
        let why =
            error.isRowSecurity
            ? "cette ligne concerne un centre que votre compte ne gère pas"
            : "votre rôle ne permet pas cette opération"
        return
            "Erreur : permission refusée par la base (\(why)). Rien n'a été enregistré.\nDétail de PostgreSQL : \(error.serverMessage)"
    }

    private static func unreachableMessage(_ error: DatabaseFailure) -> String {
        var lines = ["Erreur : impossible de joindre la base de données PostgreSQL."]
        if let target = error.target {
            let place =
                target.isSocket
                ? "socket \(target.host)/.s.PGSQL.\(target.port)" : "hôte \(target.host), port \(target.port)"
            lines.append("Tentative : \(place), base « \(target.database) », utilisateur « \(target.user) ».")
        }
        if let cause = connectionCause(error) { lines.append(cause) }
        lines.append("Réponse de libpq : \(error.serverMessage)")
        lines.append(
            "Vérifiez --base, MASANTE_BASE ou les variables PG* ; en local, lancez « scripts/db start » puis « eval \"$(scripts/db env)\" »."
        )
        return lines.joined(separator: "\n")
    }
}

extension RegistryError {
    /// The message as the CLI says it: fields are named as options (`option --date-fin : …`).
    public var optionMessage: String {
        switch self {
        case .invalidFields(let issues):
            let lines = issues.sorted().map { issue in
                (issue.column.map { "option --\($0.replacingOccurrences(of: "_", with: "-")) : " } ?? "")
                    + issue.message
            }
            return (lines + ["Rien n'a été enregistré."]).joined(separator: "\n")
        case .fieldRefused(let field, let message):
            return "option --\(field.replacingOccurrences(of: "_", with: "-")) : \(message)"
        case .centreExists(let name):
            return "Le centre « \(name) » existe déjà : utilisez « masante centres modifier »."
        default:
            return description
        }
    }
}

import ArgumentParser
import Foundation
import MaSante
import MaSanteApp
import MaSanteReports
import MaSanteStore

/// Exit statuses of the CLI contract (see docs: 0 success, 1 problems found, 64 usage,
/// 65 bad input data, 69 database unreachable, 70 internal error, 77 permission denied).
enum ExitStatus {
    static let problemsFound: Int32 = 1
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let unreachable: Int32 = 69
    static let internalError: Int32 = 70
    static let permissionDenied: Int32 = 77
}

/// A failure to report to the user in French, with its exit status.
enum CommandFailure: Error {
    case message(String, status: Int32)
}

extension ParsableCommand {
    /// Runs `body`, printing any error in French on stderr and exiting with the contract's status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            let (message, status) = Self.describe(error)
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(status)
        }
    }

    static func describe(_ error: any Error) -> (String, Int32) {
        switch error {
        case CommandFailure.message(let message, let status):
            return (message, status)
        case let error as BlockingFindings:
            return ([error.summary, WeekGrid.findingsText(error.findings)].joined(separator: "\n"), ExitStatus.problemsFound)
        case let error as PlanningRefusal:
            return (error.description, ExitStatus.badData)
        case let error as RegistryError:
            return (error.optionMessage, ExitStatus.badData)
        case let error as ImportRejected:
            return (error.description, ExitStatus.badData)
        case let error as CSVError:
            return ("\(error.description)\nRien n'a été enregistré.", ExitStatus.badData)
        case StoreError.refused(let message):
            return ("Erreur : \(message). Rien n'a été enregistré.", ExitStatus.badData)
        case let error as StoreError:
            return ("Erreur : \(error.description).", ExitStatus.badData)
        case let error as ValidationError:
            return ("Erreur : \(error.message)", ExitStatus.usage)
        case let error as MigrationError:
            return ("Erreur : \(error.description)", ExitStatus.internalError)
        default:
            if let failure = DatabaseFailure(error) { return describe(failure) }
            return ("Erreur interne : \(error)", ExitStatus.internalError)
        }
    }

    static func describe(_ failure: DatabaseFailure) -> (String, Int32) {
        switch failure.code {
        case .unreachable:
            return (unreachableMessage(failure), ExitStatus.unreachable)
        case .ruleOfSchema:
            return ("Erreur : \(failure.frenchRule ?? failure.serverMessage). Rien n'a été enregistré.", ExitStatus.badData)
        case .timedOut:
            return ("Erreur : l'opération a dépassé le délai maximal accordé par le serveur (statement_timeout) et a été annulée ; rien n'a été enregistré.",
                    ExitStatus.badData)
        case .permissionDenied:
            return (permissionMessage(failure), ExitStatus.permissionDenied)
        case .connectionLost:
            return ("Erreur : la connexion à la base a été perdue (\(failure.serverMessage)). Rien n'a été enregistré de l'opération en cours.",
                    ExitStatus.unreachable)
        case .other:
            return ("Erreur de la base de données (\(failure.sqlState ?? "?")) : \(failure.serverMessage)", ExitStatus.internalError)
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
        let why = error.isRowSecurity
            ? "cette ligne concerne un centre que votre compte ne gère pas"
            : "votre rôle ne permet pas cette opération"
        return "Erreur : permission refusée par la base (\(why)). Rien n'a été enregistré.\nDétail de PostgreSQL : \(error.serverMessage)"
    }

    private static func unreachableMessage(_ error: DatabaseFailure) -> String {
        var lines = ["Erreur : impossible de joindre la base de données PostgreSQL."]
        if let target = error.target {
            let place = target.isSocket ? "socket \(target.host)/.s.PGSQL.\(target.port)" : "hôte \(target.host), port \(target.port)"
            lines.append("Tentative : \(place), base « \(target.database) », utilisateur « \(target.user) ».")
        }
        if let cause = Self.connectionCause(error) { lines.append(cause) }
        lines.append("Réponse de libpq : \(error.serverMessage)")
        lines.append("Vérifiez --base, MASANTE_BASE ou les variables PG* ; en local, lancez « scripts/db start » puis « eval \"$(scripts/db env)\" ».")
        return lines.joined(separator: "\n")
    }
}

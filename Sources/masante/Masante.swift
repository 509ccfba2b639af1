import ArgumentParser
import Foundation
import MaSanteApp
import MaSanteTerminal

/// The `masante` command: administration of the "Ma santé, Ma Région" network.
@main
struct Masante: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "masante",
        abstract: "Administration du réseau « Ma santé, Ma Région » : base, centres, personnel, plannings, rapports.",
        subcommands: [
            Base.self, Centres.self, Personnel.self, Recrutement.self, Planning.self, Activite.self, Rapport.self,
            Objectif.self, Utilisateur.self, Audit.self, Demo.self, Serveur.self, Agenda.self,
        ]
    )

    /// Parses and runs the command like swift-argument-parser's own `main()`, with the parser's
    /// English (errors, help headings) said in French; the one exit of every failure: its French
    /// message on stderr and the contract's status (0, 1, 64, 65, 69, 70, 77).
    static func main() {
        do {
            var command = try parseAsRoot(Array(CommandLine.arguments.dropFirst()))
            do {
                try command.run()
            } catch let error as ValidationError {
                fail("Erreur : \(error.message)", .usage)
            } catch let error where !isParserError(error) {
                let (message, kind) = FailureMessages.describe(error)
                fail(message, kind)
            }
        } catch {
            if let rejected = RejectedOptionValue.failure(parserMessage: fullMessage(for: error)) {
                fail(rejected.message, rejected.kind)
            }
            let status = exitCode(for: error)
            let message = FrenchParserText.translate(fullMessage(for: error))
            if !message.isEmpty {
                if status == .success {
                    print(message)
                } else {
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
            Foundation.exit(status.rawValue)
        }
    }

    /// What swift-argument-parser itself throws from `run()` (a help request, an exit status),
    /// which its `exitCode(for:)` and `fullMessage(for:)` answer.
    private static func isParserError(_ error: any Error) -> Bool {
        error is ExitCode || error is CleanExit || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    private static func fail(_ message: String, _ kind: FailureKind) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(kind.exitStatus)
    }
}

import ArgumentParser
import Foundation
import MaSanteTerminal

/// The `masante` command: administration of the "Ma santé, Ma Région" network.
@main
struct Masante: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "masante",
        abstract: "Administration du réseau « Ma santé, Ma Région » : base, centres, personnel, plannings, rapports.",
        subcommands: [Base.self, Centres.self, Personnel.self, Recrutement.self, Planning.self, Activite.self, Rapport.self, Objectif.self, Utilisateur.self, Audit.self, Demo.self, Serveur.self]
    )

    /// Parses and runs the command like swift-argument-parser's own `main()`, with the parser's
    /// English (errors, help headings) said in French and the same exit statuses.
    static func main() {
        do {
            var command = try parseAsRoot(Array(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch {
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
}

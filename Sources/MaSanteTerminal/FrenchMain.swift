public import ArgumentParser
import Foundation
import MaSanteApp

extension ParsableCommand {
    /// Parses and runs the command like swift-argument-parser's own `main()`, with the parser's
    /// English (errors, help headings) said in French; the one exit of every failure: its French
    /// message on stderr and the contract's status (0, 1, 64, 65, 69, 70, 77).
    ///
    /// ```swift
    /// @main struct Masante: ParsableCommand {
    ///     static func main() { frenchMain() }
    /// }
    /// ```
    public static func frenchMain() {
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
            // A help request is answered even when the checks of `validate()` refuse the options.
            let status = exitCode(for: error)
            if status != .success, let refused = OptionRefusal.failure(parserMessage: fullMessage(for: error)) {
                fail(refused.message, refused.kind)
            }
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

/// What swift-argument-parser itself throws from `run()` (a help request, an exit status),
/// which its `exitCode(for:)` and `fullMessage(for:)` answer.
private func isParserError(_ error: any Error) -> Bool {
    error is ExitCode || error is CleanExit || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
}

private func fail(_ message: String, _ kind: FailureKind) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(kind.exitStatus)
}

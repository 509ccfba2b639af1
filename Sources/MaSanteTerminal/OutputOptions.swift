public import ArgumentParser
import Foundation
public import MaSanteApp

/// `--sortie` and `--remplacer`: where a command writes its document (standard output when
/// `--sortie` is absent). Every file goes through ``OutputFile``.
public struct OutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Écrire dans ce fichier plutôt qu'à l'écran (jamais à travers un lien symbolique).", valueName: "fichier"))
    public var sortie: String?
    @Flag(help: "Écraser le fichier de --sortie s'il existe déjà (refusé sinon).")
    public var remplacer = false

    public init() {}

    /// The file to write, nil for standard output.
    public func file(holding content: OutputFile.Content) -> OutputFile? {
        sortie.map { OutputFile(path: $0, replace: remplacer, content: content) }
    }

    /// Refuses early a `--sortie` that ``emit(_:holding:done:)`` would refuse after the work.
    public func check(holding content: OutputFile.Content) throws {
        try file(holding: content)?.check()
    }

    /// Prints `text`, or writes it to the file and says where with `done` (« Rapport écrit »).
    public func emit(_ text: String, holding content: OutputFile.Content, done: String) throws {
        guard let file = file(holding: content) else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        try file.write(Data(text.utf8))
        print("\(done) dans \(URL(fileURLWithPath: file.path).standardizedFileURL.path)")
    }
}

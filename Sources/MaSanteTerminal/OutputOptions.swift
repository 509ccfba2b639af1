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

    /// Checks the file first (``check(holding:)``), then emits what `make` gives (connecting,
    /// reading, rendering): a refused `--sortie` costs no work.
    public func emit(holding content: OutputFile.Content, done: String, _ make: () throws -> String) throws {
        try check(holding: content)
        try emit(try make(), holding: content, done: done)
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

/// `--format`, then `--sortie` and `--remplacer`: a document in one of `Format`'s formats
/// (French text by default), printed or written to a file.
public struct FormattedOutput<Format: FormatChoice>: ParsableArguments {
    @Option(help: "Format de sortie.") public var format: Format = .texte
    @OptionGroup public var file: OutputOptions

    public init() {}

    /// ``OutputOptions/emit(holding:done:_:)`` of what `make` writes in the format chosen.
    public func emit(holding content: OutputFile.Content, done: String, _ make: (Format) throws -> String) throws {
        try file.emit(holding: content, done: done) { try make(format) }
    }
}

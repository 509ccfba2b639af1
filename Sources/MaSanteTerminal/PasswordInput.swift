public import ArgumentParser
import MaSante

/// `--mot-de-passe-stdin`: the password of a new login, read on standard input without echo
/// (``HiddenInput``); without it, the command makes a random one and shows it once.
public struct PasswordInput: ParsableArguments {
    @Flag(
        name: .customLong("mot-de-passe-stdin"),
        help: "Lit le mot de passe sur l'entrée standard (une ligne, sans écho au clavier).")
    var passwordFromStandardInput = false

    public init() {}

    /// The password typed, checked by ``PasswordText`` (`option --mot-de-passe-stdin : …`, 65);
    /// nil without the flag.
    public func read() throws -> String? {
        guard passwordFromStandardInput else { return nil }
        let given = HiddenInput.readLine(prompt: "Mot de passe : ") ?? ""
        try parseOption("mot-de-passe-stdin", given, PasswordText.check)
        return given
    }
}

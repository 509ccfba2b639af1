import MaSante
import MaSanteApp
import Synchronization

/// The French refusal of a typed option's value, kept so that `Masante.main()` says it as the
/// contract does (`option --du : date invalide « 2026-02-30 » : ce jour n'existe pas`, exit 65).
///
/// swift-argument-parser learns only that `init?(argument:)` failed: it would say so in its own
/// words with the usage status (64). The parser's message still names the option and the value;
/// the domain parser's reason and status come from here.
enum RejectedOptionValue {
    private static let last = Mutex<(value: String, failure: FieldError, kind: FailureKind)?>(nil)

    /// Parses `text` with a domain parser; nil, with its failure kept, when the parser refuses it.
    static func parse<T>(_ text: String, kind: FailureKind = .badData, _ parse: (String) throws(FieldError) -> T) -> T?
    {
        do {
            return try parse(text)
        } catch {
            last.withLock { $0 = (text, error, kind) }
            return nil
        }
    }

    /// The failure to report for the parser's error `message`, when it is about the value refused last.
    static func failure(parserMessage message: String) -> UserFailure? {
        guard let rejected = last.withLock({ $0 }),
            let match = message.firstMatch(of: #/The value '(?<value>.*)' is invalid for '--(?<option>[a-z0-9-]+)/#),
            match.value == rejected.value
        else { return nil }
        let text =
            rejected.kind == .usage
            ? "Erreur : \(rejected.failure.message)" : "option --\(match.option) : \(rejected.failure.message)"
        return UserFailure(text, kind: rejected.kind)
    }
}

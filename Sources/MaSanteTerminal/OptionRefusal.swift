public import ArgumentParser
public import MaSante
public import MaSanteApp
import Synchronization

/// The French refusal of a command's options, kept so that `frenchMain()` says
/// it as the contract does: a typed value (`option --du : date invalide « 2026-02-30 » : ce jour
/// n'existe pas`, exit 65) or a check of `validate()` (`option --secondes : entre 0 et 600
/// secondes (0.0)`, exit 65).
///
/// swift-argument-parser learns only that `init?(argument:)` failed, and reports an error of
/// `validate()` in its own words with its own status (1, or 64 with the usage for a
/// `ValidationError`). The parser's message still names the option and the value; the refusal's
/// words and status come from here.
///
/// ```swift
/// func validate() throws {
///     try OptionRefusal.checking {
///         guard secondes > 0 else { throw UserFailure("option --secondes : …", kind: .badData) }
///     }
/// }
/// ```
public enum OptionRefusal {
    private static let lastValue = Mutex<(value: String, failure: FieldError, kind: FailureKind)?>(nil)
    private static let lastCheck = Mutex<UserFailure?>(nil)

    /// Parses `text` with a domain parser; nil, with its failure kept, when the parser refuses it.
    public static func parse<T>(
        _ text: String, kind: FailureKind = .badData, _ parse: (String) throws(FieldError) -> T
    ) -> T? {
        do {
            return try parse(text)
        } catch {
            lastValue.withLock { $0 = (text, error, kind) }
            return nil
        }
    }

    /// Runs the option checks of a `validate()`; what they throw is kept and said as if `run()`
    /// had thrown it: a `ValidationError` as `Erreur : …` (64), any other through
    /// ``FailureMessages``.
    public static func checking(_ checks: () throws -> Void) throws {
        do {
            try checks()
        } catch {
            let (message, kind) =
                (error as? ValidationError).map { ("Erreur : \($0.message)", .usage) }
                ?? FailureMessages.describe(error)
            lastCheck.withLock { $0 = UserFailure(message, kind: kind) }
            throw error
        }
    }

    /// The failure to report for the parser's error `message`: a check of `validate()` that
    /// failed, or the value refused last when the message is about it.
    public static func failure(parserMessage message: String) -> UserFailure? {
        if let failure = lastCheck.withLock({ $0 }) { return failure }
        guard let rejected = lastValue.withLock({ $0 }),
            let match = message.firstMatch(of: #/The value '(?<value>.*)' is invalid for '--(?<option>[a-z0-9-]+)/#),
            match.value == rejected.value
        else { return nil }
        let text =
            rejected.kind == .usage
            ? "Erreur : \(rejected.failure.message)" : "option --\(match.option) : \(rejected.failure.message)"
        return UserFailure(text, kind: rejected.kind)
    }
}

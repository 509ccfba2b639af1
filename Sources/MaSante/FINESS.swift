import Foundation

/// The national number of a health establishment (Fichier national des établissements sanitaires et sociaux).
///
/// Nine characters: the département (two digits, or `2A`/`2B` for Corsica), six digits, and a Luhn
/// check digit over all nine. For Corsica we count `A` and `B` as `0` in the check: our choice,
/// as no published rule was found for it.
///
/// ```swift
/// try FINESS.parse("310781406").code   // CHU de Toulouse
/// ```
public struct FINESS: Hashable, Sendable, CustomStringConvertible {
    public let code: String

    public static func parse(_ text: String) throws(FieldError) -> FINESS {
        let trimmed = text.trimmedSpaces
        let code = IdentifierText.compact(trimmed).uppercased()
        let invalid = "FINESS invalide \(FieldError.quoted(trimmed))"
        let corsican = code.hasPrefix("2A") || code.hasPrefix("2B")
        let checked = corsican ? "20" + code.dropFirst(2) : code
        guard code.count == 9, let values = IdentifierText.digits(checked) else {
            throw FieldError("\(invalid) : 9 caractères attendus (2 chiffres ou 2A/2B, puis 7 chiffres)")
        }
        guard Luhn.isValid(values) else { throw FieldError("\(invalid) : chiffre de contrôle incorrect") }
        return FINESS(code: code)
    }

    private init(code: String) {
        self.code = code
    }

    public var description: String { code }
}

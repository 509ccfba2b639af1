import Foundation

/// The national identifier of a health professional (Répertoire partagé des professionnels de santé).
///
/// Eleven digits, the last a Luhn check digit over all eleven; checked against published numbers.
/// Spaces people type between groups are ignored.
///
/// ```swift
/// try RPPS.parse("10005173140").digits   // "10005173140"
/// RPPS.isValid("10005173141")            // false
/// ```
public struct RPPS: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    public static func parse(_ text: String) throws(FieldError) -> RPPS {
        let trimmed = text.trimmedSpaces
        let compact = IdentifierText.compact(trimmed)
        let invalid = "RPPS invalide \(FieldError.quoted(trimmed))"
        guard compact.count == 11, let values = IdentifierText.digits(compact) else {
            throw FieldError("\(invalid) : 11 chiffres attendus")
        }
        guard Luhn.isValid(values) else { throw FieldError("\(invalid) : chiffre de contrôle incorrect") }
        return RPPS(digits: compact)
    }

    private init(digits: String) {
        self.digits = digits
    }

    /// Whether `digits` is exactly eleven digits passing the Luhn check.
    public static func isValid(_ digits: String) -> Bool {
        guard digits.count == 11, let values = IdentifierText.digits(digits) else { return false }
        return Luhn.isValid(values)
    }

    /// The check digit completing ten digits into a valid RPPS, for tests and demonstration data.
    public static func checkDigit(for first10: String) -> Int {
        guard first10.count == 10, let values = IdentifierText.digits(first10) else {
            preconditionFailure("RPPS.checkDigit attend 10 chiffres, reçu \(first10)")
        }
        return Luhn.checkDigit(values)
    }

    public var description: String { digits }
}

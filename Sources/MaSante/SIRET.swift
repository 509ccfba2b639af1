import Foundation

/// The identifier of a company's or local authority's establishment (INSEE's Sirene register).
///
/// Fourteen digits passing the Luhn check. La Poste's establishments (SIREN 356 000 000) are the
/// published exception: the sum of their digits is a multiple of 5 instead.
///
/// ```swift
/// try SIRET.parse("213 105 554 00017")   // Toulouse town hall
/// ```
public struct SIRET: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    public static func parse(_ text: String) throws(FieldError) -> SIRET {
        let trimmed = text.trimmedSpaces
        let compact = IdentifierText.compact(trimmed)
        let invalid = "SIRET invalide \(FieldError.quoted(trimmed))"
        guard compact.count == 14, let values = IdentifierText.digits(compact) else {
            throw FieldError("\(invalid) : 14 chiffres attendus")
        }
        let valid = compact.hasPrefix("356000000") ? values.reduce(0, +) % 5 == 0 : Luhn.isValid(values)
        guard valid else { throw FieldError("\(invalid) : chiffre de contrôle incorrect") }
        return SIRET(digits: compact)
    }

    private init(digits: String) {
        self.digits = digits
    }

    /// The SIREN: the legal entity's nine first digits.
    public var siren: String { String(digits.prefix(9)) }

    public var description: String { digits }
}

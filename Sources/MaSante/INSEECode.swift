import Foundation

/// The official code of a French commune (code officiel géographique), which names its département.
///
/// Five characters: digits, or `2A`/`2B` and three digits in Corsica. Overseas (`97x`) the
/// département takes three characters. A four-digit code is read as one whose leading zero a
/// spreadsheet dropped (`9001` → `09001`).
///
/// ```swift
/// try INSEECode.parse("97411").departement.code   // "974"
/// ```
public struct INSEECode: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let departement: Departement

    public static func parse(_ text: String) throws(FieldError) -> INSEECode {
        let trimmed = text.trimmedSpaces
        let invalid = "code INSEE invalide \(FieldError.quoted(trimmed))"
        var code = trimmed.uppercased()
        if code.count == 4, IdentifierText.digits(code) != nil { code = "0" + code }
        let corsican = code.hasPrefix("2A") || code.hasPrefix("2B")
        guard code.count == 5, IdentifierText.digits(corsican ? code.dropFirst(2) : code[...]) != nil else {
            throw FieldError("\(invalid) : 5 caractères attendus, par exemple 31555 ou 2A004")
        }
        let prefix = String(code.prefix(code.hasPrefix("97") ? 3 : 2))
        guard let departement = Departement(prefix) else {
            throw FieldError("\(invalid) : département \(FieldError.quoted(prefix)) inconnu")
        }
        return INSEECode(code: code, departement: departement)
    }

    private init(code: String, departement: Departement) {
        self.code = code
        self.departement = departement
    }

    public var description: String { code }
}

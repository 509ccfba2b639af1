import Foundation

/// A French département, by its number (`09`, `31`, `2A`), with the 13 of Occitanie known by name.
public struct Departement: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let code: String

    /// Occitanie's départements and their names.
    public static let occitanie: [String: String] = [
        "09": "Ariège", "11": "Aude", "12": "Aveyron", "30": "Gard", "31": "Haute-Garonne",
        "32": "Gers", "34": "Hérault", "46": "Lot", "48": "Lozère", "65": "Hautes-Pyrénées",
        "66": "Pyrénées-Orientales", "81": "Tarn", "82": "Tarn-et-Garonne",
    ]

    /// Accepts `01`–`95` (one digit is padded: `9` → `09`), `2A`, `2B` and `971`–`976`.
    public init?(_ text: String) {
        let trimmed = text.trimmedSpaces.uppercased()
        let code = trimmed.count == 1 ? "0" + trimmed : trimmed
        if code == "2A" || code == "2B" {
            self.code = code
            return
        }
        guard let number = Int(code), code.allSatisfy(\.isASCII) else { return nil }
        switch code.count {
        case 2 where (1...95).contains(number) && number != 20: self.code = code
        case 3 where (971...976).contains(number): self.code = code
        default: return nil
        }
    }

    /// ``init(_:)``, refusing an unknown département in French.
    public static func parse(_ text: String) throws(FieldError) -> Departement {
        guard let departement = Departement(text) else {
            throw FieldError("département invalide \(FieldError.quoted(text))")
        }
        return departement
    }

    /// Whether the département is in Occitanie (others are allowed, with a warning).
    public var isInOccitanie: Bool { Self.occitanie[code] != nil }

    /// The name for Occitanie's départements, else nil.
    public var name: String? { Self.occitanie[code] }

    public var description: String { name.map { "\(code) \($0)" } ?? code }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.code < rhs.code }
}

/// The part of a contract worked in one centre (la quotité), a whole percentage from 1 to 100:
/// a doctor at 60 % in one centre and 40 % in another. On no day may a person's shares add up to
/// more than 100 % (the database refuses it).
///
/// ```swift
/// try ContractShare.parse("60 %").fraction   // 0.6
/// ```
public struct ContractShare: Hashable, Sendable, Comparable {
    public let percent: Int

    public static let whole = ContractShare(checked: 100)

    private init(checked percent: Int) { self.percent = percent }

    /// A share from a percentage; nil outside 1...100.
    public init?(percent: Int) {
        guard (1...100).contains(percent) else { return nil }
        self.percent = percent
    }

    /// A share from the fraction the database stores (0.6 for 60 %).
    public init(fraction: Double) {
        percent = min(100, max(1, Int((fraction * 100).rounded())))
    }

    /// The fraction of the contract: 0.6 for 60 %.
    public var fraction: Double { Double(percent) / 100 }

    /// `60 %`, as users read it.
    public var french: String { "\(percent)\u{00A0}%" }

    /// Reads `60`, `60 %` or `60%`.
    public static func parse(_ text: String) throws(FieldError) -> ContractShare {
        let trimmed = text.trimmedSpaces
        var digits = trimmed
        if digits.hasSuffix("%") { digits = String(digits.dropLast()).trimmedSpaces }
        guard let percent = Int(digits), let share = ContractShare(percent: percent) else {
            throw FieldError(
                "quotité invalide \(FieldError.quoted(trimmed)) : un pourcentage entier du contrat, de 1 à 100 (ex. 60)"
            )
        }
        return share
    }

    public static func < (lhs: ContractShare, rhs: ContractShare) -> Bool { lhs.percent < rhs.percent }
}

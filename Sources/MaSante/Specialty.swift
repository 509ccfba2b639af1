import Foundation

/// A medical specialty, required for a `medecin_specialiste`: a fixed list with French labels.
///
/// Codes are the labels' comparison keys (`FrenchText.key`); people may type the code, the label
/// or the name of the specialist (`cardiologue`).
///
/// ```swift
/// try Specialty.parse("Pédiatre").code   // "pediatrie"
/// ```
public struct Specialty: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let label: String
    private let aliases: [String]

    private init(_ label: String, code: String? = nil, aliases: [String] = []) {
        self.label = label
        self.code = code ?? FrenchText.key(label)
        self.aliases = aliases
    }

    public static let all: [Specialty] = [
        Specialty("pédiatrie", aliases: ["pediatre"]),
        Specialty("gynécologie médicale", aliases: ["gynecologue", "gynecologie"]),
        Specialty("gynécologie-obstétrique", aliases: ["gynecologue_obstetricien"]),
        Specialty("psychiatrie", aliases: ["psychiatre"]),
        Specialty("pédopsychiatrie", aliases: ["pedopsychiatre", "psychiatrie_de_l_enfant_et_de_l_adolescent"]),
        Specialty("cardiologie", aliases: ["cardiologue"]),
        Specialty("dermatologie", aliases: ["dermatologue", "dermatologie_et_venereologie"]),
        Specialty("ophtalmologie", aliases: ["ophtalmologue", "ophtalmologiste"]),
        Specialty("ORL", code: "orl", aliases: ["oto_rhino_laryngologie", "oto_rhino_laryngologiste"]),
        Specialty("rhumatologie", aliases: ["rhumatologue"]),
        Specialty("gériatrie", aliases: ["geriatre"]),
        Specialty("endocrinologie", aliases: ["endocrinologue", "endocrinologie_diabetologie_nutrition"]),
        Specialty("pneumologie", aliases: ["pneumologue"]),
        Specialty(
            "gastro-entérologie", aliases: ["gastro_enterologue", "gastroenterologie", "hepato_gastro_enterologie"]),
        Specialty("neurologie", aliases: ["neurologue"]),
        Specialty("néphrologie", aliases: ["nephrologue"]),
        Specialty("radiologie", aliases: ["radiologue", "radiodiagnostic_et_imagerie_medicale"]),
        Specialty("médecine physique et réadaptation", aliases: ["mpr"]),
        Specialty("médecine interne", aliases: ["interniste"]),
        Specialty("médecine vasculaire", aliases: ["angiologie", "angiologue"]),
        Specialty("médecine du sport"),
        Specialty("addictologie", aliases: ["addictologue"]),
        Specialty("allergologie", aliases: ["allergologue"]),
        Specialty("infectiologie", aliases: ["maladies_infectieuses_et_tropicales"]),
        Specialty("soins palliatifs"),
    ]

    /// Exact lookup by code, for values read back from storage.
    public init?(code: String) {
        guard let found = Self.all.first(where: { $0.code == code }) else { return nil }
        self = found
    }

    /// Reads a code, a label or a specialist's name, in any case, with or without accents.
    public static func parse(_ text: String) throws(FieldError) -> Specialty {
        let key = FrenchText.key(text)
        if let found = all.first(where: {
            $0.code == key || FrenchText.key($0.label) == key || $0.aliases.contains(key)
        }) {
            return found
        }
        let trimmed = text.trimmedSpaces
        let what = trimmed.isEmpty ? "spécialité manquante" : "spécialité inconnue \(FieldError.quoted(trimmed))"
        throw FieldError("\(what) : valeurs possibles \(validCodes)")
    }

    /// The accepted codes, for messages.
    public static var validCodes: String { all.map(\.code).joined(separator: ", ") }

    public var description: String { label }

    public static func == (lhs: Specialty, rhs: Specialty) -> Bool { lhs.code == rhs.code }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}

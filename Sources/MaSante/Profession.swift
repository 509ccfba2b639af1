/// A job in the network, and whether it counts toward the Region's goal of 200 recruits.
///
/// Doctors, nurses and midwives count; medical secretaries are employed but do not.
///
/// ```swift
/// Profession(label: "Sage-Femme")  // .sageFemme
/// Profession.secretaireMedical.countsTowardGoal  // false
/// ```
public enum Profession: String, CaseIterable, Sendable, Codable {
    case medecinGeneraliste = "medecin_generaliste"
    case medecinSpecialiste = "medecin_specialiste"
    case infirmier = "infirmier"
    case sageFemme = "sage_femme"
    case secretaireMedical = "secretaire_medical"

    /// Whether hiring this profession counts toward the goal (health professionals only).
    public var countsTowardGoal: Bool { self != .secretaireMedical }

    /// Whether the profession carries an RPPS number.
    public var hasRPPS: Bool { countsTowardGoal }

    /// The French label users read.
    public var label: String {
        switch self {
        case .medecinGeneraliste: "Médecin généraliste"
        case .medecinSpecialiste: "Médecin spécialiste"
        case .infirmier: "Infirmier·ère"
        case .sageFemme: "Sage-femme"
        case .secretaireMedical: "Secrétaire médical·e"
        }
    }

    /// Reads a code (`sage_femme`) or a French label in any case, with or without accents,
    /// masculine or feminine (`Sage-Femme`, `Infirmière`, `Médecin généraliste`).
    public init?(label: String) {
        let key = FrenchText.key(label)
        if let exact = Profession(rawValue: key) {
            self = exact
            return
        }
        switch key {
        case "medecin", "generaliste", "medecin_general", "mg": self = .medecinGeneraliste
        case "specialiste", "medecin_specialise": self = .medecinSpecialiste
        case "infirmiere", "ide", "infirmier_ere", "infirmierere", "infirmiers", "infirmieres": self = .infirmier
        case "sage_femmes", "maieuticien", "maieuticienne": self = .sageFemme
        case "secretaire", "secretaire_medicale", "secretaire_medical_e", "assistante_medicale":
            self = .secretaireMedical
        default: return nil
        }
    }

    /// ``init(label:)``, refusing an unknown profession in French with the valid codes.
    public static func parse(_ text: String) throws(FieldError) -> Profession {
        guard let profession = Profession(label: text) else {
            throw FieldError("profession inconnue \(FieldError.quoted(text)) : valeurs possibles \(validCodes)")
        }
        return profession
    }

    /// The accepted codes, for error messages that list the valid values.
    public static var validCodes: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// The ARS zoning class of a commune: where doctors are scarcest.
///
/// ZIP, « zone d'intervention prioritaire », gets the most help; ZAC, « zone d'action
/// complémentaire », some; the rest is « hors zonage ». The ARS revises it every few years (a new
/// zoning came into force on 1 April 2022), so each class is stored with its dates.
///
/// ```swift
/// try ZoningClass.parse("Zone d'intervention prioritaire")  // .zip
/// ```
public enum ZoningClass: String, CaseIterable, Sendable, Codable {
    case zip
    case zac
    case horsZonage = "hors_zonage"

    /// The short French label reports print.
    public var label: String {
        switch self {
        case .zip: "ZIP"
        case .zac: "ZAC"
        case .horsZonage: "hors zonage"
        }
    }

    /// Reads `ZIP`, `ZAC`, `hors zonage` in any case, or the ARS lists' long labels.
    public init?(label: String) {
        switch FrenchText.key(label) {
        case "zip", "zone_d_intervention_prioritaire", "zone_intervention_prioritaire": self = .zip
        case "zac", "zone_d_action_complementaire", "zone_action_complementaire": self = .zac
        case "hors_zonage", "hz", "hors_zone", "aucun", "non_zone", "zone_de_vigilance", "vigilance": self = .horsZonage
        default: return nil
        }
    }

    /// ``init(label:)``, refusing an unknown class in French with the valid values.
    public static func parse(_ text: String) throws(FieldError) -> ZoningClass {
        guard let zoning = ZoningClass(label: text) else {
            throw FieldError("zonage inconnu \(FieldError.quoted(text)) : valeurs possibles ZIP, ZAC, hors zonage")
        }
        return zoning
    }
}

import Foundation

/// Where a centre stands in its life, from the commune's application to opening (and closing).
///
/// candidature (AMI) → retenue → convention signée → en préparation → ouvert → fermé, forward
/// only, skipping allowed; only an open centre can close, and closing is final.
///
/// ```swift
/// try CentreStatus.parse("Convention signée")   // .conventionSignee
/// CentreStatus.retenue.canMove(to: .ferme)      // false
/// ```
public enum CentreStatus: String, CaseIterable, Sendable, Codable {
    case candidature, retenue
    case conventionSignee = "convention_signee"
    case enPreparation = "en_preparation"
    case ouvert, ferme

    /// The French label.
    public var label: String {
        switch self {
        case .candidature: "candidature AMI"
        case .retenue: "retenue"
        case .conventionSignee: "convention signée"
        case .enPreparation: "en préparation (travaux, recrutement)"
        case .ouvert: "ouvert"
        case .ferme: "fermé"
        }
    }

    /// Reads a code or a label in any case, with or without accents (`Ouvert`, `fermé`).
    public static func parse(_ text: String) throws(FieldError) -> CentreStatus {
        let key = FrenchText.key(text)
        if let status = allCases.first(where: { $0.rawValue == key || FrenchText.key($0.label) == key }) {
            return status
        }
        let aliases: [String: CentreStatus] = [
            "ami": .candidature, "candidat": .candidature, "retenu": .retenue, "convention": .conventionSignee,
            "preparation": .enPreparation, "travaux": .enPreparation, "en_travaux": .enPreparation,
            "recrutement": .enPreparation, "ouverte": .ouvert, "fermee": .ferme,
        ]
        if let status = aliases[key] { return status }
        let valid = allCases.map(\.rawValue).joined(separator: ", ")
        throw FieldError(
            "statut de centre inconnu \(FieldError.quoted(text.trimmedSpaces)) : valeurs possibles \(valid)")
    }

    /// Whether a centre with this status may move to `next`.
    public func canMove(to next: CentreStatus) -> Bool {
        Self.transitionError(from: self, to: next) == nil
    }

    /// Why the move is refused, in French; nil when allowed.
    public static func transitionError(from: CentreStatus, to: CentreStatus) -> FieldError? {
        let source = FieldError.quoted(from.label), target = FieldError.quoted(to.label)
        if from == to { return FieldError("le centre a déjà le statut \(source)") }
        if from == .ferme { return FieldError("un centre fermé ne change plus de statut") }
        if to == .ferme, from != .ouvert {
            return FieldError("seul un centre ouvert peut fermer (statut actuel \(source))")
        }
        guard let fromIndex = allCases.firstIndex(of: from), let toIndex = allCases.firstIndex(of: to),
            toIndex > fromIndex
        else {
            return FieldError("retour en arrière impossible : de \(source) à \(target)")
        }
        return nil
    }
}

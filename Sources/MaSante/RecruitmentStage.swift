import Foundation

/// Where a person stands in the GIP's recruitment, from first contact to departure.
///
/// Stages only move forward: candidat → entretien → promesse → embauche → en_poste → parti,
/// skipping allowed (HR registers existing staff directly as embauche or en_poste). A candidate
/// may abandon before being hired; once hired, a person can only leave (parti). After parti or
/// abandon, a person may start again as on their first event (candidat, embauche or en_poste): a
/// new cycle, their history kept. A hire is counted for good and once: a departure does not lower
/// the number of recruits, and a re-hire does not raise it.
///
/// ```swift
/// RecruitmentStage.candidat.canMove(to: .embauche)    // true
/// RecruitmentStage.enPoste.canMove(to: .abandon)      // false
/// ```
public enum RecruitmentStage: String, CaseIterable, Sendable, Codable {
    case candidat, entretien, promesse, embauche
    case enPoste = "en_poste"
    case parti, abandon

    /// The French label.
    public var label: String {
        switch self {
        case .candidat: "candidat"
        case .entretien: "entretien"
        case .promesse: "promesse d'embauche"
        case .embauche: "embauché·e"
        case .enPoste: "en poste"
        case .parti: "parti·e"
        case .abandon: "abandon"
        }
    }

    /// Reads a code or a label, in any case, with or without accents (`embauché`, `En poste`).
    public static func parse(_ text: String) throws(FieldError) -> RecruitmentStage {
        let key = FrenchText.key(text)
        if let stage = allCases.first(where: { $0.rawValue == key || FrenchText.key($0.label) == key }) {
            return stage
        }
        let aliases: [String: RecruitmentStage] = [
            "candidate": .candidat, "candidature": .candidat, "embauchee": .embauche,
            "partie": .parti, "depart": .parti, "abandonne": .abandon, "abandonnee": .abandon,
        ]
        if let stage = aliases[key] { return stage }
        let valid = allCases.map(\.rawValue).joined(separator: ", ")
        throw FieldError(
            "étape de recrutement inconnue \(FieldError.quoted(text.trimmedSpaces)) : valeurs possibles \(valid)")
    }

    /// Whether a person at this stage may move to `next` (see the type's rules).
    public func canMove(to next: RecruitmentStage) -> Bool {
        Self.transitionError(from: self, to: next) == nil
    }

    /// Whether the person counts as recruited: hires never go down, departures included.
    public var countsAsHired: Bool { self == .embauche || self == .enPoste || self == .parti }

    private var order: Int {
        switch self {
        case .candidat: 0
        case .entretien: 1
        case .promesse: 2
        case .embauche: 3
        case .enPoste: 4
        case .parti: 5
        case .abandon: 6
        }
    }

    /// Why the move is refused, in French; nil when allowed. `from` nil is a person's first event,
    /// which may only be candidat, embauche or en_poste.
    public static func transitionError(from: RecruitmentStage?, to: RecruitmentStage) -> FieldError? {
        let target = FieldError.quoted(to.label)
        let first: [RecruitmentStage] = [.candidat, .embauche, .enPoste]
        guard let from else {
            return first.contains(to)
                ? nil
                : FieldError(
                    "première étape \(target) impossible : une personne entre comme candidat, embauché·e ou en poste")
        }
        let source = FieldError.quoted(from.label)
        if from == to { return FieldError("la personne est déjà à l'étape \(source)") }
        if from == .parti || from == .abandon {
            return first.contains(to)
                ? nil
                : FieldError(
                    "après l'étape \(source), une personne revient comme candidat, embauché·e ou en poste : "
                        + "passage à \(target) impossible")
        }
        switch to {
        case .abandon where from.countsAsHired:
            return FieldError("abandon impossible après l'embauche (étape \(source)) : enregistrer un départ (parti·e)")
        case .parti where !from.countsAsHired:
            return FieldError(
                "départ impossible à l'étape \(source) : la personne n'a pas été embauchée (utiliser abandon)")
        case .abandon, .parti:
            return nil
        default:
            return to.order > from.order ? nil : FieldError("retour en arrière impossible : de \(source) à \(target)")
        }
    }
}

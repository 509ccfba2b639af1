import Foundation

/// What a person does during a shift: the codes of the planning CSV (`consultation`, `conge`…).
///
/// Absences (congé, maladie) are not work; training (formation) is.
///
/// ```swift
/// try Activity.parse("Soins non programmés")   // .soinsNonProgrammes
/// Activity.conge.isWork                         // false
/// ```
public enum Activity: String, CaseIterable, Sendable, Codable {
    case consultation = "consultation"
    case soinsNonProgrammes = "soins_non_programmes"
    case visiteDomicile = "visite_domicile"
    case visiteEHPAD = "visite_ehpad"
    case secretariat = "secretariat"
    case administratif = "administratif"
    case formation = "formation"
    case conge = "conge"
    case maladie = "maladie"

    /// The French label users read.
    public var label: String {
        switch self {
        case .consultation: "Consultation"
        case .soinsNonProgrammes: "Soins non programmés"
        case .visiteDomicile: "Visite à domicile"
        case .visiteEHPAD: "Visite en EHPAD"
        case .secretariat: "Secrétariat / accueil"
        case .administratif: "Administratif / coordination"
        case .formation: "Formation"
        case .conge: "Congé"
        case .maladie: "Maladie"
        }
    }

    /// The activity inside a French sentence: `visite en EHPAD`, `secrétariat`.
    var noun: String {
        switch self {
        case .visiteEHPAD: "visite en EHPAD"
        case .secretariat: "secrétariat"
        case .administratif: "administratif"
        default: label.lowercased()
        }
    }

    /// Leave or sick leave: planned time that is not work.
    public var isAbsence: Bool { self == .conge || self == .maladie }

    /// Counts toward working time (everything but absences; training included).
    public var isWork: Bool { !isAbsence }

    /// Done at the centre itself, so the person counts as present there (visits and training are elsewhere).
    public var isOnSite: Bool {
        switch self {
        case .consultation, .soinsNonProgrammes, .secretariat, .administratif: true
        case .visiteDomicile, .visiteEHPAD, .formation, .conge, .maladie: false
        }
    }

    /// Patient-facing activities that must happen while the centre is open.
    public var needsOpenCentre: Bool { self == .consultation || self == .soinsNonProgrammes }

    /// Reads a code (`visite_ehpad`) or a French label in any case, with or without accents (`Congé`).
    public static func parse(_ text: String) throws(FieldError) -> Activity {
        let key = FrenchText.key(text)
        if let exact = Activity(rawValue: key) { return exact }
        if let labelled = allCases.first(where: { FrenchText.key($0.label) == key }) { return labelled }
        switch key {
        case "consultations", "consultation_programmee", "consultations_programmees": return .consultation
        case "snp", "soins_non_programme": return .soinsNonProgrammes
        case "visite_a_domicile", "visites_domicile", "visites_a_domicile", "vad": return .visiteDomicile
        case "visite_en_ehpad", "ehpad", "visites_ehpad": return .visiteEHPAD
        case "secretariat_accueil", "accueil": return .secretariat
        case "administratif_coordination", "coordination", "admin": return .administratif
        case "conges", "conges_payes", "cp": return .conge
        case "arret_maladie": return .maladie
        default:
            let valid = allCases.map(\.rawValue).joined(separator: ", ")
            throw FieldError("activité invalide \(FieldError.quoted(text.trimmedSpaces)) : valeurs possibles \(valid)")
        }
    }
}

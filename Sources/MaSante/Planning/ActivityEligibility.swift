/// Which professions may be planned on which activity.
///
/// Patient care (consultations, soins non programmés, visits at home or in an EHPAD) is for
/// doctors, nurses and midwives; the front desk (secrétariat / accueil) is for medical
/// secretaries; administrative work, training and absences (congé, maladie) are for everyone.
/// Planning suggestions and automatic rostering only offer a slot to someone who may do it.
///
/// ```swift
/// Profession.infirmier.mayDo(.visiteDomicile)          // true
/// Profession.secretaireMedical.mayDo(.consultation)    // false
/// Profession.medecinGeneraliste.mayDo(.secretariat)    // false
/// Profession.sageFemme.mayDo(.formation)               // true
/// ```
extension Profession {
    /// Whether someone of this profession may be planned on `activity`.
    public func mayDo(_ activity: Activity) -> Bool {
        switch activity {
        case .consultation, .soinsNonProgrammes, .visiteDomicile, .visiteEHPAD:
            switch self {
            case .medecinGeneraliste, .medecinSpecialiste, .infirmier, .sageFemme: true
            case .secretaireMedical: false
            }
        case .secretariat:
            self == .secretaireMedical
        case .administratif, .formation, .conge, .maladie:
            true
        }
    }
}

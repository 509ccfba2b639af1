/// The name of a schedule rule: what findings carry and what a centre's settings tune.
///
/// The raw value is the stable code stored in settings (`dailyRest`); `code` is what users type
/// and read (`repos_quotidien`), `label` the French name, `reference` the legal text the rule
/// enforces, when there is one.
///
/// ```swift
/// RuleID.dailyRest.code        // "repos_quotidien"
/// RuleID.dailyRest.label       // "Repos quotidien"
/// RuleID.dailyRest.reference   // "L3131-1"
/// ```
public enum RuleID: String, CaseIterable, Sendable, Codable {
    case dailyMaxHours
    case dailySpan
    case weeklyMax
    case twelveWeekAverage
    case dailyRest
    case weeklyRest
    case maxWorkingDays
    case breakAfterSixHours
    case partTimeInterruption
    case contractHours
    case withinContract
    case withinAssignment
    case outsideLongAbsence
    case centreShare
    case withinOpeningHours
    case doctorAndSecretaryPresent
    case unscheduledCareEachOpenDay
    case homeVisitsEachWeek
    case openingAmplitude
    case overlap

    /// The French code users type (`--desactiver presence_medecin_secretaire`) and read.
    public var code: String {
        switch self {
        case .dailyMaxHours: "duree_quotidienne"
        case .dailySpan: "amplitude_journee"
        case .weeklyMax: "duree_hebdomadaire"
        case .twelveWeekAverage: "moyenne_12_semaines"
        case .dailyRest: "repos_quotidien"
        case .weeklyRest: "repos_hebdomadaire"
        case .maxWorkingDays: "jours_travailles"
        case .breakAfterSixHours: "pause_6_heures"
        case .partTimeInterruption: "interruption_temps_partiel"
        case .contractHours: "heures_contrat"
        case .withinContract: "dans_le_contrat"
        case .withinAssignment: "dans_l_affectation"
        case .outsideLongAbsence: "hors_absence_longue"
        case .centreShare: "part_du_centre"
        case .withinOpeningHours: "pendant_l_ouverture"
        case .doctorAndSecretaryPresent: "presence_medecin_secretaire"
        case .unscheduledCareEachOpenDay: "soins_non_programmes_chaque_jour"
        case .homeVisitsEachWeek: "visites_domicile_chaque_semaine"
        case .openingAmplitude: "amplitude_ouverture"
        case .overlap: "chevauchement"
        }
    }

    /// The French name users read.
    public var label: String {
        switch self {
        case .dailyMaxHours: "Durée quotidienne maximale"
        case .dailySpan: "Amplitude de la journée de travail"
        case .weeklyMax: "Durée hebdomadaire maximale"
        case .twelveWeekAverage: "Moyenne sur 12 semaines"
        case .dailyRest: "Repos quotidien"
        case .weeklyRest: "Repos hebdomadaire"
        case .maxWorkingDays: "Jours travaillés par semaine"
        case .breakAfterSixHours: "Pause après 6 h"
        case .partTimeInterruption: "Interruption à temps partiel"
        case .contractHours: "Heures du contrat"
        case .withinContract: "Service dans le contrat"
        case .withinAssignment: "Service dans l'affectation"
        case .outsideLongAbsence: "Service hors absence longue"
        case .centreShare: "Part du centre (quotité)"
        case .withinOpeningHours: "Consultations pendant l'ouverture"
        case .doctorAndSecretaryPresent: "Médecin et secrétaire présents"
        case .unscheduledCareEachOpenDay: "Soins non programmés chaque jour d'ouverture"
        case .homeVisitsEachWeek: "Visites à domicile chaque semaine"
        case .openingAmplitude: "Amplitude d'ouverture"
        case .overlap: "Chevauchement"
        }
    }

    /// The legal text behind a working-time rule (Code du travail article, or the public-law decree).
    public var reference: String? {
        switch self {
        case .dailyMaxHours: "L3121-18"
        case .dailySpan: "décret 2000-815, art. 3"
        case .weeklyMax: "L3121-20"
        case .twelveWeekAverage: "L3121-22"
        case .dailyRest: "L3131-1"
        case .weeklyRest: "L3132-2"
        case .maxWorkingDays: "L3132-1"
        case .breakAfterSixHours: "L3121-16"
        case .partTimeInterruption: "L3123-30"
        default: nil
        }
    }

    /// Rules about one person's time, checked across all their centres.
    public var isPersonRule: Bool {
        switch self {
        case .withinOpeningHours, .doctorAndSecretaryPresent, .unscheduledCareEachOpenDay, .homeVisitsEachWeek,
            .openingAmplitude:
            false
        default: true
        }
    }
}

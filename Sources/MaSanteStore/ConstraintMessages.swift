import MaSantePostgres
package import PQ

/// French sentences for the schema's constraints, so a violation the database caught
/// (a race between two users, a rule only PostgreSQL checks) still reads well.
public enum ConstraintMessages {
    static let sentences: [String: String] = [
        "contracts_no_overlap": "ce contrat chevaucherait un autre contrat de la même personne",
        "contracts_end_after_start": "la fin du contrat précède son début",
        "contracts_cdd_has_end": "un CDD doit avoir une date de fin",
        "contracts_weekly_hours_check": "les heures hebdomadaires doivent être comprises entre 0 (exclu) et 35",
        "assignments_within_contract": "une affectation sortirait des dates de son contrat",
        "assignments_no_overlap": "cette personne est déjà affectée à ce centre sur cette période",
        "assignments_shares_within_contract":
            "les quotités de cette personne dépasseraient 100 % de son contrat un même jour",
        "people_rpps_key": "ce numéro RPPS est déjà attribué à une autre personne",
        "people_rpps_check": "numéro RPPS invalide (11 chiffres, clé de Luhn)",
        "people_specialty_for_specialists":
            "une spécialité est obligatoire pour un médecin spécialiste, et réservée à lui",
        "centres_name_key": "un centre porte déjà ce nom",
        "centres_open_has_date": "un centre ouvert doit avoir une date d'ouverture",
        "centres_closed_has_date": "un centre fermé doit avoir une date de fermeture",
        "centres_closed_after_opened": "la fermeture précède l'ouverture",
        "centres_insee_in_departement": "le code INSEE ne correspond pas au département",
        "opening_hours_no_overlap": "deux plages d'ouverture du même jour se chevauchent",
        "recruitment_events_transition": "cette étape de recrutement ne peut pas suivre la précédente",
        "recruitment_events_chronology": "cette étape serait datée avant l'étape précédente",
        "recruitment_events_person_cycle_stage_key": "cette étape est déjà enregistrée pour cette personne",
        "contract_amendments_in_order": "un avenant prend effet après le début du contrat et après l'avenant précédent",
        "contract_amendments_within_contract":
            "un avenant prend effet au plus tard le lendemain de la fin du contrat (au-delà : une nouvelle embauche)",
        "contract_amendments_end_after_effect": "la fin du contrat précède la date d'effet de l'avenant",
        "contract_amendments_cdd_has_end": "un CDD doit avoir une date de fin",
        "contract_amendments_weekly_hours_check":
            "les heures hebdomadaires doivent être comprises entre 0 (exclu) et 35",
        "contract_amendments_one_per_day": "un avenant prend déjà effet ce jour-là pour ce contrat",
        "contracts_hours_by_amendment":
            "les heures d'un contrat commencé changent par un avenant (masante personnel avenant), sans réécrire le passé",
        "long_absences_no_overlap": "cette absence longue chevaucherait une autre absence longue de la même personne",
        "long_absences_within_contract": "une absence longue doit tenir dans un contrat de la personne",
        "long_absences_end_after_start": "la fin de l'absence précède son début",
        "shifts_outside_long_absence":
            "cette personne est en absence longue (maternité, maladie longue…) ce jour-là : seul un congé ou une maladie peut y être planifié",
        "welcome_items_checklist_fkey": "cet élément désigne une liste d'accueil inconnue (ou d'une autre personne)",
        "welcome_checklists_for_recruits": "une liste d'accueil ne s'ouvre que pour une personne embauchée",
        "welcome_checklists_one_per_hire": "cette personne a déjà une liste d'accueil qui commence ce jour-là",
        "welcome_items_due_offset_check": "l'échéance doit tomber entre 90 jours avant et 365 jours après l'embauche",
        "welcome_template_items_due_offset_check":
            "l'échéance doit tomber entre 90 jours avant et 365 jours après l'embauche",
        "welcome_items_closed_has_date": "un élément fait ou sans objet porte une date, un élément à faire n'en a pas",
        "welcome_items_done_not_future": "un élément d'accueil ne se coche pas à une date à venir",
        "welcome_items_label_key": "la liste d'accueil a déjà un élément de ce libellé",
        "welcome_template_items_label_key": "le modèle de cette profession a déjà un élément de ce libellé",
        "welcome_items_label_check": "le libellé d'un élément d'accueil est vide ou dépasse 120 caractères",
        "welcome_template_items_label_check": "le libellé d'un élément d'accueil est vide ou dépasse 120 caractères",
        "welcome_items_note_check": "la note d'un élément d'accueil dépasse 500 caractères",
        "centres_commune_known":
            "commune inconnue : une fois les communes chargées (masante territoires importer), un centre ou une antenne est dans l'une d'elles",
        "communes_in_use": "un centre ou une antenne est dans cette commune : elle reste dans la liste",
        "commune_zonings_no_overlap": "cette période de zonage chevaucherait une autre période de la même commune",
        "commune_zonings_end_after_start": "la fin de la période de zonage précède son début",
        "post_targets_no_overlap":
            "cet objectif de postes chevaucherait un autre objectif du même centre et de la même profession",
        "post_targets_fte_check": "un objectif de postes est un nombre d'ETP positif ou nul (100 au plus)",
        "post_targets_end_after_start": "la fin de l'objectif de postes précède son début",
        "shifts_published_lock":
            "la semaine est publiée : la base refuse tout changement sans motif (--motif), et une semaine publiée ne redevient jamais un brouillon",
    ]

    /// Whether PostgreSQL refused the error as a rule of the schema (a constraint, or a check a
    /// trigger makes, such as the lock on published weeks), rather than as a fault.
    package static func isRuleOfTheSchema(_ error: PQError) -> Bool {
        guard let state = error.sqlState else { return false }
        return SQLState.Class.integrityConstraintViolation ~= state
            || (state == .objectNotInPrerequisiteState && error.constraintName.map { sentences[$0] != nil } == true)
    }

    /// The French sentence for an integrity error, or a general one naming the constraint.
    package static func french(for error: PQError) -> String {
        if let name = error.constraintName, let sentence = sentences[name] { return sentence }
        switch error.sqlState {
        case .uniqueViolation?: return "cette valeur existe déjà (\(error.constraintName ?? "contrainte d'unicité"))"
        case .foreignKeyViolation?:
            return "une référence pointe vers un élément absent (\(error.constraintName ?? "clé étrangère"))"
        case .notNullViolation?: return "une valeur obligatoire manque (\(error.columnName ?? "colonne"))"
        default: return "règle de la base non respectée (\(error.constraintName ?? error.message))"
        }
    }
}

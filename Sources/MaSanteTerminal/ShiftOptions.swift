public import ArgumentParser
import Foundation
public import MaSante
public import MaSanteApp

/// The shift `planning ajouter` adds, after `--centre`: who, which day, from when to when, doing what, where.
public struct NewShiftOptions: ParsableArguments {
    @OptionGroup public var person: PersonOption
    @Option(help: "Jour (AAAA-MM-JJ ou JJ/MM/AAAA).") public var jour: String
    @Option(help: "Heure de début (HH:MM).") public var debut: String
    @Option(help: "Heure de fin (HH:MM).") public var fin: String
    @Option(help: "Activité : \(Activity.validCodes).") public var activite: String
    @Option(help: "Lieu : l'EHPAD (obligatoire pour une visite en EHPAD) ou le lieu d'une visite.")
    public var lieu: String?

    public init() {}

    /// The shift in `centre`, read with the checks of a planning file's line; refused per option (65).
    public func shift(centre: String) throws -> PlanningRecord {
        try OptionRecord(values: [
            ("centre", centre), ("personne", person.personne), ("jour", jour), ("debut", debut), ("fin", fin),
            ("activite", activite), ("lieu", lieu),
        ]).parsed(
            required: PlanningRecord.requiredColumns, optional: PlanningRecord.optionalColumns,
            by: PlanningRecord.parse)
    }
}

/// `--nom` of `planning modele enregistrer`: a template's name, not empty, checked as a name (65).
public struct TemplateNameOption: ParsableArguments {
    @Option(help: "Nom du modèle (un modèle du même nom est remplacé).") public var nom: String

    public init() {}

    public func validate() throws {
        try OptionRefusal.checking {
            guard !name.isEmpty else {
                throw UserFailure("option --nom : le nom du modèle est vide", kind: .badData)
            }
            try typedOption("nom", nom, as: .name)
        }
    }

    /// The name without its surrounding spaces.
    public var name: String { nom.trimmingCharacters(in: .whitespaces) }
}

/// One line of a centre's needs file: `jour;debut;fin;activite;personnel;lieu;minimum;cible`
/// (`lieu` and `cible` optional; `cible` defaults to the minimum).
///
/// ```swift
/// let parsed = CoverNeedRecord.parse(line, columns: columns)
/// parsed.need?.staff   // .medecin
/// ```
public enum CoverNeedRecord {
    public static let requiredColumns = ["jour", "debut", "fin", "activite", "personnel", "minimum"]
    public static let optionalColumns = ["lieu", "cible"]

    /// The need when the line is valid; otherwise every issue of the line.
    public static func parse(_ line: CSVLine, columns: CSVColumns) -> (need: CoverNeed?, issues: [ImportIssue]) {
        var check = LineChecker(line, columns)
        let day = check.parse("jour", missing: "jour manquant (lundi … samedi)", Weekday.parseWorkingDay)
        let start = check.parse("debut", missing: "heure de début manquante (HH:MM)", TimeOfDay.parse)
        let end = check.parse("fin", missing: "heure de fin manquante (HH:MM)", TimeOfDay.parse)
        let activity = check.parse(
            "activite", missing: "activité manquante : valeurs possibles \(Activity.validCodes)", Activity.parse)
        let staff = check.parse(
            "personnel",
            missing:
                "personnel manquant : valeurs possibles \(StaffKind.allCases.map(\.rawValue).joined(separator: ", "))",
            StaffKind.parse)
        let minimum = check.parse(
            "minimum", missing: "minimum manquant (un nombre de personnes)", ActivityRecord.parseCount)
        let target = columns.contains("cible") ? check.optional("cible", ActivityRecord.parseCount) : nil
        let place = columns.contains("lieu") ? check.freeText("lieu") : ""
        if let start, let end, start >= end {
            check.report("fin", "la fin (\(end)) doit suivre le début (\(start)) le même jour")
        }
        if let activity, activity.isAbsence {
            check.report(
                "activite",
                "une absence n'est pas un besoin : valeurs possibles consultation, soins_non_programmes, visite_domicile, visite_ehpad, secretariat, administratif, formation"
            )
        }
        if activity == .visiteEHPAD && place.isEmpty {
            check.report("lieu", "lieu manquant : le nom de l'EHPAD est obligatoire pour une visite en EHPAD")
        }
        if let minimum, let target, target < minimum {
            check.report("cible", "la cible (\(target)) est inférieure au minimum (\(minimum))")
        }
        if minimum == 0 && (target ?? 0) == 0 {
            check.report("minimum", "un besoin demande au moins une personne (minimum ou cible)")
        }
        guard check.issues.isEmpty, let day, let start, let end, let activity, let staff, let minimum else {
            return (nil, check.issues)
        }
        return (
            CoverNeed(
                weekday: day, start: start, end: end, activity: activity, staff: staff,
                place: place.isEmpty ? nil : place, minimum: minimum, target: target), []
        )
    }
}

extension Weekday {
    /// A day from Monday to Saturday by its French name (`lundi`, `Mardi`, `sam`), or its number 1–6.
    public static func parseWorkingDay(_ text: String) throws(FieldError) -> Weekday {
        let key = FrenchText.key(text)
        if let number = Int(key), let day = Weekday(rawValue: number), day != .dimanche { return day }
        if let day = allCases.first(where: { $0 != .dimanche && ($0.label == key || String($0.label.prefix(3)) == key) }
        ) {
            return day
        }
        throw FieldError(
            "jour invalide « \(text) » : valeurs possibles lundi, mardi, mercredi, jeudi, vendredi, samedi")
    }
}

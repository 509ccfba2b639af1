import Foundation

/// A person and their contract as one line of a staff import file describes them, checked field by field.
///
/// Columns: `nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin;quotite`.
/// Hours default to 35, the contract type to CDI and the share of the contract worked in the
/// centre to 100 %; a person working in two centres takes one line per centre. Names are kept as typed (trimmed, runs of
/// spaces made one): whatever characters they hold are just a name.
///
/// ```swift
/// let (record, issues) = PersonRecord.parse(line, columns: columns)
/// ```
public struct PersonRecord: Hashable, Sendable {
    public var lastName: String
    public var firstName: String
    public var profession: Profession
    public var specialty: Specialty?
    public var rpps: RPPS?
    /// The centre's name, as the file gives it.
    public var centre: String
    public var contract: Contract
    /// The part of the contract worked in `centre`.
    public var share: ContractShare

    public init(
        lastName: String, firstName: String, profession: Profession, specialty: Specialty?, rpps: RPPS?,
        centre: String, contract: Contract, share: ContractShare = .whole
    ) {
        self.lastName = lastName
        self.firstName = firstName
        self.profession = profession
        self.specialty = specialty
        self.rpps = rpps
        self.centre = centre
        self.contract = contract
        self.share = share
    }

    public static let requiredColumns = ["nom", "prenom", "profession", "rpps", "centre", "date_embauche"]
    public static let optionalColumns = ["specialite", "heures_hebdo", "type_contrat", "date_fin", "quotite"]

    /// The record when the line is valid; otherwise every issue of the line.
    public static func parse(_ line: CSVLine, columns: CSVColumns) -> (record: PersonRecord?, issues: [ImportIssue]) {
        var check = LineChecker(line, columns)
        let lastName = check.name("nom", missing: "nom manquant")
        let firstName = check.name("prenom", missing: "prénom manquant")
        let profession = check.parse(
            "profession", missing: "profession manquante : valeurs possibles \(Profession.validCodes)", Profession.parse
        )
        let rpps = Self.rpps(&check, profession: profession)
        let specialty = Self.specialty(&check, profession: profession)
        let centre = check.name("centre", missing: "centre manquant")
        let contract = Self.contract(&check)
        let share = check.text("quotite").isEmpty ? .whole : check.parse("quotite", ContractShare.parse)
        guard check.issues.isEmpty, let profession, let contract, let share else { return (nil, check.issues) }
        let record = PersonRecord(
            lastName: lastName, firstName: firstName, profession: profession, specialty: specialty,
            rpps: rpps, centre: centre, contract: contract, share: share)
        return (record, [])
    }

    private static func rpps(_ check: inout LineChecker, profession: Profession?) -> RPPS? {
        if check.text("rpps").isEmpty, let profession, profession.hasRPPS {
            check.report(
                "rpps", "RPPS manquant : obligatoire pour la profession \(FieldError.quoted(profession.label))")
            return nil
        }
        return check.optional("rpps", RPPS.parse)
    }

    private static func specialty(_ check: inout LineChecker, profession: Profession?) -> Specialty? {
        let text = check.text("specialite")
        if profession == .medecinSpecialiste {
            return check.parse(
                "specialite",
                missing:
                    "spécialité manquante : obligatoire pour un médecin spécialiste (valeurs possibles \(Specialty.validCodes))",
                Specialty.parse)
        }
        if let profession, !text.isEmpty {
            check.report(
                "specialite",
                "spécialité \(FieldError.quoted(text)) réservée aux médecins spécialistes (profession \(FieldError.quoted(profession.label)))"
            )
            return nil
        }
        return check.optional("specialite", Specialty.parse)
    }

    private static func contract(_ check: inout LineChecker) -> Contract? {
        let start = check.parse("date_embauche", missing: "date d'embauche manquante", CalendarDate.parse)
        var hours =
            check.text("heures_hebdo").isEmpty
            ? Contract.fullTimeHours : check.parse("heures_hebdo", FrenchNumber.parseDecimal)
        if let invalid = hours, let error = Contract.hoursError(invalid) {
            check.report("heures_hebdo", error.message)
            hours = nil
        }
        let type =
            check.text("type_contrat").isEmpty ? ContractType.cdi : check.parse("type_contrat", ContractType.parse)
        let endText = check.text("date_fin")
        let end = check.optional("date_fin", CalendarDate.parse)
        guard let start, let type, endText.isEmpty || end != nil else { return nil }
        if let error = Contract.endError(type: type, start: start, end: end) {
            check.report("date_fin", error.message)
            return nil
        }
        guard let hours else { return nil }
        do {
            return try Contract(type: type, start: start, end: end, weeklyHours: hours)
        } catch {
            check.report(nil, error.message)
            return nil
        }
    }
}

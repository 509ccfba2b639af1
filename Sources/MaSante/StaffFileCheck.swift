/// What the lines of one staff file must agree on: a person appears at most once per centre,
/// every line of a person gives the same name, profession and contract (only the centre and the
/// share differ), and their shares add up to 100 % of the contract at most.
///
/// ```swift
/// var check = StaffFileCheck()
/// check.add(millas60, line: 2)    // nil
/// check.add(thuir50, line: 3)     // quotités … 110 % du contrat
/// ```
public struct StaffFileCheck {
    private var people: [String: (line: Int, record: PersonRecord, percent: Int)] = [:]
    private var placements = DuplicateFinder<String>()

    public init() {}

    /// Why this line cannot join the lines before it, or nil (and the line is remembered).
    public mutating func add(_ record: PersonRecord, line: Int) -> ImportIssue? {
        let person =
            record.rpps?.digits
            ?? FrenchText.key("\(record.lastName) \(record.firstName) \(record.profession.rawValue)")
        if let earlier = placements.check("\(person)|\(FrenchText.key(record.centre))", line: line) {
            if let rpps = record.rpps {
                return ImportIssue(
                    line: line, column: "rpps",
                    message: "RPPS \(rpps.digits) en double dans le fichier (déjà ligne \(earlier))")
            }
            return ImportIssue(
                line: line, column: "nom",
                message:
                    "\(record.lastName) \(record.firstName) figure deux fois dans le fichier (déjà ligne \(earlier))")
        }
        guard let first = people[person] else {
            people[person] = (line, record, record.share.percent)
            return nil
        }
        if let column = Self.firstDifference(first.record, record) {
            return ImportIssue(
                line: line, column: column,
                message:
                    "\(record.lastName) \(record.firstName) figure déjà ligne \(first.line) avec d'autres valeurs : "
                    + "une personne sur plusieurs lignes (une par centre) y garde le même nom, la même profession "
                    + "et le même contrat")
        }
        let total = first.percent + record.share.percent
        people[person]?.percent = total
        guard total <= 100 else {
            return ImportIssue(
                line: line, column: "quotite",
                message:
                    "les quotités de \(record.lastName) \(record.firstName) (lignes \(first.line) et suivantes) "
                    + "font \(total) % du contrat : 100 % au plus")
        }
        return nil
    }

    /// The first column whose value differs between two lines of one person, if any.
    private static func firstDifference(_ a: PersonRecord, _ b: PersonRecord) -> String? {
        let columns: [(String, Bool)] = [
            ("nom", FrenchText.key(a.lastName) == FrenchText.key(b.lastName)),
            ("prenom", FrenchText.key(a.firstName) == FrenchText.key(b.firstName)),
            ("profession", a.profession == b.profession), ("specialite", a.specialty == b.specialty),
            ("date_embauche", a.contract.start == b.contract.start),
            ("heures_hebdo", a.contract.weeklyHours == b.contract.weeklyHours),
            ("type_contrat", a.contract.type == b.contract.type), ("date_fin", a.contract.end == b.contract.end),
        ]
        return columns.first { !$0.1 }?.0
    }
}

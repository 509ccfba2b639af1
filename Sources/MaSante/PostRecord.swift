/// One line of a posts file: a centre's staffing target for a profession from a day.
///
/// Columns: `centre;profession;etp;debut` (`debut` empty: today).
public struct PostRecord: Hashable, Sendable {
    public var centre: String
    public var profession: Profession
    public var fte: PostFTE
    public var from: CalendarDate

    public static let requiredColumns = ["centre", "profession", "etp"]
    public static let optionalColumns = ["debut"]

    /// The record when the line is valid; otherwise every issue of the line.
    public static func parse(
        _ line: CSVLine, columns: CSVColumns, today: CalendarDate = .today()
    )
        -> (record: PostRecord?, issues: [ImportIssue])
    {
        var check = LineChecker(line, columns)
        let centre = check.name("centre", missing: "centre manquant")
        let profession = check.parse(
            "profession", missing: "profession manquante : valeurs possibles \(Profession.validCodes)",
            Profession.parse)
        let fte = check.parse("etp", missing: "nombre d'ETP manquant", PostFTE.parse)
        let from = check.optional("debut", CalendarDate.parse) ?? today
        guard check.issues.isEmpty, let profession, let fte else { return (nil, check.issues) }
        return (PostRecord(centre: centre, profession: profession, fte: fte, from: from), [])
    }
}

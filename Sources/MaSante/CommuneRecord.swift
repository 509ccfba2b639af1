/// One line of a territories file: a commune of the mountain-zone list, a zoning period of the
/// ARS list, or both, checked field by field.
///
/// Columns: `code_insee` and, for the communes list, `commune;departement;montagne`; for the ARS
/// zoning, `zonage;debut;fin`. A file holds one list or the other (or both at once): the columns
/// it has say which.
///
/// ```swift
/// let (record, issues) = CommuneRecord.parse(line, columns: columns)
/// ```
public struct CommuneRecord: Hashable, Sendable {
    /// A zoning class in force from a day to a day (open-ended without `to`).
    public struct Zoning: Hashable, Sendable {
        public var zoning: ZoningClass
        public var from: CalendarDate
        public var to: CalendarDate?

        public init(zoning: ZoningClass, from: CalendarDate, to: CalendarDate?) {
            self.zoning = zoning
            self.from = from
            self.to = to
        }
    }

    public var insee: INSEECode
    /// The commune's name and mountain flag, when the file is a communes list.
    public var name: String?
    public var mountain: Bool?
    public var zoning: Zoning?

    public init(insee: INSEECode, name: String?, mountain: Bool?, zoning: Zoning?) {
        self.insee = insee
        self.name = name
        self.mountain = mountain
        self.zoning = zoning
    }

    public static let requiredColumns = ["code_insee"]
    public static let optionalColumns = ["commune", "departement", "montagne", "zonage", "debut", "fin"]

    /// Whether the file is a communes list (it has a `montagne` column).
    public static func listsCommunes(_ columns: CSVColumns) -> Bool { columns.contains("montagne") }

    /// Whether the file is a zoning list (it has a `zonage` column).
    public static func listsZonings(_ columns: CSVColumns) -> Bool { columns.contains("zonage") }

    /// The record when the line is valid; otherwise every issue of the line.
    public static func parse(_ line: CSVLine, columns: CSVColumns) -> (record: CommuneRecord?, issues: [ImportIssue]) {
        var check = LineChecker(line, columns)
        let insee = check.parse("code_insee", missing: "code INSEE manquant", INSEECode.parse)
        if let insee, let typed = check.optional("departement", Departement.parse), typed != insee.departement {
            check.report(
                "departement",
                "le département \(typed.code) ne correspond pas au code INSEE \(insee.code) (département \(insee.departement.code))"
            )
        }
        var name: String?
        var mountain: Bool?
        if listsCommunes(columns) {
            name = check.name("commune", missing: "nom de la commune manquant")
            mountain = check.parse("montagne", parseMountain)
        }
        var zoning: Zoning?
        if listsZonings(columns) {
            let zone = check.parse(
                "zonage", missing: "zonage manquant : valeurs possibles ZIP, ZAC, hors zonage", ZoningClass.parse)
            let from = check.parse("debut", missing: "date de début manquante", CalendarDate.parse)
            let to = check.optional("fin", CalendarDate.parse)
            if let from, let to, to < from {
                check.report("fin", "la fin (\(to.french)) précède le début (\(from.french))")
            }
            if let zone, let from { zoning = Zoning(zoning: zone, from: from, to: to) }
        }
        guard check.issues.isEmpty, let insee else { return (nil, check.issues) }
        return (CommuneRecord(insee: insee, name: name, mountain: mountain, zoning: zoning), [])
    }

    /// `oui`/`non` (`o`, `x`, `1`, `vrai`…; empty is `non`); the law lists' « totalité » and
    /// « partiellement » classed communes are in the mountain zone.
    public static func parseMountain(_ text: String) throws(FieldError) -> Bool {
        switch FrenchText.key(text) {
        case "oui", "o", "x", "1", "vrai", "montagne", "zone_de_montagne", "totalite", "totalement", "partiellement",
            "partie", "en_totalite", "en_partie":
            return true
        case "", "non", "n", "0", "faux", "hors_montagne":
            return false
        default:
            throw FieldError("valeur de montagne invalide \(FieldError.quoted(text)) : attendu oui ou non")
        }
    }
}

/// A post line on a day: a centre's staffing target for a profession, the FTE staffed and what
/// remains vacant (never below zero). No person is named: the staffed FTE is a sum.
///
/// ```swift
/// let line = PostVacancy(centre: "Centre de santé de Millas", commune: "Millas", insee: "66108",
///                        departement: "66", profession: .medecinGeneraliste, since: start,
///                        target: 3, staffed: 2.5, vacant: 0.5)
/// ```
public struct PostVacancy: Hashable, Sendable {
    public var centre: String
    public var commune: String
    public var insee: String
    public var departement: String
    public var profession: Profession
    /// The first day of the target in force.
    public var since: CalendarDate
    public var target: Double
    public var staffed: Double
    public var vacant: Double

    public init(
        centre: String, commune: String, insee: String, departement: String, profession: Profession,
        since: CalendarDate, target: Double, staffed: Double, vacant: Double
    ) {
        self.centre = centre
        self.commune = commune
        self.insee = insee
        self.departement = departement
        self.profession = profession
        self.since = since
        self.target = target
        self.staffed = staffed
        self.vacant = vacant
    }
}

/// A staffing target typed by a person: a number of FTE from 0 to 100, two decimals at most
/// (`2`, `2,5`, `0.5`).
public struct PostFTE: Hashable, Sendable {
    public let value: Double

    public static func parse(_ text: String) throws(FieldError) -> PostFTE {
        let value = try FrenchNumber.parseDecimal(text)
        guard value >= 0 else {
            throw FieldError(
                "objectif de postes négatif \(FieldError.quoted(text)) : un nombre d'ETP positif ou nul est attendu")
        }
        guard value <= 100, (value * 100).rounded() == value * 100 else {
            throw FieldError(
                "objectif de postes invalide \(FieldError.quoted(text)) : de 0 à 100 ETP, deux décimales au plus")
        }
        return PostFTE(value: value)
    }

    private init(value: Double) { self.value = value }
}

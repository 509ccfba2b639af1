/// The progress report's territories: recruits (by their first centre's commune) and open centres
/// by the ARS zoning in force on the report's day, and in the mountain zone.
///
/// Keys: `zip`, `zac`, `hors_zonage`, `non_classe` (no zoning known), `montagne`; a centre in the
/// mountains counts in its zoning class too.
public struct TerritoryFigures: Sendable, Equatable, Codable {
    public var recruits: [String: Int]
    public var openCentres: [String: Int]

    public init(recruits: [String: Int], openCentres: [String: Int]) {
        self.recruits = recruits
        self.openCentres = openCentres
    }

    /// The territories in the order reports print them, with their French titles.
    public static let titles: [(key: String, title: String)] = [
        ("zip", "ZIP"), ("zac", "ZAC"), ("hors_zonage", "hors zonage"), ("non_classe", "zonage inconnu"),
        ("montagne", "zone de montagne"),
    ]

    enum CodingKeys: String, CodingKey {
        case recruits = "recrues", openCentres = "centres_ouverts"
    }
}

/// A yearly sub-target of the report (a setting): so many recruits of a profession in a calendar
/// year, and how many were hired that year by the report's day.
public struct YearTarget: Sendable, Equatable, Codable {
    public var year: String
    public var profession: String
    public var target: Int
    public var hired: Int

    public init(year: String, profession: String, target: Int, hired: Int) {
        self.year = year
        self.profession = profession
        self.target = target
        self.hired = hired
    }

    enum CodingKeys: String, CodingKey {
        case year = "annee", profession, target = "cible", hired = "recrutes"
    }
}

/// The centres to come on the report's day, by the latest stage each has reached, and how many
/// openings they promise: those whose convention is signed or that are being prepared (our rule:
/// the commune is committed, the opening a matter of months).
public struct PipelineFigures: Sendable, Equatable, Codable {
    public var byStatus: [String: Int]

    public init(byStatus: [String: Int]) { self.byStatus = byStatus }

    public var centres: Int { byStatus.values.reduce(0, +) }
    public var projectedOpenings: Int { (byStatus["convention_signee"] ?? 0) + (byStatus["en_preparation"] ?? 0) }

    enum CodingKeys: String, CodingKey {
        case byStatus = "par_statut", projectedOpenings = "ouvertures_prevues"
    }

    public init(from decoder: any Decoder) throws {
        byStatus = try decoder.container(keyedBy: CodingKeys.self).decode([String: Int].self, forKey: .byStatus)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(byStatus, forKey: .byStatus)
        try container.encode(projectedOpenings, forKey: .projectedOpenings)
    }
}

import Foundation

/// The Region's progress report toward its recruitment goal, as it stood on one date.
///
/// Every figure is an aggregate of registry rows as of ``asOf``; the JSON form uses the keys
/// of the design contract (`au`, `objectif`, `recrutes`, `par_profession`…).
public struct ProgressReport: Sendable, Equatable, Codable {
    public var asOf: CalendarDate
    public var goal: Int
    public var deadline: CalendarDate
    /// Health professionals hired since the start (departures included: hires never go down).
    public var hired: Int
    /// Those of ``hired`` who left and were hired again (each counted once among the hires).
    public var rehired: Int
    /// Health professionals under contract on ``asOf``, and their FTE.
    public var inPost: Int
    public var fte: Double
    /// Those of ``inPost`` not on a long absence that day (maternity, long sickness…), and their FTE.
    public var present: Int
    public var presentFTE: Double
    /// The welcome of the recruits of the last 12 months (« accueil terminé / en cours / en retard »).
    public var welcome: WelcomeFigures
    /// Hires counted toward the goal, by profession code (secretaries excluded).
    public var hiredByProfession: [String: Int]
    /// Staff hired who do not count toward the goal (secretaries), by profession code.
    public var hiredOutsideGoal: [String: Int]
    public var hiredByDepartement: [String: Int]
    public var byCentre: [CentreFigures]
    public var byMonth: [MonthFigures]
    public var centresOpen: Int
    public var openingsByYear: [String: Int]
    /// About ten openings a year are planned.
    public var openingsTargetPerYear: Int
    public var activity: ActivityTotals
    /// Finished months some open centres have not declared: their activity totals are incomplete.
    public var provisionalActivity: [ProvisionalMonth]
    public var projection: Projection
    /// Recruits and open centres by ARS zoning and in the mountains (nil before communes are loaded).
    public var territories: TerritoryFigures?
    /// The yearly sub-targets by profession (settings) and the hires of each year.
    public var yearTargets: [YearTarget]?
    /// The centres to come, by stage (nil when there is none).
    public var pipeline: PipelineFigures?

    public init(
        asOf: CalendarDate, goal: Int, deadline: CalendarDate, hired: Int, inPost: Int, fte: Double,
        present: Int? = nil, presentFTE: Double? = nil, rehired: Int = 0, welcome: WelcomeFigures = .none,
        hiredByProfession: [String: Int],
        hiredOutsideGoal: [String: Int], hiredByDepartement: [String: Int],
        byCentre: [CentreFigures], byMonth: [MonthFigures], centresOpen: Int, openingsByYear: [String: Int],
        openingsTargetPerYear: Int = 10, activity: ActivityTotals, provisionalActivity: [ProvisionalMonth] = [],
        projection: Projection
    ) {
        self.asOf = asOf
        self.goal = goal
        self.deadline = deadline
        self.hired = hired
        self.inPost = inPost
        self.fte = fte
        self.present = present ?? inPost
        self.presentFTE = presentFTE ?? fte
        self.rehired = rehired
        self.welcome = welcome
        // Every profession that counts is listed, with 0 when nobody was hired.
        self.hiredByProfession = Dictionary(
            uniqueKeysWithValues: Profession.allCases.filter(\.countsTowardGoal).map { ($0.rawValue, 0) }
        ).merging(hiredByProfession) { $1 }
        self.hiredOutsideGoal = hiredOutsideGoal
        self.hiredByDepartement = hiredByDepartement
        self.byCentre = byCentre
        self.byMonth = byMonth
        self.centresOpen = centresOpen
        self.openingsByYear = openingsByYear
        self.openingsTargetPerYear = openingsTargetPerYear
        self.activity = activity
        self.provisionalActivity = provisionalActivity
        self.projection = projection
    }

    /// Share of the goal reached, 0…1 (may exceed 1).
    public var completion: Double { goal > 0 ? Double(hired) / Double(goal) : 0 }

    enum CodingKeys: String, CodingKey {
        case asOf = "au", goal = "objectif", deadline = "echeance", hired = "recrutes", inPost = "en_poste", fte = "etp"
        case present = "presents", presentFTE = "etp_presents", rehired = "reembauches", welcome = "accueil"
        case hiredByProfession = "par_profession", hiredOutsideGoal = "hors_objectif", hiredByDepartement =
            "par_departement"
        case byCentre = "par_centre", byMonth = "par_mois", centresOpen = "centres_ouverts"
        case openingsByYear = "ouvertures_par_an", openingsTargetPerYear = "objectif_ouvertures_par_an"
        case activity = "activite", provisionalActivity = "activite_provisoire", projection
        case territories = "territoires", yearTargets = "objectifs_annuels", pipeline = "projets"
    }
}

/// A finished month whose activity is provisional: centres open on at least one of its days have
/// not declared it, so its totals lack them (they are not zero, they are unknown). The database
/// finds them (`report_undeclared_months`).
///
/// ```swift
/// ProvisionalMonth.grouping([("2026-10", "Quillan"), ("2026-09", "Millas"), ("2026-10", "Lussan")])
/// // [("2026-09", ["Millas"]), ("2026-10", ["Lussan", "Quillan"])]
/// ```
public struct ProvisionalMonth: Sendable, Equatable, Codable {
    /// `AAAA-MM`.
    public var month: String
    /// The centres' names, sorted.
    public var missingCentres: [String]

    public init(month: String, missingCentres: [String]) {
        self.month = month
        self.missingCentres = missingCentres
    }

    enum CodingKeys: String, CodingKey {
        case month = "mois", missingCentres = "centres_manquants"
    }

    /// Months (`AAAA-MM`) and the centres missing from each, from (month, centre) pairs:
    /// oldest month first, names sorted.
    public static func grouping(_ missing: [(month: String, centre: String)]) -> [ProvisionalMonth] {
        Dictionary(grouping: missing, by: \.month).sorted { $0.key < $1.key }.map { month, pairs in
            ProvisionalMonth(month: month, missingCentres: pairs.map(\.centre).sorted())
        }
    }
}

/// One centre's line of the report.
///
/// The people in post and their FTE are withheld (nil) when fewer than ``minimumCell`` people
/// are in post: one or two people's FTE would give away their part-time share (statistical
/// secrecy; the database applies the same threshold, see `report_minimum_cell()`).
public struct CentreFigures: Sendable, Equatable, Codable {
    public var name: String
    public var departement: String
    public var openedOn: CalendarDate?
    public var hired: Int
    public var inPost: Int?
    public var fte: Double?

    /// The fewest people in post a published line may count.
    public static let minimumCell = 3

    /// Whether the staff and FTE of this line are withheld.
    public var isWithheld: Bool { inPost == nil }

    public init(name: String, departement: String, openedOn: CalendarDate?, hired: Int, inPost: Int?, fte: Double?) {
        self.name = name
        self.departement = departement
        self.openedOn = openedOn
        self.hired = hired
        self.inPost = inPost
        self.fte = fte
    }

    enum CodingKeys: String, CodingKey {
        case name = "centre", departement, openedOn = "ouverture", hired = "recrutes", inPost = "en_poste", fte = "etp"
    }

    /// Writes `null` for a centre not yet open, rather than leaving the key out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(departement, forKey: .departement)
        try container.encode(openedOn, forKey: .openedOn)
        try container.encode(hired, forKey: .hired)
        try container.encode(inPost, forKey: .inPost)
        try container.encode(fte, forKey: .fte)
    }
}

/// Hires of one month and the running total.
public struct MonthFigures: Sendable, Equatable, Codable {
    /// `AAAA-MM`.
    public var month: String
    public var hired: Int
    public var cumulative: Int

    public init(month: String, hired: Int, cumulative: Int) {
        self.month = month
        self.hired = hired
        self.cumulative = cumulative
    }

    enum CodingKeys: String, CodingKey {
        case month = "mois", hired = "recrutes", cumulative = "cumul"
    }
}

/// Activity of all centres since the start, up to the report's date.
public struct ActivityTotals: Sendable, Equatable, Codable {
    public var scheduledConsultations: Int
    public var unscheduledConsultations: Int
    public var homeVisits: Int
    public var ehpadVisits: Int
    public var newReferringPatients: Int

    public init(
        scheduledConsultations: Int, unscheduledConsultations: Int, homeVisits: Int, ehpadVisits: Int,
        newReferringPatients: Int
    ) {
        self.scheduledConsultations = scheduledConsultations
        self.unscheduledConsultations = unscheduledConsultations
        self.homeVisits = homeVisits
        self.ehpadVisits = ehpadVisits
        self.newReferringPatients = newReferringPatients
    }

    /// Scheduled and unscheduled consultations together.
    public var consultations: Int { scheduledConsultations + unscheduledConsultations }

    enum CodingKeys: String, CodingKey {
        case consultations, scheduledConsultations = "consultations_programmees"
        case unscheduledConsultations = "consultations_non_programmees", homeVisits = "visites_domicile"
        case ehpadVisits = "visites_ehpad", newReferringPatients = "nouveaux_patients_medecin_traitant"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scheduledConsultations = try container.decode(Int.self, forKey: .scheduledConsultations)
        unscheduledConsultations = try container.decode(Int.self, forKey: .unscheduledConsultations)
        homeVisits = try container.decode(Int.self, forKey: .homeVisits)
        ehpadVisits = try container.decode(Int.self, forKey: .ehpadVisits)
        newReferringPatients = try container.decode(Int.self, forKey: .newReferringPatients)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(consultations, forKey: .consultations)
        try container.encode(scheduledConsultations, forKey: .scheduledConsultations)
        try container.encode(unscheduledConsultations, forKey: .unscheduledConsultations)
        try container.encode(homeVisits, forKey: .homeVisits)
        try container.encode(ehpadVisits, forKey: .ehpadVisits)
        try container.encode(newReferringPatients, forKey: .newReferringPatients)
    }
}

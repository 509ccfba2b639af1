import Foundation

/// How the observatory groups the network: by département, ARS zoning (in force at each
/// period's end), mountain zone or centre.
public enum ObservatoryGrouping: String, CaseIterable, Sendable {
    case departement, zonage, montagne, centre

    /// The name the database function takes.
    public var sqlName: String { rawValue }

    /// Reads `departement`, `zonage`, `montagne` or `centre`, refusing anything else in French.
    public static func parse(_ text: String) throws(FieldError) -> ObservatoryGrouping {
        guard let value = ObservatoryGrouping(rawValue: FrenchText.key(text)) else {
            throw FieldError(
                "regroupement inconnu \(FieldError.quoted(text)) : valeurs possibles \(allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return value
    }
}

/// The observatory's period: a month, a quarter or a calendar year.
public enum ObservatoryStep: String, CaseIterable, Sendable {
    case mois, trimestre, annee

    /// The name `date_trunc` takes.
    public var sqlName: String {
        switch self {
        case .mois: "month"
        case .trimestre: "quarter"
        case .annee: "year"
        }
    }

    /// The period starting on `start`, as reports print it: `07/2022`, `T3 2022`, `2022`.
    public func label(_ start: CalendarDate) -> String {
        switch self {
        case .mois: String(format: "%02d/%04d", start.month, start.year)
        case .trimestre: "T\((start.month - 1) / 3 + 1) \(start.year)"
        case .annee: String(start.year)
        }
    }

    /// Reads `mois`, `trimestre` or `annee` (`année`), refusing anything else in French.
    public static func parse(_ text: String) throws(FieldError) -> ObservatoryStep {
        guard let value = ObservatoryStep(rawValue: FrenchText.key(text)) else {
            throw FieldError(
                "pas inconnu \(FieldError.quoted(text)) : valeurs possibles \(allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return value
    }
}

/// One territory in one period of the observatory: health professionals who arrived and left
/// during it, those in post at its end and their FTE (nil below the minimum cell), the vacant FTE
/// of the posts and the centres open at its end.
public struct ObservatoryRow: Sendable, Hashable {
    public var period: CalendarDate
    public var territory: String
    public var arrivals: Int
    public var departures: Int
    public var inPost: Int?
    public var fte: Double?
    public var vacant: Double
    public var centresOpen: Int

    public init(
        period: CalendarDate, territory: String, arrivals: Int, departures: Int, inPost: Int?, fte: Double?,
        vacant: Double, centresOpen: Int
    ) {
        self.period = period
        self.territory = territory
        self.arrivals = arrivals
        self.departures = departures
        self.inPost = inPost
        self.fte = fte
        self.vacant = vacant
        self.centresOpen = centresOpen
    }
}

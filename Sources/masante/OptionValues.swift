public import ArgumentParser
public import MaSante
import MaSanteApp
public import MaSanteStore
import WeekPlanner

// Domain values typed on the command line, each read by its own domain parser: a value it
// refuses is reported in that parser's French words (`option --jour : date invalide
// « 2026-02-30 » : ce jour n'existe pas`, exit 65) through ``RejectedOptionValue``.

extension ExpressibleByArgument {
    /// The value `parse` reads in `text`; nil, with the refusal kept, when it refuses it.
    init?(_ text: String, kind: FailureKind = .badData, parsedBy parse: (String) throws(FieldError) -> Self) {
        guard let value = RejectedOptionValue.parse(text, kind: kind, parse) else { return nil }
        self = value
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: CalendarDate.parse) }
}

extension TimeOfDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: TimeOfDay.parse) }
}

extension ISOWeek: ExpressibleByArgument {
    /// ``WeekChoice``: `2026-W50`, a day of the week, `courante`, `prochaine` (today in Paris).
    public init?(argument: String) {
        let today = CalendarDate.today()
        self.init(argument) { (text) throws(FieldError) in try WeekChoice.parse(text, today: today) }
    }
}

extension Activity: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: Activity.parse) }
}

extension Profession: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: Profession.parse) }
}

extension Specialty: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: Specialty.parse) }
}

extension RPPS: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: RPPS.parse) }
}

extension RecruitmentStage: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: RecruitmentStage.parse) }
}

extension LongAbsenceKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: LongAbsenceKind.parse) }
}

extension CentreStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: CentreStatus.parse) }
}

extension Departement: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: Departement.parse) }
}

extension UserRole: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: UserRole.parse) }
}

extension RuleID: ExpressibleByArgument {
    /// The French code (`presence_medecin_secretaire`); the former English one is still accepted.
    public init?(argument: String) { self.init(argument, parsedBy: RuleID.parse) }
    public static var allValueStrings: [String] { allCases.map(\.code) }
    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.code, $0.label) })
    }
    public var defaultValueDescription: String { code }
}

/// `--type-absence`: one of the kinds of absence a re-planning records (``AbsenceReplan/kinds``).
struct AbsenceKind: ExpressibleByArgument {
    var activity: Activity

    static var allValueStrings: [String] { AbsenceReplan.kinds.map(\.rawValue) }

    init?(argument: String) {
        guard let activity = Activity(argument, parsedBy: AbsenceReplan.parseKind) else { return nil }
        self.activity = activity
    }
}

extension RuleSeverityChoice: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: RuleSeverityChoice.parse) }
}

extension RuleLimitChoice: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument, parsedBy: RuleLimitChoice.parse) }
}

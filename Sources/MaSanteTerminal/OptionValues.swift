public import ArgumentParser
public import MaSante
public import MaSanteApp
public import MaSanteStore
import WeekPlanner

// Domain values typed on the command line, each read by its own domain parser: a value it
// refuses is reported in that parser's French words (`option --jour : date invalide
// « 2026-02-30 » : ce jour n'existe pas`, exit 65) through ``OptionRefusal``.

extension ExpressibleByArgument {
    /// The value `parse` reads in `text`; nil, with the refusal kept, when it refuses it.
    public init?(
        _ text: String, kind: FailureKind = .badData, parsedBy parse: (String) throws(FieldError) -> Self
    ) {
        guard let value = OptionRefusal.parse(text, kind: kind, parse) else { return nil }
        self = value
    }
}

/// A domain value typed as an option and read by its own `parse` (``CalendarDate/parse(_:)``…):
/// conforming is all it takes, the refusal is said in the parser's words.
public protocol ParsedOption: ExpressibleByArgument {
    static func parse(_ text: String) throws(FieldError) -> Self
}

extension ParsedOption {
    public init?(argument: String) { self.init(argument, parsedBy: Self.parse) }
}

extension CalendarDate: ParsedOption {}
extension TimeOfDay: ParsedOption {}
extension Specialty: ParsedOption {}
extension RPPS: ParsedOption {}
extension Departement: ParsedOption {}
extension RuleSeverityChoice: ParsedOption {}
extension RuleLimitChoice: ParsedOption {}

// The enumerations with a raw value, read by their own `parse` rather than by swift-argument-parser's
// exact raw value (`--profession "Sage-femme"` as well as `sage_femme`).
extension ParsedOption where Self: RawRepresentable, RawValue == String {
    public init?(argument: String) { self.init(argument, parsedBy: Self.parse) }
}

extension Activity: ParsedOption {}
extension Profession: ParsedOption {}
extension RecruitmentStage: ParsedOption {}
extension CentreStatus: ParsedOption {}
extension LongAbsenceKind: ParsedOption {}
extension UserRole: ParsedOption {}

extension ISOWeek: ExpressibleByArgument {
    /// ``WeekChoice``: `2026-W50`, a day of the week, `courante`, `prochaine` (today in Paris).
    public init?(argument: String) {
        let today = CalendarDate.today()
        self.init(argument) { (text) throws(FieldError) in try WeekChoice.parse(text, today: today) }
    }
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
public struct AbsenceKind: ExpressibleByArgument {
    public var activity: Activity

    public static var allValueStrings: [String] { AbsenceReplan.kinds.map(\.rawValue) }

    public init?(argument: String) {
        guard let activity = Activity(argument, parsedBy: AbsenceReplan.parseKind) else { return nil }
        self.activity = activity
    }
}

extension ContractShare: ParsedOption {}
extension ContractType: ParsedOption {}

/// `--heures-hebdo`: weekly hours, with a decimal comma or point (`17,5`); the range is the
/// contract's rule to check.
public struct WeeklyHoursOption: ExpressibleByArgument {
    public let hours: Double

    init(hours: Double) { self.hours = hours }

    public init?(argument: String) {
        self.init(argument) { (text) throws(FieldError) in WeeklyHoursOption(hours: try FrenchNumber.parseDecimal(text))
        }
    }
}

extension WelcomeGroup: ParsedOption {}
extension WelcomeOwner: ParsedOption {}
extension WelcomeStatus: ParsedOption {}
extension DueOffset: ParsedOption {}

extension PostFTE: ParsedOption {}
extension ObservatoryGrouping: ParsedOption {}
extension ObservatoryStep: ParsedOption {}

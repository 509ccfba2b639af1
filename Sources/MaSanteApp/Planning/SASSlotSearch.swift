public import Foundation
public import MaSante

/// A search of the SAS on a centre's slots (`GET /fhir/Slot?…`), read from its query parameters
/// as the ANS guide « Service d'Accès aux Soins » writes them:
///
/// - `start=ge2026-12-01T08:00:00+01:00`, `start=lt2026-12-02` (prefixes `ge`, `gt`, `le`, `lt`, `eq`;
///   a date alone is a Paris day); from now and 7 days on when absent; at most 31 days;
/// - `schedule.actor:Practitioner.identifier=urn:oid:1.2.250.1.71.4.2.1|810005173140` (the
///   system is optional): the slots of that practitioner only;
/// - `_include=Slot:schedule` and `_include=Schedule:actor` (or `Schedule:actor:Practitioner`,
///   `Schedule:actor:Location`): the schedules, the practitioners and the centre along.
///
/// Other parameters are ignored, as FHIR lets a server do; a malformed value is refused with a
/// French diagnostic (an `OperationOutcome` with 400).
public struct SASSlotSearch: Sendable, Equatable {
    /// A malformed search, said in French.
    public struct Refusal: Error, Sendable, Equatable {
        public var diagnostics: String
    }

    public var range: DateInterval
    /// idNatPS (`8` then the RPPS) of the practitioner searched, nil for every one.
    public var practitioner: String?
    public var includesSchedules = false
    public var includesActors = false

    public static let longest: TimeInterval = 31 * 86_400
    static let identifierParameter = "schedule.actor:Practitioner.identifier"

    public static func parse(_ parameters: [(String, String)], now: Date = Date()) throws(Refusal) -> SASSlotSearch {
        var lower: Date?, upper: Date?
        var search = SASSlotSearch(range: DateInterval(start: now, duration: 7 * 86_400))
        for (name, value) in parameters {
            switch name {
            case "start":
                let (prefix, instantText) = Self.prefixed(value)
                guard let bounds = Self.bounds(instantText) else {
                    throw Refusal(
                        diagnostics:
                            "paramètre start invalide « \(value) » : attendu par exemple ge2026-12-01 ou lt2026-12-01T12:00:00+01:00"
                    )
                }
                switch prefix {
                case "ge", "eq": lower = max(lower ?? bounds.start, bounds.start)
                case "gt": lower = max(lower ?? bounds.end, bounds.end)
                case "lt": upper = min(upper ?? bounds.start, bounds.start)
                case "le": upper = min(upper ?? bounds.end, bounds.end)
                default:
                    throw Refusal(
                        diagnostics: "paramètre start invalide « \(value) » : préfixes possibles ge, gt, le, lt, eq")
                }
                if prefix == "eq" { upper = min(upper ?? bounds.end, bounds.end) }
            case identifierParameter:
                let parts = value.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let system = parts.count == 2 ? parts[0] : nil, code = parts.last ?? ""
                guard system == nil || system == "" || system == "urn:oid:1.2.250.1.71.4.2.1", !code.isEmpty else {
                    throw Refusal(
                        diagnostics:
                            "paramètre \(identifierParameter) invalide « \(value) » : attendu urn:oid:1.2.250.1.71.4.2.1|8 suivi du RPPS"
                    )
                }
                search.practitioner = code
            case "_include":
                switch value {
                case "Slot:schedule": search.includesSchedules = true
                case "Schedule:actor", "Schedule:actor:Practitioner", "Schedule:actor:Location":
                    search.includesActors = true
                default:
                    throw Refusal(
                        diagnostics:
                            "paramètre _include invalide « \(value) » : valeurs possibles Slot:schedule, Schedule:actor"
                    )
                }
            default:
                continue
            }
        }
        let start = lower ?? now
        let end = upper ?? start.addingTimeInterval(7 * 86_400)
        guard end > start else { throw Refusal(diagnostics: "recherche vide : la fin de start précède son début") }
        guard end.timeIntervalSince(start) <= longest else {
            throw Refusal(diagnostics: "recherche trop large : 31 jours au plus entre les bornes de start")
        }
        search.range = DateInterval(start: start, end: end)
        return search
    }

    /// `ge2026-12-01` → (`ge`, `2026-12-01`); no prefix is `eq`.
    static func prefixed(_ value: String) -> (String, String) {
        let head = String(value.prefix(2))
        return head.allSatisfy(\.isLetter) && value.count > 2 ? (head, String(value.dropFirst(2))) : ("eq", value)
    }

    /// The instants a value covers: a Paris day, or one second of a dateTime with its offset.
    static func bounds(_ text: String) -> DateInterval? {
        if text.count == 10, let day = try? CalendarDate.parse(text), text == day.description {
            return DateInterval(start: day.startInParis, end: day.adding(days: 1).startInParis)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let instant = formatter.date(from: text) else { return nil }
        return DateInterval(start: instant, duration: 1)
    }

    /// The slots the search asks for, of `slots`.
    public func filter(_ slots: WeekSlots) -> WeekSlots {
        guard let practitioner else { return slots }
        var kept = slots
        let ids = Set(slots.practitioners.filter { $0.rpps.map { "8" + $0 } == practitioner }.map(\.personID))
        kept.slots = slots.slots.filter { ids.contains($0.personID) }
        kept.practitioners = slots.practitioners.filter { ids.contains($0.personID) }
        return kept
    }
}

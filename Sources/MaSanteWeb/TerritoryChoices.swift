import Foundation
import Hummingbird
import MaSante
import MaSanteApp

/// What the observatory page was asked for: a span, a grouping and a step, read from the query
/// with a French message per unreadable field (the defaults: from the first opening to today, by
/// département, by quarter). Whether the span may be read is `ObservatoryReport`'s rule.
struct ObservatoryChoice {
    var from: CalendarDate
    var to: CalendarDate
    var grouping: ObservatoryGrouping
    var step: ObservatoryStep

    static func read(_ query: [String: String]) -> Result<ObservatoryChoice, FieldErrors> {
        var errors: [String: String] = [:]
        func date(_ field: String, default value: CalendarDate) -> CalendarDate {
            guard let text = query[field], !text.trimmingCharacters(in: .whitespaces).isEmpty
            else { return value }
            do { return try CalendarDate.parse(text) } catch {
                errors[field] = RegionRoutes.sentence(error.description)
                return value
            }
        }
        let from = date("du", default: ObservatoryReport.firstOpening)
        let to = date("au", default: .today())
        var grouping = ObservatoryGrouping.departement, step = ObservatoryStep.trimestre
        if let text = query["par"], !text.isEmpty {
            do { grouping = try ObservatoryGrouping.parse(text) } catch {
                errors["par"] = RegionRoutes.sentence(error.description)
            }
        }
        if let text = query["pas"], !text.isEmpty {
            do { step = try ObservatoryStep.parse(text) } catch {
                errors["pas"] = RegionRoutes.sentence(error.description)
            }
        }
        guard errors.isEmpty else { return .failure(FieldErrors(messages: errors)) }
        return .success(ObservatoryChoice(from: from, to: to, grouping: grouping, step: step))
    }

    /// The query of the page's downloads and stylesheet.
    var query: String { "du=\(from.description)&au=\(to.description)&par=\(grouping.rawValue)&pas=\(step.rawValue)" }

    /// The form's values as chosen.
    var echoed: [String: Any] {
        let dates: [String: Any] = ["du": from.description, "au": to.description]
        return dates + Self.options(grouping: grouping.rawValue, step: step.rawValue)
    }

    /// The form's values as typed, for a page that refuses them.
    static func echo(_ query: [String: String]) -> [String: Any] {
        let typed: [String: Any] = ["du": query["du"] ?? "", "au": query["au"] ?? ""]
        return typed + options(grouping: query["par"] ?? "departement", step: query["pas"] ?? "trimestre")
    }

    static let groupingLabels: [(ObservatoryGrouping, String)] = [
        (.departement, "Département"), (.zonage, "Zonage de l'ARS"), (.montagne, "Zone de montagne"),
        (.centre, "Centre"),
    ]
    static let stepLabels: [(ObservatoryStep, String)] = [
        (.mois, "Mois"), (.trimestre, "Trimestre"), (.annee, "Année"),
    ]

    static func options(grouping: String, step: String) -> [String: Any] {
        [
            "groupings": groupingLabels.map {
                ["value": $0.0.rawValue, "label": $0.1, "selected": $0.0.rawValue == grouping] as [String: Any]
            },
            "steps": stepLabels.map {
                ["value": $0.0.rawValue, "label": $0.1, "selected": $0.0.rawValue == step] as [String: Any]
            },
        ]
    }
}

/// What the posts page was asked for: the day (today by default, any date) and whether only
/// the posts with a vacancy are listed.
struct PostsChoice {
    var day: CalendarDate
    var onlyVacant: Bool

    static func read(_ query: [String: String]) -> Result<PostsChoice, FieldErrors> {
        var day = CalendarDate.today()
        if let text = query["au"], !text.trimmingCharacters(in: .whitespaces).isEmpty {
            do { day = try CalendarDate.parse(text) } catch {
                return .failure(FieldErrors(messages: ["au": RegionRoutes.sentence(error.description)]))
            }
        }
        return .success(PostsChoice(day: day, onlyVacant: query["vacants"] != nil))
    }

    var query: String { "au=\(day.description)" + (onlyVacant ? "&vacants=1" : "") }
}

/// The query of a request as text by field (the first value of a repeated field).
func queryFields(_ request: Request) -> [String: String] {
    var fields: [String: String] = [:]
    for (key, value) in request.uri.queryParameters where fields[String(key)] == nil {
        fields[String(key)] = String(value)
    }
    return fields
}

extension Dictionary where Key == String, Value == Any {
    fileprivate static func + (lhs: Self, rhs: Self) -> Self { lhs.merging(rhs) { _, new in new } }
}
